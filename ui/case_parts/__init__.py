"""The parts of the case view (:mod:`ui.case_view`): its header, people lists, reports tab."""
