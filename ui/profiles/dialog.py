"""The guest profile dialog: how the guest likes to be addressed (both languages), language, VIP level,
company, ID number (masked; whole for a supervisor who asks, audited), preferences and dietary notes with who
added them, and the history of services used here. At the counter it is opened for the guest the clerk picked
(a new profile is linked to that stay; a returning guest's profile can be linked instead); in the back office
for a profile found by search, where a supervisor may also erase it."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from bizcenter.workflows import codenames, profiles
from bizcenter.workflows.profiles import GUEST_LANGUAGES, PREFERENCE_KINDS, VIP_LEVELS, ProfileInput

from .. import i18n
from ..logs.common import RowsTable
from ..widgets import MessageLine, dialog_frame, money


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


class ProfileDialog(QDialog):
    """`card`: the guest picked at the counter (profiles.GuestCard); or `profile_id` from the back office.
    `supervisor`: the ID number may be shown whole and the profile erased."""

    def __init__(self, station, runner, parent=None, *, card=None, profile_id: int | None = None,
                 supervisor: bool = False):
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.station, self.runner, self.card, self.supervisor = station, runner, card, supervisor
        self.profile_id = profile_id or (card.profile.id if card and card.profile else None)
        self.profile = None
        self.erased = False
        self.resize(1000, 640)
        self.fields = {k: QLineEdit(objectName=f"profile_{k}") for k in ("title_zh", "name_zh", "title_en", "name_en",
                                                                          "company", "id_number")}
        for k, n in (("title_zh", 20), ("name_zh", 100), ("title_en", 20), ("name_en", 200), ("company", 200),
                     ("id_number", 40)):
            self.fields[k].setMaxLength(n)
        self.language = QComboBox(objectName="profileLanguage")
        self.vip = QComboBox(objectName="profileVip")
        self.id_shown = QLabel(objectName="profileIdShown")
        self.show_id = QPushButton(objectName="profileShowId", visible=supervisor)
        self.show_id.clicked.connect(self._show_id)
        self.offers = QComboBox(objectName="profileOffers")
        self.link_button = QPushButton(objectName="profileLink")
        self.link_button.clicked.connect(self._link)
        self.offer_row = QWidget()
        row = QHBoxLayout(self.offer_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.offer_label = QLabel()
        for w in (self.offer_label, self.offers, self.link_button):
            row.addWidget(w)
        row.addStretch()
        self.offer_row.setVisible(bool(card and not card.profile and card.offers))
        self.prefs = RowsTable("profilePreferences")
        self.pref_kind = QComboBox(objectName="preferenceKind")
        self.pref_text = QLineEdit(objectName="preferenceText", maxLength=profiles.MAX_PREFERENCE)
        self.pref_add = QPushButton(objectName="addPreference")
        self.pref_add.clicked.connect(self._add_preference)
        self.pref_text.returnPressed.connect(self._add_preference)
        self.pref_remove = QPushButton(objectName="removePreference")
        self.pref_remove.clicked.connect(self._remove_preference)
        self.history = RowsTable("profileHistory")
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        self.buttons.button(QDialogButtonBox.Save).setObjectName("saveProfile")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.DestructiveRole)
        self.erase_button.setObjectName("eraseProfile")
        self.erase_button.setVisible(supervisor and self.profile_id is not None)
        self.erase_button.clicked.connect(self._erase)
        self._layout()
        self.retranslate()
        dialog_frame(self, self.buttons.button(QDialogButtonBox.Save))
        self._prefill()
        self.load()

    def _layout(self) -> None:
        self.who_box, self.pref_box, self.history_box = QGroupBox(), QGroupBox(), QGroupBox()
        form = QFormLayout(self.who_box)
        self.labels = {k: QLabel() for k in ("zh", "en", "language", "company", "id")}
        zh, en = QHBoxLayout(), QHBoxLayout()
        zh.addWidget(self.fields["name_zh"], 3)
        zh.addWidget(self.fields["title_zh"], 1)
        en.addWidget(self.fields["title_en"], 1)
        en.addWidget(self.fields["name_en"], 3)
        lang = QHBoxLayout()
        lang.addWidget(self.language, 1)
        lang.addWidget(self.vip, 1)
        idn = QHBoxLayout()
        idn.addWidget(self.fields["id_number"], 3)
        idn.addWidget(self.id_shown, 1)
        idn.addWidget(self.show_id)
        for key, field in (("zh", zh), ("en", en), ("language", lang), ("company", self.fields["company"]), ("id", idn)):
            form.addRow(self.labels[key], field)
        form.addRow(self.offer_row)
        pref = QVBoxLayout(self.pref_box)
        pref.addWidget(self.prefs, 1)
        add = QHBoxLayout()
        add.addWidget(self.pref_kind)
        add.addWidget(self.pref_text, 1)
        add.addWidget(self.pref_add)
        add.addWidget(self.pref_remove)
        pref.addLayout(add)
        QVBoxLayout(self.history_box).addWidget(self.history)
        top = QHBoxLayout()
        top.addWidget(self.who_box, 1)
        top.addWidget(self.pref_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.history_box, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        lang = i18n.current()
        who = self.card.guest_name if self.card else ""
        self.setWindowTitle(self.tr("Guest profile %1").replace("%1", who).strip())
        for key, text in (("zh", self.tr("Chinese name, title")), ("en", self.tr("English title, name")),
                          ("language", self.tr("Language, VIP level")), ("company", self.tr("Company")),
                          ("id", self.tr("ID number"))):
            self.labels[key].setText(text)
        self.fields["name_zh"].setPlaceholderText(self.tr("e.g. 米勒"))
        self.fields["title_zh"].setPlaceholderText(self.tr("e.g. 先生"))
        self.fields["title_en"].setPlaceholderText(self.tr("e.g. Mr"))
        self.fields["name_en"].setPlaceholderText(self.tr("e.g. Hans Müller"))
        self.fields["id_number"].setPlaceholderText(self.tr("Type to replace (kept sealed)"))
        self._fill_combo(self.language, [("", self.tr("—"))] + [(c, codenames.guest_language_name(c, lang))
                                                                 for c in GUEST_LANGUAGES])
        self._fill_combo(self.vip, [(c, codenames.vip_level_name(c, lang)) for c in VIP_LEVELS])
        kinds = {"preference": self.tr("Preference"), "dietary": self.tr("Dietary")}
        self._fill_combo(self.pref_kind, [(k, kinds[k]) for k in PREFERENCE_KINDS])
        self.pref_text.setPlaceholderText(self.tr("e.g. prints double-sided; no pork"))
        self.pref_add.setText(self.tr("Add"))
        self.pref_remove.setText(self.tr("Remove"))
        self.show_id.setText(self.tr("Show whole"))
        self.offer_label.setText(self.tr("A profile of the same name:"))
        self.link_button.setText(self.tr("Link to this stay"))
        self.offers.clear()
        for pid, name in (self.card.offers if self.card else ()):
            self.offers.addItem(name, pid)
        self.who_box.setTitle(self.tr("How to address the guest"))
        self.pref_box.setTitle(self.tr("Preferences and dietary notes"))
        self.history_box.setTitle(self.tr("Services used here"))
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        self.erase_button.setText(self.tr("Erase profile…"))
        self.prefs.set_columns([
            (self.tr("Kind"), lambda p: kinds.get(p.kind, p.kind)),
            (self.tr("Added"), lambda p: f"{p.added_at:%m-%d %H:%M} {p.added_by}"),
            (self.tr("Note"), lambda p: p.text.replace("\n", " "))])  # the note last: it takes the width left
        currency = self.station.currency
        self.history.set_columns([
            (self.tr("Business day"), lambda h: h.business_date.isoformat()), (self.tr("Room"), lambda h: h.room),
            (self.tr("Total"), lambda h: money(h.total_minor, currency)),
            (self.tr("Services"), lambda h: h.services_zh if lang == "zh" else h.services_en)])

    @staticmethod
    def _fill_combo(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.clear()
        for code, name in items:
            combo.addItem(name, code)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _prefill(self) -> None:
        """A new profile for the guest picked: the registered name in the field of its script."""
        if self.card and not self.card.profile:
            name = self.card.guest_name
            self.fields["name_zh" if _has_han(name) else "name_en"].setText(name)
            if self.card.vip_stay:
                self.vip.setCurrentIndex(self.vip.findData("vip1"))

    # --- loading and showing -------------------------------------------------------------------
    def load(self) -> None:
        if self.profile_id is None:
            return
        desk, me, pid = self.station.desk, self.station.staff.id, self.profile_id
        self.runner.start(lambda: (desk.op(profiles.view, me, pid), desk.op(profiles.history, pid)), self._loaded,
                          self._error)

    def _loaded(self, result) -> None:
        view, history = result
        self._show(view)
        self.history.set_rows(history)

    def _show(self, view) -> None:
        self.profile, self.profile_id = view, view.id
        self.setWindowTitle(self.tr("Guest profile %1").replace("%1", view.address(i18n.current())))
        for k in ("title_zh", "name_zh", "title_en", "name_en", "company"):
            self.fields[k].setText(getattr(view, k))
        self.fields["id_number"].clear()
        self.id_shown.setText(view.id_number)
        self.language.setCurrentIndex(max(self.language.findData(view.language), 0))
        self.vip.setCurrentIndex(max(self.vip.findData(view.vip_level), 0))
        self.prefs.set_rows(view.preferences)
        self.offer_row.setVisible(False)
        self.erase_button.setVisible(self.supervisor)

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))

    # --- actions --------------------------------------------------------------------------------
    def _input(self) -> ProfileInput:
        f = {k: self.fields[k].text() for k in ("title_zh", "name_zh", "title_en", "name_en", "company")}
        typed = self.fields["id_number"].text().strip()
        return ProfileInput(**f, language=self.language.currentData() or "", vip_level=self.vip.currentData() or "none",
                            id_number=typed or None)

    def _save(self) -> None:
        desk, op, inp, pid, card = self.station.desk, self.station.op, self._input(), self.profile_id, self.card
        if pid is not None:
            work = lambda: desk.op(profiles.update, op, pid, inp)  # noqa: E731
        else:
            work = lambda: desk.op(profiles.create, op, inp, stay_id=card.stay_id if card else None,  # noqa: E731
                                   guest_name=card.guest_name if card else None)
        self.runner.start(work, self._saved, self._error, trigger=self.buttons.button(QDialogButtonBox.Save))

    def _saved(self, view) -> None:
        self._show(view)
        self.message.info(self.tr("Profile saved."))

    def _add_preference(self) -> None:
        if self.profile_id is None:
            self.message.error(self.tr("Save the profile first."))
            return
        desk, op, pid = self.station.desk, self.station.op, self.profile_id
        kind, text = self.pref_kind.currentData(), self.pref_text.text()
        self.runner.start(lambda: desk.op(profiles.add_preference, op, pid, kind, text), self._preference_added,
                          self._error, trigger=self.pref_add)

    def _remove_preference(self) -> None:
        chosen = self.prefs.chosen()
        if chosen is None:
            self.message.error(self.tr("Choose the preference to remove."))
            return
        desk, op = self.station.desk, self.station.op
        self.runner.start(lambda: desk.op(profiles.remove_preference, op, chosen.id), self._show, self._error,
                          trigger=self.pref_remove)

    def _preference_added(self, view) -> None:
        self.pref_text.clear()
        self._show(view)
        self.message.info(self.tr("Preference added."))

    def _link(self) -> None:
        pid = self.offers.currentData()
        if pid is None or self.card is None:
            return
        desk, op, card = self.station.desk, self.station.op, self.card
        self.runner.start(lambda: (desk.op(profiles.link, op, pid, card.stay_id, card.guest_name),
                                   desk.op(profiles.history, pid)), self._loaded, self._error, trigger=self.link_button)

    def _show_id(self) -> None:
        if self.profile_id is None:
            return
        desk, me, pid = self.station.desk, self.station.staff.id, self.profile_id
        self.runner.start(lambda: desk.op(profiles.view, me, pid, full_id=True),
                          lambda v: self.id_shown.setText(v.id_number), self._error, trigger=self.show_id)

    def _erase(self, reason: str | None = None) -> None:
        if self.profile_id is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Erase profile"),
                                              self.tr("The guest's profile, preferences and ID number are erased; the "
                                                      "sales stay. Reason:"))
            if not ok:
                return
        desk, me, pid = self.station.desk, self.station.staff.id, self.profile_id
        self.runner.start(lambda: desk.op(profiles.erase, me, pid, reason), self._erased, self._error)

    def _erased(self, _=None) -> None:
        self.erased = True
        self.accept()
