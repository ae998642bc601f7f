"""The workbook both rooms share: its sheets and columns, their words in every language, and
the row checksum the export writes and the import compares."""
