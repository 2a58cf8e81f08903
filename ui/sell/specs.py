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

# What each built-in service's plain form asks, in order (ui/services.py pairs them with their service; a
# service with a workflow screen asks there).
COPY = (PAGES, COPIES, SIZE, COLOUR, DUPLEX, Field("test_copy_approved", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Test copy shown and approved")),
        UNCLEAR, TOLD)
PRINT = (PAGES, COPIES, SIZE, COLOUR, DUPLEX, Field("proof_checked", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Proof checked with the guest")))
TYPING = (Field("pages", "int", QT_TRANSLATE_NOOP("ServiceForm", "Pages"), hi=1000, default=1), Field("language", "option", QT_TRANSLATE_NOOP("ServiceForm", "Language")),
          Field("proof_checked", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Proof checked against the original")))
SCAN = (PAGES, Field("destination", "record", QT_TRANSLATE_NOOP("ServiceForm", "Send to (e-mail or medium)")),
        Field("pages_confirmed", "confirm", QT_TRANSLATE_NOOP("ServiceForm", "Page count confirmed with the guest")),
        UNCLEAR, TOLD)
BINDING = (Field("type", "option", QT_TRANSLATE_NOOP("ServiceForm", "Binding")), Field("items", "int", QT_TRANSLATE_NOOP("ServiceForm", "Items"), hi=1000, default=1))
TRANSLATION = (Field("words", "int", QT_TRANSLATE_NOOP("ServiceForm", "Words"), hi=1_000_000, default=1000), Field("pair", "option", QT_TRANSLATE_NOOP("ServiceForm", "Languages")))
SECRETARIAL = (Field("minutes", "int", QT_TRANSLATE_NOOP("ServiceForm", "Minutes"), hi=1440, default=60),)
# A simple service published in the price list with no form of its own: which option, how many.
GENERIC = (Field("option", "option", QT_TRANSLATE_NOOP("ServiceForm", "Option")),
           Field("quantity", "int", QT_TRANSLATE_NOOP("ServiceForm", "Quantity"), hi=10_000, default=1))
