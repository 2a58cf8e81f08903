"""About (F1 anywhere in the window): the version, and where this PC keeps the database, its settings
and the backups — what support asks first."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLayout, QVBoxLayout

from bizcenter import __version__

from .resources import RESOURCES
from .widgets import big_font, dialog_frame


def where_things_are(station) -> dict[str, str]:
    """Database (password hidden), this PC's config file, the backups folder; never raises."""
    from bizcenter import localconfig

    out = {"config": str(localconfig.config_path()), "database": station.db or "", "backups": "", "latest": ""}
    try:
        from bizcenter.backup import default_folder, latest

        desk = station.desk
        out["database"] = desk.engine.url.render_as_string(hide_password=True)
        folder = default_folder(desk.engine)
        out["backups"] = str(folder)
        newest = latest(folder)
        if newest is not None:
            out["latest"] = f"{newest[0].name}  {station.hotel_clock().text(newest[1])}"  # hotel time
    except Exception:  # noqa: BLE001 - the About box must open even when the database does not
        pass
    return out


class AboutDialog(QDialog):
    def __init__(self, station, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About bizcenter"))
        icon = QLabel()
        pixmap = QPixmap(str(RESOURCES / "icons" / "bizcenter-128.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(96, 96, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        name = QLabel(self.tr("Business centre point of service") + "\n商务中心收银系统")
        big_font(name, 14)
        self.version = QLabel(self.tr("Version {version}").format(version=__version__), objectName="aboutVersion")
        where = where_things_are(station)
        details = QLabel("\n".join([  # each path on its own line: they are long, and support copies them
            self.tr("Database: {where}").format(where="\n    " + where["database"]),
            self.tr("Settings of this PC: {where}").format(where="\n    " + where["config"]),
            self.tr("Backups: {where}").format(where="\n    " + where["backups"]),
            self.tr("Latest backup: {what}").format(what=where["latest"] or self.tr("none yet")),
            f"Python {sys.version.split()[0]} · Qt {qVersion()}",
        ]), objectName="aboutDetails")
        details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for w in (name, self.version, details):
            text.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        dialog_frame(self)  # only Close: nothing to accent
        # never narrower than its longest path (a minimum width set on the dialog would stop the layout's)
        layout.setSizeConstraint(QLayout.SetMinimumSize)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
