"""What the window knows about the person at the counter; plain values only, no ORM rows.

The desk (and with it SQLAlchemy) is created after the sign-in screen is painted, so the window
appears fast; anything that needs the desk before then waits for `ready()`.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bizcenter.desk import Desk
    from bizcenter.hoteltime import HotelClock
    from bizcenter.workflows.shift import ShiftInfo
    from bizcenter.workflows.staff import Operator, StaffInfo


def counter_code() -> str:
    """This PC's counter: $BIZCENTER_COUNTER, else the first-start wizard's choice kept in the user
    config dir (`bizcenter.localconfig`), else BC1."""
    from bizcenter.localconfig import counter_code as configured

    return configured("BC1")


@dataclass
class Station:
    db: str | None = None
    counter_code: str = field(default_factory=counter_code)
    counter_id: int | None = None
    staff: "StaffInfo | None" = None
    shift: "ShiftInfo | None" = None
    currency: str = "CNY"
    documents_folder: str = ""  # the hotel's folder for saved PDFs and exports ("" = Documents/bizcenter)
    clock: "HotelClock | None" = None  # the hotel's clock, read at sign-in
    _desk: "Desk | None" = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def desk(self) -> "Desk":
        """Made on first use (normally by the warm-up job right after the first paint)."""
        with self._lock:
            if self._desk is None:
                from bizcenter.desk import Desk

                self._desk = Desk(self.db)
            return self._desk

    def hotel_clock(self) -> "HotelClock":
        """The hotel's clock for dates and times shown or defaulted on a screen (Qt's and the machine's
        clocks are in the machine's zone). Read at sign-in; read here if a screen needs it first."""
        if self.clock is None:
            self.clock = self.desk.clock()
        return self.clock

    @property
    def op(self) -> "Operator":
        from bizcenter.workflows.staff import Operator

        return Operator(self.staff.id, self.counter_id)

    def sign_out(self) -> None:
        self.staff = None
        self.shift = None
        self.clock = None  # the next sign-in reads the settings afresh
