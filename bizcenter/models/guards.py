"""The ORM half of "append-only, enforced twice" (the other half is the migration's triggers).

Any flush that would update or delete a posted ledger row is refused before SQL is sent, so a
programming mistake surfaces as a clear error in tests instead of a trigger message in production.
"""
from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from .accounts import AccountCharge, AccountReceipt
from .backoffice import VarianceApproval
from .catalogue import PriceItemRow, PriceListVersion
from .folio import ExportBatch, ExportBatchPosting, ExportConfirmation, Posting, PostingExport
from .ledger import Payment, Sale, SaleLine
from .shift import BusinessDay, CashCount, ShiftCount
from .staff import AuditEntry

APPEND_ONLY = (
    Sale, SaleLine, Payment, Posting, PostingExport, ExportBatch, ExportBatchPosting, ExportConfirmation,
    CashCount, ShiftCount, VarianceApproval, BusinessDay,
    PriceListVersion, PriceItemRow, AuditEntry,
)
# append-only money records outside the hash chain (their database triggers guard them as well)
UNCHAINED = (AccountCharge, AccountReceipt)


class LedgerTampering(RuntimeError):
    """A bug: code tried to change a posted record instead of writing a reversing entry."""


@event.listens_for(Session, "before_flush")
def _refuse_ledger_changes(session: Session, _ctx, _instances) -> None:
    for obj in session.dirty:
        if isinstance(obj, APPEND_ONLY + UNCHAINED) and session.is_modified(obj, include_collections=False):
            raise LedgerTampering(f"{type(obj).__name__} rows are append-only")
    for obj in session.deleted:
        if isinstance(obj, APPEND_ONLY + UNCHAINED):
            raise LedgerTampering(f"{type(obj).__name__} rows are never deleted")
