"""`bizcenter simulate --days N --seed S [--start YYYY-MM-DD] [--counters K]`: realistic days of
business through the counter workflows, each day closed; the demo data is added first if missing."""
from __future__ import annotations

import sys

from ..money import format_money
from ..simulate import check_start, default_start, simulate
from ..simulation.clock import UnexpectedRefusal
from .demo import hotel_today, install
from .report import parse_date


def register(sub) -> None:
    p = sub.add_parser("simulate", help="simulate days of counter activity (demo/testing) / 模拟营业")
    p.add_argument("--days", type=int, default=7, help="business days to simulate (default 7)")
    p.add_argument("--seed", type=int, default=1, help="random seed: same seed and start, same ledger (default 1)")
    p.add_argument("--start", help="first business day, YYYY-MM-DD (default: the day after the last closed "
                                   "day, else DAYS days ago)")
    p.add_argument("--counters", type=int, default=1, choices=(1, 2, 3), help="counters open (default 1)")
    p.set_defaults(run=run)


def run(args, ctx) -> int:
    install(ctx)
    start = parse_date(args.start) if args.start else default_start(ctx.engine, args.days, hotel_today(ctx))
    check_start(ctx.engine, start)
    _say(ctx, f"模拟 {args.days} 天，自 {start} 起，{args.counters} 个柜台，种子 {args.seed}",
         f"Simulating {args.days} day(s) from {start} at {args.counters} counter(s), seed {args.seed}")

    def day_done(closed) -> None:
        _say(ctx, f"  {closed.business_date} 已日结：{closed.shifts} 个班次，合计 {format_money(closed.total_minor)}",
             f"  {closed.business_date} closed: {closed.shifts} shift(s), total {format_money(closed.total_minor, lang='en')}")

    try:
        r = simulate(ctx.engine, args.days, args.seed, start, args.counters, progress=day_done)
    except UnexpectedRefusal as exc:  # e.g. a demo code whose PIN was changed; the days closed so far stay
        print(f"simulate: {exc}", file=sys.stderr)
        return 1
    _say(ctx, f"天数 {r.days}  班次 {r.shifts}  销售 {r.sales}  作废 {r.voids}  退款 {r.refunds}  "
              f"被拒尝试 {r.refused}  合计 {format_money(r.total_minor, r.currency)}",
         f"days {r.days}  shifts {r.shifts}  sales {r.sales}  voids {r.voids}  refunds {r.refunds}  "
         f"refused attempts {r.refused}  total {format_money(r.total_minor, r.currency, 'en')}")
    _say(ctx, f"速度：{r.sales_per_second:.0f} 笔/秒（{r.plain_sales} 笔无需授权的销售，报价+结账 {r.selling_seconds:.1f} 秒）；"
              f"{r.pin_checks} 次 PIN 校验 {r.pin_seconds:.1f} 秒；全程 {r.seconds:.1f} 秒",
         f"rate: {r.sales_per_second:.0f} sales/s ({r.plain_sales} sales without approval quoted and settled in "
         f"{r.selling_seconds:.1f} s); {r.pin_checks} PIN checks {r.pin_seconds:.1f} s; whole run {r.seconds:.1f} s")
    return 0


def _say(ctx, zh: str, en: str) -> None:
    """Long lines read better one language per line than joined with a slash."""
    lines = {"zh": (zh,), "en": (en,)}.get(ctx.lang, (zh, en))
    print("\n".join(lines), flush=True)
