"""The audit trail: one call per action worth answering for (sign-ins, voids, overrides, closes…)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..models import AuditEntry, utcnow


def record(
    session: Session,
    action: str,
    *,
    staff_id: int | None = None,
    counter_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    at: datetime | None = None,
    **detail,
) -> None:
    session.add(
        AuditEntry(
            at=at or utcnow(),
            staff_id=staff_id,
            counter_id=counter_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
    )
