"""Notices at sign-in: the supervisor's notices this person has not acknowledged, newest first, in one
dialog; each has its own "I have read this" tick, and Continue (enabled once every one is ticked) records
the acknowledgements and goes on to the counter. Sign out leaves them unread for next time."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from bizcenter.workflows import notices

from . import i18n
from .widgets import MessageLine, dialog_frame


class NoticesDialog(QDialog):
    def __init__(self, station, runner, waiting, parent=None):
        super().__init__(parent)
        self.setObjectName("noticesDialog")
        self.station, self.runner, self.waiting = station, runner, list(waiting)
        self.setModal(True)
        self.resize(760, 560)
        self.intro = QLabel(objectName="noticesIntro", wordWrap=True)
        body = QWidget()
        column = QVBoxLayout(body)
        self.ticks: list[QCheckBox] = []
        self.texts: list[tuple[QLabel, QLabel]] = []
        for n, notice in enumerate(self.waiting):
            frame = QFrame(objectName=f"notice_{n}")
            frame.setFrameShape(QFrame.StyledPanel)
            box = QVBoxLayout(frame)
            head, text = QLabel(wordWrap=True), QLabel(wordWrap=True)
            head.setProperty("type", "heading")
            tick = QCheckBox(objectName=f"noticeRead_{n}")
            tick.toggled.connect(self._ticked)
            for w in (head, text, tick):
                box.addWidget(w)
            column.addWidget(frame)
            self.ticks.append(tick)
            self.texts.append((head, text))
        column.addStretch()
        scroll = QScrollArea(objectName="noticesScroll", widgetResizable=True)
        scroll.setWidget(body)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setObjectName("noticesContinue")
        self.buttons.button(QDialogButtonBox.Cancel).setObjectName("noticesSignOut")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        dialog_frame(self)
        self.retranslate()
        self._ticked()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notices from your supervisor"))
        self.intro.setText(self.tr("Read each notice and tick that you have read it before you go to the counter."))
        lang = i18n.current()
        kinds = {"meeting": self.tr("Meeting contents"), "procedure": self.tr("New procedure"), "other": self.tr("Notice")}
        clock = self.station.hotel_clock()
        for notice, tick, (head, text) in zip(self.waiting, self.ticks, self.texts):
            head.setText(f"{notice.title(lang)}")
            text.setText(f"{kinds.get(notice.kind, '')} · {notice.posted_by} · {clock.text(notice.posted_at)}\n\n"
                         f"{notice.body(lang)}")
            tick.setText(self.tr("I have read this"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Sign out"))

    def _ticked(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(all(t.isChecked() for t in self.ticks))

    def submit(self) -> None:
        if not all(t.isChecked() for t in self.ticks):
            return
        desk, staff_id, ids = self.station.desk, self.station.staff.id, [n.id for n in self.waiting]
        self.runner.start(lambda: desk.op(notices.acknowledge, staff_id, ids), lambda _: self.accept(),
                          lambda e: self.message.error(i18n.error_text(e)),
                          trigger=self.buttons.button(QDialogButtonBox.Ok))
