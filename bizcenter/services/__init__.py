"""Every service with a workflow, one module each, listed in one explicitly imported tuple.

Imported up front, so a module that is missing or fails to import stops the program at start, loudly,
instead of becoming "no hook" at the first sale. A price-list code without a record here is a simple
service, defined by its price-list row alone (`bizcenter.pricing.simple`).
"""
from __future__ import annotations

from . import (binding, copy, courier, damage, equipment, fax_in, fax_out, internet, meeting_room, phone, print,
               scan, secretarial, ticket_fare, ticket_fee, translation, typing)
from .record import Service

SERVICES: tuple[Service, ...] = (
    fax_out.SERVICE, fax_in.SERVICE, copy.SERVICE, print.SERVICE, scan.SERVICE, typing.SERVICE, phone.SERVICE,
    internet.SERVICE, courier.SERVICE, binding.SERVICE, translation.SERVICE, secretarial.SERVICE,
    meeting_room.SERVICE, equipment.SERVICE, ticket_fee.SERVICE, ticket_fare.SERVICE, damage.SERVICE,
)
_BY_CODE = {s.code: s for s in SERVICES}


class UnknownService(LookupError):
    """A code that no service module defines: a programming error, not a clerk's."""


def service(code: str) -> Service:
    """The record of a service with a workflow; raises `UnknownService` naming the code otherwise."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise UnknownService(f"no service module defines {code!r} (known: {', '.join(_BY_CODE)})") from None


def find(code: str) -> Service | None:
    """The record, or None for a simple service (a price-list row with no workflow of its own)."""
    return _BY_CODE.get(code)


__all__ = ["SERVICES", "Service", "UnknownService", "find", "service"]
