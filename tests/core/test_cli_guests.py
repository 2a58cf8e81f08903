"""`bizcenter import-guests` and `bizcenter export-postings` as the night audit's script runs them:
exit codes, what is printed, and the files they read and write."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from bizcenter.cli import main
from bizcenter.models import PostingExport
from scenario import DAY, build_world, copies, room, sell, snapshot, total_of

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo_guests.csv"
HEADER = "folio,room,guest_names,arrival,departure,status,vip,no_post,credit_limit\n"


@pytest.fixture
def w(engine):
    return build_world(engine)


def charge(w, room_no="1208", name="hans muller"):
    lines = [copies(5)]
    return sell(w, w.clerk, lines, [room(total_of(w, lines), room_no, name)])


def test_import_prints_the_counts_and_a_second_run_changes_nothing(db_url, capsys):
    assert main(["--db", db_url, "import-guests", str(DEMO)]) == 0
    assert "Imported: 40 created, 0 updated, 0 checked out, 0 unchanged" in capsys.readouterr().out
    assert main(["--db", db_url, "--lang", "zh", "import-guests", str(DEMO)]) == 0
    assert capsys.readouterr().out.strip() == "已导入：新建 0，更新 0，离店 0，未变 40"


def test_import_of_a_file_with_a_bad_row_prints_each_error_exits_2_and_writes_nothing(db_url, engine, tmp_path,
                                                                                      capsys):
    path = tmp_path / "guests.csv"
    path.write_text(HEADER + "F1,0808,张伟,2026-03-09,2026-03-12,,,,\n"
                             "F2,0809,Bob,2026-03-12,2026-03-09,,,,\n"
                             "F3,0810,Ann,2026-03-09,2026-03-12,,,,12.345\n", encoding="utf-8")
    before = snapshot(engine)
    assert main(["--db", db_url, "--lang", "en", "import-guests", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ["Import rejected: 2 row(s) with errors; nothing was written",
                   "  Row 3: departure is before arrival",
                   "  Row 4: credit limit: Too many decimal places: 12.345"]
    after = snapshot(engine)
    after.pop("audit_log"), before.pop("audit_log")  # the refusal itself is noted for the audit
    assert after == before


def test_import_errors_are_bilingual_by_default(db_url, tmp_path, capsys):
    path = tmp_path / "guests.csv"
    path.write_text(HEADER + "F2,0809,Bob,2026-03-12,2026-03-09,,,,\n", encoding="utf-8")
    assert main(["--db", db_url, "import-guests", str(path)]) == 2
    assert "  第 2 行：离店日期早于到店日期 / Row 2: departure is before arrival" in capsys.readouterr().err


def test_import_of_a_missing_file_or_a_folder_says_so(db_url, tmp_path, capsys):
    assert main(["--db", db_url, "import-guests", str(tmp_path / "nope.csv")]) == 2
    assert "File not found" in capsys.readouterr().err
    assert main(["--db", db_url, "import-guests", str(tmp_path)]) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_export_to_a_file_then_again_finds_nothing_new(w, db_url, tmp_path, capsys):
    sale = charge(w)
    out = tmp_path / "postings.csv"
    assert main(["--db", db_url, "--lang", "en", "export-postings", "--date", DAY.isoformat(), "--out", str(out)]) == 0
    assert "Exported 1 posting(s)" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese names correctly
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    assert [(r["room"], r["voucher"], r["receipt"]) for r in rows] == [
        ("1208", sale.payments[0].voucher_no, f"BC1-{sale.receipt_no:06d}")]
    assert main(["--db", db_url, "export-postings", "--all-unexported", "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1  # the header only


def test_export_to_standard_output_keeps_the_summary_on_standard_error(w, db_url, capsys):
    charge(w)
    assert main(["--db", db_url, "--lang", "en", "export-postings"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0].startswith("folio,room,guest_name,voucher")
    assert len(captured.out.splitlines()) == 2
    assert "Exported 1 posting(s)" in captured.err and "batch FO" in captured.err


def test_a_day_can_be_sent_again_with_include_exported(w, db_url, capsys):
    charge(w)
    assert main(["--db", db_url, "export-postings"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "export-postings", "--date", DAY.isoformat(), "--include-exported"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert len(w.run(lambda s: s.scalars(select(PostingExport)).all())) == 1


def test_an_unwritable_file_leaves_the_postings_unexported(w, db_url, tmp_path, capsys):
    charge(w)
    assert main(["--db", db_url, "export-postings", "--out", str(tmp_path / "no" / "such" / "dir.csv")]) == 2
    assert "Cannot write" in capsys.readouterr().err
    assert w.run(lambda s: s.scalars(select(PostingExport)).all()) == []


@pytest.mark.parametrize("args, message", [
    (["--date", "10/03/2026"], "YYYY-MM-DD"),
    (["--include-exported"], "--include-exported needs --date"),
])
def test_export_refuses_bad_options_plainly(db_url, capsys, args, message):
    assert main(["--db", db_url, "export-postings", *args]) == 2
    assert message in capsys.readouterr().err


def test_date_and_all_unexported_cannot_be_combined(db_url):
    with pytest.raises(SystemExit) as info:
        main(["--db", db_url, "export-postings", "--date", DAY.isoformat(), "--all-unexported"])
    assert info.value.code == 2
