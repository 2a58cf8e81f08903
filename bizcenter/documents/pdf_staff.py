"""The weekly staff report on A4: per clerk, turns rostered and worked, late sign-ins and their minutes,
absent turns and shifts opened without a turn; then each late sign-in of the week (bilingual)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from ..workflows.punctuality import openings, staff_week
from ..workflows.settings import load_settings
from .pdf_common import build, para, table


def write_staff_week(session: Session, staff_id: int, day: date, path) -> Path:
    """The week holding `day` (Monday to Sunday), for a supervisor."""
    settings = load_settings(session)
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    week = staff_week(session, staff_id, monday)
    late = openings(session, monday, sunday, late_only=True)
    early = int(settings.punctual_minutes_early)
    totals = [sum(getattr(c, k) for c in week) for k in ("rostered", "worked", "late", "minutes_late", "absent",
                                                          "unrostered")]
    story = [para(f"须提前 {early} 分钟到岗；迟到分钟自排班开始前 {early} 分钟起算。 "
                  f"Clerks are due at the counter {early} minutes before their turn; minutes late count from then."),
             para("按员工 By clerk", "h2"),
             table(["员工 Clerk", "排班 Rostered", "出勤 Worked", "迟到 Late", "迟到分钟 Minutes late",
                    "缺勤 Absent", "无排班开班 Unrostered"],
                   [[f"{c.code} {c.clerk}", c.rostered, c.worked, c.late, c.minutes_late, c.absent, c.unrostered]
                    for c in week],
                   [44 * mm, 20 * mm, 20 * mm, 18 * mm, 26 * mm, 20 * mm, 32 * mm], numeric=(1, 2, 3, 4, 5, 6),
                   total=("合计 Total", *totals)),
             para("迟到明细 Late sign-ins", "h2"),
             table(["营业日 Day", "员工 Clerk", "柜台 Counter", "排班 Rostered", "应到 Due", "开班 Opened",
                    "迟到分钟 Minutes late"],
                   [[f"{o.business_date:%m-%d}", o.clerk, o.counter, o.hours, f"{o.due_at:%m-%d %H:%M}",
                     f"{o.opened_at:%m-%d %H:%M}", o.minutes_late] for o in late],
                   [20 * mm, 36 * mm, 18 * mm, 26 * mm, 25 * mm, 25 * mm, 30 * mm], numeric=(6,))]
    return build(path, "员工周报 Weekly staff report", f"{monday.isoformat()} – {sunday.isoformat()}", story,
                 (settings.hotel_name_zh, settings.hotel_name_en), settings.clock.now())
