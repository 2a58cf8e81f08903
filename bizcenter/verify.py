"""`bizcenter verify`: the ledger's invariants, one small check per rule, each aggregating in SQL.

Like bean-check: every check returns the breaches it finds (empty when the rule holds); `verify`
runs them all. A breach names what is wrong in words a supervisor can pass to support.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from .chain.checkpoints import closed_day_heads_held  # each close's chain head still in the chain
from .services import SERVICES  # each service's own checks: fax jobs, sessions, errands, tickets


@dataclass(frozen=True)
class Breach:
    check: str
    message: str


def _rows(session: Session, sql: str):
    return session.execute(text(sql)).all()


def sales_balanced(session: Session) -> list[str]:
    """Every sale's payments add up to its total, and its lines to its subtotal (the total itself:
    `sale_totals_add_up`)."""
    out = []
    for sid, total, paid in _rows(session, """
        SELECT s.id, s.total_minor, COALESCE(SUM(p.amount_minor), 0) FROM sale s
        LEFT JOIN payment p ON p.sale_id = s.id GROUP BY s.id, s.total_minor
        HAVING s.total_minor <> COALESCE(SUM(p.amount_minor), 0)"""):
        out.append(f"sale {sid}: payments {paid} ≠ total {total}")
    for sid, sub, lines in _rows(session, """
        SELECT s.id, s.subtotal_minor, COALESCE(SUM(l.amount_minor), 0) FROM sale s
        LEFT JOIN sale_line l ON l.sale_id = s.id GROUP BY s.id, s.subtotal_minor
        HAVING s.subtotal_minor <> COALESCE(SUM(l.amount_minor), 0)"""):
        out.append(f"sale {sid}: lines {lines} ≠ subtotal {sub}")
    return out


def sale_totals_add_up(session: Session) -> list[str]:
    """Subtotal + service charge + tax + cash rounding (抹零) = total; the rounding is on cash sales only,
    within half the largest unit (¥1.00), and a void mirrors its original's. A refund carries its share of
    the original's rounding plus that of the cash it pays back, so within a whole unit either way."""
    out = []
    for (sid,) in _rows(session, """
        SELECT id FROM sale WHERE subtotal_minor + service_charge_minor + tax_minor + cash_rounding_minor
                                  <> total_minor"""):
        out.append(f"sale {sid}: subtotal + service charge + tax + rounding ≠ total")
    for sid, rounding in _rows(session, """
        SELECT s.id, s.cash_rounding_minor FROM sale s WHERE s.cash_rounding_minor <> 0 AND s.kind <> 'refund' AND (
            s.cash_rounding_minor NOT BETWEEN -50 AND 50
            OR NOT EXISTS (SELECT 1 FROM payment p WHERE p.sale_id = s.id AND p.method = 'cash'))
        UNION ALL
        SELECT s.id, s.cash_rounding_minor FROM sale s
        WHERE s.kind = 'refund' AND s.cash_rounding_minor NOT BETWEEN -100 AND 100"""):
        out.append(f"sale {sid}: cash rounding {rounding} without cash, or beyond half a unit")
    for rid, kind in _rows(session, """
        SELECT r.id, r.kind FROM sale r JOIN sale o ON o.id = r.reverses_id
        WHERE r.kind = 'void' AND r.cash_rounding_minor <> -o.cash_rounding_minor"""):
        out.append(f"{kind} {rid} does not mirror its original's cash rounding")
    return out


