"""The addressee directory window (:mod:`ui.addressees.addressees_window`) and the menu
entry that opens it."""
