"""Does a window fit a 1366×768 screen, and does every text fit its widget? Walks findChildren, so a widget
added to any screen is checked without naming it here.

A problem is a short string naming the window, the widget (its objectName or class) and the text, so a
failing test says what a clerk would see cut off."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox, QDateEdit, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QScrollArea, QStackedWidget, QStyle,
                               QStyleOptionButton, QTabBar, QToolButton, QWidget)

SCREEN = QSize(1366, 768)
TITLE_BAR = 32  # a window manager's title bar: a window's frame must fit the screen, not only its client area
SLACK = 1  # rounding of fractional font metrics


def _name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def _shown(w: QWidget, window: QWidget) -> bool:
    return w.isVisibleTo(window) and w.width() > 0 and w.height() > 0


def window_problems(window: QWidget) -> list[str]:
    """The window, at its opening size and at its smallest, must fit the screen with a title bar."""
    room = QSize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    out = []
    for what, size in (("opens at", window.size()), ("cannot shrink below", smallest)):
        if size.width() > room.width() or size.height() > room.height():
            out.append(f"{_name(window)} {what} {size.width()}×{size.height()}: larger than the screen "
                       f"({room.width()}×{room.height()} below the title bar){_largest_pages(window)}")
    return out


def _largest_pages(window: QWidget) -> str:
    """Which page of a stack or tab (shown or not) asks for the most room — a stack is as big as its biggest —
    named at the deepest level, so the message points at the screen to change."""
    room = QSize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
    pages = [page for stack in window.findChildren(QStackedWidget) for page in
             (stack.widget(i) for i in range(stack.count()))]
    big = [p for p in pages if p.minimumSizeHint().height() > room.height() * 0.75
           or p.minimumSizeHint().width() > room.width() * 0.75]
    leaves = [p for p in big if not any(q is not p and p.isAncestorOf(q) for q in big)]
    if not leaves:
        return ""
    return "; the most demanding: " + ", ".join(
        f"{_name(p)} ({type(p).__module__}) {p.minimumSizeHint().width()}×{p.minimumSizeHint().height()}"
        for p in leaves)


def _lines_fit(fm: QFontMetrics, text: str, width: int) -> str | None:
    for line in text.split("\n"):
        if fm.horizontalAdvance(line) > width + SLACK:
            return line
    return None


def _elided_on_purpose(w: QWidget, text: str) -> bool:
    return bool(w.toolTip()) and text.replace("…", "").strip() and w.toolTip().strip() != "" and \
        text.rstrip("…").strip() in w.toolTip()


def _looks_rich(text: str) -> bool:
    """Qt's own guess (Qt::mightBeRichText, not wrapped by PySide): a tag before the first line break."""
    import re

    return re.search(r"<[a-zA-Z!/][^>]*>", text.split("\n", 1)[0]) is not None


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2 + (max(label.indent(), 0) if label.indent() > 0 else 0)
    width = rect.width() - margin
    rich = label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText and _looks_rich(text))
    if label.wordWrap():
        if not rich:  # a word that cannot be broken (a path, a long code) runs past the edge
            used = QFontMetrics(label.font()).boundingRect(0, 0, max(width, 1), 100_000, Qt.TextWordWrap, text).width()
            if used > width + SLACK and not _elided_on_purpose(label, text):
                return f"label {_name(label)} has a word wider than its {width} px: {text[:60]!r}"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK and not _elided_on_purpose(label, text):
            return f"label {_name(label)} wraps to {needed} px high in {label.height()} px: {text[:60]!r}"
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if doc.idealWidth() > width + SLACK:
            return f"label {_name(label)} needs {doc.idealWidth():.0f} px, has {width}: {doc.toPlainText()[:60]!r}"
        return None
    line = _lines_fit(QFontMetrics(label.font()), text, width)
    if line is not None and not _elided_on_purpose(label, text):
        return f"label {_name(label)} needs {QFontMetrics(label.font()).horizontalAdvance(line)} px, has {width}: {line!r}"
    lines = text.count("\n") + 1
    if QFontMetrics(label.font()).lineSpacing() * lines > rect.height() + 2 and not _elided_on_purpose(label, text):
        return f"label {_name(label)} is {rect.height()} px high for {lines} line(s): {text[:60]!r}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    fm = QFontMetrics(button.font())
    style = button.style()
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = style.pixelMetric(QStyle.PM_IndicatorWidth if isinstance(button, QCheckBox)
                                      else QStyle.PM_ExclusiveIndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PM_CheckBoxLabelSpacing, None, button)
        width = button.width() - indicator - spacing - icon
    elif isinstance(button, QPushButton):
        opt = QStyleOptionButton()
        opt.initFrom(button)
        opt.text, opt.icon, opt.iconSize = button.text(), button.icon(), button.iconSize()
        if button.menu() is not None:
            opt.features |= QStyleOptionButton.HasMenu
        width = style.subElementRect(QStyle.SE_PushButtonContents, opt, button).width() - icon
        if button.menu() is not None:
            width -= style.pixelMetric(QStyle.PM_MenuButtonIndicator, None, button)
    elif isinstance(button, QToolButton):
        width = button.width() - 6 - icon
        if button.popupMode() == QToolButton.InstantPopup and button.menu() is not None:
            width -= style.pixelMetric(QStyle.PM_MenuButtonIndicator, None, button)
    else:
        width = button.width() - 8 - icon
    line = _lines_fit(fm, text, width)
    if line is not None and not _elided_on_purpose(button, text):
        return f"button {_name(button)} needs {fm.horizontalAdvance(line)} px, has {width}: {line!r}"
    if fm.lineSpacing() * (text.count("\n") + 1) > button.height() + 2:
        return f"button {_name(button)} is {button.height()} px high for {text.count(chr(10)) + 1} line(s): {text!r}"
    return None


