"""Supervisor commands: staff, and the day close for a scripted night audit (the same close as
the back office's, refused unless the day reconciles).

Commands that change something ask for the acting supervisor's code and PIN (`--as CODE`, PIN from
$BIZCENTER_PIN or a prompt), and go through the same workflows and permission checks as the app.
"""
from __future__ import annotations

import getpass
import os
import sys

from ..errors import InvalidInput
from ..models import utcnow
from ..workflows import pins, staffadmin
from ..workflows.staff import Credentials, require_role, verify_approval
from .report import parse_date


def register(sub) -> None:
    staff = sub.add_parser("staff", help="add staff or unlock a locked-out clerk / 员工管理")
    ssub = staff.add_subparsers(dest="staff", metavar="ACTION", required=True)
    a = ssub.add_parser("add", help="add a staff member (PIN from $BIZCENTER_NEW_PIN or a prompt)")
    a.add_argument("code")
    a.add_argument("name")
    a.add_argument("role", choices=("clerk", "supervisor", "admin"))
    a.add_argument("--language", choices=("zh", "en"), default="zh")
    _as(a)
    a.set_defaults(run=run_add)
    u = ssub.add_parser("unlock", help="unlock a staff member after too many wrong PINs")
    u.add_argument("code")
    _as(u)
    u.set_defaults(run=run_unlock)

    d = sub.add_parser("close-day", help="close a business day that reconciles / 日结",
                       description="Refused (exit 2, nothing written) unless every shift of the day is closed, "
                                   "every cash variance approved, every room-charge voucher ticked or explained "
                                   "(--note), and every room charge in a confirmed export batch (or --export-to).")
    d.add_argument("--date", required=True, help="business date, YYYY-MM-DD")
    d.add_argument("--note", default="", help="why the vouchers not ticked are missing (they are named at the close)")
    d.add_argument("--export-to", metavar="FOLDER",
                   help="export the day's room charges not yet in a confirmed batch into this folder, durably, "
                        "as part of the close")
    d.add_argument("--running-day", action="store_true",
                   help="confirm closing the hotel's today while it is still running: no counter can open a "
                        "shift until tomorrow")
    _as(d)
    d.set_defaults(run=run_close_day)


def _as(p) -> None:
    p.add_argument("--as", dest="actor", required=True, metavar="CODE", help="your staff code (supervisor)")


def _credentials(args, ctx, env="BIZCENTER_PIN", prompt="PIN: ") -> pins.Verified:
    """The acting staff member's code and PIN, checked now, before the command's transaction (Argon2
    never runs under the write lock); the command's workflow re-checks the token cheaply."""
    pin = os.environ.get(env)
    if pin is None:
        pin = getpass.getpass(prompt)
    return verify_approval(ctx.run, Credentials(args.actor, pin))


def _supervisor(session, args, token: pins.Verified) -> int:
    staff = pins.recheck(session, token, utcnow())
    require_role(session, staff.id)
    return staff.id


def run_add(args, ctx) -> int:
    creds = _credentials(args, ctx)
    pin = os.environ.get("BIZCENTER_NEW_PIN") or getpass.getpass(f"PIN for {args.code}: ")
    if not pin:
        raise InvalidInput(zh="请提供 PIN", en="A PIN is required")
    new_pin = pins.hashed(pin)
    info = ctx.run(lambda s: staffadmin.add(s, _supervisor(s, args, creds), args.code, args.name, args.role, new_pin,
                                            args.language))
    print(ctx.text(f"已添加员工 {info.code} {info.name}（{info.role}）", f"Added {info.code} {info.name} ({info.role})"))
    return 0


def run_unlock(args, ctx) -> int:
    creds = _credentials(args, ctx)
    ctx.run(lambda s: staffadmin.unlock_code(s, _supervisor(s, args, creds), args.code))
    print(ctx.text(f"已解锁 {args.code}", f"Unlocked {args.code}"))
    return 0


def run_close_day(args, ctx) -> int:
    from ..errors import NotAllowed
    from ..money import plain
    from ..workflows.dayclose import close_day

    creds = _credentials(args, ctx)
    day = parse_date(args.date)
    try:
        done = ctx.run(lambda s: close_day(s, _supervisor(s, args, creds), day, note=args.note,
                                           running_day=args.running_day, export_folder=args.export_to))
    except NotAllowed as exc:
        if exc.code != "day_still_running":
            raise
        print(ctx.say(exc), file=sys.stderr)
        print(ctx.text("（确认请加 --running-day）", "(add --running-day to confirm)"), file=sys.stderr)
        return 2
    f = done.figures
    print(ctx.text(f"营业日 {day} 已日结：{done.shifts} 个班次，合计 {plain(done.total_minor)}",
                   f"Business day {day} closed: {done.shifts} shift(s), total {plain(done.total_minor)}"))
    print(ctx.text(
        f"帐帐：挂房帐 {plain(f['ledger_room_minor'])}，过帐 {plain(f['postings_minor'])}；"
        f"帐证：签单 {f['vouchers_ticked']}/{f['vouchers']}；帐款：现金 {plain(f['ledger_cash_minor'])}，"
        f"点数 {plain(f['counted_cash_minor'])}，差异 {plain(f['cash_variance_minor'])}",
        f"Ledger↔ledger: room charges {plain(f['ledger_room_minor'])}, posted {plain(f['postings_minor'])}; "
        f"ledger↔vouchers: {f['vouchers_ticked']} of {f['vouchers']} in hand; ledger↔cash: taken "
        f"{plain(f['ledger_cash_minor'])}, counted {plain(f['counted_cash_minor'])}, variance "
        f"{plain(f['cash_variance_minor'])}"))
    if done.chain_head:  # written down by the night audit; `verify --head` checks it later
        print(ctx.text(f"账链 链头 {done.chain_head}", f"Ledger chain head {done.chain_head}"))
    previous = done.chain.get("previous") or {}
    if previous.get("head"):
        held = done.previous_held
        print(ctx.text(f"上次日结（{previous['date']}）的链头{'仍在账链中' if held else '已不在账链中：有记录丢失或被改写'}",
                       f"The previous close's head ({previous['date']}) is "
                       + ("still in the chain" if held else "no longer in the chain: records were lost or rewritten")))
    if done.missing:
        print(ctx.text(f"缺少的签单：{', '.join(done.missing)}", f"Missing vouchers: {', '.join(done.missing)}"))
    if done.batch:
        print(ctx.text(f"挂房帐批次 {done.batch}：{done.exported} 笔，已写入 {done.export_path}",
                       f"Room charges batch {done.batch}: {done.exported} posting(s) written to {done.export_path}"))
    return 0
