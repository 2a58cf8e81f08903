"""A Chinese clerk sees Chinese column headers and form labels, also where a screen shows them through a
variable (`self.tr(key)`): lupdate extracts such strings only where they are marked with
QT_TRANSLATE_NOOP in the context the screen looks them up in, and they used to stay English."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ui import i18n
from ui.errands import bookingform, bookings, courier, panels
from ui.tickets import form, orders, panel

SHOWN_THROUGH_VARIABLES = [
    ("CourierDialog", courier.FIELDS + courier.LIST_COLUMNS + courier.STATUSES),
    ("NewOrderForm", form.LABELS + form.PAX_COLUMNS + form.SEG_COLUMNS),
    ("TicketRemindersPanel", panel.COLUMNS),
    ("TicketOrdersDialog", orders.LIST_COLUMNS),
    ("BookingDialog", bookings.DEPOSIT_LABELS + tuple(bookings.STATES.values())),
    ("NewBookingBox", bookingform.LABELS),
    ("RentalPanel", panels.COLUMNS),
    # words set inside formatted lines (handover lists, fault counts, an order's summary): lupdate does not
    # see a tr() written inside an f-string, so each is read into a variable first
    ("InternetHandoverBox", ("Internet", "Phone")),
    ("ShiftClosePage", ("Deposit",)),
    ("EquipmentPage", ("open faults",)),
    ("XReportDialog", ("Cash rounding",)),
    ("TicketOrdersDialog", ("ticket", "Agency", "pays by", "Fare", "taxes", "collected", "due now", "room",
                            "pending")),
]


@pytest.fixture
def chinese(qapp):
    before = i18n.current()
    if not i18n.set_language("zh"):
        i18n.set_language(before)
        pytest.skip("no compiled translation in this checkout (`make translations` builds it)")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize("context, strings", SHOWN_THROUGH_VARIABLES, ids=[c for c, _ in SHOWN_THROUGH_VARIABLES])
def test_labels_shown_through_a_variable_are_translated(chinese, context, strings):
    untranslated = [s for s in strings if s and QCoreApplication.translate(context, s) == s]
    assert untranslated == []
