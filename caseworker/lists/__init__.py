"""Published lists read from their files: .xlsx, .csv or pasted text, by a column mapping."""

from caseworker.lists.entries import (
    ListField,
    ParsedEntry,
    RowError,
    check_mapping,
    guess_mapping,
    parse_rows,
)
from caseworker.lists.full_name import SplitName, split_full_name
from caseworker.lists.reading import MAX_BYTES, ListTable, read_list_file, read_pasted

__all__ = [
    "MAX_BYTES",
    "ListField",
    "ListTable",
    "ParsedEntry",
    "RowError",
    "SplitName",
    "check_mapping",
    "guess_mapping",
    "parse_rows",
    "read_list_file",
    "read_pasted",
    "split_full_name",
]
