"""Supervisor commands: settings, staff, and the day close for a scripted night audit.

Commands that change something ask for the acting supervisor's code and PIN (`--as CODE`, PIN from
$BIZCENTER_PIN or a prompt), and go through the same workflows and permission checks as the app.
"""
from __future__ import annotations

import getpass
import json
import os

from ..errors import InvalidInput
from ..workflows import audit
from ..workflows.settings import DEFAULTS, load_settings, set_setting
from ..workflows.staff import Credentials, add_staff, check_credentials, require_role, unlock
from .report import parse_date


def register(sub) -> None:
    cfg = sub.add_parser("config", help="show or change hotel settings / 查看或修改设置")
    csub = cfg.add_subparsers(dest="config", metavar="ACTION", required=True)
    csub.add_parser("show", help="print every setting").set_defaults(run=run_show)
    s = csub.add_parser("set", help="change one setting (value as JSON or text)")
    s.add_argument("key", choices=sorted(DEFAULTS))
    s.add_argument("value")
    _as(s)
    s.set_defaults(run=run_set)

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

    d = sub.add_parser("close-day", help="close a business day (all its shifts closed) / 日结")
    d.add_argument("--date", required=True, help="business date, YYYY-MM-DD")
    _as(d)
    d.set_defaults(run=run_close_day)


def _as(p) -> None:
    p.add_argument("--as", dest="actor", required=True, metavar="CODE", help="your staff code (supervisor)")


def _credentials(args, env="BIZCENTER_PIN", prompt="PIN: ") -> Credentials:
    pin = os.environ.get(env)
    if pin is None:
        pin = getpass.getpass(prompt)
    return Credentials(args.actor, pin)


def _supervisor(session, args, creds: Credentials) -> int:
    staff = check_credentials(session, creds)
    require_role(session, staff.id)
    return staff.id


def run_show(args, ctx) -> int:
    settings = ctx.run(load_settings)
    for key in sorted(settings.values):
        print(f"{key} = {json.dumps(settings.values[key], ensure_ascii=False)}")
    return 0


def run_set(args, ctx) -> int:
    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value
    if args.key in ("service_charge_pct", "tax_pct"):
        value = str(value)  # percentages are decimal strings, never floats
    creds = _credentials(args)

    def action(session):
        staff_id = _supervisor(session, args, creds)
        set_setting(session, args.key, value)
        audit.record(session, "setting_changed", staff_id=staff_id, key=args.key, value=value)

    ctx.run(action)
    print(ctx.text(f"已设置 {args.key}", f"Set {args.key}"))
    return 0


def run_add(args, ctx) -> int:
    creds = _credentials(args)
    pin = os.environ.get("BIZCENTER_NEW_PIN") or getpass.getpass(f"PIN for {args.code}: ")
    if not pin:
        raise InvalidInput(zh="请提供 PIN", en="A PIN is required")
    info = ctx.run(lambda s: (_supervisor(s, args, creds), add_staff(s, args.code, args.name, args.role, pin,
                                                                        args.language))[1])
    print(ctx.text(f"已添加员工 {info.code} {info.name}（{info.role}）", f"Added {info.code} {info.name} ({info.role})"))
    return 0


def run_unlock(args, ctx) -> int:
    creds = _credentials(args)
    ctx.run(lambda s: unlock(s, _supervisor(s, args, creds), args.code))
    print(ctx.text(f"已解锁 {args.code}", f"Unlocked {args.code}"))
    return 0


def run_close_day(args, ctx) -> int:
    from ..money import plain
    from ..workflows.dayclose import close_day

    creds = _credentials(args)
    day = parse_date(args.date)
    done = ctx.run(lambda s: close_day(s, _supervisor(s, args, creds), day))
    print(ctx.text(f"营业日 {day} 已日结：{done.shifts} 个班次，合计 {plain(done.total_minor)}",
                   f"Business day {day} closed: {done.shifts} shift(s), total {plain(done.total_minor)}"))
    return 0
