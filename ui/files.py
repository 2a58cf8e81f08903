"""Where a PDF or an export is saved: always asked, in a save dialog that starts in the folder the clerk chose
last on this PC, else the hotel's configured folder (Settings: documents_folder), else the user's own
Documents/bizcenter — never written somewhere without asking, never defaulting to the home folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def default_folder() -> Path:
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "bizcenter"


def start_folder(station) -> Path:
    """The folder the next save dialog opens in."""
    from bizcenter import localconfig

    last = localconfig.load().get("documents_folder")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    configured = getattr(station, "documents_folder", "") or ""
    return Path(configured) if configured else default_folder()


def ask_save_path(parent: QWidget, station, title: str, file_name: str, file_filter: str) -> str | None:
    """The path the clerk chose (the folder is remembered for this PC), or None when they cancelled."""
    from bizcenter import localconfig

    folder = start_folder(station)
    if not folder.is_dir():
        from bizcenter.fileperms import private_dir

        try:
            private_dir(folder)  # the default folder on a new PC; owner only (itineraries hold ID numbers)
        except OSError:
            folder = Path.home()
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / file_name), file_filter)
    if not path:
        return None
    localconfig.save(documents_folder=str(Path(path).parent))
    return path
