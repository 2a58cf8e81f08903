"""`bizcenter pms run|status|simulate`: the live link to the hotel's PMS (FIAS over TCP).

`run` keeps the link up (hand-shake, keep-alive, reconnect, resync, sending what is queued) until
interrupted; `status` prints the link's state and the postings the PMS has not confirmed; `simulate`
runs the FIAS simulator on a port for the demo and for trying a set-up without the hotel's PMS.
"""
from __future__ import annotations

import time

from ..money import plain


def register(sub) -> None:
    p = sub.add_parser("pms", help="live link to the hotel's PMS (FIAS) / 酒店系统联机")
    verbs = p.add_subparsers(dest="pms_command", metavar="ACTION")
    r = verbs.add_parser("run", help="keep the link up until interrupted / 保持联机")
    r.set_defaults(run=run_link)
    s = verbs.add_parser("status", help="link state and postings not confirmed / 联机状态与未确认挂帐")
    s.set_defaults(run=status)
    m = verbs.add_parser("simulate", help="a FIAS PMS simulator on a port / 酒店系统模拟器")
    m.add_argument("--port", type=int, required=True)
    m.add_argument("--guests", metavar="FILE",
                   help="in-house guests from a front-office guest CSV (default: the demo's guests, in house "
                        "today) / 在店客人文件（默认：演示客人）")
    m.set_defaults(run=simulate)


def run_link(args, ctx) -> int:
    from ..pms import service

    link = service.start(ctx.engine)
    if link is None:
        print(ctx.text("未设置 pms_link（bizcenter config set pms_link tcp://主机:端口）",
                       "pms_link is not set (bizcenter config set pms_link tcp://host:port)"))
        return 2
    try:
        while True:
            time.sleep(1)
    finally:
        service.stop()


def status(args, ctx) -> int:
    from ..models import PmsLinkState
    from ..pms.postings import unconfirmed

    def read(s):
        links = [(r.name, r.address, r.state, r.since, r.last_alive_at, r.last_error) for r in s.query(PmsLinkState)]
        pending = [(p.seq, p.room, p.guest_name, p.amount_minor, p.state, p.business_date) for p in unconfirmed(s)]
        return links, pending
    links, pending = ctx.run(read)
    if not links:
        print(ctx.text("酒店系统联机从未运行", "The PMS link has never run"))
    for name, address, state, since, alive, error in links:
        print(f"{name} {address}: {state} since {since:%Y-%m-%d %H:%M:%S %Z}"
              f"{'' if alive is None else f', last alive {alive:%H:%M:%S}'}{'' if not error else f' ({error})'}")
    print(ctx.text(f"未经酒店系统确认的挂帐：{len(pending)}", f"Postings not confirmed by the PMS: {len(pending)}"))
    for seq, room, guest, amount, state, day in pending:
        print(f"  P#{seq} {day} {room} {guest} {plain(amount)} {state}")
    return 0


def simulate(args, ctx) -> int:
    from ..pms.simulator import serve_forever

    guests = simulated_guests(args, ctx)
    print(f"FIAS PMS simulator on port {args.port} (Ctrl+C stops); in house: "
          + (", ".join(f"{g.room} {g.name}" for g in guests) or "nobody"), flush=True)
    serve_forever(args.port, guests)
    return 0


def simulated_guests(args, ctx):
    """The simulator's in-house guests: the file given, or the demo's, moved so they are in house today."""
    import csv

    from ..pms.simulator import guests_from_rows

    if args.guests:
        with open(args.guests, encoding="utf-8-sig", newline="") as f:
            return guests_from_rows(csv.DictReader(f))
    from ..demo import shifted_guest_rows
    from ..models import utcnow
    from ..workflows.settings import load_settings

    try:
        today = ctx.run(lambda s: load_settings(s).business_date(utcnow()))
    except Exception:  # no database yet: the hotel's default zone
        from ..hoteltime import HotelClock

        today = HotelClock.of("Asia/Shanghai").today()
    return guests_from_rows(shifted_guest_rows(today))
