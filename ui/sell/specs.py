"""What each service's form asks, as data: the fields the procedure needs, in order.

Kinds: int (spin box), option (from the price-list rule's options), choice (fixed list), bool
(check box), text, confirm (a procedure tick that must be given: test copy approved, proof checked),
record (text kept with the line, not priced: waybill, carrier, e-mail). Labels are marked for Qt's
translation with QT_TRANSLATE_NOOP so lupdate finds them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP as N


@dataclass(frozen=True)
class Field:
    key: str
    kind: str
    label: str
    lo: int = 1
    hi: int = 10_000
    default: object = None
    choices: tuple = ()


C = "ServiceForm"
PAGES = Field("pages", "int", N(C, "Pages"), default=1)
COPIES = Field("copies", "int", N(C, "Copies"), hi=1000, default=1)
SIZE = Field("size", "option", N(C, "Paper size"))
COLOUR = Field("colour", "choice", N(C, "Colour"), choices=(("bw", N(C, "Black and white")), ("colour", N(C, "Colour"))))
DUPLEX = Field("duplex", "bool", N(C, "Two-sided"))
NUMBER = Field("number", "text", N(C, "Number (international: 00 or +)"))

SPECS: dict[str, tuple[Field, ...]] = {
    "copy": (PAGES, COPIES, SIZE, COLOUR, DUPLEX, Field("test_copy_approved", "confirm", N(C, "Test copy shown and approved"))),
    "print": (PAGES, COPIES, SIZE, COLOUR, DUPLEX, Field("proof_checked", "confirm", N(C, "Proof checked with the guest"))),
    "typing": (Field("pages", "int", N(C, "Pages"), hi=1000, default=1), Field("language", "option", N(C, "Language")),
               Field("proof_checked", "confirm", N(C, "Proof checked against the original"))),
    "scan": (PAGES, Field("destination", "record", N(C, "Send to (e-mail or medium)")),
             Field("pages_confirmed", "confirm", N(C, "Page count confirmed with the guest"))),
    "fax_out": (NUMBER, PAGES, Field("recipient", "record", N(C, "Recipient")),
                Field("read_back", "confirm", N(C, "Number and recipient read back to the guest"))),
    "fax_in": (PAGES, Field("legible", "confirm", N(C, "Legible and complete"))),
    "phone": (NUMBER, Field("seconds", "int", N(C, "Call length in seconds (from the meter)"), hi=86_400, default=60)),
    "internet": (Field("minutes", "int", N(C, "Minutes used"), hi=10_080, default=30),),
    "courier": (Field("destination", "option", N(C, "Destination")), Field("grams", "int", N(C, "Weight in grams"),
                hi=100_000, default=500), Field("carrier", "record", N(C, "Carrier")),
                Field("waybill", "record", N(C, "Waybill number"))),
    "binding": (Field("type", "option", N(C, "Binding")), Field("items", "int", N(C, "Items"), hi=1000, default=1)),
    "translation": (Field("words", "int", N(C, "Words"), hi=1_000_000, default=1000), Field("pair", "option", N(C, "Languages"))),
    "secretarial": (Field("minutes", "int", N(C, "Minutes"), hi=1440, default=60),),
    "meeting_room": (Field("room", "option", N(C, "Room")), Field("hours", "int", N(C, "Hours"), hi=168, default=1)),
    "equipment": (Field("item", "option", N(C, "Equipment")), Field("days", "int", N(C, "Days"), hi=366, default=1),
                  Field("units", "int", N(C, "Pieces"), hi=100, default=1)),
    "ticket_fee": (Field("kind", "option", N(C, "Ticket"), default="domestic"), Field("tickets", "int", N(C, "Tickets"),
                   hi=50, default=1)),
}

# Alt+letter on each tile; shown on the tile so a clerk learns them.
SHORTCUTS = {
    "copy": "C", "print": "P", "typing": "T", "scan": "S", "fax_out": "F", "fax_in": "R", "phone": "H",
    "internet": "I", "courier": "K", "binding": "B", "translation": "L", "secretarial": "E",
    "meeting_room": "M", "equipment": "Q", "ticket_fee": "A",
}
