"""The review queue "Сверка со списком": a published list's entries one at a time, every
candidate beside the entry with a table of fields, decided by keyboard and undoable."""
