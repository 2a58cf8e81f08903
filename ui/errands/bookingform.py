"""The new-booking form: which room or item, from when to when, for an in-house guest (room and name,
checked by the core) or a visitor (name, company, telephone). It builds a `BookingRequest`; the
dialog sends it to the desk, which refuses an overlap in plain words."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton,
                               QSpinBox)

from bizcenter.workflows.bookings import BookingRequest

from .. import i18n
from ..widgets import money


def to_qt(when: datetime, tz) -> QDateTime:
    local = when.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qt(edit: QDateTimeEdit, tz) -> datetime:
    """The hotel's wall-clock time in the edit. A time the clocks show twice (the night they go back) is
    its next occurrence: the later one once the earlier has passed."""
    qdt = edit.dateTime()
    local = datetime.combine(qdt.date().toPython(), qdt.time().toPython().replace(second=0, microsecond=0), tzinfo=tz)
    later = local.replace(fold=1)
    if later.utcoffset() != local.utcoffset() and local < datetime.now(timezone.utc):
        return later
    return local


LABELS = (QT_TRANSLATE_NOOP("NewBookingBox", "Room or item"), QT_TRANSLATE_NOOP("NewBookingBox", "Rate"),
          QT_TRANSLATE_NOOP("NewBookingBox", "From"), QT_TRANSLATE_NOOP("NewBookingBox", "Until"),
          QT_TRANSLATE_NOOP("NewBookingBox", "Pieces"), QT_TRANSLATE_NOOP("NewBookingBox", "Guest's room (in house)"),
          QT_TRANSLATE_NOOP("NewBookingBox", "Name"), QT_TRANSLATE_NOOP("NewBookingBox", "Company (visitor)"),
          QT_TRANSLATE_NOOP("NewBookingBox", "Telephone (visitor)"), QT_TRANSLATE_NOOP("NewBookingBox", "Note"))


class NewBookingBox(QGroupBox):
    def __init__(self, service: str, parent=None):
        super().__init__(parent, objectName="newBooking")
        self.service, self.tz, self.resources = service, None, []
        self.item = QComboBox(objectName="bookingItem")
        self.item.currentIndexChanged.connect(self._item_changed)
        self.rate = QLabel(objectName="bookingRate")
        self.start = QDateTimeEdit(objectName="bookingStart", calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.end = QDateTimeEdit(objectName="bookingEnd", calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.units = QSpinBox(objectName="bookingUnits", minimum=1, maximum=1)
        self.room = QLineEdit(objectName="bookingRoom")
        self.name = QLineEdit(objectName="bookingName")
        self.company = QLineEdit(objectName="bookingCompany")
        self.phone = QLineEdit(objectName="bookingPhone")
        self.note = QLineEdit(objectName="bookingNote")
        self.book = QPushButton(objectName="bookButton")
        self.form = QFormLayout(self)
        self.labels = {}
        for key, widget in zip(LABELS, (self.item, self.rate, self.start, self.end, self.units, self.room,
                                        self.name, self.company, self.phone, self.note)):
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.addRow("", self.book)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("New booking"))
        for key, label in self.labels.items():
            label.setText(QCoreApplication.translate("NewBookingBox", key))
        self.room.setPlaceholderText(self.tr("empty for a visitor"))
        self.book.setText(self.tr("Book"))
        self._item_changed()

    def set_resources(self, resources, tz) -> None:
        self.resources, self.tz = list(resources), tz
        zh = i18n.current() == "zh"
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for r in self.resources:
            self.item.addItem(r.name_zh if zh else r.name_en, r.item)
        if current is not None and self.item.findData(current) >= 0:
            self.item.setCurrentIndex(self.item.findData(current))
        self.item.blockSignals(False)
        self._item_changed()

    def _resource(self):
        return next((r for r in self.resources if r.item == self.item.currentData()), None)

    def _item_changed(self) -> None:
        r = self._resource()
        if r is None:
            self.rate.clear()
            return
        per = self.tr("per started hour") if r.unit == "hour" else self.tr("per day")
        self.rate.setText(f"{money(r.rate_minor)} {per} · " + self.tr("%1 owned").replace("%1", str(r.capacity)))
        self.units.setMaximum(r.capacity)

    def offer(self, item: str, start: datetime) -> None:
        """A free calendar cell was clicked: that item, from that hour, for the usual length."""
        index = self.item.findData(item)
        if index >= 0:
            self.item.setCurrentIndex(index)
        self.start.setDateTime(to_qt(start, self.tz))
        length = timedelta(hours=2) if self.service == "meeting_room" else timedelta(days=1)
        self.end.setDateTime(to_qt(start + length, self.tz))

    def request(self) -> BookingRequest:
        return BookingRequest(
            self.service, self.item.currentData() or "", from_qt(self.start, self.tz), from_qt(self.end, self.tz),
            self.units.value(), room=self.room.text().strip() or None, name=self.name.text().strip(),
            company=self.company.text().strip() or None, phone=self.phone.text().strip() or None,
            note=self.note.text().strip() or None)

    def clear_party(self) -> None:
        for w in (self.room, self.name, self.company, self.phone, self.note):
            w.clear()
