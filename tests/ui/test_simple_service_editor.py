"""The price-list editor's services form: a supervisor adds a service with options, sees a malformed one
refused with the reason, then retires it — each a new version of the price list."""
from __future__ import annotations

from PySide6.QtCore import QDateTime

import bizcenter.desk  # noqa: F401  loaded at collection, as other screen tests do: a cold warm-up can outlast sign-in's wait
from uidriver import idle


def _now_on_the_hotel_clock(page) -> None:
    """Effective this minute (the core refuses a past minute), so the new version is the one in force."""
    now = page.clock.local(page.clock.now()).replace(tzinfo=None, second=0, microsecond=0)
    page.effective.setDateTime(QDateTime(now))


def test_a_supervisor_adds_then_retires_a_service_in_the_editor(qtbot, office):
    page = office.backoffice.show_tab("prices")
    idle(qtbot, office)
    form = page.services
    assert form.pick.count() == 1  # only "new service": the shipped list has none of its own
    form.code.setText("laminating")
    form.name_zh.setText("过塑")
    form.name_en.setText("Laminating")
    form.unit.setText("sheet")
    form.unit_zh.setText("张")
    form.unit_en.setText("sheet")
    form.set_option(0, "A4", "A4", "A4", "5.00")
    form.set_option(1, "A3", "A3", "A3", "8")
    form.group.setEditText("documents")
    form.order.setValue(70)
    _now_on_the_hotel_clock(page)
    form.publish.click()
    idle(qtbot, office)
    assert page.history.rowCount() == 2, page.message.text()
    assert form.pick.findData("laminating") > 0
    lam = next(i for i in form.items if i.code == "laminating")
    assert lam.rule["options"]["A3"]["rate_minor"] == 800 and lam.rule["group"] == "documents"
    assert lam.rule["order"] == 70 and lam.rule["service_charge"] and lam.rule["tax"]

    form.show_item("laminating")
    assert form.code.isReadOnly() and form.options.rowCount() == 2 and form.name_zh.text() == "过塑"
    form.unit_en.setText("")
    form.publish.click()
    idle(qtbot, office)
    assert "unit" in page.message.text() and page.history.rowCount() == 2  # refused, nothing published

    form.show_item("laminating")
    form.retired.setChecked(True)
    _now_on_the_hotel_clock(page)
    form.publish.click()
    idle(qtbot, office)
    assert page.history.rowCount() == 3
    assert next(i for i in form.items if i.code == "laminating").rule["retired"] is True
    assert form.pick.itemText(form.pick.findData("laminating")).endswith(form.tr(" (retired)"))  # marked as retired
