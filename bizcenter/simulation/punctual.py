"""Sign-in as the procedure asks: the turn on the roster in the database (the supervisor's), the clerk at
the counter five to nine minutes early, now and then a few minutes late; the supervisor's notice (the
morning meeting's minutes) posted before the first sign-in of the run and acknowledged by every clerk
when they sign in. Random choices come from a stream of their own, so a seed's sales stay the same
(the first guest comes ten minutes after the turn's start, after the latest opening)."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from ..workflows import notices, roster
from ..workflows.settings import load_settings
from .centre import Centre
from .roster import ShiftPlan

P_LATE = 0.12
NOTICE = ("meeting", "晨会纪要", "1. 传真发出前须附封面页。\n2. 周一起快递按新价格收费。",
          "Morning meeting minutes", "1. Every outgoing fax has a cover sheet.\n2. The new courier rates apply from Monday.")


def opening_time(plan: ShiftPlan, rng: random.Random) -> datetime:
    """When the clerk opens the shift: early as asked, or (now and then) one to eight minutes after the start."""
    if rng.random() < P_LATE:
        return plan.opens + timedelta(minutes=rng.randint(1, 8))
    return plan.opens - timedelta(minutes=rng.randint(5, 9))


def rostered(plan: ShiftPlan):
    """The supervisor's roster entry for this turn (hotel wall clock; a night turn ends the next morning)."""
    def action(s: Session) -> int:
        tz = load_settings(s).tz
        opens, closes = plan.opens.astimezone(tz), plan.closes.astimezone(tz)
        return roster.add_shift(s, plan.supervisor.id, plan.clerk.id, opens.date(), f"{opens:%H:%M}",
                                f"{closes:%H:%M}", plan.counter.id, at=plan.opens - timedelta(days=1))
    return action


def notices_read(centre: Centre, plan: ShiftPlan, at: datetime):
    """At sign-in: the first clerk of the run finds the supervisor's notice just posted; every clerk
    acknowledges what waits for them."""
    def action(s: Session) -> int:
        if centre.first("notice"):
            kind, tz, bz, te, be = NOTICE
            notices.post(s, plan.supervisor.id, kind, tz, bz, te, be, at=at - timedelta(seconds=30))
        waiting = [n.id for n in notices.pending(s, plan.clerk.id)]
        return notices.acknowledge(s, plan.clerk.id, waiting, at=at)
    return action
