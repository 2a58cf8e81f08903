"""Several processes printing for the first time at the same moment (counters started together).

python-escpos keeps its printer-capabilities table as a pickle in a cache folder; a process that
found it half-written failed its print with "EOFError: Ran out of input". Each child here starts
with an empty cache folder, waits for the same instant, then prints one slip to a capture file.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = r"""
import sys, time
from bizcenter.printing.escpos_out import Slip, print_slips
from bizcenter.printing.target import parse_url

start, out = float(sys.argv[1]), sys.argv[2]
time.sleep(max(0.0, start - time.time()))
print_slips([Slip(("示例大酒店", "收据 RECEIPT", "合计 TOTAL CNY      ￥12.00"))], parse_url("file:" + out))
"""


def _children(tmp_path: Path, count: int, extra_env: dict[str, str]) -> list[tuple[int, str, Path]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ESCPOS_")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # a cache folder no process has used yet
    env.update(extra_env)
    start = time.time() + 3.0  # every child has imported the app by then and waits for this instant
    runs = []
    for n in range(count):
        out = tmp_path / f"slip{n}.bin"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, repr(start), str(out)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        runs.append((proc, out))
    results = []
    for proc, out in runs:
        output, _ = proc.communicate(timeout=60)
        results.append((proc.returncode, output, out))
    return results


def _assert_all_printed(results) -> None:
    failed = [(code, output[-400:]) for code, output, _ in results if code != 0]
    assert not failed, f"{len(failed)} of {len(results)} jobs failed: {failed}"
    for _, _, out in results:
        data = out.read_bytes()
        assert "示例大酒店".encode("gb18030") in data and data.endswith(b"\x1dV\x00")


@pytest.mark.parametrize("rounds", [0, 1])
def test_five_processes_printing_for_the_first_time_at_once_all_print(tmp_path, rounds):
    """First round: empty cache folder; second round: the cache the first round left behind."""
    for n in range(rounds + 1):
        _assert_all_printed(_children(tmp_path, 5, {}))


def test_a_shared_escpos_cache_folder_set_by_the_installer_is_safe_too(tmp_path):
    shared = tmp_path / "escpos-cache"
    shared.mkdir()
    _assert_all_printed(_children(tmp_path, 5, {"ESCPOS_CAPABILITIES_PICKLE_DIR": str(shared)}))
    assert list(shared.glob("*.capabilities.pickle")), "the cache is kept for the next start"


def test_a_cache_file_left_damaged_is_rewritten_and_the_slip_prints(tmp_path):
    """An older version that lost power while writing the cache left it cut short."""
    import platform

    shared = tmp_path / "escpos-cache"
    shared.mkdir()
    damaged = shared / f"{platform.python_version()}.capabilities.pickle"
    damaged.write_bytes(b"\x80\x02}q\x00(X")
    future = time.time() + 3600  # newer than the JSON: python-escpos would trust it
    os.utime(damaged, (future, future))
    _assert_all_printed(_children(tmp_path, 1, {"ESCPOS_CAPABILITIES_PICKLE_DIR": str(shared)}))
