"""Shared fixtures: a fresh, migrated database per test, on SQLite and on a real PostgreSQL.

Fixtures
--------
backend        "sqlite" / "postgresql"; a test that uses `db_url`, `engine` or `empty_db_url` runs
               once per backend. Choose with BIZCENTER_TEST_BACKENDS=sqlite (or postgresql, or both
               comma-separated; default both), or select with `-m "not postgresql"` / `-k sqlite`.
db_url         a fresh database at the newest schema, for `backend`. Migrated once per session into a
               template (SQLite: a file copied into tmp_path; PostgreSQL: CREATE DATABASE … TEMPLATE),
               so a test pays milliseconds, not a migration.
engine         make_engine(db_url), disposed after the test.
empty_db_url   an empty database (no tables) for `backend`, for tests of `init`/upgrade.
sqlite_url     like db_url, SQLite only (tests about SQLite files: locking, not-a-database, crash).
sqlite_engine  make_engine(sqlite_url), disposed after the test.
pg_url         the throw-away server's maintenance database URL
               (postgresql://postgres@127.0.0.1:<port>/postgres) for tests that make their own
               databases: `sqlalchemy.engine.make_url(pg_url).set(database=name)`.
pg_server      the session's server object (`.url(dbname)`, `.port`), for the rare test that needs it.
hotel_clock_at the clock frozen at named moments of the hotel's day (either side of the 04:00 cut-off,
               23:59, a UTC/hotel date split, Berlin's daylight-saving night); hotel_clock_running
               the same, ticking (UI tests). See tests/hotelclock.py.

BIZCENTER_TEST_NOW=2026-12-06T20:30:00Z moves the whole session's clock to that instant (ticking), to
run the suite at another hour of the hotel's day.

PostgreSQL: a throw-away cluster (tests/throwaway_pg.py) starts on loopback the first time a test
needs it and stops at the end of the session. No binaries → the PostgreSQL tests are skipped, unless
BIZCENTER_REQUIRE_PG=1 (set by `make test`), which turns that into a failure. BIZCENTER_TEST_PG_URL
points the tests at an existing server instead (a superuser URL; databases are created and dropped).

The whole session runs with BIZCENTER_DB unset and the XDG data/config/cache/state homes in a temporary
folder, so no test can touch a developer's real database or settings; Qt gets QT_QPA_PLATFORM=offscreen
unless a platform is set.
"""
from __future__ import annotations

import importlib
import itertools
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent


def _pin_app_packages() -> None:
    """Make `import ui` / `import bizcenter` mean the app's packages, whatever sys.path holds.

    pytest puts tests/ on sys.path for this conftest (tests/ has no __init__.py), and tests/ui/ has
    none either, so the path finder would turn `ui` into a namespace package of the *test* folder
    before the editable install's finder (which comes after it) is asked. Import the real packages
    once with the tests folders out of the way; sys.modules keeps them.
    """
    def in_tests(entry: str) -> bool:
        try:
            return Path(entry or ".").resolve().is_relative_to(TESTS_DIR)
        except OSError:
            return False

    saved = list(sys.path)
    sys.path[:] = [p for p in saved if not in_tests(p)]
    try:
        for name in ("bizcenter", "ui"):
            mod = sys.modules.get(name)
            if mod is not None and getattr(mod, "__file__", None) is None:  # a namespace stand-in
                for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
                    del sys.modules[key]
            importlib.import_module(name)
    finally:
        sys.path[:] = saved


_pin_app_packages()
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))
from throwaway_pg import PgCluster, PgStartFailed, PgUnavailable  # noqa: E402
from hotelclock import hotel_clock_at, hotel_clock_running, session_now, start_session_clock, stop_session_clock  # noqa: E402,F401

# --- environment, before any test module imports the app ------------------------------------------
os.environ.pop("BIZCENTER_DB", None)
if not os.environ.get("QT_QPA_PLATFORM"):  # an empty value makes Qt try xcb and abort
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME: str | None = None  # XDG homes of this session, made in pytest_configure (before collection)

ALL_BACKENDS = ("sqlite", "postgresql")
_ALIASES = {"sqlite": "sqlite", "sqlite3": "sqlite", "postgresql": "postgresql", "postgres": "postgresql",
            "pg": "postgresql", "both": "both", "all": "both"}


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no", "off")


REQUIRE_PG = _flag("BIZCENTER_REQUIRE_PG")


def _selected_backends() -> tuple[tuple[str, ...], list[str]]:
    raw = os.environ.get("BIZCENTER_TEST_BACKENDS", "").replace(" ", ",")
    chosen: list[str] = []
    unknown: list[str] = []
    for word in filter(None, (w.strip().lower() for w in raw.split(","))):
        if word not in _ALIASES:
            unknown.append(word)
            continue
        for name in ALL_BACKENDS if _ALIASES[word] == "both" else (_ALIASES[word],):
            if name not in chosen:
                chosen.append(name)
    return tuple(chosen) or ALL_BACKENDS, unknown


BACKENDS, _UNKNOWN_BACKENDS = _selected_backends()


def pytest_configure(config) -> None:
    global _HOME
    if _UNKNOWN_BACKENDS:
        raise pytest.UsageError(f"BIZCENTER_TEST_BACKENDS: unknown {', '.join(_UNKNOWN_BACKENDS)} "
                                f"(choose sqlite, postgresql or both)")
    config.addinivalue_line("markers", "postgresql: runs against the throw-away PostgreSQL server")
    config.addinivalue_line("markers", "sqlite: runs against an SQLite file")
    _HOME = tempfile.mkdtemp(prefix="bizcenter-test-home-")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        os.environ[var] = os.path.join(_HOME, sub)
    start_session_clock()


