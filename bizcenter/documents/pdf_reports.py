"""Each A4 report from the database in one call: read the figures (one session), write the PDF.

`write_report(session, kind, path, ...)` is what the CLI (`bizcenter report … --pdf`) and the desk
call; the figures come from `workflows.reports` / `workflows.summaries`, never from the PDF layer.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..errors import InvalidInput

REPORT_KINDS = ("shift", "daily", "weekly", "yearly", "folio", "pricelist")


def write_report(session: Session, kind: str, path, *, day: date | None = None, shift_id: int | None = None,
                 stay_id: int | None = None) -> Path:
    from ..workflows.settings import load_settings

    settings = load_settings(session)
    hotel = (settings.hotel_name_zh, settings.hotel_name_en)
    printed = settings.clock.now()
    if kind == "daily":
        from ..workflows.summaries import daily_detail
        from .pdf_daily import write_daily

        return write_daily(daily_detail(session, _need(day, "date")), path, hotel, printed)
    if kind == "shift":
        from ..workflows.summaries import shift_handover
        from .pdf_shift import write_shift

        return write_shift(shift_handover(session, _need(shift_id, "shift"), printed), path, hotel, printed)
    if kind in ("weekly", "yearly"):
        from ..workflows.summaries import period_summary
        from .pdf_summary import write_summary

        grain = "week" if kind == "weekly" else "year"
        return write_summary(period_summary(session, grain, _need(day, "date")), path, hotel, printed)
    if kind == "folio":
        from ..models import Stay
        from ..workflows.guests import view
        from ..workflows.stays import postings_for_stay
        from .pdf_folio import write_folio

        postings = postings_for_stay(session, _need(stay_id, "stay"))
        return write_folio(view(session, session.get(Stay, stay_id)), postings, path, hotel, printed,
                           settings.currency if "currency" in settings.values else "CNY")
    if kind == "pricelist":
        from ..workflows.catalogue import current_pricelist
        from .pdf_pricelist import write_pricelist

        return write_pricelist(current_pricelist(session), path, hotel, printed,
                               str(settings.values.get("service_charge_pct", "")), str(settings.values.get("tax_pct", "")),
                               clock=settings.clock)
    raise InvalidInput("bad_report", "未知报表：{k}", "Unknown report: {k}", k=kind)


def _need(value, what: str):
    if value is None:
        zh = {"date": "请给出日期", "shift": "请给出班次", "stay": "请给出住客记录"}[what]
        en = {"date": "A date is needed", "shift": "A shift is needed", "stay": "A stay is needed"}[what]
        raise InvalidInput(f"need_{what}", zh, en)
    return value
