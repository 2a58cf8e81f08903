"""Where the screens find the shipped resources (fonts, icons): one place that the start-up code and the
About box both read, so neither imports the other."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
