"""PDFs and exports are saved where the clerk says: a save dialog that starts in the hotel's configured folder
(Settings: documents_folder), or else the user's Documents/bizcenter, then in the folder chosen last on this PC
— never written without asking, never defaulting to the home folder. The dialog is patched to answer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bizcenter import localconfig
from bizcenter.db import make_engine, unit_of_work
from bizcenter.workflows.settings import set_setting
from uidriver import SUPERVISOR, idle, signed_in_app


@pytest.fixture
def forget_folder():
    def forget():
        data = localconfig.load()
        if data.pop("documents_folder", None) is not None:
            localconfig.config_path().write_text(json.dumps(data), encoding="utf-8")
    forget()
    yield
    forget()


@pytest.fixture
def dialog(monkeypatch):
    """The save dialog: records where it opened, answers with `answer` (a folder) or cancels (None)."""
    calls = {"suggested": [], "answer": None}

    def ask(parent, title, suggested, file_filter):
        calls["suggested"].append(Path(suggested))
        if calls["answer"] is None:
            return "", file_filter
        return str(Path(calls["answer"]) / Path(suggested).name), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return calls


def _configure(url, folder: Path) -> None:
    engine = make_engine(url)
    unit_of_work(engine, lambda s: set_setting(s, "documents_folder", str(folder)))
    engine.dispose()


def test_an_export_starts_in_the_configured_folder_then_in_the_one_chosen_last(qtbot, seeded_url, monkeypatch,
                                                                               tmp_path, dialog, forget_folder):
    configured, elsewhere = tmp_path / "hotel-docs", tmp_path / "usb-stick"
    configured.mkdir()
    elsewhere.mkdir()
    _configure(seeded_url, configured)
    win = signed_in_app(qtbot, seeded_url, monkeypatch, SUPERVISOR)
    try:
        page = win.backoffice.show_tab("reports")
        idle(qtbot, win)
        page.export_csv()  # cancelled: nothing written, nothing remembered
        idle(qtbot, win)
        assert dialog["suggested"][-1].parent == configured and not list(configured.iterdir())
        dialog["answer"] = elsewhere
        page.export_csv()
        idle(qtbot, win)
        assert [p.name for p in elsewhere.iterdir()] == ["report.csv"]
        page.export_csv()  # the folder chosen last, remembered for this PC
        idle(qtbot, win)
        assert dialog["suggested"][-1].parent == elsewhere
        assert localconfig.load()["documents_folder"] == str(elsewhere)
    finally:
        idle(qtbot, win)
        win.station.desk.close()


def test_without_a_configured_folder_the_dialog_opens_in_documents_not_home(qtbot, office, dialog, forget_folder):
    from platformdirs import user_documents_dir

    page = office.backoffice.show_tab("reports")
    idle(qtbot, office)
    page.export_csv()
    idle(qtbot, office)
    suggested = dialog["suggested"][-1]
    assert suggested.parent == Path(user_documents_dir()) / "bizcenter" and suggested.parent != Path.home()


def test_the_folder_is_a_setting_with_a_name_in_both_languages(office):
    rows = {r.key: r for r in office.station.desk.setting_rows(office.station.staff.id)}
    assert rows["documents_folder"].name_en == "Folder for saved documents" and rows["documents_folder"].name_zh
