"""Where the screens find the shipped resources (fonts, icons): one place that the start-up code and the
About box both read, so neither imports the other (the folder itself is found by bizcenter.datafiles, in a
checkout, a bundle or an installed wheel)."""
from __future__ import annotations

from bizcenter.datafiles import data_dir

RESOURCES = data_dir("resources")
