"""The link to the PMS: connect, hand-shake, keep alive, reconnect, and hand each record to its owner.

FIAS link control (see `frames` for the source read): the PMS opens with Link Start `LS`; we answer
with our Link Description `LD` and one Link Record `LR` per record type we use (its field list `FL`),
then Link Alive `LA`; the link is up when the PMS answers `LA`. We send `LA` when the line has been
quiet for `keepalive` seconds and drop the connection if nothing came back for three times that.
A Link End `LE` or a lost connection means: buffer the postings (they are `queued`) and reconnect,
with a back-off that doubles up to `backoff_max`. Once up again, the link resyncs the in-house list
(`DR`) and only then sends what is still open, each posting under its own `P#`.

The link's state (down / connecting / up, since when, the last alive record, the last error) is
written to `pms_link_state` so `bizcenter pms status` and the counter see it.
"""
from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlsplit

from ..db.unit import unit_of_work
from ..errors import InvalidInput
from ..hoteltime import HotelClock
from ..models import PmsLinkState, utcnow
from ..workflows.settings import load_settings
from . import inhouse, postings
from .frames import Record, StreamDecoder, encode, record

LINK_RECORDS = {  # what we send and expect, as the LR records describe them
    "PS": "RNTAP#PTSOGNDATI", "PA": "ASRNP#CTDATI", "GI": "RNG#GNGAGDNPCL", "GO": "RNG#GS", "GC": "RNG#GNGAGDNPCL",
    "DR": "DATI", "DS": "DATI", "DE": "DATI",
}


def parse_address(address: str) -> tuple[str, int]:
    parts = urlsplit(address.strip())
    if parts.scheme != "tcp" or not parts.hostname or not parts.port:
        raise InvalidInput("pms_link_address", "PMS 接口地址须为 tcp://主机:端口，而不是 {a}",
                           "The PMS link must be tcp://host:port, not {a}", a=address)
    return parts.hostname, parts.port


