"""The hotel's clock: its time zone and the hour its business day starts.

Every date or time a person sees, every default and every filter goes through one `HotelClock`, so a
counter whose machine runs on UTC still shows, files and closes the hotel's day. The only reading of
the real clock is `models.utcnow()`; tests freeze that with time-machine.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from .models.base import utcnow

_MIN = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class HotelClock:
    tz: ZoneInfo
    cutoff_hour: int = 4

    @classmethod
    def of(cls, zone: str, cutoff_hour: int = 4) -> "HotelClock":
        return cls(ZoneInfo(zone), int(cutoff_hour))

    def now(self) -> datetime:
        """This instant on the hotel's wall clock (aware)."""
        return utcnow().astimezone(self.tz)

    def local(self, at: datetime) -> datetime:
        if at.tzinfo is None:
            raise ValueError("naive datetime: an instant needs its zone to be shown in hotel time")
        return at.astimezone(self.tz)

    def business_date(self, at: datetime | None = None) -> date:
        """The business day an instant belongs to: before the cut-off hour it is still yesterday.

        Wall-clock arithmetic, so a daylight-saving night still turns over at the cut-off hour."""
        local = self.local(at or utcnow())
        return local.date() - timedelta(days=1) if local.hour < self.cutoff_hour else local.date()

    def today(self) -> date:
        return self.business_date()

    def day_start(self, day: date) -> datetime:
        """The instant (UTC) business day `day` begins: its cut-off hour on the hotel's wall clock."""
        return self.at(day, time(self.cutoff_hour)).astimezone(timezone.utc)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """[start, end) of a business day as UTC instants (23, 24 or 25 hours long)."""
        return self.day_start(day), self.day_start(day + timedelta(days=1))

    def days_bounds(self, first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
        """[start, end) of the business days first … last (inclusive) as UTC instants; None leaves that
        side open. What every filter "from day … to day" means: the hotel's days, cut-off to cut-off."""
        return (self.day_start(first) if first else None,
                self.day_start(last + timedelta(days=1)) if last else None)

    def at(self, day: date, clock_time: time) -> datetime:
        """A wall-clock time at the hotel on a calendar date, as an aware datetime.

        A time skipped by a daylight-saving change is moved on by the gap (02:30 → 03:30), as the
        hotel's clocks were."""
        naive = datetime.combine(day, clock_time)
        local = naive.replace(tzinfo=self.tz)
        back = local.astimezone(timezone.utc).astimezone(self.tz)
        if back.replace(tzinfo=None) != naive:  # in the gap: keep the instant, shown after the change
            return back
        return local

    def calendar_date(self, at: datetime | None = None) -> date:
        """The hotel's calendar date (midnight turn-over), for what people date by the calendar."""
        return self.local(at or utcnow()).date()

    def text(self, at: datetime | None, pattern: str = _MIN, empty: str = "") -> str:
        """An instant as the hotel's wall-clock text; `empty` when there is none."""
        return self.local(at).strftime(pattern) if at is not None else empty

    def zoned_text(self, at: datetime, pattern: str = _MIN) -> str:
        """The hotel's wall-clock text with the zone's name, where the reader may be elsewhere (a printed
        price list, the command line): "2026-12-07 00:00 Asia/Shanghai"."""
        return f"{self.text(at, pattern)} {self.tz.key}"
