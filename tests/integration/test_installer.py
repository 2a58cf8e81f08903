"""The PyInstaller bundle starts, creates its database in the user data dir and exits cleanly.

Building the bundle takes 1–2 minutes on this machine, more than `make test` should pay, so these tests
run from `make installer-test` (which builds `dist/bizcenter/` and sets BIZCENTER_BUNDLE); without that
variable they are skipped. They only run the built programs, as an installed counter PC would.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bizcenter import __version__

pytestmark = [pytest.mark.installer, pytest.mark.slow]

BUNDLE = os.environ.get("BIZCENTER_BUNDLE")
if not BUNDLE:
    pytest.skip("needs the built bundle: `make installer-test` builds it and runs these", allow_module_level=True)
BUNDLE_DIR = Path(BUNDLE).resolve()
EXE = ".exe" if os.name == "nt" else ""


@pytest.fixture
def home(tmp_path):
    """A counter PC's user folders, empty: no database, no config yet."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIZCENTER_")}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(tmp_path / "escpos-cache")
    return env


def run(env, program: str, *args, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([str(BUNDLE_DIR / f"{program}{EXE}"), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=env["XDG_CACHE_HOME"] if Path(env["XDG_CACHE_HOME"]).is_dir() else None)


def _files(folder: Path) -> dict[str, float]:
    return {str(p.relative_to(folder)): p.stat().st_mtime for p in folder.rglob("*") if p.is_file()}


def test_the_bundle_ships_its_data_files():
    internal = BUNDLE_DIR / "_internal"
    for rel in ("resources/pricelist.json", "resources/zones.json", "resources/icons/bizcenter.svg",
                "migrations/env.py", "migrations/versions/0001_initial_schema.py",
                "ui/translations/bizcenter_zh_CN.qm"):
        assert (internal / rel).is_file(), rel
    assert list((internal / "resources" / "fonts").glob("*.tt[fc]")), "no CJK font in the bundle"
    try:
        import escpos  # noqa: F401
    except ImportError:
        return
    assert (internal / "escpos" / "capabilities.json").is_file()


def test_first_start_creates_the_database_in_the_user_data_dir_and_shows_the_wizard(home, tmp_path):
    before = _files(BUNDLE_DIR)
    shot = tmp_path / "first-start.png"
    done = run(home, "bizcenter-app", "--smoke", "--smoke-shot", str(shot))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"smoke: ok bizcenter {__version__}" in done.stdout and "page firstStartPage" in done.stdout
    db = Path(home["XDG_DATA_HOME"]) / "bizcenter" / "bizcenter.sqlite3"
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT COUNT(*) FROM alembic_version").fetchone() == (1,)
    finally:
        con.close()
    assert shot.stat().st_size > 10_000  # a real picture of the window, not an empty grab
    assert _files(BUNDLE_DIR) == before, "the app wrote into its install folder"


def test_the_bundled_command_line_sets_up_backs_up_and_checks(home, tmp_path):
    version = run(home, "bizcenter", "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"bizcenter {__version__}"
    assert run(home, "bizcenter", "demo").returncode == 0
    copy = tmp_path / "copy.sqlite3"
    made = run(home, "bizcenter", "--lang", "en", "backup", str(copy))
    assert made.returncode == 0, made.stderr
    checked = run(home, "bizcenter", "--lang", "en", "restore", "--check", str(copy))
    assert checked.returncode == 0 and "ledger verified" in checked.stdout, checked.stdout + checked.stderr
    # with staff in the database the app opens on the sign-in, not the wizard
    started = run(home, "bizcenter-app", "--smoke")
    assert started.returncode == 0 and "page SignInPage" in started.stdout, started.stdout + started.stderr


def test_the_app_closes_cleanly_when_told_to(home):
    done = run(home, "bizcenter-app", "--quit-after-ms", "1500")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_the_linux_install_script_puts_the_app_the_menu_entry_and_the_icon_in_place(home, tmp_path):
    if os.name == "nt":
        pytest.skip("the Linux script")
    root = tmp_path / "root"
    script = Path(__file__).resolve().parents[2] / "installer" / "install-linux.sh"
    done = subprocess.run(["sh", str(script), "/opt/bizcenter"], env={**home, "DESTDIR": str(root)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    entry = (root / "usr/share/applications/bizcenter.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/bizcenter/bizcenter-app" in entry and "Name[zh_CN]=商务中心收银" in entry
    assert (root / "usr/share/icons/hicolor/scalable/apps/bizcenter.svg").is_file()
    installed = subprocess.run([str(root / "opt/bizcenter/bizcenter"), "--version"], env=home,
                               capture_output=True, text=True, timeout=60)
    assert installed.stdout.strip() == f"bizcenter {__version__}"
