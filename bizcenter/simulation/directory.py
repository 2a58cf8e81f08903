"""The city directory between guests, as the counter's Logs dialog uses it: now and then a guest asks for a
place (a consulate, a hospital with an international clinic, the airport), the clerk finds it, prints the
slip (laid out for an 80 mm printer, as the queue would, and marked printed) and logs the enquiry answered.
If the directory is empty the supervisor puts the demo's examples in once. Random choices come from their
own stream, so a seed's sales stay the same."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..printing import queue, target
from ..workflows import directory
from ..workflows.staff import Operator
from .centre import Centre
from .clock import Script, Step
from .roster import ShiftPlan

P_LOOKUP = 0.04
ASKED = ("consulate", "hospital", "pudong", "hongqiao", "bank", "metro", "医院", "领事馆", "plaza")
SIMULATED_PRINTER = target.parse_url("file:///dev/null", paper_mm=80)  # the slip is laid out, not sent


class DirectoryDesk:
    """One shift's look-ups in the city directory."""

    def __init__(self, centre: Centre, plan: ShiftPlan, op: Operator, rng: random.Random):
        self.centre, self.plan, self.op, self.rng = centre, plan, op, rng

    def after(self, at: datetime) -> Script:
        centre, op, rng = self.centre, self.op, self.rng
        if not (centre.first("directory") or rng.random() < P_LOOKUP):
            return
        at = at + timedelta(seconds=230)  # after the clerk's other duties and travel steps
        word = rng.choice(ASKED)
        found = yield Step(at, "directory_search", lambda s: directory.search(s, word))
        if not found and centre.first("directory_examples"):
            supervisor = self.plan.supervisor.id
            yield Step(at, "directory_examples", lambda s: directory.seed_examples(s, supervisor, at))
            found = yield Step(at, "directory_search", lambda s: directory.search(s, word))
        if not found:
            return
        entry = rng.choice(found)
        guest = rng.choice(centre.cast.guests) if centre.cast.guests and rng.random() < 0.7 else None
        name, room = (rng.choice(guest.names), guest.room) if guest else ("", "")

        def print_and_log(s):
            job = queue.enqueue(s, counter_id=op.counter_id, staff_id=op.staff_id, kind="directory_slip",
                                args={"entry_id": entry.id}, at=at)
            queue.claim(s, job.id, SIMULATED_PRINTER, at=at)
            queue.finish(s, job.id, None, at=at)
            return directory.log_answered(s, op, entry.id, name, room, at=at)

        yield Step(at + timedelta(seconds=20), "directory_printed", print_and_log)
