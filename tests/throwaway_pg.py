"""A throw-away PostgreSQL cluster on loopback for one test session.

No service, no pytest-postgresql: `initdb` into a temporary folder, trust authentication, listen on
127.0.0.1 on a free port with the unix socket inside the same folder, durability switched off (the
data dies with the session anyway), `pg_ctl stop -m immediate` and delete at the end.

The folder is on /dev/shm when that is a tmpfs with room (see `_base_dir`). PostgreSQL refuses to
run as root, so as root the folder is handed to the `postgres` user (created by Debian's
`postgresql-common`; `nobody` as a fallback) and every server command runs through
`runuser -u postgres --`. The database superuser is always called `postgres`.

Clusters left behind by a killed test run (SIGKILL, a CI timeout) are stopped and removed by the next
run: each folder records the pid of the Python process that made it.

Binaries: `$BIZCENTER_PG_BINDIR` (only that, when set), else the newest `/usr/lib/postgresql/*/bin`, else
`pg_config --bindir`, else `initdb` on PATH.
"""
from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PREFIX = "bizcenter-pg-"
SUPERUSER = "postgres"
START_TIMEOUT_S = 60
SHM_MIN_FREE = 512 * 1024 * 1024

# A test database is thrown away after each test: durability only costs time here.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "logging_collector": "off",
    "log_min_messages": "warning",
    "log_min_error_statement": "panic",  # the ledger tests raise on purpose; keep the log short
}


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


class PgStartFailed(RuntimeError):
    """Binaries found, but the cluster could not be created or started."""


def _version_key(path: str) -> tuple:
    name = Path(path).parent.name
    return (0, 0) if not name.replace(".", "").isdigit() else (1, *map(int, name.split(".")))


def _has_server(bindir: Path) -> bool:
    return all((bindir / exe).is_file() for exe in ("initdb", "pg_ctl", "postgres"))


def find_bindir() -> Path:
    env = os.environ.get("BIZCENTER_PG_BINDIR")
    if env:  # an explicit choice is the only candidate
        if _has_server(Path(env)):
            return Path(env)
        raise PgUnavailable(f"BIZCENTER_PG_BINDIR={env} has no initdb, pg_ctl and postgres")
    candidates: list[Path] = []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)]
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for bindir in candidates:
        if _has_server(bindir):
            return bindir
    raise PgUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl, postgres) found in $BIZCENTER_PG_BINDIR, "
        "/usr/lib/postgresql/*/bin, `pg_config --bindir` or PATH — install them with `make install` "
        "as root (Debian package `postgresql`)"
    )


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _service_user():
    """As root: the unprivileged account the server runs as (pwd entry), else None."""
    if not _is_root():
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PgStartFailed("running as root, but there is neither a 'postgres' nor a 'nobody' user to run the server")


def _base_dir(user) -> str | None:
    """Where the cluster lives: $BIZCENTER_PG_TMPDIR, else /dev/shm when it is a roomy tmpfs (a
    per-test CREATE DATABASE costs ~15 ms there against ~300 ms on this machine's ext4, even with
    fsync off), else /tmp as root ($TMPDIR could be under /root, which `postgres` cannot enter),
    else the usual temporary folder."""
    env = os.environ.get("BIZCENTER_PG_TMPDIR")
    if env:
        return env
    shm = "/dev/shm"
    try:
        st = os.statvfs(shm)
        if os.access(shm, os.W_OK | os.X_OK) and st.f_bavail * st.f_frsize >= SHM_MIN_FREE:
            return shm
    except OSError:
        pass
    if user is not None and os.path.isdir("/tmp"):
        return "/tmp"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PgCluster:
    def __init__(self, bindir: Path, root: Path, user) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.socket_dir = root / "sock"
        self.log = root / "server.log"
        self.user = user  # pwd entry when running as root, else None
        self.port: int | None = None
        self._running = False

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def start(cls, bindir: Path | None = None) -> "PgCluster":
        bindir = bindir or find_bindir()  # PgUnavailable if none
        user = _service_user()
        cleanup_stale()
        root = Path(tempfile.mkdtemp(prefix=PREFIX, dir=_base_dir(user)))
        (root / "owner.pid").write_text(str(os.getpid()))
        cluster = cls(bindir, root, user)
        try:
            cluster._initdb()
            cluster._start()
        except BaseException:
            cluster.stop()
            raise
        atexit.register(cluster.stop)
        return cluster

    def _cmd(self, exe: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / exe), *args]
        if self.user is not None:
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            cmd = [runuser, "-u", self.user.pw_name, "--", *cmd]
        return cmd

    def _run(self, exe: str, *args: str, timeout: float = START_TIMEOUT_S) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        return subprocess.run(self._cmd(exe, *args), cwd=self.root, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)

    def _initdb(self) -> None:
        self.socket_dir.mkdir()
        if self.user is not None:
            for path in (self.root, self.socket_dir, self.root / "owner.pid"):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        out = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                        "--encoding=UTF8", "--locale=C", "--no-sync")
        if out.returncode != 0:
            raise PgStartFailed(f"initdb failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
        # Appending keeps the file's owner (postgres); later settings win.
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# bizcenter test cluster\n")
            for key, value in SERVER_SETTINGS.items():
                conf.write(f"{key} = {value}\n")
            conf.write(f"unix_socket_directories = '{self.socket_dir}'\n")

    def _start(self) -> None:
        last = ""
        for _attempt in range(3):  # the free port can be taken between the probe and the bind
            self.port = _free_port()
            out = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                            "-t", str(START_TIMEOUT_S), "-o", f"-p {self.port}", "start",
                            timeout=START_TIMEOUT_S + 10)
            if out.returncode == 0:
                self._running = True
                return
            last = f"{out.stdout}\n{out.stderr}\n--- server log ---\n{self.log_tail()}"
            if "could not bind" not in last and "already in use" not in last:
                break
        raise PgStartFailed(f"pg_ctl start failed:\n{last}")

    # -- use ---------------------------------------------------------------------------------
    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        if self._running:
            self._running = False
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=30)
            except (OSError, subprocess.SubprocessError):
                pass
        shutil.rmtree(self.root, ignore_errors=True)


def cleanup_stale() -> None:
    """Stop and delete clusters whose creating process is gone (a killed test run)."""
    bases = {tempfile.gettempdir(), "/tmp", "/dev/shm", os.environ.get("BIZCENTER_PG_TMPDIR") or "/tmp"}
    owners = {hit for base in bases for hit in glob.glob(os.path.join(base, PREFIX + "*", "owner.pid"))}
    for owner in sorted(owners):
        root = Path(owner).parent
        try:
            pid = int(Path(owner).read_text().strip())
        except (OSError, ValueError):
            continue
        if pid == os.getpid() or _pid_alive(pid):
            continue
        data = root / "data"
        if (data / "postmaster.pid").exists():
            try:
                bindir = find_bindir()
                stale = PgCluster(bindir, root, _service_user())
                stale._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop", timeout=30)
            except (PgUnavailable, PgStartFailed, OSError, subprocess.SubprocessError):
                continue
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":  # manual check: python tests/throwaway_pg.py
    t0 = time.perf_counter()
    c = PgCluster.start()
    print(f"started {c.url()} in {time.perf_counter() - t0:.2f}s ({c.bindir})")
    t0 = time.perf_counter()
    c.stop()
    print(f"stopped in {time.perf_counter() - t0:.2f}s")