def postings_match_room_charges(session: Session) -> list[str]:
    """Each room-charge payment has exactly one folio posting of the same amount, stay and voucher."""
    out = []
    for pid, amount in _rows(session, """
        SELECT p.id, p.amount_minor FROM payment p LEFT JOIN posting f ON f.payment_id = p.id
        WHERE p.method = 'room' AND (f.id IS NULL OR f.amount_minor <> p.amount_minor
              OR f.stay_id <> p.stay_id OR f.voucher_no <> p.voucher_no OR f.sale_id <> p.sale_id)"""):
        out.append(f"room-charge payment {pid} ({amount}) has no matching folio posting")
    for (fid,) in _rows(session, """
        SELECT f.id FROM posting f JOIN payment p ON p.id = f.payment_id WHERE p.method <> 'room'"""):
        out.append(f"posting {fid} is not backed by a room-charge payment")
    total = _rows(session, """SELECT (SELECT COALESCE(SUM(amount_minor),0) FROM payment WHERE method='room'),
                                     (SELECT COALESCE(SUM(amount_minor),0) FROM posting)""")[0]
    if total[0] != total[1]:
        out.append(f"room charges {total[0]} ≠ folio postings {total[1]}")
    return out


def account_charges_match_payments(session: Session) -> list[str]:
    """Each company-account payment has its account charge of the same amount and sale, and no more."""
    out = [f"account payment {pid} ({amount}) has no matching account charge" for pid, amount in _rows(session, """
        SELECT p.id, p.amount_minor FROM payment p LEFT JOIN account_charge c ON c.payment_id = p.id
        WHERE p.method = 'account' AND (c.payment_id IS NULL OR c.amount_minor <> p.amount_minor
              OR c.sale_id <> p.sale_id)""")]
    out += [f"account charge of payment {pid} is not backed by an account payment" for (pid,) in _rows(session, """
        SELECT c.payment_id FROM account_charge c JOIN payment p ON p.id = c.payment_id WHERE p.method <> 'account'""")]
    return out


def receipts_gapless(session: Session) -> list[str]:
    """Receipt numbers run 1, 2, 3… per counter with no gap and no duplicate."""
    out = []
    for counter, n, lo, hi, distinct in _rows(session, """
        SELECT counter_id, COUNT(*), MIN(receipt_no), MAX(receipt_no), COUNT(DISTINCT receipt_no)
        FROM sale GROUP BY counter_id"""):
        if lo != 1 or hi != n or distinct != n:
            out.append(f"counter {counter}: {n} receipts numbered {lo}…{hi} ({distinct} distinct)")
    for name, last, used in _rows(session, """
        SELECT q.name, q.last_value, (SELECT MAX(receipt_no) FROM sale s
            WHERE 'receipt:' || CAST(s.counter_id AS VARCHAR) = q.name)
        FROM number_sequence q WHERE q.name LIKE 'receipt:%'"""):
        if used is not None and last != used:
            out.append(f"{name}: sequence at {last} but last receipt is {used}")
    return out


def vouchers_unique(session: Session) -> list[str]:
    """A voucher number belongs to one room-charge payment."""
    return [f"voucher {v} used {n} times" for v, n in _rows(session, """
        SELECT voucher_no, COUNT(*) FROM payment WHERE voucher_no IS NOT NULL
        GROUP BY voucher_no HAVING COUNT(*) > 1""")]


