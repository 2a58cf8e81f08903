"""Nothing raw on screen: every screen a clerk and a supervisor reach, with a lived-in day behind it (a simulated
closed day: sales paid in cash, by card, to a room and split, voids and refunds, faxes, calls, bookings; today an
open fault with the engineer called and a deposit held), read in both languages. Fails on a snake_case code, on
one of the core's code words shown alone ("cash", "economy"…), on Chinese in the English screens and on English
words in the Chinese ones — except data (names, addresses, the hotel's device names), bilingual pairs and the
short allow-list below, each with its reason."""
from __future__ import annotations

import re
import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QDialogButtonBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QTabWidget, QTextEdit, QWidget)

from bizcenter.db import make_engine, unit_of_work
from bizcenter.demo import install_demo
from bizcenter.models import ledger, tickets
from bizcenter.models.backoffice import FEEDBACK_KINDS, REPAIR_STATES
from bizcenter.workflows import devices
from bizcenter.workflows.settings import load_settings
from fitcheck import keyless_tabs
from uidriver import idle, sign_in, WAIT

CLERK = ("C01", "1111")
SUPERVISOR = ("S01", "9191")

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
HAN = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z]{4,}")
# The core's code words: shown alone in a cell or label they are a code, not a translation.
CODE_WORDS = set(ledger.PAYMENT_METHODS + ledger.SALE_KINDS + REPAIR_STATES + FEEDBACK_KINDS + tickets.ORDER_STATES) | {
    "economy", "business", "first", "premium", "small", "medium", "large", "split", "open", "closed", "counted"}

# Chinese screens: English words that stay English, each with its reason.
ZH_ALLOWED = {"Alt", "Enter", "Esc", "Del", "Tab", "Ctrl", "Shift", "Space",  # key names as printed on the keys
              "WiFi", "Wi-Fi", "IATA", "ESC/POS",
              "English",  # the language picker names each language in its own words
              "JSON",  # the settings' edit field takes a list as JSON
              "Latin",  # "Latin-1", an encoding's name in the guest-file import
              "YYYY",  # the date mask shown for a month ("YYYY-MM")
              "Alipay", "WeChat", "UnionPay",  # the wallets' own brand names
              "ream",  # a supply's unit as the supervisor typed it (data)
              "bizcenter",  # the program's own name (command lines, folders)
              "config",  # `bizcenter config set`: the command a key column and a refusal name
              "Business", "Centre",  # the window title is a bilingual pair
              "true", "false", "none", "null", "gb18030", "big5", "plain", "raster"}  # values typed as the settings take them
# Places that show what a supervisor types or a file names, as typed: (screen, widget[column], reason).
AS_TYPED = (
    ("back office settings", "settingsTable[1]", "the key that `bizcenter config set` takes"),
    ("back office settings", "settingsTable[2]", "the value in use as `config set` and the edit field take it"),
    ("back office settings", "settingsTable[3]", "the values allowed, as they are typed (true, none, JSON…)"),
    ("back office settings", "settingsTable[4]", "the default, as it is typed"),
    ("back office audit", "auditTable[5]", "the entry's detail exactly as recorded, for the auditor"),
    ("back office prices", "rateTable[0]", "the row's code in brackets: what a published price-list file names"),
    ("back office prices", "serviceGroup", "the tile group's code, beside its name: what a price-list file names"),
    ("back office dayclose", "exportFolder", "a folder path"),
    ("back office prices", "simpleService", "the service's code in brackets, as in the rate table"),
    ("back office directory", "directoryTable[1]", "a place's name in both languages as the hotel wrote it: the guest's "
                                                   "slip prints both, the Chinese for the taxi driver"),
)
# English screens: Chinese that stays, each with its reason.
EN_ALLOWED = {"商务中心",  # the window title is a bilingual pair
              "中文"}  # the language picker names each language in its own words


@pytest.fixture(scope="module")
def world(_sqlite_template, tmp_path_factory):
    """Built once (a simulated day takes seconds); each test works on its own copy."""
    path = tmp_path_factory.mktemp("visible-world") / "world.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        _fill(engine)
    finally:
        engine.dispose()
    return path


@pytest.fixture
def world_url(world, tmp_path):
    path = tmp_path / "world.sqlite3"
    shutil.copyfile(world, path)
    for suffix in ("-wal", "-shm"):
        if world.with_name(world.name + suffix).exists():
            shutil.copyfile(world.with_name(world.name + suffix), path.with_name(path.name + suffix))
    return f"sqlite:///{path}"


