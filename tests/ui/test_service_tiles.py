"""The counter's tiles mirror the price list in force: a tile for every service sold, in its group and
order; a retired one has none; a simple service a supervisor published sells through the generic form.
The screens behind the tiles are imported up front, so a broken one stops the app at start, naming it."""
from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel

from bizcenter.db import make_engine, unit_of_work
from bizcenter.models import Staff, utcnow
from bizcenter.pricing import PriceItem, load_default_pricelist
from bizcenter.workflows.catalogue import publish_pricelist
from sqlalchemy import select

from uidriver import SUPERVISOR, idle, open_shift, WAIT

LAMINATING = PriceItem("laminating", "过塑", "Laminating", "sheet", {
    "unit_zh": "张", "unit_en": "sheet", "group": "documents", "order": 25, "default": "A4",
    "options": {"A4": {"zh": "A4", "en": "A4", "rate_minor": 500}, "A3": {"zh": "A3", "en": "A3", "rate_minor": 800}}})
SHOE_SHINE = PriceItem("shoe_shine", "擦鞋", "Shoe shine", "pair", {
    "unit_zh": "双", "unit_en": "pair", "group": "other", "rate_minor": 2000, "retired": True})
BOARDING_PASS = PriceItem("boarding_pass", "登机牌打印", "Boarding-pass print", "item", {
    "unit_zh": "张", "unit_en": "pass", "group": "travel", "order": 5, "rate_minor": 300})
GROUPS = ["documents", "communication", "business", "travel"]


@pytest.fixture
def published_url(seeded_url):
    """The default price list plus laminating (documents, between copy/print and scan), a boarding-pass
    print (travel, before the ticket fee) and a retired shoe shine, in force since a minute ago."""
    engine = make_engine(seeded_url)

    def publish(session):
        boss = session.scalar(select(Staff.id).where(Staff.code == SUPERVISOR[0]))
        items = [*load_default_pricelist(), LAMINATING, SHOE_SHINE, BOARDING_PASS]
        publish_pricelist(session, boss, items, utcnow() - timedelta(minutes=1), note="new simple services")

    unit_of_work(engine, publish)
    engine.dispose()
    return seeded_url


