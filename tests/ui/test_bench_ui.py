"""`make bench-ui` drives the real screens; this keeps its path working (figures are not asserted here)."""
from __future__ import annotations

from ui.bench import seeded_db, stalls


def test_bench_ui_sells_through_the_screens_on_its_seeded_database(qtbot, tmp_path):
    figures = stalls(seeded_db(tmp_path), bills=2)
    assert figures["bills"] == 2 and figures["ticks"] > 0
