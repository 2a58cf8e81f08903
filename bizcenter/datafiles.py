"""Where the files shipped beside the code live: `migrations/` (Alembic) and `resources/` (price list,
zones, demo guests, fonts, icons).

A checkout and the PyInstaller bundle keep them at the top of the tree, beside `bizcenter/`; an installed
wheel carries them as package data in `bizcenter/_data/` (setup.py copies them there when it builds).
The installed copy is looked for first, so a stray `site-packages/migrations` of another package never
wins over ours.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
#: the folders a build copies into the package, in the order setup.py copies them
SHIPPED = ("migrations", "resources")


def data_dir(name: str) -> Path:
    """The folder `name` (one of SHIPPED): the installed package's copy, else the checkout's/bundle's."""
    if name not in SHIPPED:
        raise ValueError(f"{name!r} is not shipped with bizcenter (only {', '.join(SHIPPED)})")
    for folder in (PACKAGE / "_data" / name, PACKAGE.parent / name):
        if folder.is_dir():
            return folder
    raise FileNotFoundError(f"bizcenter's {name}/ is neither in {PACKAGE / '_data'} nor in {PACKAGE.parent}")
