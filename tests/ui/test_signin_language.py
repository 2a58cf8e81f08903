"""The language on the sign-in screen is the one the clerk gets, picked or found there, and it is kept for
the clerk and for this PC: a clerk stored as Chinese who signs in under "English" works in English."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bizcenter import localconfig
from bizcenter.db import make_engine, unit_of_work
from bizcenter.models import Staff
from uidriver import CLERK, idle, sign_in


@pytest.fixture
def pc_language():
    """This PC's remembered language is cleared before and after, so other tests start in Chinese."""
    def forget():
        data = localconfig.load()
        if "language" in data:
            del data["language"]
            path = localconfig.config_path()
            path.write_text(json.dumps(data), encoding="utf-8") if data else path.unlink()
    forget()
    yield
    forget()


def _stored_language(url: str, code: str) -> str:
    engine = make_engine(url)
    try:
        return unit_of_work(engine, lambda s: s.scalar(select(Staff.language).where(Staff.code == code)))
    finally:
        engine.dispose()


def _app(qtbot, url, monkeypatch):
    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    from ui.app import build

    _, win = build(db=url)
    qtbot.addWidget(win)
    win.show()
    idle(qtbot, win)
    return win


def test_english_picked_on_the_sign_in_screen_wins_over_the_clerks_stored_chinese(qtbot, seeded_url, monkeypatch,
                                                                                   pc_language):
    from ui import i18n

    assert _stored_language(seeded_url, CLERK[0]) == "zh"
    win = _app(qtbot, seeded_url, monkeypatch)
    try:
        assert win.signin.language.currentData() == "zh"
        win.signin.language.setCurrentIndex(win.signin.language.findData("en"))
        sign_in(qtbot, win, CLERK)
        assert win.stack.currentWidget() is win.shiftstart
        assert i18n.current() == "en"
        assert win.shiftstart.open_button.text().isascii()
        assert _stored_language(seeded_url, CLERK[0]) == "en"  # kept for the clerk…
        assert localconfig.load()["language"] == "en"  # …and for this PC
    finally:
        idle(qtbot, win)
        win.station.desk.close()
        i18n.set_language("zh")


def test_the_sign_in_screen_opens_in_the_pcs_last_language_and_that_is_what_the_clerk_gets(qtbot, seeded_url,
                                                                                           monkeypatch, pc_language):
    """C02's report: "English" was on the screen, untouched, and the clerk's stored Chinese came up."""
    from ui import i18n

    localconfig.save(language="en")
    win = _app(qtbot, seeded_url, monkeypatch)
    try:
        assert win.signin.language.currentData() == "en" and i18n.current() == "en"
        assert win.signin.button.text() == "Sign in (Enter)"
        sign_in(qtbot, win, CLERK)  # stored as Chinese, the combo never touched
        assert i18n.current() == "en" and win.signin.language.currentData() == "en"
        assert _stored_language(seeded_url, CLERK[0]) == "en"
    finally:
        idle(qtbot, win)
        win.station.desk.close()
        i18n.set_language("zh")