def reversals_sound(session: Session) -> list[str]:
    """A void points at a real original sale written before it and mirrors it exactly; a refund gives back
    chosen lines of one (its first refund points at the sale, each later one at the refund before it), and
    all of a sale's refunds together never give back more than a line held — units or amount — nor more
    than its service charge, tax or total. Each names an approver and a reason. (Order is by entry, not by
    the counters' clocks, which may differ by a minute.)"""
    from .workflows.reversed_lines import REVERSAL_ROOT, REVERSED_LINE

    out = []
    for rid, kind in _rows(session, """
        SELECT r.id, r.kind FROM sale r LEFT JOIN sale o ON o.id = r.reverses_id
        WHERE r.kind <> 'sale' AND (o.id IS NULL OR NOT (o.kind = 'sale' OR (r.kind = 'refund' AND o.kind = 'refund')))"""):
        out.append(f"{kind} {rid} does not point at an original sale")
    for rid, kind in _rows(session, """
        SELECT r.id, r.kind FROM sale r JOIN sale o ON o.id = r.reverses_id
        WHERE (r.kind = 'void' AND (r.total_minor <> -o.total_minor OR r.subtotal_minor <> -o.subtotal_minor))
           OR r.approved_by IS NULL OR r.reason IS NULL OR r.id < o.id"""):
        out.append(f"{kind} {rid} does not mirror its original, or lacks approver/reason")
    for sid, line_no, qty, amount, back_qty, back_amount in _rows(session, f"""
        WITH RECURSIVE {REVERSED_LINE}
        SELECT l.sale_id, l.line_no, l.quantity, l.amount_minor, SUM(b.quantity), SUM(b.amount_minor)
        FROM reversed_line x JOIN sale_line l ON l.sale_id = x.sale_id AND l.line_no = x.line_no
        JOIN sale_line b ON b.sale_id = x.reversal_id AND b.line_no = x.line_no
        GROUP BY l.sale_id, l.line_no, l.quantity, l.amount_minor
        HAVING l.quantity + SUM(b.quantity) < 0 OR l.amount_minor + SUM(b.amount_minor) < 0
            OR SUM(b.quantity) > 0 OR SUM(b.amount_minor) > 0"""):
        out.append(f"sale {sid} line {line_no}: its refunds give back more than the line held "
                   f"({-back_qty} of {qty} units, {-back_amount} of {amount})")
    for sid, total, service, tax in _rows(session, f"""
        WITH RECURSIVE {REVERSAL_ROOT}
        SELECT o.id, o.total_minor + SUM(r.total_minor), o.service_charge_minor + SUM(r.service_charge_minor),
               o.tax_minor + SUM(r.tax_minor)
        FROM reversal_root x JOIN sale o ON o.id = x.root JOIN sale r ON r.id = x.id
        GROUP BY o.id, o.total_minor, o.service_charge_minor, o.tax_minor
        HAVING o.total_minor + SUM(r.total_minor) < 0 OR o.service_charge_minor + SUM(r.service_charge_minor) < 0
            OR o.tax_minor + SUM(r.tax_minor) < 0"""):
        out.append(f"sale {sid}: its refunds give back more than its total, service charge or tax "
                   f"(left {total}, {service}, {tax})")
    for oid, n in _rows(session, """
        SELECT reverses_id, COUNT(*) FROM sale WHERE reverses_id IS NOT NULL
        GROUP BY reverses_id HAVING COUNT(*) > 1"""):
        out.append(f"sale {oid} reversed {n} times")
    return out


def adjustments_approved(session: Session) -> list[str]:
    """Discounts and price overrides carry a supervisor's approval who is not the selling clerk."""
    return [f"sale {sid} line {n}: discount/override without a valid approver" for sid, n in _rows(session, """
        SELECT l.sale_id, l.line_no FROM sale_line l JOIN sale s ON s.id = l.sale_id
        LEFT JOIN staff a ON a.id = l.approved_by
        WHERE s.kind = 'sale' AND (l.discount_minor <> 0 OR l.override)
          AND (a.id IS NULL OR a.role NOT IN ('supervisor','admin') OR a.id = s.clerk_id)""")]