@pytest.fixture
def app(qtbot, published_url, monkeypatch):
    from ui.app import build

    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    _, win = build(db=published_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    idle(qtbot, win)
    yield win
    idle(qtbot, win)
    win.station.desk.close()


def _grid(counter) -> list[list[str]]:
    """The tile area as the clerk reads it: one list per row, the group's name (or "") then its tiles."""
    grid, rows = counter.tiles, {}
    for i in range(grid.count()):
        w = grid.itemAt(i).widget()
        row, col, _, _ = grid.getItemPosition(i)
        rows.setdefault(row, {})[col] = w.objectName()
    return [[cells.get(c, "") for c in range(max(cells) + 1)] for _, cells in sorted(rows.items())]


def test_every_service_in_force_has_a_tile_in_its_group_and_order(qtbot, app):
    open_shift(qtbot, app)
    rows = _grid(app.counter)
    groups = [r[0].removeprefix("tileGroup_") for r in rows if r[0]]
    assert groups == GROUPS  # each group once, in the price list's group order
    tiles = [name.removeprefix("tile_") for r in rows for name in r[1:]]
    assert tiles[:7] == ["copy", "print", "laminating", "scan", "typing", "binding", "translation"]
    assert tiles[-2:] == ["boarding_pass", "ticket_fee"]
    listed = {item.code for item in load_default_pricelist()} | {"laminating", "boarding_pass"}
    assert set(tiles) == listed - {"ticket_fare"}  # the air fare is billed by the ticket screen, not a tile
    assert len(tiles) == len(set(tiles))
    assert rows[1][0] == "" and rows[1][1] == "tile_binding"  # a long group wraps under its own name
    label = app.counter.findChild(QLabel, "tileGroup_documents")
    assert label.text() == "文件处理"


def test_a_retired_service_has_no_tile(qtbot, app):
    open_shift(qtbot, app)
    assert "shoe_shine" not in app.counter.tile_buttons
    assert "tile_shoe_shine" not in [n for r in _grid(app.counter) for n in r]


def test_built_in_tiles_keep_their_alt_key_and_a_new_service_gets_a_number(qtbot, app):
    open_shift(qtbot, app)
    buttons = app.counter.tile_buttons
    assert buttons["copy"].shortcut().toString() == "Alt+C"
    assert buttons["ticket_fee"].shortcut().toString() == "Alt+A"
    assert buttons["laminating"].shortcut().toString() == "Alt+1"  # the first service added in the price list
    assert buttons["laminating"].text() == "过塑\nAlt+1"


def test_a_published_simple_service_sells_through_the_generic_form(qtbot, app):
    open_shift(qtbot, app)
    counter = app.counter
    counter.tile_buttons["laminating"].click()
    form = counter.dialog
    assert form.objectName() == "form_laminating"
    assert [f.key for f in form.fields] == ["option", "quantity"]
    picker = form.widgets["option"]
    assert [picker.itemText(i) for i in range(picker.count())] == ["A4", "A3"]
    picker.setCurrentIndex(picker.findData("A3"))
    form.widgets["quantity"].setValue(3)
    qtbot.waitUntil(lambda: form.ok.isEnabled() and form.quoted[0].params == {"option": "A3", "quantity": 3},
                    timeout=WAIT)
    assert form.price.text().endswith("24.00")  # 3 sheets × ¥8.00
    form.ok.click()
    idle(qtbot, app)
    assert [r.service for r in counter.bill.requests] == ["laminating"]
    assert counter.bill.quote.subtotal_minor == 2400
    counter.pay.click()
    pay = counter.dialog
    pay.tendered.setText("50.00")
    pay.pay.click()
    idle(qtbot, app)
    receipt = counter.dialog
    assert receipt.objectName() == "receiptDialog"
    assert "过塑 A3" in receipt.text.toPlainText()  # the line's name as the price list spells it
    assert counter.bill.quote is None


def test_a_simple_service_with_one_rate_asks_only_how_many(qtbot, app):
    open_shift(qtbot, app)
    app.counter.tile_buttons["boarding_pass"].click()
    form = app.counter.dialog
    assert [f.key for f in form.fields] == ["quantity"]
    qtbot.waitUntil(lambda: form.ok.isEnabled(), timeout=WAIT)
    assert form.price.text().endswith("3.00")


def test_a_broken_screen_module_stops_the_app_at_start_naming_it(qtbot, seeded_url, monkeypatch):
    """A screen that fails to import is never a plain form at the first press of its tile: the sign-in
    says the installation is incomplete and names the module, and nobody can sign in."""
    from ui.app import build

    for name in ("ui.services", "ui.counter", "ui.running", "ui.sell.tiles"):  # as in a fresh process
        monkeypatch.delitem(sys.modules, name, raising=False)
        package, _, attr = name.rpartition(".")
        monkeypatch.delattr(sys.modules[package], attr, raising=False)
    monkeypatch.setitem(sys.modules, "ui.fax.send", None)  # importing it now raises ModuleNotFoundError
    monkeypatch.setenv("BIZCENTER_COUNTER", "BC1")
    _, win = build(db=seeded_url)
    qtbot.addWidget(win)
    win.show()
    idle(qtbot, win)
    assert win.broken.name == "ui.fax.send"
    assert "ui.fax.send" in win.signin.message.text()
    assert not win.signin.button.isEnabled() and not win.signin.pin.isEnabled()
    assert len(win.pages) == 1  # no counter was built around the missing screen
    win.station.desk.close()


def test_every_built_in_service_the_counter_sells_has_its_screens():
    """A built-in service of the price list without an entry in ui/services.py would sell through the
    generic form, which asks nothing its pricer needs; every listed one but the air fare has one."""
    from bizcenter.services import find
    from ui.services import BY_CODE

    listed = [item.code for item in load_default_pricelist()]
    assert sorted(set(listed) - set(BY_CODE)) == ["ticket_fare"]
    assert [code for code in BY_CODE if find(code) is None] == []  # no entry for a code the core does not know
