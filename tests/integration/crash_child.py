"""A counter that settles sales in a loop on one database, for the crash and concurrency tests.

    crash_child.py URL CONFIG_JSON run START [COUNT]   settle drafts START, START+1, … (COUNT of them,
                                                      or until killed) and exit
    crash_child.py URL CONFIG_JSON serve              read "start K" / "wait PID" lines on stdin: fork
                                                      a worker from this already-imported process
                                                      (so a restart costs milliseconds, not a Python
                                                      start-up), or reap one and say how it ended

After each commit the worker writes one line to stdout, unbuffered and in a single write:
"ok DRAFT RECEIPT_NO TOTAL" for a sale, "void DRAFT RECEIPT_NO TOTAL" for a void, or "dup DRAFT NO"
when the draft was already posted (a re-run after a crash). Draft N is always the same bill (its
lines and payments are derived from N), so a draft re-submitted after a crash is the same sale.
Every fifth draft voids the draft before it.
"""
from __future__ import annotations

import json
import os
import random
import sys
import traceback

from bizcenter.db import make_engine, unit_of_work
from bizcenter.errors import DomainError
from bizcenter.models import Sale
from bizcenter.workflows.counter import LineRequest, PaymentRequest, SaleDraft, quote, settle
from bizcenter.workflows.reversal import void_sale
from bizcenter.workflows.staff import Credentials, Operator
from sqlalchemy import select
from sqlalchemy.orm import Session


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def _bill(n: int, cfg: dict):
    rnd = random.Random(n)
    menu = lambda: [("copy", {"pages": rnd.randint(1, 30)}), ("scan", {"pages": rnd.randint(1, 9)}),  # noqa: E731
                    ("fax_out", {"number": "010 6512 3456", "pages": rnd.randint(1, 4)})]
    lines = tuple(LineRequest(*rnd.choice(menu()), record={"read_back": True}) for _ in range(rnd.randint(1, 3)))
    return lines, rnd.random()


def _payments(total: int, share: float, cfg: dict) -> tuple:
    if total < 3 or share < 0.4:
        return (PaymentRequest("cash", total, tendered_minor=total + 100),)
    cash = max(1, int(total * share / 2))
    card = max(1, (total - cash) // 2)
    return (PaymentRequest("cash", cash), PaymentRequest("card", card, card_last4="4242", card_approval="OK1234"),
            PaymentRequest("room", total - cash - card, room=cfg["room"], guest_name=cfg["guest"]))


def work(engine, cfg: dict, start: int, count: int | None) -> None:
    op = Operator(cfg["clerk_id"], cfg["counter_id"])
    prefix = cfg.get("prefix", "crash")
    n = start
    while count is None or n < start + count:
        key = f"{prefix}-{n}"
        try:
            if n % 5 == 4:
                def action(s, key=f"{prefix}-{n - 1}"):
                    target = s.scalar(select(Sale.id).where(Sale.draft_key == key))
                    return void_sale(s, op, target, "crash test", Credentials(cfg["sup_code"], cfg["sup_pin"]))
                r = unit_of_work(engine, action)
                _say(f"void {n} {r.receipt_no} {r.total_minor}")
            else:
                lines, share = _bill(n, cfg)
                total = unit_of_work(engine, lambda s: quote(s, lines)).total_minor
                draft = SaleDraft(lines, _payments(total, share, cfg), key)
                r = unit_of_work(engine, lambda s: settle(s, op, draft))
                _say(f"ok {n} {r.receipt_no} {r.total_minor}")
        except DomainError as exc:
            if exc.code not in ("already_settled", "already_reversed"):
                raise
            _say(f"dup {n} {exc.params.get('no')}")
        n += 1
    engine.dispose()


def _warm_up(url: str, cfg: dict):
    """Settle and void one bill in a transaction that is rolled back, before any fork: mappers,
    price list, telephone-number metadata and the engine's compiled SQL are then ready, so a forked
    worker settles at once. The pool is emptied, so no connection crosses the fork."""
    engine = make_engine(url)
    op = Operator(cfg["clerk_id"], cfg["counter_id"])
    lines = (LineRequest("copy", {"pages": 1}),
             LineRequest("fax_out", {"number": "010 6512 3456", "pages": 1}, record={"read_back": True}))
    with Session(engine) as session:
        session.begin()
        total = quote(session, lines).total_minor
        r = settle(session, op, SaleDraft(lines, _payments(total, 0.9, cfg), "warm-up"))
        void_sale(session, op, r.sale_id, "warm-up", Credentials(cfg["sup_code"], cfg["sup_pin"]))
        session.rollback()
    engine.dispose()
    return engine


def serve(url: str, cfg: dict) -> None:
    engine = _warm_up(url, cfg)
    for command in sys.stdin:
        verb, arg = command.split()
        if verb == "start":
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    work(engine, cfg, int(arg), None)
                except BaseException:  # noqa: BLE001 - reported on stderr; the parent sees the exit code
                    traceback.print_exc()
                    code = 3
                finally:
                    os._exit(code)
            _say(f"pid {pid}")
        elif verb == "wait":
            _, status = os.waitpid(int(arg), 0)
            _say(f"dead {arg} {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -os.WEXITSTATUS(status)}")


def main(argv: list[str]) -> None:
    url, cfg, mode, *rest = argv
    cfg = json.loads(cfg)
    if cfg.get("now"):  # the parent's world day: the stay charged must be in house on it
        import time_machine
        from datetime import datetime

        time_machine.travel(datetime.fromisoformat(cfg["now"]), tick=True).start()
    if mode == "serve":
        serve(url, cfg)
    else:
        work(make_engine(url), cfg, int(rest[0]), int(rest[1]) if len(rest) > 1 else None)


if __name__ == "__main__":
    main(sys.argv[1:])
