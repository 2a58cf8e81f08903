"""PostgreSQL with the roles of installer/postgres-roles.sql: the schema is migrated by its owner, the
counters work as a role that does not own the tables — and that role cannot open the ledger's door
(no DISABLE TRIGGER, no UPDATE, DELETE or TRUNCATE of ledger rows)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bizcenter.db import make_engine, unit_of_work
from bizcenter.db.migrate import upgrade
from bizcenter.verify import verify
from bizcenter.workflows.reversal import void_sale
from scenario import SUP, build_world, room, sell, total_of, copies

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "postgres-roles.sql"
pytestmark = pytest.mark.postgresql


@pytest.fixture
def owned_database(pg_url):
    import psycopg

    admin = psycopg.connect(pg_url, autocommit=True)
    name = "bizcenter_roles_test"
    admin.execute(f"DROP DATABASE IF EXISTS {name}")
    for role in ("bizcenter_owner", "bizcenter_app"):
        if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            admin.execute(f"CREATE ROLE {role} LOGIN")
    admin.execute(f"CREATE DATABASE {name} OWNER bizcenter_owner")
    base = make_url(pg_url).set(database=name)
    owner, app = base.set(username="bizcenter_owner"), base.set(username="bizcenter_app")
    try:
        yield owner.render_as_string(hide_password=False), app.render_as_string(hide_password=False)
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute("DROP ROLE IF EXISTS bizcenter_app")
        admin.execute("DROP ROLE IF EXISTS bizcenter_owner")
        admin.close()


def _refused(engine, sql: str, words: str) -> None:
    with pytest.raises(DBAPIError) as caught:
        with engine.begin() as conn:
            conn.execute(text(sql))
    assert words in str(caught.value.orig), caught.value.orig


def test_the_app_role_sells_but_cannot_disable_a_trigger_or_rewrite_the_ledger(owned_database):
    import psycopg

    owner_url, app_url = owned_database
    owner = make_engine(owner_url)
    upgrade(owner)  # `bizcenter init` as the owner
    with psycopg.connect(owner_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(SCRIPT.read_text())
    owner.dispose()

    app = make_engine(app_url)
    try:
        w = build_world(app)  # staff, counters, price list, shifts opened
        sale = sell(w, w.clerk, [copies(3)])
        sell(w, w.clerk2, [copies(2)], [room(total_of(w, [copies(2)]), "1501", "John Smith")])
        w.run(lambda s: void_sale(s, w.clerk, sale.sale_id, "typo", SUP, w.clock()))
        assert unit_of_work(app, verify) == []

        _refused(app, "ALTER TABLE sale DISABLE TRIGGER ALL", "must be owner")
        _refused(app, "ALTER TABLE sale DISABLE TRIGGER sale_append_only", "must be owner")
        _refused(app, f"UPDATE sale SET total_minor = 933 WHERE id = {sale.sale_id}", "permission denied")
        _refused(app, f"DELETE FROM payment WHERE sale_id = {sale.sale_id}", "permission denied")
        _refused(app, "TRUNCATE sale CASCADE", "permission denied")
        _refused(app, "DELETE FROM ledger_chain", "permission denied")
        _refused(app, "DROP TRIGGER sale_append_only ON sale", "must be owner")
        _refused(app, "UPDATE alembic_version SET version_num = '0001'", "permission denied")
        assert unit_of_work(app, verify) == []
    finally:
        app.dispose()
