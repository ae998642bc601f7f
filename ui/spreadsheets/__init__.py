"""Spreadsheets in the GUI: export cases to Excel, and import the edited workbook back."""
