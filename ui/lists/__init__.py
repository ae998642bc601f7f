"""Published lists in the window: the import dialog (:mod:`ui.lists.import_dialog`) and the
"Lists" menu entry that opens it (:mod:`ui.lists.actions`)."""
