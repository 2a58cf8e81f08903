"""Build hook (the rest of the metadata is in pyproject.toml): the wheel carries `migrations/` and
`resources/` as package data under `bizcenter/_data/`, so an installed `bizcenter init` can create a
database. The checkout keeps them at the top of the tree; bizcenter/datafiles.py finds either place.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("migrations", "resources")  # the same as bizcenter.datafiles.SHIPPED


class BuildWithData(build_py):
    """build_py, then a copy of each shipped folder (no caches) into the built package."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads the checkout's folders
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "bizcenter" / "_data" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]"))


setup(cmdclass={"build_py": BuildWithData})
