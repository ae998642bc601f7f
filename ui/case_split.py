"""The split between the case list and the open case: the list's room while none is open.

While no case is open the right pane only says so, and the list takes the width for its
names. When a case opens the first time, the split becomes the default share, once; from
then on it is the user's (and restored from the saved state at the next start, as it is
whenever one was saved). An automatic split the user never touched is not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QSizePolicy, QSplitter, QWidget

#: The list's share of the width once a case is open, until the user moves the splitter.
LIST_SHARE = 0.5


class CaseSplit(QObject):
    """Keeps ``splitter`` (the list, then ``right``) as described in the module docstring."""

    def __init__(self, splitter: QSplitter, right: QWidget) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._right = right
        self._chosen = False  # restored, moved by the user, or set once a case opened
        # The right pane's minimum is set here by what it shows, not by its largest page.
        policy = right.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        right.setSizePolicy(policy)
        splitter.splitterMoved.connect(self._moved)
        self._right_stretch = policy.horizontalStretch()

    def restore(self, state: QByteArray) -> None:
        """Restore a saved split; an empty or unreadable one leaves the split automatic."""
        self._chosen = not state.isEmpty() and self._splitter.restoreState(state)

    def state(self) -> QByteArray:
        """What to save: the split once chosen, else nothing (the next start decides again)."""
        return self._splitter.saveState() if self._chosen else QByteArray()

    def update(self, case_open: bool, right_minimum: int) -> None:
        """Follow what the right pane shows: whether a case is open, and the width it needs."""
        self._right.setMinimumWidth(right_minimum)
        # While the split is automatic and no case is open, a larger window widens the list.
        policy = self._right.sizePolicy()
        automatic = not case_open and not self._chosen
        policy.setHorizontalStretch(0 if automatic else self._right_stretch)
        self._right.setSizePolicy(policy)
        if self._chosen or not self._splitter.isVisible():
            return
        total = sum(self._splitter.sizes())
        if total <= 0:
            return
        if case_open:
            listed = round(total * LIST_SHARE)
            self._chosen = True
        else:
            listed = total - right_minimum
        self._splitter.setSizes([listed, total - listed])

    def _moved(self, _position: int, _index: int) -> None:
        self._chosen = True
