"""The back office's guest import: a file whose encoding cannot be told is refused naming the row, and
the encoding chosen beside the button imports it."""
from __future__ import annotations

from sqlalchemy import select

from bizcenter.db import make_engine, unit_of_work
from bizcenter.models import StayGuest
from uidriver import idle


def test_an_undecidable_guest_file_is_refused_then_imported_with_the_chosen_encoding(qtbot, office, seeded_url,
                                                                                       tmp_path):
    url = seeded_url
    page = office.backoffice.show_tab("guests")
    idle(qtbot, office)
    path = tmp_path / "fo.csv"
    path.write_bytes("folio,room,guest_names,arrival,departure\nF77,1777,李,2026-03-08,2026-03-12\n".encode("gb18030"))
    page.import_guests(str(path))
    idle(qtbot, office)
    assert "Row 2" in page.message.text() or "第 2 行" in page.message.text()
    page.guest_encoding.setCurrentIndex(page.guest_encoding.findData("gb18030"))
    page.import_guests(str(path))
    idle(qtbot, office)
    assert "Row 2" not in page.message.text() and "第 2 行" not in page.message.text()
    engine = make_engine(url)
    try:
        assert unit_of_work(engine, lambda s: s.scalar(select(StayGuest.name).where(StayGuest.name == "李"))) == "李"
    finally:
        engine.dispose()
