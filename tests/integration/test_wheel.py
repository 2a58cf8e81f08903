"""`pip install .` gives a working program: the wheel carries migrations/ and resources/, so an installed
`bizcenter init && bizcenter demo && bizcenter verify` creates, fills and checks a database.

The wheel is built from a copy of the sources (the checkout's own build/ folder is neither used nor
left behind) and installed without dependencies into a clean virtualenv; the dependencies come from the
test's own environment through a .pth file, whose folder Python adds to sys.path without running the
.pth files in it — so the checkout's editable install stays out, and the programs run from a folder
outside the checkout. Takes about 20 s (most of it building the wheel and seeding the demo).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
#: what the build reads: pyproject.toml names the packages, setup.py copies the data, README is the description
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "bizcenter", "ui", "migrations", "resources")
BIN = "Scripts" if os.name == "nt" else "bin"


def _copy_sources(to: Path) -> None:
    skip = shutil.ignore_patterns("__pycache__", "*.py[cod]", "*.egg-info")
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, to / name, ignore=skip)
        else:
            shutil.copy2(src, to / name)


def _run(*cmd, env=None, cwd=None) -> str:
    done = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(clean venv, environment, a working folder outside the checkout) with the built wheel installed."""
    base = tmp_path_factory.mktemp("wheel")
    src, wheels, env_dir, work = base / "src", base / "wheels", base / "venv", base / "work"
    src.mkdir(), work.mkdir()
    _copy_sources(src)
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", src, "-w", wheels)
    (wheel,) = wheels.glob("bizcenter-*.whl")
    venv.create(env_dir, with_pip=False)
    python = env_dir / BIN / ("python.exe" if os.name == "nt" else "python")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel)
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BIZCENTER_", "PYTHON"))}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(base / var.lower())
    env["BIZCENTER_DB"] = str(work / "centre.sqlite3")
    env["BIZCENTER_KEY_FILE"] = str(work / "secret.key")
    return env_dir, env, work


def test_the_wheel_ships_migrations_and_resources(installed):
    env_dir, env, work = installed
    python = env_dir / BIN / ("python.exe" if os.name == "nt" else "python")
    out = _run(python, "-c", "import sys, bizcenter, bizcenter.datafiles as d; "
               "print(bizcenter.__file__); print(d.data_dir('migrations')); print(d.data_dir('resources')); "
               "print(*sys.path, sep='\\n')", env=env, cwd=work).splitlines()
    package, migrations, resources, *path = (Path(p) for p in out)
    assert package.is_relative_to(env_dir), "the checkout's bizcenter was imported, not the installed one"
    assert migrations.is_relative_to(env_dir) and (migrations / "versions" / "0001_initial_schema.py").is_file()
    assert resources.is_relative_to(env_dir) and (resources / "fonts" / "wqy-microhei.ttc").is_file()
    assert (package.parent.parent / "ui" / "translations" / "bizcenter_zh_CN.qm").is_file() or not list(
        (ROOT / "ui" / "translations").glob("*.qm")), "built translations left out of the wheel"
    assert not [p for p in path if p == ROOT or p.is_relative_to(ROOT) and ".venv" not in p.parts]


def test_an_installed_copy_creates_fills_and_checks_a_database(installed):
    env_dir, env, work = installed
    program = env_dir / BIN / "bizcenter"
    _run(program, "--lang", "en", "init", env=env, cwd=work)
    assert "Demo staff" in _run(program, "--lang", "en", "demo", env=env, cwd=work)
    _run(program, "--lang", "en", "verify", env=env, cwd=work)
    assert (work / "centre.sqlite3").stat().st_size > 0
