"""A counter app on a seeded SQLite database, driven offscreen by pytest-qt."""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bizcenter.db import make_engine, unit_of_work  # noqa: E402
from bizcenter.workflows import staff  # noqa: E402
from bizcenter.workflows.catalogue import install_default_pricelist  # noqa: E402
from bizcenter.workflows.settings import DEFAULTS, Settings, load_settings  # noqa: E402

from uidriver import CLERK, CLERK2, SUPERVISOR, WAIT, idle, signed_in_app  # noqa: E402


def _seed(session) -> None:
    from bizcenter.models import Stay, StayGuest
    from bizcenter.workflows.guests import name_key

    install_default_pricelist(session)
    staff.add_counter(session, "BC1", "商务中心 1 号柜台", "Counter 1")
    staff.add_staff(session, CLERK[0], "李娜", "clerk", CLERK[1], "zh")
    staff.add_staff(session, CLERK2[0], "Tom Baker", "clerk", CLERK2[1], "en")
    staff.add_staff(session, SUPERVISOR[0], "王强", "supervisor", SUPERVISOR[1], "zh")
    today = load_settings(session).business_date()  # the hotel's day, not the machine's
    stay = Stay(room="1208", arrival=today - timedelta(days=2), departure=today + timedelta(days=3),
                credit_limit_minor=500_000)
    stay.guests.append(StayGuest(name="Müller, Hans", name_key=name_key("Müller, Hans")))
    session.add(stay)


@pytest.fixture(autouse=True)
def _garbage_collected_here():
    """A test's windows become garbage when it ends: collect them on the GUI thread, as the app's own
    collector does (ui/collector.py), never in the next test's worker thread. The young generations only:
    walking the whole heap after every test cost seconds each once the process had grown; what was promoted
    is left to the collector's own full collections, on this thread too."""
    yield
    import gc

    gc.collect(1)


@pytest.fixture(autouse=True)
def _pc_language_forgotten():
    """A sign-in keeps its language for this PC (station.json); the next test's app starts in Chinese again."""
    yield
    from bizcenter import localconfig

    data = localconfig.load()
    if data.pop("language", None) is not None:
        localconfig.config_path().unlink()
        if data:
            localconfig.save(**data)


_SEEDED: dict[date, Path] = {}  # the hotel's business date → a seeded database to copy


@pytest.fixture
def seeded_url(sqlite_url, tmp_path_factory):
    """The seeded counter database: seeded once per hotel business date, then copied for each test (the
    seed hashes three PINs with Argon2, most of a second on a quiet machine and far more on a busy one)."""
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    day = Settings(dict(DEFAULTS)).business_date()  # the copy's settings are the defaults: no engine on it
    if day not in _SEEDED:
        engine = make_engine(sqlite_url)
        unit_of_work(engine, _seed)
        engine.dispose()
        template = tmp_path_factory.mktemp("seeded") / "seeded.sqlite3"
        _standalone_copy(path, template)
        _SEEDED[day] = template
    else:
        shutil.copyfile(_SEEDED[day], path)
    return sqlite_url


def _standalone_copy(source: Path, target: Path) -> None:
    """One self-contained file (its log folded in, out of WAL mode): a plain copy of it is complete."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    src.close()
    dst.close()


@pytest.fixture
def window(qtbot, seeded_url, monkeypatch):
    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    from ui.app import build

    _, win = build(db=seeded_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    _jobs_done(qtbot, win)
    if win.station._desk is not None:
        win.station.desk.close()


def _jobs_done(qtbot, win) -> None:
    """The screens' last loads finish before the desk closes (a loaded CI machine once needed over 5 s).

    pytest-qt closes and deletes the test's widgets around the fixtures' teardown: a load the test's last
    action started (closing a dialog reloads the running panel, the warm-up of a window the test never
    waited for) then answers a deleted runner and stays "in flight" for ever, even when the window is
    deleted while we wait. So the runner is waited for only while it lives, then the workers themselves."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    qtbot.waitUntil(lambda: not shiboken6.isValid(win.runner) or win.runner.in_flight == 0, timeout=WAIT)
    assert QThreadPool.globalInstance().waitForDone(WAIT)


@pytest.fixture
def office(qtbot, seeded_url, monkeypatch):
    """The app signed in by the supervisor, on the back office (a test file may narrow it with its own)."""
    win = signed_in_app(qtbot, seeded_url, monkeypatch)
    yield win
    _jobs_done(qtbot, win)
    win.station.desk.close()