def pytest_unconfigure(config) -> None:
    stop_session_clock()
    if _HOME:
        shutil.rmtree(_HOME, ignore_errors=True)


def pytest_report_header(config) -> str:
    pg = "required" if REQUIRE_PG else "skipped if missing"
    moved = session_now()
    clock = f"; clock moved to {moved.isoformat()} (BIZCENTER_TEST_NOW)" if moved else ""
    return f"bizcenter backends: {', '.join(BACKENDS)} (PostgreSQL {pg}){clock}"


# --- backend ------------------------------------------------------------------------------------------
@pytest.fixture(params=[pytest.param(b, marks=getattr(pytest.mark, b), id=b) for b in BACKENDS])
def backend(request) -> str:
    return request.param


# --- SQLite ---------------------------------------------------------------------------------------------
def _migrate(url: str) -> None:
    from bizcenter.db import make_engine
    from bizcenter.db.migrate import upgrade

    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    _migrate(f"sqlite:///{path}")
    # One self-contained file: checkpoint the WAL and leave WAL mode, so a plain copy is complete.
    # Each test's engine switches its copy back to WAL on connect.
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _sqlite_copy(template: Path, tmp_path: Path) -> str:
    path = tmp_path / "bizcenter.sqlite3"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


# --- PostgreSQL -----------------------------------------------------------------------------------------
class _ExternalServer:
    """BIZCENTER_TEST_PG_URL: an existing server instead of a throw-away cluster."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._url = make_url(url)
        self.port = self._url.port

    def url(self, database: str = "postgres") -> str:
        return self._url.set(drivername="postgresql", database=database).render_as_string(hide_password=False)

    def stop(self) -> None:
        pass


@pytest.fixture(scope="session")
def pg_server():
    external = os.environ.get("BIZCENTER_TEST_PG_URL")
    if external:
        yield _ExternalServer(external)
        return
    server = problem = None
    try:
        server = PgCluster.start()
    except PgUnavailable as exc:
        problem = str(exc)
    except PgStartFailed as exc:
        pytest.fail(f"the throw-away PostgreSQL cluster did not start (BIZCENTER_TEST_BACKENDS=sqlite runs "
                    f"without it):\n{exc}", pytrace=False)
    if server is None:  # outside the except block: no chained traceback in the report
        if REQUIRE_PG:
            pytest.fail(f"BIZCENTER_REQUIRE_PG=1 but PostgreSQL is not available: {problem}", pytrace=False)
        pytest.skip(f"PostgreSQL not available: {problem}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server) -> str:
    return pg_server.url("postgres")


class _PgAdmin:
    """One autocommit connection to the maintenance database, for CREATE/DROP DATABASE."""

    def __init__(self, server) -> None:
        import psycopg

        self.server = server
        self.conn = psycopg.connect(server.url("postgres"), autocommit=True)
        self._names = itertools.count(1)
        self._tag = os.getpid()

    def new_name(self, prefix: str) -> str:
        return f"{prefix}_{self._tag}_{next(self._names)}"

    def create(self, name: str, template: str | None = None) -> str:
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        self.conn.execute(sql)
        return self.server.url(name)

    def drop(self, name: str) -> None:
        # FORCE: a test that leaked a connection must not leave its database behind (PostgreSQL 13+).
        self.conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.conn.close()


@pytest.fixture(scope="session")
def _pg_admin(pg_server):
    admin = _PgAdmin(pg_server)
    try:
        yield admin
    finally:
        admin.close()


@pytest.fixture(scope="session")
def _pg_template(_pg_admin) -> str:
    name = _pg_admin.new_name("bizcenter_tmpl")
    _pg_admin.drop(name)
    url = _pg_admin.create(name)
    _migrate(url)  # disposes its engine: CREATE DATABASE … TEMPLATE needs the template unused
    try:
        yield name
    finally:
        _pg_admin.drop(name)


@pytest.fixture
def _pg_fresh(_pg_admin, _pg_template):
    name = _pg_admin.new_name("t")
    url = _pg_admin.create(name, template=_pg_template)
    try:
        yield url
    finally:
        _pg_admin.drop(name)


# --- the fixtures tests use ----------------------------------------------------------------------------
@pytest.fixture
def db_url(request, backend, tmp_path) -> str:
    """A fresh database at the newest schema (URL), on `backend`."""
    if backend == "sqlite":
        return _sqlite_copy(request.getfixturevalue("_sqlite_template"), tmp_path)
    return request.getfixturevalue("_pg_fresh")


@pytest.fixture
def engine(db_url):
    from bizcenter.db import make_engine

    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def empty_db_url(request, backend, tmp_path):
    """An empty database (no schema) on `backend`: for upgrade/init tests."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    admin = request.getfixturevalue("_pg_admin")
    name = admin.new_name("e")
    url = admin.create(name)
    try:
        yield url
    finally:
        admin.drop(name)


@pytest.fixture
def sqlite_url(_sqlite_template, tmp_path) -> str:
    return _sqlite_copy(_sqlite_template, tmp_path)


@pytest.fixture
def sqlite_engine(sqlite_url):
    from bizcenter.db import make_engine

    eng = make_engine(sqlite_url)
    try:
        yield eng
    finally:
        eng.dispose()
