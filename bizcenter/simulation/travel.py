"""VIP travel movements between guests, as the counter's travel board records them: a departure booked
for an in-house guest a few hours ahead, the confirmation call (sometimes nobody answers first), confirmed,
now and then a delay with the car re-timed and the guest told, done once the flight has left, and the
guest's feedback after. Random choices come from their own stream, so a seed's sales stay the same."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..workflows import travel
from ..workflows.travel import NewMovement
from ..workflows.staff import Operator
from .centre import Centre
from .clock import Script, Step

P_BOOK, P_DELAY = 0.03, 0.3
FLIGHTS = (("MU", "5101", "PEK"), ("CA", "1858", "PEK"), ("LH", "729", "FRA"), ("NH", "920", "HND"),
           ("CX", "365", "HKG"), ("SQ", "831", "SIN"))
CARS = (("Mercedes S", "沪A·8J888", "Zhang Wei"), ("Buick GL8", "沪B·6K123", "Wang Lei"), ("Audi A6L", "", ""))
FEEDBACK = ((5, "Driver on time, very helpful with the bags"), (4, "Good, the car was a little late"),
            (5, "快速通道很方便 / Fast track was very convenient"), (3, "Lounge was crowded"))
GONE = ("guest_not_in_house", "room_not_in_house", "name_mismatch", "travel_guest_left")
HOME = "PVG"  # the hotel's airport in the demo (Shanghai)


class TravelDesk:
    """One shift's travel movements, each moved on a step after a later guest."""

    def __init__(self, centre: Centre, op: Operator, rng: random.Random):
        self.centre, self.op, self.rng = centre, op, rng
        self.open: list[dict] = []  # {"id", "state", "flight_at"}

    def after(self, at: datetime) -> Script:
        at = at + timedelta(seconds=200)  # after the clerk's other duties
        centre, rng = self.centre, self.rng
        if self.open:
            yield from self._step(self.open[0], at)
        elif centre.cast.guests and (centre.first("travel") or rng.random() < P_BOOK):
            yield from self._book(at)

    def _book(self, at: datetime) -> Script:
        op, rng = self.op, self.rng
        guest = rng.choice(self.centre.cast.guests)
        airline, number, dest = rng.choice(FLIGHTS)
        flight_at = (at + timedelta(hours=rng.randint(3, 6))).astimezone(travel.airport_zone(HOME))
        car, plate, driver = rng.choice(CARS)
        m = NewMovement("departure", rng.choice(guest.names), airline, number, HOME, dest, flight_at.date(),
                        flight_at.time().replace(second=0, microsecond=0), room=guest.room, car_type=car,
                        car_plate=plate, driver=driver, pickup_time=flight_at - timedelta(hours=2, minutes=30),
                        meet_greet=rng.random() < 0.5, fast_track=rng.random() < 0.5, lounge=rng.random() < 0.3,
                        bags=rng.randint(0, 4))
        booked = yield Step(at, "travel_booked", lambda s: travel.request(s, op, m, at), refusals=GONE)
        if not isinstance(booked, Exception):
            self.open.append({"id": booked, "state": "requested", "flight_at": flight_at, "tries": 0})

    def _step(self, mv: dict, at: datetime) -> Script:
        op, rng, mid = self.op, self.rng, mv["id"]
        if mv["state"] == "requested":
            reached = mv["tries"] > 0 or rng.random() < 0.7
            mv["tries"] += 1
            outcome = "reached" if reached else "no_answer"
            yield Step(at, "travel_call", lambda s: travel.log_call(s, op, mid, "guest", outcome, at=at))
            if reached:
                yield Step(at + timedelta(seconds=5), "travel_confirmed",
                           lambda s: travel.confirm(s, op, mid, at + timedelta(seconds=5)))
                mv["state"] = "confirmed"
        elif mv["state"] == "confirmed" and (self.centre.first("travel_delay") or rng.random() < P_DELAY) \
                and not mv.get("delayed"):
            new = mv["flight_at"] + timedelta(minutes=rng.choice((45, 90, 150)))
            yield Step(at, "travel_delay", lambda s: travel.disruption(
                s, op, mid, "delayed", ["car_retimed", "guest_informed"], new.date(), new.time(), "ATC", at=at))
            mv["flight_at"], mv["delayed"] = new, True
        elif mv["state"] == "confirmed" and at >= mv["flight_at"]:
            yield Step(at, "travel_done", lambda s: travel.complete(s, op, mid, at))
            mv["state"] = "done"
        elif mv["state"] == "done":
            rating, words = rng.choice(FEEDBACK)
            yield Step(at, "travel_follow_up", lambda s: travel.follow_up(s, op, mid, rating, words, at))
            self.open.pop(0)
