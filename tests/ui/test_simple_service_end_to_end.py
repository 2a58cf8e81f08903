"""Adding a simple service in the app, end to end: the supervisor publishes laminating in the price-list
editor, a clerk at the counter sells it from its tile through the generic form, the receipt shows it, and
the supervisor's daily report lists it under its name."""
from __future__ import annotations

from PySide6.QtCore import QDateTime

import bizcenter.desk  # noqa: F401  loaded at collection, as other screen tests do: a cold warm-up can outlast sign-in's wait
from uidriver import idle, open_shift, WAIT


def _publish_laminating(qtbot, office) -> None:
    page = office.backoffice.show_tab("prices")
    idle(qtbot, office)
    form = page.services
    for edit, text in ((form.code, "laminating"), (form.name_zh, "过塑"), (form.name_en, "Laminating"),
                       (form.unit, "sheet"), (form.unit_zh, "张"), (form.unit_en, "sheet")):
        edit.setText(text)
    form.set_option(0, "A4", "A4", "A4", "5.00")
    form.set_option(1, "A3", "A3", "A3", "8.00")
    form.group.setEditText("documents")
    now = page.clock.local(page.clock.now()).replace(tzinfo=None, second=0, microsecond=0)
    page.effective.setDateTime(QDateTime(now))  # in force from this minute
    form.publish.click()
    idle(qtbot, office)
    assert page.history.rowCount() == 2, page.message.text()


def test_published_in_the_editor_sold_at_the_counter_and_reported(qtbot, office, window):
    _publish_laminating(qtbot, office)

    open_shift(qtbot, window)  # the clerk's counter reads the price list in force at sign-in
    counter = window.counter
    assert "laminating" in counter.tile_buttons
    counter.tile_buttons["laminating"].click()
    form = counter.dialog
    form.widgets["option"].setCurrentIndex(form.widgets["option"].findData("A3"))
    form.widgets["quantity"].setValue(2)
    qtbot.waitUntil(lambda: form.ok.isEnabled() and form.quoted[0].params == {"option": "A3", "quantity": 2},
                    timeout=WAIT)
    form.ok.click()
    idle(qtbot, window)
    counter.pay.click()
    pay = counter.dialog
    pay.tendered.setText("50.00")
    pay.pay.click()
    idle(qtbot, window)
    assert "过塑 A3" in counter.dialog.text.toPlainText()

    reports = office.backoffice.show_tab("reports")
    idle(qtbot, office)
    reports.show_button.click()
    idle(qtbot, office)
    by_service = {r.key: (r.label, r.amount_minor) for r in reports.report.by_service}
    assert by_service["laminating"] == ("过塑 Laminating", 1600)
    reports.service.setCurrentIndex(reports.service.findData("laminating"))  # the filter offers it too
    reports.show_button.click()
    idle(qtbot, office)
    assert [r.key for r in reports.report.by_service] == ["laminating"] and reports.report.sales_count == 1
