"""Synthetic data for load tests and benchmarks: realistic families, persons and reports.

:mod:`caseworker.synth.cases` writes whole cases into a database (:func:`synthesize`);
:mod:`caseworker.synth.people` makes the families, :mod:`caseworker.synth.reports` the reports
about one person, from the word lists of :mod:`caseworker.synth.data`.
"""

from __future__ import annotations

from caseworker.synth.cases import SynthSummary, synthesize
from caseworker.synth.people import family_name, feminine

__all__ = ["SynthSummary", "family_name", "feminine", "synthesize"]
