"""Export: the rows read from the database (in a second process for a large export), the
workbook written with openpyxl, its "Read me" and Lists sheets and how it prints."""