def tabbar_problems(bar: QTabBar) -> list[str]:
    out = []
    fm = QFontMetrics(bar.font())
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = bar.tabText(i).replace("&", "")
        rect = bar.tabRect(i)
        if rect.right() > bar.width() or rect.left() < 0 or rect.bottom() > bar.height() or rect.top() < 0:
            out.append(f"tab {text!r} of {_name(bar)} is off the tab bar (it scrolls)")
        elif fm.horizontalAdvance(text) + 8 > rect.width() + SLACK:
            out.append(f"tab {text!r} of {_name(bar)} needs {fm.horizontalAdvance(text)} px, has {rect.width()}")
    return out


def header_problems(header: QHeaderView) -> list[str]:
    """A column narrower than its name as the header draws it (the theme's font and padding included)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Horizontal:
        return []
    out = []
    for section in range(model.columnCount()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Horizontal, Qt.DisplayRole)
        if not text:
            continue
        size, needed = header.sectionSize(section), header.sectionSizeHint(section)
        if needed > size + SLACK and not (section == model.columnCount() - 1 and header.stretchLastSection()
                                         and header.length() >= header.width()):
            out.append(f"column {str(text)!r} of {_name(header.parentWidget() or header)} needs {needed} px, has {size}")
    return out


def squashed_problem(w: QWidget) -> str | None:
    """An input shorter than it can be drawn (a form squashed under other widgets)."""
    hint = w.minimumSizeHint()
    if hint.isValid() and w.height() + SLACK < min(hint.height(), w.sizeHint().height()):
        return f"{type(w).__name__} {_name(w)} is squashed to {w.height()} px (needs {hint.height()})"
    return None


def sideways_problem(area: QScrollArea) -> str | None:
    """What a scroll area holds must not need sideways scrolling, nor be cut at its right edge."""
    inner = area.widget()
    if inner is None:
        return None
    needed = inner.minimumSizeHint().expandedTo(inner.minimumSize()).width()
    if needed > area.viewport().width() + SLACK:
        how = "is cut at its right edge" if area.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff \
            else "must be scrolled sideways"
        return f"{_name(area)} {how}: its content needs {needed} px, shows {area.viewport().width()}"
    return None


def text_problems(window: QWidget) -> list[str]:
    """Every shown label, button, tab and column header of the window (children included)."""
    out = []
    for w in [window] + window.findChildren(QWidget):
        if not _shown(w, window):
            continue
        if isinstance(w, QLabel):
            out.append(label_problem(w))
        elif isinstance(w, QAbstractButton):
            out.append(button_problem(w))
        elif isinstance(w, QTabBar):
            out.extend(tabbar_problems(w))
        elif isinstance(w, QHeaderView):
            out.extend(header_problems(w))
        elif isinstance(w, (QLineEdit, QComboBox)) and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            out.append(squashed_problem(w))
        if isinstance(w, QScrollArea):
            out.append(sideways_problem(w))
        if isinstance(w, QDateEdit) and w.displayFormat() != "yyyy-MM-dd":
            out.append(f"{_name(w)} shows its date as {w.displayFormat()!r}, not the one way every screen does "
                       "(2026-12-07): by the language at build time 12/7/26 in one and 2026/12/7 in the other")
    return [f"{_name(window)}: {p}" for p in out if p]


def problems(window: QWidget) -> list[str]:
    return window_problems(window) + text_problems(window)


def keyless_tabs(top: QWidget) -> list[str]:
    """Every tab of every tab set on screen has a key of its own: a shortcut of its window that shows that tab,
    named in the tab's tooltip (ui/keyboard.py tab_keys), and no other shortcut on screen with the same key."""
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QTabWidget

    window, out = top.window(), []
    shortcuts = [s for s in window.findChildren(QShortcut) if isinstance(s.parent(), QWidget)]
    sets = top.findChildren(QTabWidget) + ([top] if isinstance(top, QTabWidget) else [])
    for tabs in (t for t in sets if t.isVisible()):
        mine = [s for s in shortcuts if s.parent() is tabs or s.parent().isAncestorOf(tabs)]
        was = tabs.currentIndex()
        for i in range(tabs.count()):
            name = f"{tabs.objectName()} tab {i + 1} {tabs.tabText(i)!r}"
            tip = tabs.tabToolTip(i)
            named = [s for s in mine if s.key().toString(QKeySequence.NativeText) in tip]
            key = max((s.key().toString(QKeySequence.NativeText) for s in named), key=len, default="")
            named = [s for s in named if s.key().toString(QKeySequence.NativeText) == key]
            if not named:
                out.append(f"{name}: no key named in its tooltip {tip!r}")
                continue
            rivals = [s for s in shortcuts if s.key() == named[0].key() and s.parent().isVisible()]
            if len(rivals) > 1:
                out.append(f"{name}: {key} is also another shortcut's on this screen")
            tabs.setCurrentIndex(was if was != i else (i + 1) % tabs.count())
            named[0].activated.emit()
            if tabs.currentIndex() != i:
                out.append(f"{name}: {key} does not show it")
        tabs.setCurrentIndex(was)
    return out
