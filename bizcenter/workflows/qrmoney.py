"""A QR wallet payment given back (void or refund) through the acquirer the hotel has set, to the
provider and transaction that took it; the refund's reference is what the reversing payment keeps."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..models.ledger import Payment
from ..payments import qr
from .settings import load_settings


def acquirer(session: Session) -> qr.Acquirer:
    return qr.acquirer_for(acquirer_setting(session))


def qr_refund(session: Session, paid: Payment, refund_no: str, amount_minor: int) -> str:
    """Give `amount_minor` back on the payment `paid`; `refund_no` names this refund, so the acquirer pays
    a retried refund once. A refusal rolls the reversal back (the clerk pays back in cash instead)."""
    return qr.refund(acquirer(session), paid.provider, paid.reference, refund_no, abs(amount_minor))


def acquirer_setting(session: Session) -> str:
    """`terminal` or `test`: what the pay dialog's QR field expects (a reference or a scanned code)."""
    return load_settings(session).values.get("qr_acquirer", "terminal")
