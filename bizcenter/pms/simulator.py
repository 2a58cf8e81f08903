"""A PMS on a TCP port, written from the FIAS specification, for the tests and the demo.

It plays the hotel's side of the link (see `frames` for what is followed): on connect it sends Link
Start `LS`; the other system answers with its Link Description `LD`, Link Records `LR` and a Link
Alive `LA`, which it answers with `LA`. It keeps the in-house guests and sends Guest In `GI`, Guest
Out `GO` and Guest Change `GC` as they happen; a Database Resync request `DR` is answered with `DS`,
one `GI` per in-house guest, and `DE`. A Posting Simple `PS` is answered with a Posting Answer `PA`
carrying the same `P#` and an answer status `AS`: `OK`, or `NG` with clear text `CT` saying why
(no such guest, no-post, credit limit). A `P#` it has already posted is answered again with its first
answer and is never posted twice — the PMS's duplicate check by posting sequence number, which is what
lets the link ask again safely after an answer was lost.

The knobs (plain attributes) make the failures the link must survive: drop the connection mid-posting,
answer late, answer twice, answer out of order, send garbage, answer an unknown P#, check the guest out
while a posting is in flight.
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone

from .frames import Record, StreamDecoder, encode, record

NO_SUCH_GUEST, NO_POST, CREDIT = "NO SUCH GUEST", "NO POST", "CREDIT LIMIT"


@dataclass
class Guest:
    room: str
    reservation: str  # G#
    name: str
    arrival: str = "261201"  # YYMMDD
    departure: str = "261231"
    no_post: bool = False
    credit_limit_minor: int | None = None
    balance_minor: int = 0


@dataclass(frozen=True)
class Posted:
    seq: int
    room: str
    amount_minor: int


def _stamp() -> dict:
    now = datetime.now(timezone.utc)
    return {"DA": now.strftime("%y%m%d"), "TI": now.strftime("%H%M%S")}


class PmsSimulator:
    def __init__(self, guests: list[Guest] | tuple = (), host: str = "127.0.0.1", port: int = 0):
        self.guests: dict[str, Guest] = {g.room: g for g in guests}
        self.posted: list[Posted] = []  # what the PMS's folios hold, in order
        self.answers: dict[int, Record] = {}  # P# → the answer it gave
        self.received: list[Record] = []
        # knobs
        self.drop_on_posting = False  # close the connection when a PS arrives (after posting it if post_before_drop)
        self.post_before_drop = True
        self.answer_delay = 0.0
        self.answer_twice = False
        self.hold_answers = 0  # keep this many answers back, then send them newest first
        self.garbage = False  # noise before each record sent
        self.unknown_answer = False  # an extra PA for a P# nobody sent, before each real answer
        self.checkout_on_posting: str | None = None  # this room checks out as its posting arrives
        self.silent = False  # receive postings but never answer
        self._lock = threading.RLock()
        self._held: list[Record] = []
        self._server = socket.create_server((host, port))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._conn: socket.socket | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="pms-simulator", daemon=True)
        self.connections = 0

    # --- control ------------------------------------------------------------------------------
    def start(self) -> "PmsSimulator":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._server.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def drop(self) -> None:
        """Cut the current connection (a cable pulled, a PMS restart)."""
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                self._conn.close()
                self._conn = None

    def check_in(self, guest: Guest) -> None:
        with self._lock:
            self.guests[guest.room] = guest
            self._send(self._gi("GI", guest))

    def check_out(self, room: str) -> None:
        with self._lock:
            guest = self.guests.pop(room, None)
            if guest is not None:
                self._send(record("GO", RN=guest.room, **{"G#": guest.reservation}, GS="N", **_stamp()))

    def change(self, room: str, **changes) -> None:
        with self._lock:
            guest = self.guests[room]
            for k, v in changes.items():
                setattr(guest, k, v)
            self._send(self._gi("GC", guest))

    def total_posted(self, room: str | None = None) -> int:
        return sum(p.amount_minor for p in self.posted if room is None or p.room == room)

    # --- the line -----------------------------------------------------------------------------
    def _gi(self, kind: str, g: Guest) -> Record:
        return record(kind, RN=g.room, **{"G#": g.reservation}, GN=g.name, GA=g.arrival, GD=g.departure,
                      NP="Y" if g.no_post else "N",
                      CL="" if g.credit_limit_minor is None else g.credit_limit_minor, **_stamp())

    def _send(self, rec: Record) -> None:
        with self._lock:
            conn = self._conn
            if conn is None:
                return
            data = (b"\x00\xffNOISE\x03|" if self.garbage else b"") + encode(rec)
            try:
                conn.sendall(data)
            except OSError:
                pass

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except (socket.timeout, OSError):
                continue
            with self._lock:
                self._conn = conn
                self.connections += 1
            conn.settimeout(0.2)
            decoder = StreamDecoder()
            self._send(record("LS", **_stamp()))
            while not self._stop.is_set():
                try:
                    data = conn.recv(4096)
                except socket.timeout:
                    continue
                except OSError:
                    break
                if not data:
                    break
                for rec in decoder.feed(data):
                    self.received.append(rec)
                    self._handle(rec)
                if self._conn is not conn:
                    break
            with self._lock:
                if self._conn is conn:
                    self._conn = None
            conn.close()

    def _handle(self, rec: Record) -> None:
        if rec.type in ("LD", "LA"):
            self._send(record("LA", **_stamp()))
        elif rec.type == "DR":
            with self._lock:
                self._send(record("DS", **_stamp()))
                for g in list(self.guests.values()):
                    self._send(self._gi("GI", g))
                self._send(record("DE", **_stamp()))
        elif rec.type == "PS":
            self._posting(rec)

    def _posting(self, rec: Record) -> None:
        try:
            seq = int(rec.get("P#") or "")
            amount = int(rec.get("TA") or "")
        except ValueError:
            self._answer(record("PA", AS="UR", RN=rec.get("RN", ""), **{"P#": rec.get("P#", "")},
                                CT="UNPROCESSABLE REQUEST", **_stamp()))
            return
        room = rec.get("RN") or ""
        with self._lock:
            if self.checkout_on_posting == room:
                self.checkout_on_posting = None
                self.check_out(room)
            answer = self.answers.get(seq)
            if answer is None:
                answer = self._decide(seq, room, amount)
                self.answers[seq] = answer
            drop, self.drop_on_posting = self.drop_on_posting, False
        if drop:
            if not self.post_before_drop:
                with self._lock:  # never reached the folio: forget it, as a PMS that lost the record would
                    self.answers.pop(seq, None)
                    self.posted = [p for p in self.posted if p.seq != seq]
            self.drop()
            return
        if self.silent:
            return
        if self.answer_delay:
            threading.Timer(self.answer_delay, self._answer, (answer,)).start()
        else:
            self._answer(answer)

    def _decide(self, seq: int, room: str, amount: int) -> Record:
        guest = self.guests.get(room)
        refusal = None
        if guest is None:
            refusal = NO_SUCH_GUEST
        elif guest.no_post and amount > 0:
            refusal = NO_POST
        elif guest.credit_limit_minor is not None and guest.balance_minor + amount > guest.credit_limit_minor:
            refusal = CREDIT
        if refusal:
            return record("PA", AS="NG", RN=room, **{"P#": seq}, CT=refusal, **_stamp())
        guest.balance_minor += amount
        self.posted.append(Posted(seq, room, amount))
        return record("PA", AS="OK", RN=room, **{"P#": seq}, CT="POSTED", **_stamp())

    def _answer(self, answer: Record) -> None:
        if self.unknown_answer:
            self._send(record("PA", AS="OK", RN="0000", **{"P#": 99_999_999}, CT="POSTED"))
        with self._lock:
            if self.hold_answers:
                self._held.append(answer)
                if len(self._held) < self.hold_answers:
                    return
                batch, self._held = list(reversed(self._held)), []
            else:
                batch = [answer]
        for a in batch:
            self._send(a)
            if self.answer_twice:
                self._send(a)


def guests_from_rows(rows) -> list[Guest]:
    """In-house guests from rows of the front office's guest file (the CSV `bizcenter guests import`
    reads: folio, room, guest_names, arrival, departure, status, no_post, credit_limit); the first name
    of each room, checked-out rows left out."""
    from ..money import to_minor

    guests = []
    for r in rows:
        if (r.get("status") or "in_house").strip() not in ("", "in_house"):
            continue
        name = (r.get("guest_names") or "").split(";")[0].strip()
        limit = (r.get("credit_limit") or "").strip()
        guests.append(Guest(r["room"].strip(), (r.get("folio") or r["room"]).strip(), name,
                            date.fromisoformat(r["arrival"]).strftime("%y%m%d"),
                            date.fromisoformat(r["departure"]).strftime("%y%m%d"),
                            no_post=(r.get("no_post") or "").strip().upper() in ("Y", "YES", "1"),
                            credit_limit_minor=to_minor(limit) if limit else None))
    return guests


def serve_forever(port: int, guests=()) -> None:
    """`bizcenter pms simulate`: run until interrupted."""
    sim = PmsSimulator(list(guests), host="0.0.0.0", port=port).start()
    try:
        while True:
            time.sleep(1)
    finally:
        sim.stop()
