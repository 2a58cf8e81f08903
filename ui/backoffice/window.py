"""The supervisor's back office, shown after a supervisor signs in: one tab per job (day close,
reports, price list, staff, roster, supplies, equipment, guests, counter logs, fapiao, audit log, settings, company
accounts), who is on duty, and
the way to the counter as a clerk would go."""
from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bizcenter.workflows import roster

from .. import i18n, keyboard
from ..sidetabs import SideTabs
from ..widgets import set_role


class BackOfficePage(QWidget):
    to_counter = Signal()
    signed_out = Signal()

    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("backOffice")
        self.station, self.runner = station, runner
        from .auditlog import AuditPage
        from .companies import CompaniesPage
        from .counterlogs import CounterLogsPage
        from .dayclose import DayClosePage
        from .directory import DirectoryPage
        from .equipment import EquipmentPage
        from .fapiao import FapiaoPage
        from .guests import GuestsPage
        from .prices import PriceListPage
        from .profiles import ProfilesPage
        from .reports import ReportsPage
        from .roster import RosterPage
        from .settings import SettingsPage
        from .notices import NoticesPage
        from .staff import StaffPage
        from .staffweek import StaffWeekPage
        from .supplies import SuppliesPage
        from .travel import TravelPage

        self.title = QLabel(objectName="backOfficeTitle")
        self.title.setProperty("type", "heading")
        self.on_duty = QLabel(objectName="onDuty", wordWrap=True)
        self.settings_warning = QLabel(objectName="settingsWarning", wordWrap=True, visible=False)
        set_role(self.settings_warning, "warning")  # stored settings out of range: the supervisor's to fix
        self.counter_button = QPushButton(objectName="toCounter")
        self.counter_button.clicked.connect(self.to_counter.emit)
        self.sign_out = QPushButton(objectName="backOfficeSignOut")
        self.sign_out.clicked.connect(self.signed_out.emit)
        self.tabs = SideTabs(objectName="backOfficeTabs")  # a list down the left: every job in sight
        self.screens = LazyScreens({
            "dayclose": DayClosePage, "reports": ReportsPage, "prices": PriceListPage, "staff": StaffPage,
            "roster": RosterPage, "supplies": SuppliesPage, "equipment": EquipmentPage, "guests": GuestsPage,
            "logs": CounterLogsPage, "fapiao": FapiaoPage, "audit": AuditPage, "settings": SettingsPage,
            "companies": CompaniesPage, "directory": DirectoryPage, "profiles": ProfilesPage,
            "notices": NoticesPage, "staffweek": StaffWeekPage, "travel": TravelPage,
        }, self._build_screen)
        for key in self.screens:
            self.tabs.addTab(self.screens.holder(key), "")
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.screens[self.screens.key_at(self.tabs.currentIndex())]  # the first tab shows at once
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.counter_button)
        top.addWidget(self.sign_out)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.on_duty)
        layout.addWidget(self.settings_warning)
        layout.addWidget(self.tabs, 1)
        keyboard.tab_keys(self.tabs, self)
        keyboard.shortcut(self.counter_button, "Ctrl+K", self)
        keyboard.shortcut(self.sign_out, "Ctrl+Q", self)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.station.staff.name if self.station.staff else ""
        self.title.setText(self.tr("Back office — %1").replace("%1", name))
        self.counter_button.setText(self.tr("To the counter"))
        self.sign_out.setText(self.tr("Sign out"))
        titles = {"dayclose": self.tr("Day close"), "reports": self.tr("Reports"), "prices": self.tr("Price list"),
                  "staff": self.tr("Staff and counters"), "roster": self.tr("Roster"), "supplies": self.tr("Supplies"),
                  "equipment": self.tr("Equipment"), "guests": self.tr("Guests and events"),
                  "logs": self.tr("Counter logs"), "fapiao": self.tr("Fapiao"),
                  "audit": self.tr("Audit log"), "settings": self.tr("Settings"), "companies": self.tr("Companies"),
                  "directory": self.tr("City directory")}
        titles["profiles"] = self.tr("Guest profiles")
        titles["notices"], titles["staffweek"] = self.tr("Notices"), self.tr("Staff week")
        titles["travel"] = self.tr("VIP travel")
        if self.settings_warning.text():
            titles["settings"] += " ⚠"
        for i, key in enumerate(self.screens):
            self.tabs.setTabText(i, titles[key])
        for screen in self.screens.built():
            screen.retranslate()
        keyboard.tab_tips(self.tabs)

    def _build_screen(self, key: str, page_class):
        with keyboard.paused():  # a screen's building is our work, not the supervisor's input
            screen = page_class(self.station, self.runner)
        screen.setObjectName(f"{key}Screen")
        if key == "settings":
            screen.problems_found.connect(self._settings_problems)
        screen.retranslate()
        return screen

    def load(self) -> None:
        """Called after each sign-in: the screens show fresh data for this supervisor."""
        self.retranslate()
        self._loaded.clear()
        self._tab_shown(self.tabs.currentIndex())
        self._tab_shown(self.tabs.indexOf(self.screens.holder("settings")))  # a bad stored setting is named at once
        desk = self.station.desk
        self.runner.start(partial(desk.op, roster.on_duty), self._show_on_duty, lambda e: self.on_duty.setText(i18n.error_text(e)))

    def _show_on_duty(self, people) -> None:
        names = [f"{p.name} {p.counter} {p.hours}".strip() + (" ●" if p.signed_in else "") for p in people]
        self.on_duty.setText(self.tr("On duty now: %1").replace("%1", "; ".join(names) if names else "—"))

    def _settings_problems(self, text: str) -> None:
        self.settings_warning.setText(text)
        self.settings_warning.setVisible(bool(text))
        self.tabs.setTabText(self.tabs.indexOf(self.screens.holder("settings")),
                             self.tr("Settings") + (" ⚠" if text else ""))

    def _tab_shown(self, index: int) -> None:
        if index < 0:
            return
        screen = self.screens[self.screens.key_at(index)]  # built when first shown
        if index not in self._loaded and self.station.staff is not None:
            self._loaded.add(index)
            screen.load()

    def reset(self) -> None:
        """At sign-out: the next supervisor's screens load afresh (their typed text is emptied by the window)."""
        self._loaded.clear()
        self.on_duty.clear()

    def show_tab(self, key: str):
        screen = self.screens[key]
        self.tabs.setCurrentWidget(self.screens.holder(key))
        return screen


class LazyScreens(Mapping):
    """The back office's screens by key, each built the first time it is shown or asked for: eighteen screens
    are 1,250 widgets and most of a second to build, and a supervisor opens a few of them a day. Each tab holds
    an empty frame at first; the screen goes into it when built."""

    def __init__(self, classes: dict, build):
        self._classes, self._build = classes, build
        self._holders = {key: _holder(key) for key in classes}
        self._screens: dict = {}

    def __getitem__(self, key: str):
        if key not in self._screens:
            screen = self._screens[key] = self._build(key, self._classes[key])
            self._holders[key].layout().addWidget(screen)
        return self._screens[key]

    def __iter__(self):
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def holder(self, key: str) -> QWidget:
        return self._holders[key]

    def key_at(self, index: int) -> str:
        return list(self._classes)[index]

    def built(self) -> list:
        return list(self._screens.values())


def _holder(key: str) -> QWidget:
    frame = QWidget(objectName=f"{key}Tab")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    return frame