def shifts_consistent(session: Session) -> list[str]:
    """A closed shift's figures still hold: expected = float + cash taken, variance = counted − expected,
    its count lines add up, and every sale sits on its shift's business day (each count: `counts_sound`)."""
    out = []
    for sid, expected, calc in _rows(session, """
        SELECT sh.id, sh.expected_minor, sh.float_minor + COALESCE((SELECT SUM(p.amount_minor) FROM payment p
            JOIN sale s ON s.id = p.sale_id WHERE s.shift_id = sh.id AND p.method = 'cash'), 0)
        FROM shift sh WHERE sh.status = 'closed'"""):
        if expected != calc:
            out.append(f"shift {sid}: expected cash {expected} but its sales now give {calc}")
    for sid, counted, lines in _rows(session, """
        SELECT sh.id, sh.counted_minor, (SELECT SUM(c.denomination_minor * c.quantity) FROM cash_count c
            WHERE c.shift_id = sh.id AND c.attempt = (SELECT MAX(attempt) FROM cash_count x WHERE x.shift_id = sh.id))
        FROM shift sh WHERE sh.status = 'closed'"""):
        if counted != (lines or 0):
            out.append(f"shift {sid}: counted {counted} but count lines add up to {lines}")
    for (sid,) in _rows(session, """
        SELECT id FROM shift WHERE status = 'closed' AND variance_minor <> counted_minor - expected_minor"""):
        out.append(f"shift {sid}: variance ≠ counted − expected")
    for (sid,) in _rows(session, """
        SELECT s.id FROM sale s JOIN shift sh ON sh.id = s.shift_id
        WHERE s.business_date <> sh.business_date OR s.counter_id <> sh.counter_id
           OR (sh.closed_at IS NOT NULL AND s.posted_at > sh.closed_at)"""):
        out.append(f"sale {sid} does not belong to its shift's day/counter/time")
    return out


def counts_sound(session: Session) -> list[str]:
    """Each blind count as submitted adds up to its denomination lines; a recount names a supervisor who
    is not the shift's clerk; a closed shift's figure is its last count."""
    out = []
    for sid, attempt in _rows(session, """
        SELECT k.shift_id, k.attempt FROM shift_count k JOIN shift sh ON sh.id = k.shift_id
        LEFT JOIN staff a ON a.id = k.approved_by
        WHERE k.counted_minor <> (SELECT COALESCE(SUM(c.denomination_minor * c.quantity), 0) FROM cash_count c
                                  WHERE c.shift_id = k.shift_id AND c.attempt = k.attempt)
           OR (k.attempt > 1 AND (a.id IS NULL OR a.role NOT IN ('supervisor','admin') OR a.id = sh.clerk_id))
           OR (sh.status = 'closed' AND k.attempt = (SELECT MAX(x.attempt) FROM shift_count x
                                                     WHERE x.shift_id = k.shift_id)
               AND k.counted_minor <> sh.counted_minor)"""):
        out.append(f"shift {sid}: count {attempt} does not match its lines or the shift, or a recount lacks "
                   f"a supervisor other than the clerk")
    return out


def closed_days_untouched(session: Session) -> list[str]:
    """A closed day has no open shift, and its totals still equal what was recorded at the close."""
    out = []
    for d, n in _rows(session, """
        SELECT b.business_date, COUNT(sh.id) FROM business_day b JOIN shift sh
        ON sh.business_date = b.business_date AND sh.status <> 'closed' GROUP BY b.business_date"""):
        out.append(f"closed day {d} has {n} open shift(s)")
    import json

    for d, summary, total, n in _rows(session, """
        SELECT b.business_date, b.summary, COALESCE(t.total, 0), COALESCE(t.n, 0) FROM business_day b
        LEFT JOIN (SELECT business_date, SUM(total_minor) AS total, COUNT(*) AS n FROM sale
                   GROUP BY business_date) t ON t.business_date = b.business_date"""):
        recorded = summary if isinstance(summary, dict) else json.loads(summary)
        counted = recorded.get("sales", 0) + recorded.get("voids", 0) + recorded.get("refunds", 0)
        if recorded.get("total_minor") != total or counted != n:
            out.append(f"closed day {d}: recorded total {recorded.get('total_minor')} / {counted} sales, "
                       f"now {total} / {n}")
    return out


