"""What is still running in the centre: what a supervisor must see before closing the hotel's own
business day while it is still going (after that close no counter can open a shift until the next day).

Internet sessions open or waiting for their bill, rentals handed over and not back, deposits held,
faxes waiting in the rack. Each item is one line of plain text (names and times are the guests' and
the hotel's, the same in both languages).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.errands import RentalBooking, RentalDeposit
from ..models.fax import FaxIn
from ..models.sessions import InternetSession
from ..money import plain
from .settings import load_settings


@dataclass(frozen=True)
class StillRunning:
    internet: tuple[str, ...]
    bookings: tuple[str, ...]
    deposits: tuple[str, ...]
    faxes: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.internet) + len(self.bookings) + len(self.deposits) + len(self.faxes)

    def lines(self, lang: str = "en") -> list[str]:
        """Heading and items per kind, the empty kinds left out."""
        heads = {"internet": ("上网计时", "Internet sessions"), "bookings": ("借出未还的预订", "Bookings out"),
                 "deposits": ("未退押金", "Deposits held"), "faxes": ("传真架上的传真", "Faxes in the rack")}
        out = []
        for key, (zh, en) in heads.items():
            items = getattr(self, key)
            if items:
                out.append(f"{zh if lang.startswith('zh') else en} ({len(items)}):")
                out.extend(f"  {item}" for item in items)
        return out


@dataclass(frozen=True)
class RunningDay:
    """The hotel's today, still running: closing it needs a confirmation naming this."""

    business_date: date
    reopens: str  # hotel time when the next business day begins, "YYYY-MM-DD HH:MM": no shift opens before
    running: StillRunning


def running_day(session: Session, business_date: date, at: datetime) -> RunningDay | None:
    """What closing `business_date` at `at` would cut short, or None when that day is already over."""
    settings = load_settings(session)
    if settings.business_date(at) != business_date:
        return None
    reopens = f"{(business_date + timedelta(days=1)).isoformat()} {time(settings.clock.cutoff_hour):%H:%M}"
    return RunningDay(business_date, reopens, still_running(session))


def still_running(session: Session) -> StillRunning:
    settings = load_settings(session)
    tz, cur = settings.tz, settings.currency
    hm = lambda t: t.astimezone(tz).strftime("%m-%d %H:%M")  # noqa: E731
    internet = tuple(
        f"{s.account} {s.guest_name}{' ' + s.room if s.room else ''} {hm(s.started_at)} ({s.status})"
        for s in session.scalars(select(InternetSession).where(InternetSession.status.in_(("open", "stopped")))
                                 .order_by(InternetSession.started_at, InternetSession.id)))
    bookings = tuple(
        f"#{b.id} {b.item} ×{b.units} {b.party_name} {hm(b.handed_out_at or b.starts_at)}–{hm(b.ends_at)}"
        for b in session.scalars(select(RentalBooking).where(RentalBooking.status == "out")
                                 .order_by(RentalBooking.starts_at, RentalBooking.id)))
    deposits = tuple(
        f"#{b.id} {b.party_name} {d.method} {plain(d.amount_minor, cur)} {hm(d.taken_at)}"
        for d, b in session.execute(select(RentalDeposit, RentalBooking)
                                    .join(RentalBooking, RentalBooking.id == RentalDeposit.booking_id)
                                    .where(RentalDeposit.returned_at.is_(None)).order_by(RentalDeposit.taken_at)))
    faxes = tuple(
        f"FAX-{f.id} {f.written_name}{' ' + f.written_room if f.written_room else ''} {f.pages} p. {hm(f.received_at)}"
        for f in session.scalars(select(FaxIn).where(FaxIn.status == "rack").order_by(FaxIn.received_at, FaxIn.id)))
    return StillRunning(internet, bookings, deposits, faxes)