def _fill(engine) -> None:
    """The demo hotel, one simulated and closed day, and today an open fault and a deposit held."""
    from sqlalchemy import select

    from bizcenter.models import Counter, Staff
    from bizcenter.simulate import simulate
    from bizcenter.workflows import bookings, deposits
    from bizcenter.workflows.staff import Operator

    clock = unit_of_work(engine, lambda s: load_settings(s).clock)
    today = clock.business_date()
    install_demo(engine, today)
    simulate(engine, 1, 7, today - timedelta(days=1))

    def open_day(s):
        sup = s.scalar(select(Staff.id).where(Staff.code == "S01"))
        clerk = s.scalar(select(Staff.id).where(Staff.code == "C02"))
        op = Operator(clerk, s.scalar(select(Counter.id).where(Counter.code == "BC2")))
        from bizcenter.workflows.shift import open_shift, pending_handover

        handover = pending_handover(s, op.counter_id)
        open_shift(s, op, 50000, handover.shift_id if handover else None)
        fault = devices.report_fault(s, sup, "扫描仪 Scanner", "玻璃板裂了 glass cracked")
        devices.repair_step(s, sup, fault, "engineer_called", "Canon service 13800138000")
        start = clock.now() + timedelta(hours=2)
        b = bookings.book(s, op, bookings.BookingRequest("equipment", "projector", start, start + timedelta(days=1),
                                                          name="王先生", phone="13900139002"))
        deposits.take(s, op, b.id, "cash", 20000)
        room = clock.now() + timedelta(hours=1)
        bookings.book(s, op, bookings.BookingRequest("meeting_room", "small", room, room + timedelta(hours=2),
                                                      name="Ms Lee", company="ACME", phone="13900139003"))
    unit_of_work(engine, open_day)


# --- reading a screen ------------------------------------------------------------------------------


