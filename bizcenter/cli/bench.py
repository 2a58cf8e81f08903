"""`bizcenter bench [--sales N] [--days D] [--seed S] [--keep FILE] [--json]`: speed beside plain sqlite3.
`bizcenter bench --counters N [--postgres URL] [--strict]`: several counters at once (`bench/counters.py`).

Always a scratch SQLite file (or a new FILE with --keep), or a new database on the --postgres server that
is dropped afterwards; never the database of --db / BIZCENTER_DB: the bench writes invented sales.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import InvalidInput

ORDER = ("settle_quarter", "settle", "day_report_quarter", "day_report", "day_close_quarter", "day_close",
         "day_close_bench_day_quarter", "day_close_bench_day", "find_by_room_quarter", "find_by_room",
         "find_by_name_quarter", "find_by_name")
TARGET_TEXT = {"settle": "≤ 2×", "day_report": "≤ 3×", "day_close": "≤ 3×", "day_close_bench_day": "≤ 3×"}


def register(sub) -> None:
    p = sub.add_parser("bench", help="speed figures on a year of history, beside plain sqlite3 / 性能测试")
    p.add_argument("--sales", type=int, help="sales in the history (default 250000); with --counters, timed sales "
                   "per counter and phase (default 200)")
    p.add_argument("--days", type=int, default=365, help="days of history (default 365)")
    p.add_argument("--seed", type=int, default=1, help="random seed of the history (default 1)")
    p.add_argument("--keep", metavar="FILE", type=Path, help="build the database in FILE (new) and keep it")
    p.add_argument("--settles", type=int, default=500,
                   help="sales settled one by one each way, on each database (default 500)")
    p.add_argument("--repeat", type=int, default=25, help="repeats of each report and look-up (default 25)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.add_argument("--counters", type=int, metavar="N",
                   help="N counters selling at once (1, 2, 4 … N) while others sign in and approve, beside plain SQL")
    p.add_argument("--postgres", metavar="URL", help="with --counters: measure on a scratch database made (and "
                   "dropped) on this PostgreSQL server")
    p.add_argument("--pace-ms", type=float, default=50.0, help="with --counters: pause between one counter's sales")
    p.add_argument("--pause-s", type=float, default=1.0,
                   help="with --counters: pause between one station's sign-ins (and between approvals)")
    p.add_argument("--strict", action="store_true", help="with --counters: exit 1 when a target is missed")
    p.set_defaults(run=run)


def run(args, ctx) -> int:
    from ..bench import BenchOptions, run_bench

    if args.db:
        raise InvalidInput("bench_scratch_only", "性能测试只使用临时数据库；要保留请用 --keep FILE",
                           "The bench only writes a scratch database; use --keep FILE to keep it")
    if args.counters is not None:
        from .benchcounters import run_counters_cli

        if args.keep:
            raise InvalidInput(zh="--counters 使用临时数据库，不能与 --keep 同用",
                               en="--counters runs on a scratch database; --keep does not apply")

        return run_counters_cli(args)
    if args.postgres:
        raise InvalidInput(zh="--postgres 需与 --counters 一起使用", en="--postgres goes with --counters")
    opts = BenchOptions(sales=250_000 if args.sales is None else args.sales, days=args.days, seed=args.seed, keep=args.keep, settles=args.settles,
                        repeat=args.repeat, progress=lambda text: print(f"… {text}", file=sys.stderr, flush=True))
    result = run_bench(opts)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return 0


def _ms(value: float) -> str:
    return f"{value:9.3f} ms"


def print_text(r: dict) -> None:
    h = r["history"]
    print(f"bizcenter bench — bizcenter {r['bizcenter']}, SQLite {r['sqlite']} ({r['pragmas']})")
    print(f"history  {r['options']['days']} days: {h['sales']:,} sales + {h['voids']:,} voids + {h['refunds']:,} "
          f"refunds, {h['lines']:,} lines, {h['payments']:,} payments, {h['postings']:,} postings,")
    print(f"         {h['shifts']:,} shifts, {h['stays']:,} stays / {h['guests']:,} guests, "
          f"{h['audit']:,} audit entries; {h['database_mb']} MB; filled in {r['fill_s']} s"
          + (f"; kept in {r['database']}" if r["database"] else ""))
    print()
    print(f"{'':40}{'':32}{'bizcenter':>12}{'plain sqlite3':>15}{'ratio':>9}  target")
    for key in ORDER:
        f = r["figures"][key]
        target = TARGET_TEXT.get(key.removesuffix("_quarter"), "")
        median = "median" if "bizcenter_p99_ms" in f else ""
        print(f"{f['label']:40}{(median or f['what'])[:31]:32}{_ms(f['bizcenter_ms'])}{_ms(f['plain_ms']):>15}"
              f"{f['ratio']:8.2f}×  {target}")
        if "bizcenter_p99_ms" in f:
            print(f"{'':40}{'p99':32}{_ms(f['bizcenter_p99_ms'])}{_ms(f['plain_p99_ms']):>15}{f['ratio_p99']:8.2f}×")
            print(f"{'':40}({f['what']})")
            split = ", ".join(f"{k} {g['bizcenter_ms']:.2f} / {g['plain_ms']:.2f} ms ({g['ratio']:.1f}×)"
                              for k, g in f.get("by_payment", {}).items())
            print(f"{'':40}median by payment, bizcenter / plain: {split}")
    g = r["growth_full_vs_quarter"]
    print()
    print("growth, full history ÷ 1/4 history (bizcenter): " + ", ".join(
        f"{k.replace('_', ' ')} {v:.2f}×" for k, v in g.items()))
    print("targets: " + "; ".join(
        f"{k.replace('_', ' ')} ≤ {t['at_most']}×: {'met' if t['met'] else 'MISSED'} ({t['value']}×)"
        for k, t in r["targets"].items()))
    rss = r["peak_rss_mb"]
    print(f"peak memory (RSS): {rss} MB" if rss is not None else "peak memory (RSS): not available here")
    print(f"wall time: {r['wall_s']} s")
