"""Dialogs to add and edit the records of a case."""
