"""`bizcenter init`: create or upgrade the database to the newest schema, then seed what a new
database needs (the default price list and the first counter)."""
from __future__ import annotations

import os
import sys

from ..db.migrate import current_revision, upgrade
from ..errors import NotADatabase


def register(sub) -> None:
    p = sub.add_parser("init", help="create or upgrade the database (Alembic to head) / 创建或升级数据库")
    p.set_defaults(run=run_init)


def check_file(url: str) -> None:
    """Refuse a SQLite path that exists but is not a SQLite database, before Alembic touches it."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if os.path.exists(path) and os.path.getsize(path) > 0:
            with open(path, "rb") as f:
                if f.read(16) != b"SQLite format 3\x00":
                    raise NotADatabase(path=path)


def initialise(ctx) -> str:
    check_file(ctx.url)
    from ..backup import before_upgrade_if_needed

    kept = before_upgrade_if_needed(ctx.engine)  # an older database is copied before it is migrated
    if kept is not None:
        print(ctx.text(f"升级前已备份：{kept}", f"Backed up before the upgrade: {kept}"))
    revision = upgrade(ctx.engine)
    from ..workflows.catalogue import install_default_pricelist
    from ..workflows.staff import add_counter

    def seed(session):
        install_default_pricelist(session)
        add_counter(session, "BC1", "商务中心 1 号柜台", "Business Centre Counter 1")

    ctx.run(seed)
    return revision


def run_init(args, ctx) -> int:
    before = None
    check_file(ctx.url)
    try:
        before = current_revision(ctx.engine)
    except Exception:  # an unreadable file is reported by initialise with a clear message
        pass
    revision = initialise(ctx)
    print(ctx.text(f"数据库已就绪（版本 {before or '无'} → {revision}）：{ctx.engine.url}",
                   f"Database ready (schema {before or 'none'} → {revision}): {ctx.engine.url}"))
    return 0
