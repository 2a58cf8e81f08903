"""The bookings calendar: a day view (hours × rooms or items) and a week view (items × days).

A cell shows who has the room or item then, coloured by state (booked, in use, overdue, returned);
clicking a booked cell chooses that booking, clicking a free one offers that item and hour for a new
booking. Only booked cells hold an item (the bookings there): a cell's room or item and time are its row and
column (`slot`); an equipment day is 144 cells, nearly all free, and each was built, measured and painted.
Times are shown in the hotel's time zone; the rows the desk returned are kept as they came.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from .. import i18n

HOURS = range(24)  # the day view's rows: the whole day, 00:00 … 23:00 (a late return or an early meeting too)
OPENING_HOUR = 7  # where a day without bookings is scrolled to
COLOURS = {"booked": "#d6e9ff", "out": "#ffe0b2", "overdue": "#ffcdd2", "returned": "#eeeeee"}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("BookingCalendar", "Mon"),
    QT_TRANSLATE_NOOP("BookingCalendar", "Tue"),
    QT_TRANSLATE_NOOP("BookingCalendar", "Wed"),
    QT_TRANSLATE_NOOP("BookingCalendar", "Thu"),
    QT_TRANSLATE_NOOP("BookingCalendar", "Fri"),
    QT_TRANSLATE_NOOP("BookingCalendar", "Sat"),
    QT_TRANSLATE_NOOP("BookingCalendar", "Sun"),
)
_STATES = (QT_TRANSLATE_NOOP("BookingCalendar", "booked"), QT_TRANSLATE_NOOP("BookingCalendar", "out"),
           QT_TRANSLATE_NOOP("BookingCalendar", "overdue"), QT_TRANSLATE_NOOP("BookingCalendar", "returned"),
           QT_TRANSLATE_NOOP("BookingCalendar", "cancelled"))  # for lupdate: the states `tr(state(...))` shows


def tr(text: str) -> str:
    return QCoreApplication.translate("BookingCalendar", text)


def state(b, now: datetime) -> str:
    return "overdue" if b.overdue(now) else b.status


class BookingCalendar(QTableWidget):
    booking_chosen = Signal(object)      # a BookingView
    slot_chosen = Signal(str, object)    # item key, start (aware datetime) of a free cell

    def __init__(self, day: date, tz, parent=None):
        """`day` and `tz`: the hotel's date and zone (never the machine's: its clock runs on another zone)."""
        super().__init__(parent, objectName="bookingCalendar")
        self.mode, self.day, self.tz = "day", day, tz
        self.resources, self.bookings = [], []
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)  # widths set by _fit_columns
        self.verticalHeader().setSectionResizeMode(QHeaderView.Interactive)  # heights set by _fit_rows
        self.cellClicked.connect(self._clicked)

    # --- what is shown -----------------------------------------------------------------------
    def span(self) -> tuple[datetime, datetime]:
        """The instants the current view covers (for loading its bookings)."""
        first = self.day if self.mode == "day" else self.day - timedelta(days=self.day.weekday())
        start = datetime.combine(first, time(0), tzinfo=self.tz)
        return start, start + timedelta(days=1 if self.mode == "day" else 7)

    def show_bookings(self, resources, bookings, tz) -> None:
        self.resources, self.bookings, self.tz = list(resources), list(bookings), tz
        (self._fill_day if self.mode == "day" else self._fill_week)()

    def _name(self, r) -> str:
        name = r.name_zh if i18n.current() == "zh" else r.name_en
        return name if r.capacity == 1 else f"{name} ×{r.capacity}"

    def _local(self, when: datetime) -> datetime:
        return when.astimezone(self.tz)

    def _fill_day(self) -> None:
        self._fill_day_cells()
        self._scroll_to_hour(datetime.now(timezone.utc))

    def _fill_week(self) -> None:
        self._fill_week_cells()

    def _fit_rows(self) -> None:
        """A free row is one line high; a row with a booking as tall as its wrapped text. Sized once per fill and
        per width: sizing every row at each label and cell as it was set took 28 ms a day's view."""
        header = self.verticalHeader()
        for row in range(self.rowCount()):
            if any(self.item(row, col) is not None for col in range(self.columnCount())):
                self.resizeRowToContents(row)
            else:
                header.resizeSection(row, header.sectionSizeHint(row))

    def slot(self, row: int, col: int):
        """(item key, start) of the cell at row, col: the hour of the day view, 09:00 of the week view's day."""
        if self.mode == "day":
            return self.resources[col].item, datetime.combine(self.day, time(HOURS[row]), tzinfo=self.tz)
        first = self.span()[0].date() + timedelta(days=col)
        return self.resources[row].item, datetime.combine(first, time(9), tzinfo=self.tz)

    def _fill_day_cells(self) -> None:
        self.clear()
        hours = list(HOURS)
        self.setRowCount(len(hours))
        self.setColumnCount(len(self.resources))
        self.setHorizontalHeaderLabels([self._name(r) for r in self.resources])
        self.setVerticalHeaderLabels([f"{h:02d}:00" for h in hours])
        now = datetime.now(timezone.utc)
        for col, r in enumerate(self.resources):
            for row, hour in enumerate(hours):
                start = datetime.combine(self.day, time(hour), tzinfo=self.tz)
                here = [b for b in self.bookings if b.item == r.item and b.starts_at < start + timedelta(hours=1)
                        and (b.ends_at > start or b.overdue(now) and now > start)]
                self._cell(row, col, here, now, lambda b: self._who(b))
        self._fit_columns()  # and the rows' heights (_fit_rows)

    def _fill_week_cells(self) -> None:
        self.clear()
        first = self.span()[0].date()
        days = [first + timedelta(days=n) for n in range(7)]
        self.setRowCount(len(self.resources))
        self.setColumnCount(7)
        self.setHorizontalHeaderLabels([f"{tr(WEEKDAYS[d.weekday()])} {d:%m-%d}" for d in days])
        self.setVerticalHeaderLabels([self._name(r) for r in self.resources])
        now = datetime.now(timezone.utc)
        for row, r in enumerate(self.resources):
            for col, d in enumerate(days):
                start = datetime.combine(d, time(0), tzinfo=self.tz)
                here = [b for b in self.bookings if b.item == r.item and b.starts_at < start + timedelta(days=1)
                        and b.ends_at > start]
                self._cell(row, col, here, now,
                           lambda b: f"{self._local(b.starts_at):%H:%M}–{self._local(b.ends_at):%H:%M} {self._who(b)}")
        self._fit_columns()  # and the rows' heights (_fit_rows)

    def _scroll_to_hour(self, now: datetime) -> None:
        """Today opens at the hour before now, another day at its first booking (or the opening hour)."""
        local = now.astimezone(self.tz)
        if local.date() == self.day:
            hour = max(local.hour - 1, 0)
        else:
            booked = [r for r in range(self.rowCount()) for c in range(self.columnCount())
                      if self.item(r, c) is not None and self.item(r, c).text()]
            hour = min(booked) if booked else OPENING_HOUR
        if self.columnCount() and hour < self.rowCount():
            self.scrollTo(self.model().index(hour, 0), QAbstractItemView.PositionAtTop)

    def _fit_columns(self) -> None:
        """Columns share the width, but never narrower than their name: the view scrolls sideways instead
        of cutting "Projection screen ×2" down to "rojection screen ×"."""
        header = self.horizontalHeader()
        count = self.columnCount()
        if not count:
            return
        header.setSectionResizeMode(QHeaderView.Interactive)
        names = [header.sectionSizeHint(i) for i in range(count)]  # the name as drawn, the theme's font and padding
        share = self.viewport().width() // count
        for i, need in enumerate(names):
            header.resizeSection(i, max(need, share))
        self._fit_rows()  # a booking's text wraps anew in a column of another width

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _who(self, b) -> str:
        who = b.party_name if not b.room else f"{b.room} {b.party_name}"
        return who if b.units == 1 else f"{who} ×{b.units}"

    def _cell(self, row, col, here, now, label) -> None:
        if not here:
            return  # a free cell: no item of its own
        cell = QTableWidgetItem("\n".join(label(b) for b in here))
        cell.setData(Qt.UserRole, here)
        cell.setBackground(QBrush(QColor(COLOURS.get(state(here[0], now), "#ffffff"))))
        cell.setToolTip("\n".join(f"#{b.id} {label(b)} · {tr(state(b, now))}" for b in here))
        self.setItem(row, col, cell)

    def _clicked(self, row: int, col: int) -> None:
        cell = self.item(row, col)
        if cell is not None:
            self.booking_chosen.emit(cell.data(Qt.UserRole)[0])
        else:
            self.slot_chosen.emit(*self.slot(row, col))

    def cell_text(self, item: str, when: datetime) -> str:
        """What the cell of `item` at `when` shows (for tests and screen readers)."""
        for row in range(self.rowCount()):
            for col in range(self.columnCount()):
                cell = self.item(row, col)
                if cell is None:
                    continue
                key, start = self.slot(row, col)
                span = timedelta(hours=1) if self.mode == "day" else timedelta(days=1)
                first = start if self.mode == "day" else start.replace(hour=0)
                if key == item and first <= when < first + span:
                    return cell.text()
        return ""
