"""Picking the guest at the counter: by room (Guest…, Ctrl+G), or the room and name a room charge or a
message was taken for; the guest's essentials then show beside the bill (panel.py) and Profile… opens the
profile (dialog.py). A room with several guests asks which one."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from bizcenter.workflows import profiles
from bizcenter.workflows.guests import names_match

from .. import i18n
from .dialog import ProfileDialog


class GuestPicker(QObject):
    def __init__(self, page, panel):
        super().__init__(page)
        self.page, self.panel = page, panel
        panel.open_profile.connect(self.open_profile)

    def ask(self) -> None:
        room, ok = QInputDialog.getText(self.page, self.tr("Guest"), self.tr("Room number"))
        if ok and room.strip():
            self.pick(room)

    def pick(self, room: str, guest_name: str = "", quiet: bool = False) -> None:
        """Look the room (and name) up; one guest shows at once, several are offered to choose from (`quiet`:
        shown only when one matches, nothing asked or refused — the clerk is busy with a payment or message)."""
        desk, me = self.page.station.desk, self.page.station.staff.id
        self.page.runner.start(lambda: desk.op(profiles.for_room, me, room), lambda cards: self._found(cards, guest_name, quiet),
                               lambda e: None if quiet else self.page.message.error(i18n.error_text(e)))

    def _found(self, cards, guest_name: str, quiet: bool = False) -> None:
        if guest_name.strip():
            cards = [c for c in cards if names_match(guest_name, c.guest_name)] or ([] if quiet else cards)
        if quiet:
            if len(cards) == 1:
                self.panel.show_card(cards[0])
            return
        if not cards:
            self.page.message.error(self.tr("No guest is in house in that room."))
            return
        if len(cards) == 1:
            self.panel.show_card(cards[0])
            return
        names = [c.guest_name for c in cards]
        name, ok = QInputDialog.getItem(self.page, self.tr("Guest"), self.tr("Which guest?"), names, 0, False)
        if ok:
            self.panel.show_card(cards[names.index(name)])

    def open_profile(self):
        card = self.panel.card
        if card is None:
            return None
        dialog = ProfileDialog(self.page.station, self.page.runner, self.page, card=card)
        self.page.open_dialog(dialog)
        dialog.finished.connect(lambda _: self.pick(card.room, card.guest_name))  # the panel shows what was saved
        return dialog
