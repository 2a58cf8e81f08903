"""Notices: the supervisor writes a notice (meeting contents, a new procedure) in Chinese, English or both,
for all clerks or for chosen staff, and may withdraw it; beside each notice, who has read it (when) and
who has not. Clerks acknowledge at sign-in (ui/noticeack.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout)

from bizcenter.workflows import notices, staffadmin

from .. import i18n
from .common import RowsModel, Screen, selected, table


class NoticesPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.kind = QComboBox(objectName="noticeKind")
        self.title_zh = QLineEdit(objectName="noticeTitleZh")
        self.body_zh = QPlainTextEdit(objectName="noticeBodyZh")
        self.title_en = QLineEdit(objectName="noticeTitleEn")
        self.body_en = QPlainTextEdit(objectName="noticeBodyEn")
        for body in (self.body_zh, self.body_en):
            body.setTabChangesFocus(True)
        self.all_clerks = QRadioButton(objectName="noticeAllClerks", checked=True)
        self.chosen = QRadioButton(objectName="noticeChosen")
        self.audience = QButtonGroup(self)
        self.audience.addButton(self.all_clerks)
        self.audience.addButton(self.chosen)
        self.people = QListWidget(objectName="noticeReaders")
        self.people.setEnabled(False)
        self.chosen.toggled.connect(self.people.setEnabled)
        self.post_button = QPushButton(objectName="postNotice")
        self.post_button.setProperty("primary", True)
        self.post_button.clicked.connect(self.post)
        self.withdraw_button = QPushButton(objectName="withdrawNotice")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.list = RowsModel()
        self.list_view = table("noticeList", self.list, 1)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self._show_readers())
        self.readers = RowsModel()
        self.readers_view = table("noticeReadStatus", self.readers, 0)
        self.text = QLabel(objectName="noticeText", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.unread = QLabel(objectName="noticeUnread", wordWrap=True)
        self.form_box, self.list_box = QGroupBox(), QGroupBox()
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout(self.form_box)
        for label, w in zip(self.labels, (self.kind, self.title_zh, self.body_zh, self.title_en, self.body_en)):
            form.addRow(label, w)
        who = QHBoxLayout()
        who.addWidget(self.all_clerks)
        who.addWidget(self.chosen)
        form.addRow(self.labels[5], who)
        form.addRow(self.people)
        form.addRow(self.post_button)
        self.form_box.setMaximumWidth(470)
        right = QVBoxLayout(self.list_box)
        right.addWidget(self.list_view, 3)
        right.addWidget(self.text)
        right.addWidget(self.unread)
        right.addWidget(self.readers_view, 2)
        right.addWidget(self.withdraw_button, 0, Qt.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.form_box)
        row.addWidget(self.list_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Kind"), self.tr("Title (Chinese)"), self.tr("Text (Chinese)"),
                                             self.tr("Title (English)"), self.tr("Text (English)"),
                                             self.tr("Who must read it"))):
            label.setText(text)
        kinds = {"meeting": self.tr("Meeting contents"), "procedure": self.tr("New procedure"), "other": self.tr("Other")}
        current = self.kind.currentData()
        self.kind.clear()
        for code, name in kinds.items():
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.all_clerks.setText(self.tr("All clerks"))
        self.chosen.setText(self.tr("Chosen staff"))
        self.post_button.setText(self.tr("Post notice"))
        self.withdraw_button.setText(self.tr("Withdraw the selected notice"))
        self.form_box.setTitle(self.tr("New notice (one language is enough)"))
        self.list_box.setTitle(self.tr("Notices and who has read them"))
        rows = self.list_view.selectionModel().selectedRows()
        keep = rows[0].row() if rows else None  # a change of language keeps the notice shown
        lang = i18n.current()
        when = lambda t: f"{t:%Y-%m-%d %H:%M}" if t else ""  # noqa: E731  (already on the hotel's clock)
        self.list.set_columns([
            (self.tr("Posted"), lambda s: when(s.notice.posted_at)), (self.tr("Title"), lambda s: s.notice.title(lang)),
            (self.tr("Kind"), lambda s: kinds.get(s.notice.kind, s.notice.kind)),
            (self.tr("For"), lambda s: self.tr("All clerks") if s.notice.audience == "clerks" else self.tr("Chosen staff")),
            (self.tr("Read"), lambda s: f"{len(s.readers) - len(s.unread)}/{len(s.readers)}"),
            (self.tr("State"), lambda s: self.tr("withdrawn %1").replace("%1", when(s.notice.withdrawn_at))
             if s.notice.withdrawn_at else self.tr("in force"))])
        self.readers.set_columns([
            (self.tr("Staff"), lambda r: f"{r.code} {r.name}"),
            (self.tr("Read at"), lambda r: when(r.acknowledged_at) if r.acknowledged_at else self.tr("not read yet"))])
        if keep is not None:
            self.list_view.selectRow(keep)
        self._show_readers()

    def load(self) -> None:
        desk, me = self.desk, self.me
        self.call(lambda: (desk.op(notices.board, me), desk.op(staffadmin.list_staff, me)), self._loaded)

    def refresh(self) -> None:
        desk, me = self.desk, self.me
        self.call(lambda: desk.op(notices.board, me), self._show_board)

    def _loaded(self, result) -> None:
        board, people = result
        self.people.clear()
        for p in people:
            if p.active:
                item = QListWidgetItem(f"{p.code} {p.name}")
                item.setData(Qt.UserRole, p.id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
                self.people.addItem(item)
        self._show_board(board)

    def _show_board(self, board) -> None:
        keep = getattr(selected(self.list_view), "notice", None)
        self.list.set_rows(board)
        for i, status in enumerate(board):
            if keep is not None and status.notice.id == keep.id or keep is None and i == 0:
                self.list_view.selectRow(i)
                break
        self._show_readers()

    def _show_readers(self) -> None:
        status = selected(self.list_view)
        self.readers.set_rows(status.readers if status else [])
        self.withdraw_button.setEnabled(bool(status and status.notice.withdrawn_at is None))
        if status is None:
            self.text.clear()
            self.unread.clear()
            return
        lang = i18n.current()
        self.text.setText(f"<b>{_esc(status.notice.title(lang))}</b> · {_esc(status.notice.posted_by)}<br>"
                          + _esc(status.notice.body(lang)).replace("\n", "<br>"))
        names = ", ".join(r.name for r in status.unread)
        self.unread.setText(self.tr("Not read yet: %1").replace("%1", names) if names else self.tr("Everyone has read it."))

    def chosen_ids(self) -> list[int] | None:
        if not self.chosen.isChecked():
            return None
        return [self.people.item(i).data(Qt.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.Checked]

    def post(self) -> None:
        desk, me = self.desk, self.me
        args = (self.kind.currentData(), self.title_zh.text(), self.body_zh.toPlainText(), self.title_en.text(),
                self.body_en.toPlainText(), self.chosen_ids())
        self.call(lambda: (desk.op(notices.post, me, *args), desk.op(notices.board, me))[1], self._posted,
                  trigger=self.post_button, ok=self.tr("Notice posted: each reader acknowledges it at sign-in."))

    def _posted(self, board) -> None:
        for w in (self.title_zh, self.title_en, self.body_zh, self.body_en):
            w.clear()
        self.list_view.clearSelection()
        self._show_board(board)

    def withdraw(self) -> None:
        status = selected(self.list_view)
        if status is None:
            return
        desk, me, notice_id = self.desk, self.me, status.notice.id
        self.call(lambda: (desk.op(notices.withdraw, me, notice_id), desk.op(notices.board, me))[1], self._show_board,
                  trigger=self.withdraw_button, ok=self.tr("Notice withdrawn: nobody is asked to read it any more."))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
