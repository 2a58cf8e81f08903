"""`bizcenter import-guests` and `bizcenter export-postings` as the night audit's script runs them:
exit codes, what is printed, and the files they read and write. A posting is marked exported only once
it has arrived: its file durably written, or its batch confirmed by the receiver of standard output."""
from __future__ import annotations

import csv
import errno
import io
import os
import re
import subprocess
import sys
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
    after.pop("ledger_chain"), before.pop("ledger_chain")  # and that note is chained
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
    assert "Exported 1 posting(s)" in capsys.readouterr().out and len(marked(w)) == 1  # durably on the disk
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel opens the Chinese names correctly
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    assert [(r["room"], r["voucher"], r["receipt"]) for r in rows] == [
        ("1208", sale.payments[0].voucher_no, f"BC1-{sale.receipt_no:06d}")]
    assert main(["--db", db_url, "export-postings", "--all-unexported", "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1  # the header only


def marked(w) -> list[str]:
    return w.run(lambda s: s.scalars(select(PostingExport.batch)).all())


def test_export_to_standard_output_marks_nothing_until_the_receiver_confirms_the_batch(w, db_url, capsys):
    charge(w)
    assert main(["--db", db_url, "--lang", "en", "export-postings"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0].startswith("folio,room,guest_name,voucher")
    assert len(captured.out.splitlines()) == 2
    batch = re.search(r"Batch (FO\d{6}): 1 posting\(s\)", captured.err).group(1)
    assert f"--confirm {batch}" in captured.err and marked(w) == []
    assert main(["--db", db_url, "export-postings"]) == 0  # not confirmed: the same posting, the same batch
    assert capsys.readouterr().out.count("\n") == 2 and marked(w) == []
    assert main(["--db", db_url, "--lang", "en", "export-postings", "--confirm", batch]) == 0
    assert f"Batch {batch} confirmed: 1 posting(s)" in capsys.readouterr().out and marked(w) == [batch]
    assert main(["--db", db_url, "--lang", "en", "export-postings", "--confirm", batch]) == 2
    assert "confirmed already" in capsys.readouterr().err and marked(w) == [batch]
    assert main(["--db", db_url, "--lang", "en", "export-postings"]) == 0
    assert "no new room charges" in capsys.readouterr().err


def test_confirming_a_stale_batch_is_refused(w, db_url, capsys):
    charge(w)
    assert main(["--db", db_url, "--lang", "en", "export-postings"]) == 0
    old = re.search(r"Batch (FO\d{6})", capsys.readouterr().err).group(1)
    charge(w, "1501", "John Smith")
    assert main(["--db", db_url, "--lang", "en", "export-postings"]) == 0
    new = re.search(r"Batch (FO\d{6}): 2 posting", capsys.readouterr().err).group(1)
    assert main(["--db", db_url, "export-postings", "--confirm", new]) == 0
    assert main(["--db", db_url, "export-postings", "--confirm", old]) == 2
    err = capsys.readouterr().err
    assert "已过期" in err and f"Batch {old} is stale" in err and marked(w) == [new, new]


def test_a_reader_that_closes_the_pipe_early_gets_nothing_marked(w, db_url):
    """`bizcenter export-postings | head -c 100`: the reader goes away before the rows are written."""
    for _ in range(3):
        charge(w)
    child = subprocess.Popen([sys.executable, "-c", "import sys; from bizcenter.cli import main; sys.exit(main())",
                              "--db", db_url, "export-postings"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # like head once it has its 100 bytes, only sooner
    err = child.stderr.read().decode("utf-8")
    assert child.wait(60) == 2, err
    assert "nothing was marked exported" in err and "未标记任何挂帐为已导出" in err and "Traceback" not in err
    assert marked(w) == []
    again = subprocess.run([sys.executable, "-c", "import sys; from bizcenter.cli import main; sys.exit(main())",
                            "--db", db_url, "export-postings"], capture_output=True, timeout=60)
    assert again.returncode == 0 and again.stdout.decode("utf-8").count("\n") == 4  # the same three, again


class FullDisk(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_standard_output_on_a_full_disk_marks_nothing_and_says_so(w, db_url, monkeypatch, capsys):
    charge(w)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(FullDisk())))
    assert main(["--db", db_url, "export-postings"]) == 2
    err = capsys.readouterr().err
    assert "the disk is full" in err and "磁盘已满" in err and "nothing was marked exported" in err
    assert marked(w) == []


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_a_file_on_a_full_disk_is_not_left_behind_and_marks_nothing(w, db_url, tmp_path, monkeypatch, capsys, call):
    from bizcenter.workflows import exports

    charge(w)
    out = tmp_path / "out"
    out.mkdir()
    real = getattr(exports.os, call)
    seen = []

    def full(fd, *args):  # the disk fills up while the temporary file is being written or synced
        parts = [p.name for p in out.iterdir() if p.name.endswith(".part")]
        if parts:
            seen.extend(parts)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, *args)

    monkeypatch.setattr(exports.os, call, full)
    assert main(["--db", db_url, "export-postings", "--out", str(out / "postings.csv")]) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert "the disk is full" in err and "磁盘已满" in err and "no posting was marked exported" in err
    assert seen and list(out.iterdir()) == []  # the temporary file was removed, no half file
    assert marked(w) == []


def test_a_day_can_be_sent_again_with_include_exported(w, db_url, tmp_path, capsys):
    charge(w)
    assert main(["--db", db_url, "export-postings", "--out", str(tmp_path / "first.csv")]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "export-postings", "--date", DAY.isoformat(), "--include-exported"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert len(marked(w)) == 1


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
