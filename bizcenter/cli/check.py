"""`bizcenter verify`: run every ledger invariant; exit 1 naming each breach."""
from __future__ import annotations

from ..verify import CHECKS, verify
from .kept_heads import add_arguments, compare, kept_heads


def register(sub) -> None:
    p = sub.add_parser("verify", help="check database integrity and the ledger's invariants / 校验帐目")
    add_arguments(p)
    p.set_defaults(run=run)


def run(args, ctx) -> int:
    from .setup import check_file

    check_file(ctx.url)
    if _damaged(ctx):  # SQLite's own check first: the ledger's checks would die on a damaged page
        return 1
    kept = kept_heads(args)  # a backup or a printed head that cannot be read is refused before anything runs
    breaches = ctx.run(verify)
    if ctx.engine.dialect.name == "sqlite":
        with ctx.engine.connect() as conn:
            keys = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if keys:
            print(f"foreign_key_check: {len(keys)} broken reference(s), e.g. {keys[0]}")
            return 1
    from .config import warn_settings

    warn_settings(ctx)  # a stored setting outside its range: a warning (the default or a refusal is in force)
    for b in breaches:
        print(f"BREACH [{b.check}] {b.message}")
    found = len(breaches) + compare(kept, ctx)  # a kept head the chain no longer holds is a breach too
    if found:
        print(ctx.text(f"发现 {found} 处问题", f"{found} breach(es) found"))
        return 1
    print(ctx.text(f"帐目校验通过（{len(CHECKS)} 项检查）", f"Ledger verified: {len(CHECKS)} checks, no breach"))
    return 0


def _damaged(ctx) -> bool:
    """Run SQLite's full `integrity_check`; print what it finds, named plainly, and say what to do."""
    from ..db.faults import database_path
    from ..db.integrity import describe, problems
    from ..errors import DatabaseDamaged

    path = database_path(ctx.engine)
    found = problems(path, full=True) if path else []
    for problem in found:
        print(f"integrity_check: {problem}")
    if found:
        print(ctx.say(DatabaseDamaged(detail=describe(found))))
    return bool(found)
