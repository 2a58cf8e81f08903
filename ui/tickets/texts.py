"""Names of order states and timeline actions in the clerk's language (one place for every ticket screen)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("TicketTexts", text)


def state_text(state: str | None) -> str:
    names = {
        "enquiry": _t("Enquiry"), "reserved": _t("Reserved"), "paid": _t("Paid"), "issued": _t("Issued"),
        "delivered": _t("Delivered"), "changed": _t("Changed"), "refunded": _t("Refunded"), "cancelled": _t("Cancelled"),
    }
    return names.get(state or "", state or "")


def action_text(action: str | None) -> str:
    names = {
        "enquiry": _t("Enquiry taken"), "reserve": _t("Reserved with the agency"), "paid": _t("Paid in full"),
        "arrived": _t("Ticket arrived"), "issue": _t("Issued"), "deliver": _t("Handed over"),
        "change_requested": _t("Change requested"), "changed": _t("Change in effect"), "refund": _t("Refunded"),
        "refund_fee_paid": _t("Refund fee paid"), "cancel": _t("Cancelled"), "delay": _t("Flight delayed"),
        "cancellation": _t("Flight cancelled"), "notified": _t("Guest told"), "payment_reversed": _t("Payment reversed"),
        "refunded_at_counter": _t("Refunded at the counter"), "ids_erased": _t("ID numbers erased"),
    }
    return names.get(action or "", action or "")
