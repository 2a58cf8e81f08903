"""`bizcenter bench` on a tiny history: every figure is printed, `--json` is one whole object, and the
database it builds (kept with --keep) is one the ledger checks accept — the fill writes what the
workflows would have written. No timing is asserted here; the figures are for people to read."""
from __future__ import annotations

import io
import json
import sqlite3
import sys

import pytest
from sqlalchemy.orm import Session

from bizcenter.cli import main
from bizcenter.db import make_engine
from bizcenter.verify import verify

TINY = ["bench", "--sales", "2000", "--days", "28", "--settles", "10", "--repeat", "3"]
FIGURES = ("settle_quarter", "settle", "day_report_quarter", "day_report", "day_close_quarter", "day_close",
           "day_close_bench_day_quarter", "day_close_bench_day", "find_by_room_quarter", "find_by_room",
           "find_by_name_quarter", "find_by_name")


@pytest.fixture(scope="module")
def kept(tmp_path_factory):
    """One tiny run with --json --keep, shared: its output and the database it left."""
    path = tmp_path_factory.mktemp("bench") / "bench.sqlite3"
    capture = pytest.MonkeyPatch()
    out = io.StringIO()
    capture.setattr(sys, "stdout", out)
    try:
        assert main(TINY + ["--json", "--keep", str(path)]) == 0
    finally:
        capture.undo()
    return json.loads(out.getvalue()), path


def test_text_report_shows_every_figure_beside_plain_sqlite(capsys):
    assert main(TINY) == 0
    out = capsys.readouterr().out
    for label in ("settle one sale (1/4 history)", "settle one sale", "p99", "day report (1/4 history)", "day report ",
                  "day close (1/4 history)", "day close, bench day (1/4 history)", "find stay by room (1/4 history)",
                  "find stay by name", "median by payment", "growth, full history ÷ 1/4 history", "targets:",
                  "peak memory (RSS)", "wall time", "filled in", "plain sqlite3"):
        assert label in out, label


def test_json_holds_every_figure_with_both_timings_and_the_ratio(kept):
    result, path = kept
    assert result["history"]["sales"] == 2000 and result["history"]["days"] == 28
    assert set(FIGURES) <= set(result["figures"])
    for key in FIGURES:
        f = result["figures"][key]
        assert f["bizcenter_ms"] > 0 and f["plain_ms"] > 0 and f["ratio"] > 0, key
    settle = result["figures"]["settle"]
    assert settle["n"] == 10 and settle["bizcenter_p99_ms"] >= settle["bizcenter_ms"]
    assert sum(g["n"] for g in settle["by_payment"].values()) == 10
    assert {"settle", "day_report", "day_close", "find_by_room", "find_by_name"} <= set(
        result["growth_full_vs_quarter"])
    assert set(result["targets"]) == {"settle", "day_report", "day_close", "flat_with_history"}
    assert result["fill_s"] > 0 and result["wall_s"] >= result["fill_s"]
    assert result["database"] == str(path.resolve())


def test_bench_database_passes_the_ledger_checks_and_foreign_keys(kept):
    _, path = kept
    engine = make_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            assert verify(session) == []
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        kinds = dict(con.execute("SELECT kind, count(*) FROM sale GROUP BY kind"))
        assert kinds["sale"] >= 2000 and kinds.get("void", 0) > 0
        assert con.execute("SELECT count(*) FROM business_day").fetchone()[0] == 28 + 2  # history + bench days
        assert con.execute("SELECT count(*) FROM posting").fetchone()[0] > 0
    finally:
        con.close()


def test_bench_never_overwrites_a_file(tmp_path, capsys):
    existing = tmp_path / "real.sqlite3"
    existing.write_bytes(b"precious")
    assert main(["bench", "--keep", str(existing)]) == 2
    assert existing.read_bytes() == b"precious"


def test_bench_refuses_the_configured_database(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "live.sqlite3"), "bench", "--sales", "2000", "--days", "28"]) == 2
    assert not (tmp_path / "live.sqlite3").exists()
    assert "--keep" in capsys.readouterr().err