class PmsLink:
    def __init__(self, address: str, engine, *, outlet: str = "BC", keepalive: float = 20.0,
                 backoff_max: float = 5.0, name: str = "pms", connect_timeout: float = 2.0):
        self.address, self.engine, self.outlet, self.name = address, engine, outlet, name
        self.host, self.port = parse_address(address)
        self.keepalive, self.backoff_max, self.connect_timeout = keepalive, backoff_max, connect_timeout
        self.up = threading.Event()
        self.resynced = threading.Event()
        self.unknown_answers = 0
        self.duplicate_answers = 0
        self._sock: socket.socket | None = None
        self._send_lock = threading.Lock()
        self._waiters: dict[int, threading.Event] = {}
        self._stop = threading.Event()
        self._listed: set[str] | None = None
        self._thread = threading.Thread(target=self._run, name=f"pms-link-{name}", daemon=True)

    # --- control ------------------------------------------------------------------------------
    def start(self) -> "PmsLink":
        self._state("connecting")
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self.up.is_set():
            self.send(record("LE", **self._stamp()))
        self._close()
        self._thread.join(3)
        self._state("down")

    def send(self, rec: Record) -> bool:
        with self._send_lock:
            sock = self._sock
            if sock is None:
                return False
            try:
                sock.sendall(encode(rec))
                return True
            except OSError:
                return False

    def expect(self, seq: int) -> threading.Event:
        event = self._waiters.setdefault(seq, threading.Event())
        return event

    def forget(self, seq: int) -> None:
        self._waiters.pop(seq, None)

    def resync(self) -> bool:
        """Ask for the whole in-house list (`DR`); the answer is applied as it comes."""
        self.resynced.clear()
        return self.send(record("DR", **self._stamp()))

    # --- the loop -----------------------------------------------------------------------------
    def _run(self) -> None:
        delay = 0.1
        while not self._stop.is_set():
            try:
                sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
            except OSError as exc:
                self._state("down", error=str(exc))
                self._stop.wait(delay)
                delay = min(delay * 2, self.backoff_max)
                continue
            delay = 0.1
            sock.settimeout(min(0.2, self.keepalive / 4))
            with self._send_lock:
                self._sock = sock
            self._state("connecting")
            try:
                self._read(sock)
            except OSError as exc:
                self._state("down", error=str(exc))
            self._close()
            if not self._stop.is_set():
                self._state("down", error=self._last_error or "connection closed")
                self._stop.wait(delay)

    _last_error: str | None = None

    def _read(self, sock: socket.socket) -> None:
        decoder = StreamDecoder()
        heard = time.monotonic()
        asked = heard
        while not self._stop.is_set():
            try:
                data = sock.recv(4096)
            except socket.timeout:
                now = time.monotonic()
                if now - heard > 3 * self.keepalive:
                    self._last_error = "no link alive from the PMS"
                    return
                if self.up.is_set() and now - max(heard, asked) > self.keepalive:
                    asked = now
                    self.send(record("LA", **self._stamp()))
                continue
            if not data:
                self._last_error = "the PMS closed the connection"
                return
            heard = time.monotonic()
            for rec in decoder.feed(data):
                if self._handle(rec) is False:
                    return

    def _handle(self, rec: Record):
        t = rec.type
        if t == "LS":
            self.up.clear()
            self.send(record("LD", **self._stamp(), **{"V#": "1.0"}, IF="BC"))
            for kind, fields in LINK_RECORDS.items():
                self.send(record("LR", RI=kind, FL=fields))
            self.send(record("LA", **self._stamp()))
        elif t == "LA":
            self._state("up", alive=True)
            if not self.up.is_set():
                self.up.set()
                threading.Thread(target=self._catch_up, name="pms-catch-up", daemon=True).start()
        elif t == "LE":
            self._last_error = "link end from the PMS"
            return False
        elif t == "PA":
            self._answer(rec)
        elif t == "DS":
            self._listed = set()
        elif t == "DE":
            listed, self._listed = self._listed or set(), None
            unit_of_work(self.engine, lambda s: inhouse.finish_resync(s, listed))
            self.resynced.set()
        elif t in ("GI", "GC", "GO"):
            reservation = unit_of_work(self.engine, lambda s: inhouse.apply(s, rec))
            if self._listed is not None and reservation and t != "GO":
                self._listed.add(reservation)
        return None

    def _answer(self, rec: Record) -> None:
        result = unit_of_work(self.engine, lambda s: postings.apply_answer(s, rec))
        if result == "unknown":
            self.unknown_answers += 1
            return
        if result == "duplicate":
            self.duplicate_answers += 1
        event = self._waiters.get(int(rec.get("P#")))
        if event is not None:
            event.set()
        if result == "ok":  # an answer that came after its sale was given up is corrected at once
            self.send_open(only_corrections=True)

    def _catch_up(self) -> None:
        """Once up: resync the in-house list, then send what is open (queued, unanswered, corrections)."""
        if self.resync():
            self.resynced.wait(10)
        self.send_open()

    def send_open(self, only_corrections: bool = False) -> int:
        """Send every open posting under its own number; returns how many went out."""
        def collect(s):
            postings.late_corrections(s)
            postings.ledger_corrections(s)
            rows = postings.to_send(s)
            if only_corrections:
                rows = [r for r in rows if r.kind == "correction"]
            return [(r.seq, postings.ps_record(s, r, self.outlet)) for r in rows]

        sent = 0
        for seq, ps in unit_of_work(self.engine, collect):
            if not self.up.is_set() or not self.send(ps):
                break
            unit_of_work(self.engine, lambda s: postings.mark_sent(s, seq))
            sent += 1
        return sent

    # --- bookkeeping --------------------------------------------------------------------------
    _clock = None

    def _stamp(self) -> dict:
        """`DA`/`TI` of link records: the hotel's wall clock (its zone from the settings, read once)."""
        if self._clock is None:
            try:
                self._clock = unit_of_work(self.engine, lambda s: load_settings(s).clock)
            except Exception:  # no settings readable: the default hotel zone, never the machine's
                self._clock = HotelClock.of("Asia/Shanghai")
        now = self._clock.now()
        return {"DA": now.strftime("%y%m%d"), "TI": now.strftime("%H%M%S")}

    def _close(self) -> None:
        self.up.clear()
        with self._send_lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def _state(self, state: str, error: str | None = None, alive: bool = False) -> None:
        def write(s):
            now = utcnow()
            row = s.get(PmsLinkState, self.name)
            if row is None:
                row = PmsLinkState(name=self.name, address=self.address, state=state, since=now, updated_at=now)
                s.add(row)
            if row.state != state:
                row.state, row.since = state, now
            row.address, row.updated_at = self.address, now
            if alive:
                row.last_alive_at = now
            if error:
                row.last_error = error[:200]
        try:
            unit_of_work(self.engine, write)
        except Exception:  # the link's bookkeeping must not stop the link
            pass


