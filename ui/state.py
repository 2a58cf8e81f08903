"""What the window knows about the person at the counter; plain values only, no ORM rows."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from bizcenter.desk import Desk
from bizcenter.workflows.shift import ShiftInfo
from bizcenter.workflows.staff import Operator, StaffInfo


def counter_code() -> str:
    """This PC's counter: $BIZCENTER_COUNTER, else BC1 (a later first-start wizard writes it)."""
    return os.environ.get("BIZCENTER_COUNTER", "BC1")


@dataclass
class Station:
    desk: Desk
    counter_code: str = field(default_factory=counter_code)
    counter_id: int | None = None
    staff: StaffInfo | None = None
    shift: ShiftInfo | None = None
    currency: str = "CNY"

    @property
    def op(self) -> Operator:
        return Operator(self.staff.id, self.counter_id)

    def sign_out(self) -> None:
        self.staff = None
        self.shift = None
