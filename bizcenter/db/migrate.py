"""Schema from Alembic migrations only: `upgrade` brings a new or older database to head.

Alembic is imported here, lazily, because it costs ~0.2 s and only `init`/first start need it.
"""
from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError

from ..datafiles import data_dir
from ..errors import DomainError, NotADatabase

MIGRATIONS = data_dir("migrations")


def _config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@contextmanager
def _migrating(engine: Engine):
    """A connection in one transaction for Alembic, with SQLite's foreign keys off (table rebuilds)."""
    from .engine import make_engine

    url = engine.url.render_as_string(hide_password=False)
    work = make_engine(url, foreign_keys=False) if engine.dialect.name == "sqlite" else engine
    cfg = _config(url)
    try:
        with work.begin() as conn:
            cfg.attributes["connection"] = conn
            yield cfg, conn
    finally:
        if work is not engine:
            work.dispose()


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Upgrade to `revision`; returns the revision now current."""
    from alembic import command

    try:
        with _migrating(engine) as (cfg, conn):
            command.upgrade(cfg, revision)
            if conn.dialect.name == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DomainError(
                        "migration_broke_keys",
                        "升级后外键检查失败：{rows}",
                        "Foreign-key check failed after the upgrade: {rows}",
                        rows=broken[:5],
                    )
    except DatabaseError as exc:
        if "not a database" in str(exc.orig).lower():
            raise NotADatabase(path=str(engine.url.database)) from exc
        raise
    return current_revision(engine) or ""


def downgrade(engine: Engine, revision: str) -> str:
    """Back to `revision` (tests of an upgrade over older data; support's way back); returns it."""
    from alembic import command

    with _migrating(engine) as (cfg, _conn):
        command.downgrade(cfg, revision)
    return current_revision(engine) or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config("sqlite://")).get_current_head()
