"""The shift-close screen's list of internet sessions (and phone calls) handed over to the next shift.

They are not stopped or billed at the close: they stay open (or stopped, waiting for their bill) and
the next shift's clerk stops and bills them from the running panel (calls: from the phone dialog). "Add to the handover note"
writes them into the note the next clerk must acknowledge.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from bizcenter.workflows import calls
from bizcenter.workflows import internet as internet_flow

from .. import i18n


class InternetHandoverBox(QGroupBox):
    def __init__(self, station, runner, note_edit, parent=None):
        super().__init__(parent, objectName="internetHandover")
        self.station, self.runner, self.note_edit = station, runner, note_edit
        self.sessions, self.calls, self.tz = [], [], None
        self.list = QLabel(objectName="internetHandoverList", wordWrap=True)
        self.to_note = QPushButton(objectName="internetToNote")
        self.to_note.clicked.connect(self.add_to_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.to_note, 0, Qt.AlignLeft)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Internet sessions and calls handed over to the next shift"))
        self.to_note.setText(self.tr("Add them to the handover note"))

    def load(self) -> None:
        if self.station.counter_id is None:
            return
        desk, counter_id = self.station.desk, self.station.counter_id
        self.runner.start(lambda: (desk.op(internet_flow.open_sessions_for_handover, counter_id), desk.op(calls.waiting, counter_id),
                                   desk.settings().tz), self._show,
                          lambda e: self.list.setText(i18n.error_text(e)))

    def lines(self) -> list[str]:
        out, internet, phone = [], self.tr("Internet"), self.tr("Phone")
        for s in self.sessions:
            who = s.guest_name if s.room is None else f"{s.room} {s.guest_name}"
            state = self.tr("open since %1") if s.status == "open" else self.tr("stopped, not yet billed (since %1)")
            flag = (" · " + self.tr("RUNNING OVER %1 H — ask the guest").replace("%1", str(s.alert_hours))
                    if s.flagged else "")
            out.append(f"{internet} {s.account} · {who} · "
                       + state.replace("%1", s.started_at.astimezone(self.tz).strftime("%m-%d %H:%M")) + flag)
        for c in self.calls:
            state = (self.tr("timer running since %1").replace("%1", c.started_at.astimezone(self.tz).strftime("%H:%M"))
                     if c.status == "running" else self.tr("ended, not yet billed"))
            out.append(f"{phone} {c.number} · {c.country_en} · {state}")
        return out

    def _show(self, result) -> None:
        self.sessions, self.calls, self.tz = result
        self.list.setText("\n".join(self.lines()))
        self.setVisible(bool(self.sessions or self.calls))

    def add_to_note(self) -> None:
        text = self.note_edit.toPlainText().rstrip()
        added = "\n".join(line for line in self.lines() if line not in text)
        if added:
            self.note_edit.setPlainText(f"{text}\n{added}".strip())
