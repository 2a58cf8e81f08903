"""The Travel tab (贵宾接送): the day board of today's and tomorrow's arrivals and departures in time order,
the ones needing action (unconfirmed close to the flight, disrupted, no car yet) highlighted; the steps on
the chosen movement (call, confirm, done, delay, follow-up, cancel) and its services put on the open bill."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout

from bizcenter.workflows import travel, travel_board
from bizcenter.workflows.codenames import travel_name

from .. import i18n
from ..modal import open_modal
from .common import LogTab, RowsTable
from .travel_forms import CallForm, CarForm, DisruptionForm, FollowUpForm, MovementForm

ATTENTION = QColor("#ffe1c4")


class TravelTab(LogTab):
    charged = Signal(list, str)  # the lines for the open bill, and a notice

    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.table = RowsTable("travelBoard")
        self.table.itemSelectionChanged.connect(self._enable)
        self.detail = QLabel(objectName="travelDetail", wordWrap=True)
        self.form = None
        self.buttons = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for key, row in (("new", row1), ("car", row1), ("call", row1), ("confirm", row1), ("done", row1),
                         ("disruption", row2), ("follow_up", row2), ("cancel", row2), ("charge", row2), ("print", row2)):
            self.buttons[key] = button = QPushButton(objectName=f"travel_{key}")
            button.clicked.connect(getattr(self, f"do_{key}"))
            row.addWidget(button)
        row1.addStretch(1)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        for key, text in (("new", self.tr("New movement…")), ("car", self.tr("Car…")),
                          ("call", self.tr("Log a call…")),
                          ("confirm", self.tr("Confirm")), ("done", self.tr("Done")),
                          ("disruption", self.tr("Delay or cancellation…")), ("follow_up", self.tr("Follow-up…")),
                          ("cancel", self.tr("Cancel movement…")), ("charge", self.tr("Put on the bill")),
                          ("print", self.tr("Print slip for the driver"))):
            self.buttons[key].setText(text)
        lang = i18n.current()
        needs = {"unconfirmed": self.tr("call to confirm"), "disrupted": self.tr("flight changed"),
                 "no_car": self.tr("car not known")}
        self.table.set_columns([
            (self.tr("Day"), lambda r: f"{r.day:%m-%d}"),
            (self.tr("Hotel time"), lambda r: f"{r.movement.expected_hotel:%H:%M}"),
            (self.tr("Airport time"), lambda r: f"{r.movement.expected_airport:%m-%d %H:%M} {r.movement.airport_code}"),
            (self.tr("Kind"), lambda r: travel_name(r.movement.direction, lang)),
            (self.tr("Guest"), lambda r: f"{r.movement.room} {r.movement.guest_name}".strip()),
            (self.tr("Flight"), lambda r: r.movement.flight),
            (self.tr("Route"), lambda r: f"{r.movement.from_airport[:3]} → {r.movement.to_airport[:3]}"),
            (self.tr("Pick-up"), lambda r: f"{r.movement.pickup_hotel:%H:%M}" if r.movement.pickup_hotel else ""),
            (self.tr("State"), lambda r: travel_name(r.movement.status, lang)),
            (self.tr("Needs"), lambda r: ", ".join(needs[a] for a in r.attention))])
        self._highlight()

    # --- reading -----------------------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        self.runner.start(lambda: desk.op(travel_board.board), self._loaded,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _loaded(self, rows) -> None:
        self.table.set_rows(rows)
        self._highlight()
        self._enable()

    def _highlight(self) -> None:
        for r, row in enumerate(self.table.rows):
            if row.attention:
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is not None:
                        item.setBackground(QBrush(ATTENTION))

    def _enable(self) -> None:
        row = self.table.chosen()
        state = row.movement.status if row else None
        self.buttons["call"].setEnabled(state in ("requested", "confirmed"))
        self.buttons["car"].setEnabled(state in ("requested", "confirmed"))
        self.buttons["confirm"].setEnabled(state == "requested")
        self.buttons["done"].setEnabled(state == "confirmed")
        self.buttons["disruption"].setEnabled(state in ("requested", "confirmed"))
        self.buttons["follow_up"].setEnabled(state == "done" and row.movement.rating is None)
        self.buttons["cancel"].setEnabled(state in ("requested", "confirmed"))
        self.buttons["charge"].setEnabled(state in ("requested", "confirmed", "done"))
        self.buttons["print"].setEnabled(state in ("requested", "confirmed"))
        self.detail.setText(self._describe(row.movement) if row else "")

    def _describe(self, m) -> str:
        lang = i18n.current()
        parts = [f"{m.ref}  {m.flight}  {m.from_airport} → {m.to_airport}"]
        if m.delayed:
            parts.append(self.tr("scheduled %1").replace("%1", f"{m.scheduled_airport:%m-%d %H:%M}"))
        car = " ".join(p for p in (m.car_type, m.car_plate, m.driver) if p)
        if car:
            parts.append(self.tr("car: %1").replace("%1", car))
        names = {"meet_greet": self.tr("Meet and greet"), "fast_track": self.tr("Fast track"), "lounge": self.tr("Lounge"),
                 "wheelchair": self.tr("Wheelchair")}
        extras = [names.get(s, s) for s in m.services] + ([m.assistance] if m.assistance else [])
        if extras:
            parts.append(", ".join(extras))
        parts.append(self.tr("%1 bags").replace("%1", str(m.bags)))
        if m.charged:
            parts.append(self.tr("on a receipt: %1").replace("%1", ", ".join(m.charged)))
        for e in m.events[-2:]:
            if e.kind == "call":
                parts.append(f"{e.at:%H:%M} {e.by} → {e.whom}: {travel_name(e.outcome, lang)}")
            else:
                acts = ", ".join(travel_name(a, lang) for a in e.actions)
                parts.append(f"{e.at:%H:%M} {travel_name(e.disruption, lang)} ({acts})")
        return " · ".join(parts)

    # --- steps -------------------------------------------------------------------------------------
    def _chosen(self):
        row = self.table.chosen()
        if row is None:
            self.message.error(self.tr("Choose a movement first."))
        return row.movement if row else None

    def _step(self, fn, *args, ok: str, trigger=None) -> None:
        desk, op = self.desk, self.station.op
        self.call(lambda: desk.op(fn, op, *args), lambda _: self.load(), trigger=trigger, ok=ok)

    def do_new(self) -> None:
        self.form = form = MovementForm(self.station.hotel_clock().now(), self)
        form.accepted.connect(lambda: self._step(travel.request, form.movement(), ok=self.tr("Movement booked.")))
        open_modal(form)

    def do_car(self) -> None:
        m = self._chosen()
        if m:
            self.form = form = CarForm(m, self)
            form.accepted.connect(lambda: self._step(travel.set_car, m.id, *form.values(), ok=self.tr("Car recorded.")))
            open_modal(form)

    def do_call(self) -> None:
        m = self._chosen()
        if m:
            self.form = form = CallForm(self)
            form.accepted.connect(lambda: self._step(travel.log_call, m.id, form.whom.text(), form.outcome.currentData(),
                                                     form.note.text(), ok=self.tr("Call logged.")))
            open_modal(form)

    def do_confirm(self) -> None:
        m = self._chosen()
        if m:
            self._step(travel.confirm, m.id, ok=self.tr("Movement confirmed."), trigger=self.buttons["confirm"])

    def do_done(self) -> None:
        m = self._chosen()
        if m:
            self._step(travel.complete, m.id, ok=self.tr("Movement done."), trigger=self.buttons["done"])

    def do_disruption(self) -> None:
        m = self._chosen()
        if m:
            self.form = form = DisruptionForm(m.expected_airport, self)
            form.accepted.connect(lambda: self._step(travel.disruption, m.id, *form.values(),
                                                     ok=self.tr("Flight change recorded.")))
            open_modal(form)

    def do_follow_up(self) -> None:
        m = self._chosen()
        if m:
            self.form = form = FollowUpForm(self)
            form.accepted.connect(lambda: self._step(travel.follow_up, m.id, form.rating.value(), form.feedback.text(),
                                                     ok=self.tr("Feedback recorded.")))
            open_modal(form)

    def do_cancel(self, reason: str | None = None) -> None:
        m = self._chosen()
        if not m:
            return
        if not isinstance(reason, str):
            reason, ok = QInputDialog.getText(self, self.tr("Cancel movement"), self.tr("Why is it cancelled?"))
            if not ok:
                return
        self._step(travel.cancel, m.id, reason, ok=self.tr("Movement cancelled."), trigger=self.buttons["cancel"])

    def do_charge(self) -> None:
        m = self._chosen()
        if m:
            desk = self.desk
            note = self.tr("%1: travel services put on the bill.").replace("%1", m.ref)
            self.call(lambda: desk.op(travel_board.charge_lines, m.id), lambda lines: self.charged.emit(lines, note),
                      trigger=self.buttons["charge"], ok=note)

    def do_print(self) -> None:
        m = self._chosen()
        if m:
            desk, op = self.desk, self.station.op
            self.call(lambda: desk.print_travel_slip(op, m.id), self._printed, trigger=self.buttons["print"])

    def _printed(self, job) -> None:
        if job.status == "done":
            self.message.info(self.tr("Movement slip printed."))
        else:
            self.message.error(" ".join(p for p in (self.tr("The movement slip was not printed."), job.last_error or "") if p))
