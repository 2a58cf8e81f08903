"""Tabs as a list down the left side, their names written across: a screen with more jobs than a row of tabs
holds at 1366 px (the back office's twenty) shows every one at once, without scroll arrows, in the order of
their keys (Ctrl+1…, named in each tab's tooltip)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget

ROW = 28  # px a tab: room for twenty-two of them in a maximized window's height
PAD = 12  # px either side of a name


class SideTabBar(QTabBar):
    """A vertical tab bar whose names read left to right (Qt's own west tabs turn them on their side)."""

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt's name
        widest = max((self.fontMetrics().horizontalAdvance(self.tabText(i)) for i in range(self.count())), default=0)
        return QSize(widest + 2 * PAD + 4, ROW)

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 - never elided: the bar is as wide as a name
        return self.tabSizeHint(index)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionTab()
        for i in range(self.count()):
            self.initStyleOption(option, i)
            option.shape = QTabBar.RoundedNorth  # drawn as a tab lying flat: the text across, not up the side
            painter.drawControl(QStyle.CE_TabBarTabShape, option)
            text = QRect(option.rect).adjusted(PAD, 0, -PAD, 0)
            selected = bool(option.state & QStyle.State_Selected)
            painter.setPen(self.palette().color(self.palette().ColorRole.Highlight if selected
                                                else self.palette().ColorRole.WindowText))
            painter.drawText(text, int(Qt.AlignVCenter | Qt.AlignLeft), option.text)


class SideTabs(QTabWidget):
    """A QTabWidget (same API: addTab, setCurrentIndex, tabText…) whose tabs are a list on the left."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        bar = SideTabBar(objectName="sideTabBar")
        bar.setExpanding(False)
        bar.setUsesScrollButtons(False)
        self.setTabBar(bar)
        self.setTabPosition(QTabWidget.West)
