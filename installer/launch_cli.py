"""Entry point of the bundled `bizcenter` command line (PyInstaller runs this file as `__main__`)."""
import sys

from bizcenter.cli import main

if __name__ == "__main__":
    sys.exit(main())
