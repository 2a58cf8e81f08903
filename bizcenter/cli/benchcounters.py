"""`bizcenter bench --counters N [--postgres URL]`: runs `bench/counters.py` and prints its figures."""
from __future__ import annotations

import json
import sys

from ..bench.counters import CountersOptions, run_counters

TARGET_TEXT = {
    "sign_in_delay": "a sign-in or approval delays another counter's sale by ≤ 50 ms",
    "settle_vs_plain": "settle median ≤ 2× plain SQL (the PostgreSQL target)",
    "p99_scaling": "settle p99 with 8 counters ≤ 3× the single counter's",
}


def run_counters_cli(args) -> int:
    opts = CountersOptions(counters=args.counters, postgres=args.postgres,
                           sales=200 if args.sales is None else args.sales, pace_ms=args.pace_ms, pause_s=args.pause_s, seed=args.seed,
                           progress=lambda text: print(f"… {text}", file=sys.stderr, flush=True))
    result = run_counters(opts)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_text(result)
    missed = [k for k, t in result["targets"].items() if t.get("applies", True) and not t["met"]]
    return 1 if args.strict and missed else 0


def print_text(r: dict) -> None:
    o = r["options"]
    plain = "plain sqlite3" if r["backend"] == "sqlite" else "plain psycopg"
    print(f"bizcenter bench --counters — bizcenter {r['bizcenter']} on {r['backend']}, {r['cpus']} CPUs; "
          f"{o['sales']} timed sales per counter, one every {o['pace_ms']:g} ms ± 50 %, beside one station "
          f"signing in and one supervisor approving voids, each every {o['pause_s']:g} s ± 50 %")
    print()
    print(f"{'counters':>8} {'side':<14}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9} ms{'sales/s':>9}"
          f"{'sign-in':>9}{'approval':>9} ms  beside a sign-in/approval: n, worst, bound, added p99")
    for n, row in r["rows"].items():
        for side, label in (("app", "bizcenter"), ("plain", plain)):
            f = row[side]
            worst = f"{f['overlapped_max_ms']:.1f}" if f["overlapped_max_ms"] is not None else "-"
            print(f"{n:>8} {label:<14}{f['settle_p50_ms']:9.2f}{f['settle_p95_ms']:9.2f}{f['settle_p99_ms']:9.2f}"
                  f"{f['settle_max_ms']:9.1f}   {f['sales_per_s']:9.1f}{f['sign_in_p50_ms']:9.1f}"
                  f"{f['approval_p50_ms']:9.1f}     {f['overlapped']:4d}, {worst:>7} ms, {f['delay_ms']:.1f} ms, "
                  f"{f['added_p99_ms']:.1f} ms")
        print(f"{'':>8} {'ratio':<14}{row['ratio_p50']:8.2f}×{'':9}{row['ratio_p99']:8.2f}×")
    print()
    print("added p99 = the p99 of the sales that ran while a sign-in or approval was running, less the p99 of "
          "those that did not (the target's figure); bound = the slowest of the former less the median of the "
          "latter (an upper bound: a tail against a middle)")
    for key, t in r["targets"].items():
        verdict = "PASS" if t["met"] else "FAIL"
        note = ""
        if "plain" in t:
            note = (f" (plain SQL beside the same sign-ins: {t['plain']:g} ms; upper bound "
                    f"{t['upper_bound']:g} ms)")
        if not t.get("applies", True):
            note = " (measured on SQLite: the target is PostgreSQL's)" if key == "settle_vs_plain" else \
                f" (measured with {t.get('counters')} counters)"
        print(f"{verdict}  {TARGET_TEXT[key]}: {t['value']:g} {t['unit']}{note}")
    print(f"wall time: {r['wall_s']} s")
