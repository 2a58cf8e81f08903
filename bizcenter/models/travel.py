"""VIP travel movements (贵宾接送机): a guest's arrival or departure by air with the services the centre
arranges (transfer car, meet-and-greet, fast track, lounge, assistance), and the log kept on each one
(confirmation calls, flight disruptions). Not money: a movement moves on (requested → confirmed → done, or
cancelled) and the audit trail keeps who did each step; charges go through the normal bill.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime

DIRECTIONS = ("arrival", "departure")
MOVEMENT_STATES = ("requested", "confirmed", "done", "cancelled")
EVENT_KINDS = ("call", "disruption")
CALL_OUTCOMES = ("reached", "no_answer", "left_message")
DISRUPTIONS = ("delayed", "flight_cancelled")
DISRUPTION_ACTIONS = ("rebooked", "car_retimed", "guest_informed")


class TravelMovement(Base):
    """One arrival or departure: the flight (times kept as instants; shown in the airport's zone and the
    hotel's), the car, the services asked for, the state, and the guest's feedback after it."""

    __tablename__ = "travel_movement"
    __table_args__ = (
        CheckConstraint("direction IN ('arrival','departure')", name="direction"),
        CheckConstraint("status IN ('requested','confirmed','done','cancelled')", name="status"),
        CheckConstraint("bags >= 0 AND bags <= 99", name="bags"),
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating"),
        Index("ix_travel_movement_expected_at", "expected_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    direction: Mapped[str] = mapped_column(String(10))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id"))  # None: a guest booked ahead
    room: Mapped[str | None] = mapped_column(String(10))
    guest_name: Mapped[str] = mapped_column(String(200))
    guest_phone: Mapped[str | None] = mapped_column(String(40))
    airline: Mapped[str] = mapped_column(String(2))
    flight_no: Mapped[str] = mapped_column(String(5))
    from_airport: Mapped[str] = mapped_column(String(3))
    to_airport: Mapped[str] = mapped_column(String(3))
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime)  # landing (arrival) or take-off (departure)
    expected_at: Mapped[datetime] = mapped_column(UTCDateTime)  # as scheduled, or the new time after a delay
    car_type: Mapped[str | None] = mapped_column(String(40))
    car_plate: Mapped[str | None] = mapped_column(String(20))
    driver: Mapped[str | None] = mapped_column(String(100))
    pickup_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    meet_greet: Mapped[bool] = mapped_column(default=False)
    fast_track: Mapped[bool] = mapped_column(default=False)
    lounge: Mapped[bool] = mapped_column(default=False)
    wheelchair: Mapped[bool] = mapped_column(default=False)
    assistance: Mapped[str | None] = mapped_column(Text)
    bags: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default="requested")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    followed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    rating: Mapped[int | None] = mapped_column()
    feedback: Mapped[str | None] = mapped_column(Text)
    charged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # its services put on a bill
    charged_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class TravelEvent(Base):
    """What happened on a movement: the clerk's confirmation call (who called whom, the outcome) or a
    flight delay/cancellation with what was done and the new time."""

    __tablename__ = "travel_event"
    __table_args__ = (
        CheckConstraint("kind IN ('call','disruption')", name="kind"),
        Index("ix_travel_event_movement", "movement_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("travel_movement.id"))
    kind: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    whom: Mapped[str | None] = mapped_column(String(200))  # call: the person called (guest, driver, secretary)
    outcome: Mapped[str | None] = mapped_column(String(20))  # call: reached | no_answer | left_message
    disruption: Mapped[str | None] = mapped_column(String(20))  # delayed | flight_cancelled
    actions: Mapped[str | None] = mapped_column(String(100))  # comma-separated: rebooked, car_retimed, guest_informed
    new_time: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
