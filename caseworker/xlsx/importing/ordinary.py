"""Whether a sheet's XML is ordinary: rows as spreadsheet programs write them, whose values
python-calamine reads exactly as the XML reader (:mod:`caseworker.xlsx.importing.sheet_xml`)
would, and nothing that reader would refuse.

The check is a strict grammar of the rows, matched by Python's regular expressions (in C,
a row at a time, no object per cell): cells with their reference in the row, a style, and a
number, a shared text's index or an inline text. Anything else is not ordinary and the sheet
goes to the XML reader, which reads it or refuses it with its sentence: a formula, an error
or a true/false value, a text that calamine would read otherwise (trimmed at its ends,
``_x0041_`` escapes, carriage returns, an empty text), a number in a form that is not plain
digits, a date style on a number that is no day from 1 March 1900 on (the leap-bug day,
serials no calendar has) or a time within seconds of midnight, a duration, a cell of another
row, rows out of order or past the limits, or XML that is not well formed around the rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from caseworker.xlsx.importing.sheet_xml import MAX_ROW
from caseworker.xlsx.workbook.columns import Limits

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: The rows are between these (the one ``sheetData`` of the worksheet).
ROWS_OPEN, ROWS_CLOSE = b"<sheetData>", b"</sheetData>"
# A character reference to a character XML allows, from "!" on (whitespace is trimmed by
# calamine at a text's ends, so it takes the XML reader).
_REFERENCE = (
    rb"3[3-9]|[4-9][0-9]|[1-9][0-9]{2,3}|[1-4][0-9]{4}|5[0-4][0-9]{3}|55[01][0-9]{2}"
    rb"|552[0-8][0-9]|5529[0-5]|5734[4-9]|573[5-9][0-9]|57[4-9][0-9]{2}|5[89][0-9]{3}"
    rb"|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-3]|6553[6-9]|655[4-9][0-9]"
    rb"|65[6-9][0-9]{2}|6[6-9][0-9]{3}|[7-9][0-9]{4}|[1-9][0-9]{5}|10[0-9]{5}|110[0-9]{4}"
    rb"|111[0-3][0-9]{3}|11140[0-9]{2}|111410[0-9]|11141[01]"
)
# (References from 100 to 9999 first: Cyrillic written as references.)
_TEXT = (
    rb"(?:[^<&_\]\r\x00-\x08\x0b\x0c\x0e-\x1f]++|&#(?:[1-9][0-9]{2,3}|"
    + _REFERENCE
    + rb");|&(?:amp|lt|gt|quot|apos);|_(?![xX])|\](?!\]>))++"
)
_SPACE = rb"[\t\n ]"
_INLINE = (
    rb' t="inlineStr"><is>(?:<t>(?!' + _SPACE + rb")" + _TEXT + rb"(?<!" + _SPACE + rb")"
    rb'|<t xml:space="preserve">' + _TEXT + rb")</t></is></c>"
)
_SHARED = rb' t="s"><v>[0-9]{1,7}</v></c>'
_STYLE = rb' s="(?:0|[1-9][0-9]{0,4})"'
_NUMBER = rb'(?: t="n")?><v>-?[0-9]{1,15}(?:\.[0-9]{1,17})?</v></c>'
# A day from 1 March 1900 (serial 61) on, well within the year 9999 in both calendars, at a
# time of day not within seconds of midnight (where rounding might tell another day).
_DAY = (
    rb'(?: t="n")?><v>(?:6[1-9]|[7-9][0-9]|[1-9][0-9]{2,5}|1[0-9]{6}|2[0-8][0-9]{5}'
    rb"|29[0-4][0-9]{4})(?:\.(?!9999)[0-9]{1,17})?</v></c>"
)
# A cell without a value, as openpyxl writes one for an empty text too.
_EMPTY = rb'(?: t="(?:n|inlineStr)")?(?:/>|></c>)'
_ATTRIBUTE = rb'\s+(?!xmlns)[A-Za-z_][\w:.-]*="[^"<&>]*"'
_ROW_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:row|sheetData)[\s/>]")
# The XML reader counts the elements read before each row ends, and reads ahead of the rows
# it has parsed: a sheet that comes within this many of the limit takes the XML reader.
_READ_AHEAD = 1 << 17
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_NAME = re.compile(rb'\s([^\s=]+)="')
_DECLARATION = re.compile(
    rb'<\?xml version="1\.0"(?: encoding="[Uu][Tt][Ff]-8")?(?: standalone="(?:yes|no)")?\?>'
)


def _styles(ids: frozenset[str]) -> bytes:
    return b"|".join(re.escape(i.encode()) for i in sorted(ids)) or b"(?!)"


def row_grammar(
    dates: frozenset[str], durations: frozenset[str], numbers: bool
) -> re.Pattern[bytes]:
    """One ordinary row; ``dates`` and ``durations`` are the style ids of each (as cells
    write them), ``numbers`` whether the sheet may hold numbers at all."""
    date_styles, other = _styles(dates - durations), _styles(dates | durations)
    styled = rb"(?:" + _STYLE + rb")?"
    kinds = [styled + rb"(?:" + _INLINE + rb"|" + _SHARED + rb"|" + _EMPTY + rb")"]
    if numbers:
        kinds.append(rb'(?: s="(?!(?:' + other + rb')")(?:0|[1-9][0-9]{0,4})")?' + _NUMBER)
        kinds.append(rb' s="(?:' + date_styles + rb')"' + _DAY)
    cell = rb'<c r="[A-Z]{1,2}(?P=n)"(?:' + rb"|".join(kinds) + rb")"
    return re.compile(
        rb'<row r="(?P<n>[1-9][0-9]{0,6})"(?P<a>(?:' + _ATTRIBUTE + rb")*+)\s*"
        rb"(?:/>|>(?:" + cell + rb")*+</row>)"
    )


@dataclass(frozen=True, slots=True)
class Ordinary:
    """An ordinary sheet: its first row (row 1) as XML, for the XML reader to read its
    headers exactly, and how many rows it has."""

    first_row: bytes
    rows: int


#: Given rows found ordinary so far: ``(start, end, last)``, the bytes ``data[start:end]``
#: holding them and the number of the last of them (the XML around the rows is checked
#: before any is given; the rows after them are not checked yet).
Checked = Callable[[int, int, int], None]


def ordinary(
    data: bytes | bytearray,
    grammar: re.Pattern[bytes],
    limits: Limits,
    checked: Checked | None = None,
    every: int = 0,
) -> Ordinary | None:
    """``data`` (a sheet's XML) as an ordinary sheet, or None when it is not one.

    ``checked``, if given, is handed the rows found ordinary, in order, as soon as ``every``
    bytes of them are (and the last ones once the sheet is found ordinary): calamine may
    parse those while the rest is checked. What it reads of them is to be used only once
    the whole sheet is found ordinary.
    """
    start, end = data.find(ROWS_OPEN), data.rfind(ROWS_CLOSE)
    if start < 0 or end < start or data.startswith(b"\xef\xbb\xbf"):
        return None
    prefixes = _around_rows(data, start, end)
    if prefixes is None:
        return None
    if not data.isascii() and not _utf8(data):
        return None
    at, previous, first = start + len(ROWS_OPEN), 0, b""
    # A cell of the grammar takes at least 11 bytes (<c r="A1"/>): only a sheet that long
    # may hold too many.
    if (end - at) // 11 > limits.max_cells and data.count(b"<c ", at, end) > limits.max_cells:
        return None
    last = min(MAX_ROW, limits.max_rows + 1)
    # The XML reader's limit on the elements before a row ends, checked here per row (and
    # for the first, with the elements before the rows); a row has fewer than its bytes.
    limit = limits.max_elements_per_row - _READ_AHEAD
    elements = data.count(b"<", 0, at)
    known: set[bytes] = set()  # the rows' attributes already found well formed
    given = at  # the rows from here on not given to ``checked`` yet
    for match in grammar.finditer(data, at, end):
        if match.start() != at:
            return None
        number = int(match["n"])
        if not previous < number <= last:
            return None
        attributes = match["a"]
        if attributes and attributes not in known:
            if not _well_formed(attributes, prefixes):
                return None
            known.add(attributes)
        after = match.end()
        if after - at + elements > limit and data.count(b"<", at, after) + elements > limit:
            return None
        if not previous:
            if number != 1:
                return None
            first = bytes(match[0])
        previous, at, elements = number, after, 0
        if checked is not None and at - given >= every:
            checked(given, at, number)
            given = at
    if at != end or not first:
        return None
    if data.count(b"<", end) + _READ_AHEAD > limits.max_elements_per_row:
        return None
    if checked is not None and at > given:
        checked(given, at, previous)
    return Ordinary(first, previous)


def _around_rows(data: bytes | bytearray, start: int, end: int) -> set[bytes] | None:
    """The namespace prefixes the worksheet declares, when the XML around the rows is well
    formed, one worksheet in the main namespace with its one ``sheetData``, and holds no
    other row; else None."""
    before, after = data[: start + len(ROWS_OPEN)], data[end:]
    if _ROW_START.search(before, 0, start) or _ROW_START.search(after, len(ROWS_CLOSE)):
        return None
    if before.startswith(b"<?") and not _DECLARATION.match(before):
        return None
    if before.count(b"xmlns=") != 1 or b"xmlns=" in after:
        return None
    try:
        root = etree.fromstring(bytes(before + after), _PARSER)
    except etree.LxmlError:
        return None
    main = "{" + MAIN.decode() + "}"
    if root.tag != main + "worksheet" or root.find(main + "sheetData") is None:
        return None
    return {prefix.encode() for prefix in root.nsmap if prefix} | {b"xml"}


def _well_formed(attributes: bytes, prefixes: set[bytes]) -> bool:
    """Whether a row's attributes (after its number) are each there once, none of them
    ``r``, each prefix declared on the worksheet: as lxml reads them without an error."""
    names = _NAME.findall(attributes)
    if len(set(names)) != len(names) or b"r" in names:
        return False
    for name in names:
        prefix, colon, local = name.rpartition(b":")
        if colon and (prefix not in prefixes or not local or b":" in prefix):
            return False
    return True


def _utf8(data: bytes | bytearray) -> bool:
    """Whether ``data`` is UTF-8 without the two characters XML does not allow."""
    if b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
