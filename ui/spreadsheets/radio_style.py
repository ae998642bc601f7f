"""A style for item views whose check boxes are one-of-two choices: drawn as radio buttons."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget
from shiboken6 import Shiboken

_STYLE: RadioIndicatorStyle | None = None


class RadioIndicatorStyle(QProxyStyle):
    """Draws an item view's check indicators as radio buttons; everything else as usual."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck:
            element = QStyle.PrimitiveElement.PE_IndicatorRadioButton
        super().drawPrimitive(element, option, painter, widget)


def radio_indicator_style() -> RadioIndicatorStyle:
    """The one shared instance; owned by the application, so it outlives every view using it."""
    global _STYLE
    if _STYLE is None or not Shiboken.isValid(_STYLE):
        _STYLE = RadioIndicatorStyle()
        _STYLE.setParent(QApplication.instance())
    return _STYLE
