"""`bizcenter bench --counters` run small (two counters, a few sales) on a scratch SQLite file and on a
scratch database of the throw-away PostgreSQL server: every figure is printed, the figures hang
together, and the scratch database is gone afterwards. No speed is asserted: the figures are for
people to read (and the targets' PASS/FAIL lines are printed, not tested)."""
from __future__ import annotations

import json
import tempfile

import pytest

from bizcenter.cli import main

SMALL = ["bench", "--counters", "2", "--sales", "6", "--pace-ms", "5", "--pause-s", "0.05"]


def _databases(pg_url: str) -> set[str]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as con:
        return {r[0] for r in con.execute("SELECT datname FROM pg_database")}


@pytest.fixture
def where(backend, request, tmp_path, monkeypatch):
    """The extra arguments for `backend`, and a check that the run left no scratch database behind."""
    if backend == "sqlite":
        monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the scratch folder goes here
        yield []
        assert list(tmp_path.iterdir()) == []
        return
    pg_url = request.getfixturevalue("pg_url")
    before = _databases(pg_url)
    yield ["--postgres", pg_url]
    assert _databases(pg_url) == before


def _run(args, capsys) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


def test_counters_bench_figures_hang_together(where, capsys):
    result = json.loads(_run(SMALL + ["--json"] + where, capsys))
    assert set(result["rows"]) == {"1", "2"}
    for n, row in result["rows"].items():
        for side in ("app", "plain"):
            f = row[side]
            assert f["sales"] == 6 * int(n), (n, side)
            assert 0 < f["settle_p50_ms"] <= f["settle_p95_ms"] <= f["settle_p99_ms"] <= f["settle_max_ms"]
            assert f["sign_ins"] >= 1 and f["approvals"] >= 1 and f["sign_in_p50_ms"] > 0
            assert 0 <= f["overlapped"] <= f["sales"] and f["delay_ms"] >= f["added_p99_ms"] >= 0  # the bound bounds it
        # the printed ratio is rounded to two places
        assert row["ratio_p50"] == pytest.approx(row["app"]["settle_p50_ms"] / row["plain"]["settle_p50_ms"], abs=0.006)
    targets = result["targets"]
    assert set(targets) == {"sign_in_delay", "settle_vs_plain", "p99_scaling"}
    assert targets["p99_scaling"]["value"] == pytest.approx(
        result["rows"]["2"]["app"]["settle_p99_ms"] / result["rows"]["1"]["app"]["settle_p99_ms"], abs=0.006)
    assert result["backend"] == ("sqlite" if not where else "postgresql")


def test_counters_bench_text_names_every_figure_and_target(where, capsys):
    out = _run(SMALL + where, capsys)
    plain = "plain psycopg" if where else "plain sqlite3"
    for label in ("p50", "p95", "p99", "bizcenter", plain, "ratio", "sign-in", "approval", "added p99", "upper bound",
                  "a sign-in or approval delays another counter's sale by ≤ 50 ms",
                  "settle median ≤ 2× plain SQL", "settle p99 with 8 counters ≤ 3×", "wall time"):
        assert label in out, label
    assert out.count("PASS") + out.count("FAIL") == 3


def test_counters_refuses_a_database_it_would_not_drop(tmp_path, capsys):
    assert main(["bench", "--postgres", "postgresql://nobody@127.0.0.1:1/x"]) == 2
    assert "--counters" in capsys.readouterr().err
    assert main(["bench", "--counters", "1", "--postgres", f"sqlite:///{tmp_path / 'x.sqlite3'}"]) == 2
    assert "postgresql://" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()
    assert main(["bench", "--counters", "1", "--keep", str(tmp_path / "kept.sqlite3")]) == 2
    assert "scratch" in capsys.readouterr().err
    assert not (tmp_path / "kept.sqlite3").exists()
