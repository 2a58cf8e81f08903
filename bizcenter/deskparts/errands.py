"""Courier consignments and meeting-room / equipment bookings."""
from __future__ import annotations

from datetime import datetime

from ..ops import Operations


class ErrandDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    # --- courier --------------------------------------------------------------------------------
    def courier_carriers(self):
        from ..workflows.courier import CARRIERS

        return list(CARRIERS.values())

    def courier_quote(self, region: str, grams: int, same_city: bool = False):
        """The tariff line and its price, before anything is recorded (告知收费标准)."""
        from ..workflows import courier, lines

        def action(s):
            req = courier.tariff_request(s, region, grams, same_city)
            return req, lines.quote(s, [req])

        return self.run(action)

    def register_consignment(self, op, inp):
        from ..workflows import courier

        return self.run(lambda s: courier.register(s, op, inp))

    def mark_delivered(self, op, consignment_id: int, note: str = ""):
        from ..workflows import courier

        return self.run(lambda s: courier.mark_delivered(s, op, consignment_id, note))

    def consignments(self, status: str | None = None, search: str = ""):
        from ..workflows import courier

        return self.run(lambda s: courier.consignments(s, status, search))

    # --- meeting rooms and equipment ------------------------------------------------------------
    def rental_resources(self, service: str):
        from ..workflows import rental_calendar

        return self.run(lambda s: rental_calendar.resources(s, service))

    def bookings_between(self, service: str, start: datetime, end: datetime):
        from ..workflows import rental_calendar

        return self.run(lambda s: rental_calendar.bookings_between(s, service, start, end))

    def book_rental(self, op, request):
        from ..workflows import bookings

        return self.run(lambda s: bookings.book(s, op, request))

    def take_deposit(self, op, booking_id: int, method: str, amount_minor: int, card_last4: str | None = None,
                     card_approval: str | None = None):
        from ..workflows import deposits

        return self.run(lambda s: deposits.take(s, op, booking_id, method, amount_minor, card_last4, card_approval))

    def hand_over(self, op, booking_id: int):
        from ..workflows import bookings

        return self.run(lambda s: bookings.hand_over(s, op, booking_id))

    def return_rental(self, op, booking_id: int):
        from ..workflows import bookings

        return self.run(lambda s: bookings.return_rental(s, op, booking_id))

    def bill_rental_again(self, booking_id: int):
        from ..workflows import bookings

        return self.run(lambda s: bookings.bill_again(s, booking_id))

    def cancel_booking(self, op, booking_id: int, reason: str = ""):
        from ..workflows import bookings

        return self.run(lambda s: bookings.cancel(s, op, booking_id, reason))

    def equipment_out(self, search: str = ""):
        from ..workflows import rental_calendar

        return self.run(lambda s: rental_calendar.equipment_out(s, search))

    def rooms_today(self, search: str = ""):
        from ..workflows import rental_calendar

        return self.run(lambda s: rental_calendar.rooms_today(s, None, search))

    def deposits_held(self):
        from ..workflows import deposits

        return self.run(deposits.held)
