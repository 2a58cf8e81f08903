"""The guest's essentials beside the bill: how to address the guest, language, VIP level, company, preferences
and dietary notes — shown when the clerk picks a room or a guest (Guest…, a room charge, a message), so the
clerk greets and serves the guest as they like without opening anything."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from bizcenter.workflows import codenames

from .. import i18n


class GuestPanel(QFrame):
    open_profile = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="guestPanel")
        self.card = None
        self.who = QLabel(objectName="guestPanelWho", wordWrap=True)
        self.who.setProperty("type", "heading")
        self.notes = QLabel(objectName="guestPanelNotes", wordWrap=True)
        self.profile_button = QPushButton(objectName="guestPanelProfile")
        self.profile_button.clicked.connect(self.open_profile.emit)
        self.clear_button = QPushButton("×", objectName="guestPanelClear")
        self.clear_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.profile_button)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.profile_button.setText(self.tr("Profile…"))
        self.clear_button.setToolTip(self.tr("Hide the guest"))
        self._fill()

    def show_card(self, card) -> None:
        self.card = card
        self._fill()
        self.setVisible(card is not None)

    def clear(self) -> None:
        self.show_card(None)

    def _fill(self) -> None:
        card = self.card
        if card is None:
            self.who.clear()
            self.notes.clear()
            return
        lang = i18n.current()
        p = card.profile
        if p is None:
            vip = " · VIP" if card.vip_stay else ""
            self.who.setText(f"{card.room} · {card.guest_name}{vip}")
            self.notes.setText(self.tr("No profile yet: Profile… keeps how the guest likes to be served."))
            return
        parts = [card.room, p.address(lang)]
        if p.vip_level != "none":
            parts.append(codenames.vip_level_name(p.vip_level, lang))
        elif card.vip_stay:
            parts.append("VIP")
        if p.language:
            parts.append(codenames.guest_language_name(p.language, lang))
        if p.company:
            parts.append(p.company)
        self.who.setText(" · ".join(parts))
        lines = []
        if p.notes("preference"):
            lines.append(self.tr("Prefers: %1").replace("%1", "; ".join(p.notes("preference"))))
        if p.notes("dietary"):
            lines.append(self.tr("Dietary: %1").replace("%1", "; ".join(p.notes("dietary"))))
        self.notes.setText("\n".join(x.replace("\n", " ") for x in lines))
