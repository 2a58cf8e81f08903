"""`bizcenter demo`: bring the database to the newest schema (as `init` does), then add the demo
staff, counters, price list and in-house guests that are missing. A second run changes nothing."""
from __future__ import annotations

from ..demo import DEMO_STAFF, install_demo
from ..models import utcnow
from ..workflows.settings import load_settings
from .setup import initialise


def register(sub) -> None:
    p = sub.add_parser("demo", help="add demo staff, counters, guests and price list (idempotent) / 加载演示数据")
    p.set_defaults(run=run)


def hotel_today(ctx):
    """Today's business date at the hotel: the one place the demo and simulator read the real clock."""
    return ctx.run(lambda s: load_settings(s).business_date(utcnow()))


def install(ctx) -> bool:
    """Schema, then the missing demo data; prints what was added; True if anything was."""
    initialise(ctx)
    done = install_demo(ctx.engine, hotel_today(ctx))
    if done.price_list:
        print(ctx.text("已安装默认价目表", "Default price list installed"))
    if done.counters:
        print(ctx.text(f"已添加柜台：{', '.join(done.counters)}", f"Counters added: {', '.join(done.counters)}"))
    if done.staff:
        print(ctx.text(f"已添加员工：{', '.join(done.staff)}", f"Staff added: {', '.join(done.staff)}"))
    if done.guests:
        print(ctx.text(f"已从前台文件导入客人：{done.guests} 位", f"Guests imported from the front-office file: {done.guests}"))
    if done.directory:
        print(ctx.text(f"城市指南示例条目：{done.directory} 条（请核对）",
                       f"City directory example entries: {done.directory} (check them)"))
    return done.changed


def run(args, ctx) -> int:
    if not install(ctx):
        print(ctx.text("演示数据已存在，未做任何更改", "Demo data already installed; nothing changed"))
        return 0
    print(ctx.text("演示员工（编号 / PIN）：", "Demo staff (code / PIN):"))
    for s in DEMO_STAFF:
        print(f"  {s.code}  {s.pin}  {s.role:<10}  {s.name}")
    return 0
