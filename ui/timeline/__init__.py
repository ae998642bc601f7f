"""The timeline view of a sought person: the painted widget and the panel around it."""

from __future__ import annotations

from ui.timeline.timeline_widget import TimelineWidget

__all__ = ["TimelineWidget"]