def closed_days_reconciled(session: Session) -> list[str]:
    """Each closed day met the close's rules: every cash variance approved, every room-charge voucher
    ticked or named as missing with a note, every room charge in a confirmed export batch; and a posting
    marked exported belongs to a confirmed batch that carries it. Days closed by a version before the
    reconciling close (their summary keeps no three-way figures) were closed under the rules of their
    time and are not judged again."""
    import json

    def load(summary) -> dict:
        return summary if isinstance(summary, dict) else json.loads(summary or "{}")

    ruled = {d: load(summary).get("three_way") for d, summary in _rows(session, "SELECT business_date, summary "
                                                                                  "FROM business_day")}
    ruled = {d: three_way for d, three_way in ruled.items() if three_way is not None}
    out = [f"closed day {d}: shift {sid}'s cash variance {v} was never approved" for d, sid, v in _rows(session, """
        SELECT sh.business_date, sh.id, sh.variance_minor FROM shift sh
        JOIN business_day b ON b.business_date = sh.business_date
        WHERE sh.variance_minor <> 0 AND sh.variance_approved_by IS NULL
          AND NOT EXISTS (SELECT 1 FROM variance_approval a WHERE a.shift_id = sh.id)
        ORDER BY sh.business_date, sh.id""") if d in ruled]
    for d, voucher in _rows(session, """
        SELECT b.business_date, p.voucher_no FROM posting p
        JOIN business_day b ON b.business_date = p.business_date
        WHERE NOT EXISTS (SELECT 1 FROM voucher_check c WHERE c.posting_id = p.id)
        ORDER BY b.business_date, p.voucher_no"""):
        if d not in ruled:
            continue
        three_way = ruled[d]
        explained = voucher in (three_way.get("missing_vouchers") or ()) and (three_way.get("missing_note") or "").strip()
        if not explained:
            out.append(f"closed day {d}: voucher {voucher} was neither ticked nor explained at the close")
    out += [f"closed day {d}: {n} room charge(s) in no confirmed export batch" for d, n in _rows(session, """
        SELECT p.business_date, COUNT(*) FROM posting p JOIN business_day b ON b.business_date = p.business_date
        WHERE NOT EXISTS (SELECT 1 FROM posting_export e WHERE e.posting_id = p.id)
        GROUP BY p.business_date ORDER BY p.business_date""") if d in ruled]
    out += [f"posting {pid} is marked exported in batch {batch}, which is not confirmed or does not carry it"
            for pid, batch in _rows(session, """
        SELECT e.posting_id, e.batch FROM posting_export e
        WHERE NOT EXISTS (SELECT 1 FROM export_confirmation c WHERE c.batch_id = e.batch)
           OR NOT EXISTS (SELECT 1 FROM export_batch_posting bp WHERE bp.batch_id = e.batch
                                                              AND bp.posting_id = e.posting_id)""")]
    return out


def ledger_chain_intact(session: Session) -> list[str]:
    """Every ledger record and staff change is in the hash chain with the content it was recorded with,
    and every link follows the one before (recomputed): a consistent edit or a removed record shows."""
    from .chain import verify_chain

    return verify_chain(session)


def append_only_triggers_present(session: Session) -> list[str]:
    """Every append-only trigger the migrations create exists and (PostgreSQL) is enabled."""
    from .chain.triggers import missing_triggers

    return missing_triggers(session)


# A check shared by several services (the errands' by courier and rentals) runs once, where it first appears.
_SERVICE_CHECKS = tuple(dict.fromkeys(check for s in SERVICES for check in s.verify))
CHECKS: tuple[Callable[[Session], list[str]], ...] = (
    sales_balanced, sale_totals_add_up, postings_match_room_charges, account_charges_match_payments,
    receipts_gapless, vouchers_unique,
    reversals_sound,
    adjustments_approved, shifts_consistent, counts_sound, closed_days_untouched, closed_days_reconciled,
    *_SERVICE_CHECKS,
    ledger_chain_intact, append_only_triggers_present,
    closed_day_heads_held,
)


def verify(session: Session) -> list[Breach]:
    return [Breach(check.__name__, msg) for check in CHECKS for msg in check(session)]