def _texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a person can read in `top` and its visible children."""
    found: list[tuple[str, str]] = []

    def add(w, text, column=None):
        text = re.sub(r"<[^>]+>", " ", text or "").replace("&nbsp;", " ").strip()
        if text:
            where = f"{type(w).__name__}:{w.objectName() or '?'}" + ("" if column is None else f"[{column}]")
            found.append((where, text))

    widgets = [top] + [w for w in top.findChildren(QWidget) if w.isVisible()]
    for w in widgets:
        if w.isWindow():
            add(w, w.windowTitle())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QComboBox):  # a combo's editor: items read
            add(w, w.text() if w.echoMode() == QLineEdit.Normal else "")
            add(w, w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView):
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for c in range(columns):
                add(w, str(model.headerData(c, Qt.Horizontal) or ""), c)
            for r in range(min(model.rowCount(QModelIndex()), 200)):
                for c in range(columns):
                    add(w, str(model.index(r, c).data() or ""), c)
    return found


def _data_words(url: str) -> list[str]:
    """Text that people typed or the hotel named (names, notes, reasons, addresses, questions…), longest first:
    shown as entered, in whatever language. Columns that hold a translation (…_zh, …_en) and values that look
    like codes (lower-case words joined by "_") or JSON are not data: they must never reach the screen raw."""
    from sqlalchemy import String, Text, inspect, select

    from bizcenter.models import Base

    engine = make_engine(url)
    words: set[str] = set()
    try:
        with engine.connect() as con:
            tables = set(inspect(con).get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name not in tables:
                    continue
                for column in table.columns:
                    if not isinstance(column.type, (String, Text)) or column.name.endswith(("_zh", "_en")):
                        continue
                    for (value,) in con.execute(select(column).distinct()):
                        if (isinstance(value, str) and len(value.strip()) >= 2 and value[:1] not in "{["
                                and not re.fullmatch(r"[a-z0-9_]+", value.strip())):
                            words.add(value.strip())
        settings = unit_of_work(engine, load_settings)
        words |= {settings.hotel_name_zh, settings.hotel_name_en, *settings.devices}
    finally:
        engine.dispose()
    return sorted(words, key=len, reverse=True)


def _problems(found, lang: str, data: list[str]) -> list[str]:
    bad = []
    for where, text in found:
        if any(where.startswith(screen) and place in where for screen, place, _ in AS_TYPED):
            continue
        plain = re.sub(r"#\d+:[0-9a-f]{8,}", " ", text)  # the ledger chain's head, "#486:167eeadc…", as printed
        for d in data:
            plain = plain.replace(d, " ")
        if SNAKE.search(plain):
            bad.append(f"{where}: code {SNAKE.search(plain).group()!r} in {text!r}")
        if plain.strip().lower() in CODE_WORDS and plain.strip() == plain.strip().lower():
            bad.append(f"{where}: code word {plain.strip()!r}")
        if lang == "en":
            rest = plain
            for ok in EN_ALLOWED:
                rest = rest.replace(ok, " ")
            if HAN.search(rest):
                bad.append(f"{where}: Chinese in English: {text!r}")
        else:
            if not HAN.search(plain) and not WORD.search(plain):
                continue
            words = [w for w in WORD.findall(plain) if w not in ZH_ALLOWED]
            if words and not _bilingual(plain):
                bad.append(f"{where}: English in Chinese: {words[:4]} in {text!r}")
    return bad


def _bilingual(text: str) -> bool:
    """"现金 Cash", "传真机 Fax": a pair that says the same in both languages (slips, the devices' names)."""
    return bool(re.fullmatch(r"[^A-Za-z]*[㐀-鿿][^A-Za-z]*\s+[A-Za-z][A-Za-z .,'()/&-]*", text.strip()))


# --- the walk --------------------------------------------------------------------------------------


def _walk(qtbot, win, url) -> list[tuple[str, str]]:
    from ui.services import SERVICES

    seen: list[tuple[str, str]] = []

    def read(screen: str, widget: QWidget) -> None:
        idle(qtbot, win)
        seen.extend((f"{screen} {where}", text) for where, text in _texts(widget))
        assert keyless_tabs(widget) == [], screen  # every tab, in every tab set, has its key

    read("sign-in", win)
    sign_in(qtbot, win, CLERK)
    notices = lambda: getattr(win.signin, "notices", None)  # noqa: E731
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.shiftstart
                    or (notices() is not None and notices().isVisible()), timeout=WAIT)
    if win.stack.currentWidget() is not win.shiftstart:  # the simulated day's notice, not yet read by this clerk
        read("notices", notices())
        for tick in notices().ticks:
            tick.setChecked(True)
        notices().buttons.button(QDialogButtonBox.Ok).click()
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.shiftstart, timeout=WAIT)
    page = win.shiftstart
    qtbot.waitUntil(lambda: bool(page.device_rows), timeout=WAIT)
    read("shift start", win)
    page.ack.setChecked(True)  # the simulated day's handover
    page.float_edit.setText("500.00")
    page.open_button.click()
    idle(qtbot, win)
    counter = win.counter
    assert win.stack.currentWidget() is counter
    read("counter", win)
    for i in range(counter.running.count()):
        counter.running.setCurrentIndex(i)
        read(f"running tab {i}", counter.running)
    for s in SERVICES:
        counter._open_form(s.code)
        dialog = counter.dialog
        read(f"service {s.code}", dialog)
        dialog.reject()
        idle(qtbot, win)
    counter.show_x_report()
    idle(qtbot, win)
    read("X report", counter.dialog)
    counter.dialog.reject()
    logs = counter.open_logs()
    for tab in ("messages", "complaints", "supplies", "enquiries"):
        logs.show_tab(tab)
        read(f"logs {tab}", logs)
    logs.reject()
    idle(qtbot, win)
    counter.close_shift.emit()
    read("shift close", win)
    win.shiftclose.cancelled.emit()
    idle(qtbot, win)
    counter.signed_out.emit()
    idle(qtbot, win)
    sign_in(qtbot, win, SUPERVISOR)
    office = win.backoffice
    for key in office.screens:
        office.show_tab(key)
        read(f"back office {key}", win)
    return seen


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_screen_speaks_the_clerks_language_and_shows_no_code(qtbot, world_url, monkeypatch, lang):
    from ui import i18n
    from ui.app import build

    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    if lang == "zh" and not i18n.set_language("zh"):
        pytest.skip("no compiled translation in this checkout (`make translations` builds it)")
    _, win = build(db=world_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    idle(qtbot, win)
    try:
        win.signin.language.setCurrentIndex(win.signin.language.findData(lang))
        seen = _walk(qtbot, win, world_url)
        problems = sorted(set(_problems(seen, lang, _data_words(world_url))))
        print("\n".join(problems))
        assert len(seen) > 500  # the walk read the screens, not an empty window
        assert problems == [], f"{len(problems)} raw or other-language texts, printed above"
    finally:
        idle(qtbot, win)
        win.station.desk.close()
        i18n.set_language("zh")
        from bizcenter import localconfig

        data = localconfig.load()
        if data.pop("language", None) is not None:
            localconfig.config_path().unlink()
            if data:
                localconfig.save(**data)
