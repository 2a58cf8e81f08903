"""The weekly staff report's PDF: per clerk the week's figures and each late sign-in, in both languages,
with only embedded fonts."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest

from bizcenter.documents.pdf_staff import write_staff_week
from bizcenter.workflows import roster

from scenario import SH, build_world, open_shift


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_weekly_staff_report_names_each_clerk_and_each_late_sign_in(engine, tmp_path):
    w = build_world(engine, open_shifts=False)
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk.staff_id, date(2026, 3, 10), "07:00", "15:00", w.c1))
    w.run(lambda s: roster.add_shift(s, w.sup_id, w.clerk2.staff_id, date(2026, 3, 10), "07:00", "15:00", w.c2))
    open_shift(w, w.clerk, at=datetime(2026, 3, 10, 7, 12, tzinfo=SH))
    path = w.run(lambda s: write_staff_week(s, w.sup_id, date(2026, 3, 12), tmp_path / "staff.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Weekly staff report" in text and "2026-03-09 – 2026-03-15" in text
    row = next(line for line in text.splitlines() if "李娜" in line and "C01" in line)
    assert row.split()[-6:] == ["1", "1", "1", "17", "0", "0"]
    assert any("Tom Baker" in line and "07:00–15:00" not in line for line in text.splitlines())
    assert "03-10 07:12" in text and "03-10 06:55" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])
