"""Language of the screens: Qt's translation system, with English source strings.

`.ts` sources live in ui/translations/ (edited with Qt Linguist or by hand), the `.qm` files are
built by `make` (pyside6-lrelease). Money and dates follow the same choice through Babel/QLocale.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = (("zh", "中文"), ("en", "English"))

_installed: list[QTranslator] = []
_current = "zh"


def current() -> str:
    return _current


def set_language(lang: str) -> bool:
    """Install the translator for `lang` ('zh' or 'en'); returns False if its .qm is missing."""
    global _current
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = lang if lang in ("zh", "en") else "zh"
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if _current == "zh"
                       else QLocale(QLocale.English, QLocale.UnitedStates))
    if _current == "en":
        return True
    qt_own = QTranslator(app)  # Qt's own buttons (OK, Cancel…)
    if qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    ok = translator.load(str(TRANSLATIONS / "bizcenter_zh_CN.qm"))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    return ok


def error_text(exc: BaseException) -> str:
    """What the clerk reads: a domain error in their language; anything else, a plain apology."""
    from bizcenter.errors import DomainError

    if isinstance(exc, DomainError):
        return exc.message(_current)
    if _current == "zh":
        return "出现意外错误，操作未完成，请重试或联系领班。"
    return "Something unexpected went wrong; the action did not complete. Try again or call a supervisor."
