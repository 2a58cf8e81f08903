"""Names of order states and timeline actions in the clerk's language (one place for every ticket screen)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("TicketTexts", text)


def state_text(state: str | None) -> str:
    names = {
        "enquiry": _t(QT_TRANSLATE_NOOP("TicketTexts", "Enquiry")), "reserved": _t(QT_TRANSLATE_NOOP("TicketTexts", "Reserved")), "paid": _t(QT_TRANSLATE_NOOP("TicketTexts", "Paid")), "issued": _t(QT_TRANSLATE_NOOP("TicketTexts", "Issued")),
        "delivered": _t(QT_TRANSLATE_NOOP("TicketTexts", "Delivered")), "changed": _t(QT_TRANSLATE_NOOP("TicketTexts", "Changed")), "refunded": _t(QT_TRANSLATE_NOOP("TicketTexts", "Refunded")), "cancelled": _t(QT_TRANSLATE_NOOP("TicketTexts", "Cancelled")),
    }
    return names.get(state or "", state or "")


def action_text(action: str | None) -> str:
    names = {
        "enquiry": _t(QT_TRANSLATE_NOOP("TicketTexts", "Enquiry taken")), "reserve": _t(QT_TRANSLATE_NOOP("TicketTexts", "Reserved with the agency")), "paid": _t(QT_TRANSLATE_NOOP("TicketTexts", "Paid in full")),
        "arrived": _t(QT_TRANSLATE_NOOP("TicketTexts", "Ticket arrived")), "issue": _t(QT_TRANSLATE_NOOP("TicketTexts", "Issued")), "deliver": _t(QT_TRANSLATE_NOOP("TicketTexts", "Handed over")),
        "change_requested": _t(QT_TRANSLATE_NOOP("TicketTexts", "Change requested")), "changed": _t(QT_TRANSLATE_NOOP("TicketTexts", "Change in effect")), "refund": _t(QT_TRANSLATE_NOOP("TicketTexts", "Refunded")),
        "refund_fee_paid": _t(QT_TRANSLATE_NOOP("TicketTexts", "Refund fee paid")), "cancel": _t(QT_TRANSLATE_NOOP("TicketTexts", "Cancelled")), "delay": _t(QT_TRANSLATE_NOOP("TicketTexts", "Flight delayed")),
        "cancellation": _t(QT_TRANSLATE_NOOP("TicketTexts", "Flight cancelled")), "notified": _t(QT_TRANSLATE_NOOP("TicketTexts", "Guest told")), "payment_reversed": _t(QT_TRANSLATE_NOOP("TicketTexts", "Payment reversed")),
        "refunded_at_counter": _t(QT_TRANSLATE_NOOP("TicketTexts", "Refunded at the counter")), "ids_erased": _t(QT_TRANSLATE_NOOP("TicketTexts", "ID numbers erased")),
    }
    return names.get(action or "", action or "")
