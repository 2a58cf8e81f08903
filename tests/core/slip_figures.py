"""Reading a printed slip back as a person checks it: the figures at the right of each block, summed.

A slip's blocks are the parts between its dashed rules. A figure is an amount with two decimals at the
end of a line (quantities, dates and receipt numbers are not amounts)."""
from __future__ import annotations

import re
from decimal import Decimal

FIGURE = re.compile(r"(-?\d[\d,]*\.\d\d)$")


def figure(line: str) -> Decimal | None:
    m = FIGURE.search(line.rstrip())
    return Decimal(m.group(1).replace(",", "")) if m else None


def blocks(text: str) -> list[list[str]]:
    """The slip's lines between dashed rules (a rule is a line of '-' only)."""
    out: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() and set(line.strip()) == {"-"}:
            out.append([])
        else:
            out[-1].append(line)
    return out


def labelled(block: list[str], label: str) -> Decimal:
    """The figure of the one entry of the block whose line starts with `label` (after indentation); when
    the entry wrapped, its figure is on its last (indented) continuation line."""
    starts = [i for i, line in enumerate(block) if line.strip().startswith(label)]
    assert len(starts) == 1, (label, block)
    i = starts[0]
    while figure(block[i]) is None and i + 1 < len(block) and block[i + 1].startswith(" "):
        i += 1  # the label wrapped: its figure is right-aligned on its last line
    found = figure(block[i])
    assert found is not None, (label, block)
    return found


def item_sum(block: list[str]) -> Decimal:
    return sum((f for f in map(figure, block) if f is not None), Decimal(0))


def check_receipt_adds_up(text: str) -> dict[str, Decimal]:
    """Items → subtotal → total → payments, as printed; returns the printed totals for further checks."""
    parts = blocks(text)
    items, totals, payments = parts[1], parts[2], parts[3]
    subtotal = labelled(totals, "小计 Subtotal")
    assert item_sum(items) == subtotal, (items, subtotal)
    service, tax = labelled(totals, "服务费 Service"), labelled(totals, "税 Tax")
    total = labelled(totals, "合计 TOTAL")
    assert subtotal + service + tax == total, totals
    paid = total
    if any(line.startswith("抹零 Rounding") for line in totals):
        paid = labelled(totals, "实收 AMOUNT PAID")
        assert total + labelled(totals, "抹零 Rounding") == paid, totals
    top_level = [figure(line) for line in payments if line and not line.startswith(" ") and figure(line) is not None]
    assert sum(top_level, Decimal(0)) == paid, payments
    return {"subtotal": subtotal, "service": service, "tax": tax, "total": total, "paid": paid}
