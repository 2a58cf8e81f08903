"""`bizcenter pms simulate` starts with in-house guests — a front-office guest file, or the demo's — so
the demo can charge rooms: a link pointed at it lists them after its resync."""
from __future__ import annotations

import socket
import subprocess
import sys
import time

from sqlalchemy import select

from bizcenter.models import Stay
from bizcenter.pms.link import PmsLink
from bizcenter.pms.simulator import guests_from_rows
from scenario import build_world

CSV = """folio,room,guest_names,arrival,departure,status,vip,no_post,credit_limit
RS1,1501,"Smith, John;Smith, Jane",2026-12-05,2026-12-09,in_house,N,N,
RS2,2202,García López,2026-12-06,2026-12-08,in_house,N,Y,
RS3,0815,Tanaka Hiroshi,2026-12-05,2026-12-08,in_house,N,N,2000.00
RS4,0909,Left Already,2026-12-01,2026-12-05,checked_out,N,N,
"""


def test_guests_come_from_the_front_office_file_checked_out_rows_left_out():
    import csv
    import io

    guests = {g.room: g for g in guests_from_rows(csv.DictReader(io.StringIO(CSV)))}
    assert sorted(guests) == ["0815", "1501", "2202"]
    assert guests["1501"].name == "Smith, John" and guests["1501"].reservation == "RS1"
    assert (guests["1501"].arrival, guests["1501"].departure) == ("261205", "261209")
    assert guests["2202"].no_post and not guests["1501"].no_post
    assert guests["0815"].credit_limit_minor == 200000 and guests["1501"].credit_limit_minor is None


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_the_simulator_command_serves_its_guests_to_the_link(engine, db_url, tmp_path):
    guests = tmp_path / "guests.csv"
    guests.write_text(CSV, encoding="utf-8")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from bizcenter.cli import main; sys.exit(main())",
                             "--db", db_url, "pms", "simulate", "--port", str(port), "--guests", str(guests)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert f"port {port}" in line and "1501 Smith, John" in line and "0909" not in line
        w = build_world(engine)
        link = PmsLink(f"tcp://127.0.0.1:{port}", w.engine, keepalive=0.5, backoff_max=0.2).start()
        try:
            assert link.resynced.wait(10)
        finally:
            link.stop()
        rooms = w.run(lambda s: sorted(s.scalars(select(Stay.room).where(Stay.external_ref.like("PMS:%"),
                                                                         Stay.status == "in_house"))))
        assert rooms == ["0815", "1501", "2202"]
    finally:
        proc.terminate()
        proc.wait(10)
