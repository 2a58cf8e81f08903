"""Alembic environment. Called from bizcenter.db.migrate with a live connection in config.attributes.

render_as_batch is on for SQLite in the online path too (SQLite cannot ALTER most things), and the
connection we are given has foreign keys OFF: batch mode copies and drops the parent table, and
with foreign keys ON that drop would cascade-delete child rows.
"""
from alembic import context

from bizcenter.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from bizcenter.db.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"), foreign_keys=False)
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
