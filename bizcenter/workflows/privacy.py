"""Guests' ID numbers (身份证 / passport) on screens and print: a clerk sees them masked, a supervisor
may see one in full, and each full view is written to the audit log (who looked at whose ID, when).

Every screen that shows an ID number goes through `id_number_for`, so the rule lives in one place
and holds whatever front end asks.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..models import Staff
from . import audit
from .staff import SUPERVISOR_ROLES

ID_KEYS = ("id_number", "id_no", "passport", "passport_no", "document_no")


def mask_id_number(value: str | None) -> str:
    """The same mask as the air-ticket screens (`tickets_input.mask_id`): first two and last two kept."""
    from .tickets_input import mask_id

    return mask_id(value.strip()) if value and value.strip() else ""


def may_see_full_ids(session: Session, staff_id: int | None) -> bool:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    return bool(staff and staff.active and staff.role in SUPERVISOR_ROLES)


def id_number_for(session: Session, staff_id: int | None, value: str | None, *, full: bool = False,
                  entity: str | None = None, entity_id: int | None = None, at: datetime | None = None) -> str:
    """The ID number as this person may see it: masked, unless a supervisor asks for it in `full`."""
    if not value:
        return ""
    if full and may_see_full_ids(session, staff_id):
        audit.record(session, "id_number_viewed", staff_id=staff_id, entity=entity, entity_id=entity_id, at=at)
        return value
    return mask_id_number(value)


def masked_detail(detail: dict) -> dict:
    """An audit entry's detail with any ID number masked (the log viewer never shows them whole)."""
    return {k: mask_id_number(str(v)) if k in ID_KEYS and v else v for k, v in (detail or {}).items()}
