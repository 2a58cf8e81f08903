"""What each service's form asks, as data: the fields the procedure needs, in order.

Kinds: int (spin box), option (from the price-list rule's options), choice (fixed list), bool
(check box), text, confirm (a procedure tick that must be given: test copy approved, proof checked; with
`when`, only once that flag is ticked), flag (a tick kept with the line, not priced: original unclear),
record (text kept with the line, not priced: waybill, carrier, e-mail). The core checks the same ticks
(bizcenter/workflows/procedure.py) for every front end; the form asks them first. Labels are marked for Qt's
translation with QT_TRANSLATE_NOOP so lupdate finds them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Field:
    key: str
    kind: str
    label: str
    lo: int = 1
    hi: int = 10_000
    default: object = None
    choices: tuple = ()
    when: str | None = None  # a confirm asked only when this flag is ticked


PAGES = Field("pages", "int", QT_TRANSLATE_NOOP("ServiceForm", "Pages"), default=1)
COPIES = Field("copies", "int", QT_TRANSLATE_NOOP("ServiceForm", "Copies"), hi=1000, default=1)
SIZE = Field("size", "option", QT_TRANSLATE_NOOP("ServiceForm", "Paper size"))
COLOUR = Field("colour", "choice", QT_TRANSLATE_NOOP("ServiceForm", "Colour"), choices=(("bw", QT_TRANSLATE_NOOP("ServiceForm", "Black and white")), ("colour", QT_TRANSLATE_NOOP("ServiceForm", "Colour"))))
DUPLEX = Field("duplex", "bool", QT_TRANSLATE_NOOP("ServiceForm", "Two-sided"))
UNCLEAR = Field("original_unclear", "flag", QT_TRANSLATE_NOOP("ServiceForm", "The original is unclear (faint, creased, handwritten)"))
TOLD = Field("unclear_told", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Guest told the original is unclear"), when="original_unclear")
NUMBER = Field("number", "text", QT_TRANSLATE_NOOP("ServiceForm", "Number (international: 00 or +)"))

SPECS: dict[str, tuple[Field, ...]] = {
    "copy": (PAGES, COPIES, SIZE, COLOUR, DUPLEX, Field("test_copy_approved", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Test copy shown and approved")),
             UNCLEAR, TOLD),
    "print": (PAGES, COPIES, SIZE, COLOUR, DUPLEX, Field("proof_checked", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Proof checked with the guest"))),
    "typing": (Field("pages", "int", QT_TRANSLATE_NOOP("ServiceForm", "Pages"), hi=1000, default=1), Field("language", "option", QT_TRANSLATE_NOOP("ServiceForm", "Language")),
               Field("proof_checked", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Proof checked against the original"))),
    "scan": (PAGES, Field("destination", "record", QT_TRANSLATE_NOOP("ServiceForm", "Send to (e-mail or medium)")),
             Field("pages_confirmed", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Page count confirmed with the guest")),
             UNCLEAR, TOLD),
    "fax_out": (NUMBER, PAGES, Field("recipient", "record", QT_TRANSLATE_NOOP("ServiceForm", "Recipient")),
                Field("read_back", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Number and recipient read back to the guest"))),
    "fax_in": (PAGES, Field("legible", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Legible and complete"))),
    "phone": (NUMBER, Field("seconds", "int", QT_TRANSLATE_NOOP("ServiceForm", "Call length in seconds (from the meter)"), hi=86_400, default=60)),
    "internet": (Field("minutes", "int", QT_TRANSLATE_NOOP("ServiceForm", "Minutes used"), hi=10_080, default=30),),
    "courier": (Field("destination", "option", QT_TRANSLATE_NOOP("ServiceForm", "Destination")), Field("grams", "int", QT_TRANSLATE_NOOP("ServiceForm", "Weight in grams"),
                hi=100_000, default=500), Field("carrier", "record", QT_TRANSLATE_NOOP("ServiceForm", "Carrier")),
                Field("waybill", "record", QT_TRANSLATE_NOOP("ServiceForm", "Waybill number"))),
    "binding": (Field("type", "option", QT_TRANSLATE_NOOP("ServiceForm", "Binding")), Field("items", "int", QT_TRANSLATE_NOOP("ServiceForm", "Items"), hi=1000, default=1)),
    "translation": (Field("words", "int", QT_TRANSLATE_NOOP("ServiceForm", "Words"), hi=1_000_000, default=1000), Field("pair", "option", QT_TRANSLATE_NOOP("ServiceForm", "Languages"))),
    "secretarial": (Field("minutes", "int", QT_TRANSLATE_NOOP("ServiceForm", "Minutes"), hi=1440, default=60),),
    "meeting_room": (Field("room", "option", QT_TRANSLATE_NOOP("ServiceForm", "Room")), Field("hours", "int", QT_TRANSLATE_NOOP("ServiceForm", "Hours"), hi=168, default=1)),
    "equipment": (Field("item", "option", QT_TRANSLATE_NOOP("ServiceForm", "Equipment")), Field("days", "int", QT_TRANSLATE_NOOP("ServiceForm", "Days"), hi=366, default=1),
                  Field("units", "int", QT_TRANSLATE_NOOP("ServiceForm", "Pieces"), hi=100, default=1)),
    "ticket_fee": (Field("kind", "option", QT_TRANSLATE_NOOP("ServiceForm", "Ticket"), default="domestic"), Field("tickets", "int", QT_TRANSLATE_NOOP("ServiceForm", "Tickets"),
                   hi=50, default=1)),
}

# Alt+letter on each tile; shown on the tile so a clerk learns them.
SHORTCUTS = {
    "copy": "C", "print": "P", "typing": "T", "scan": "S", "fax_out": "F", "fax_in": "R", "phone": "H",
    "internet": "I", "courier": "K", "binding": "B", "translation": "L", "secretarial": "E",
    "meeting_room": "M", "equipment": "Q", "ticket_fee": "A",
}
