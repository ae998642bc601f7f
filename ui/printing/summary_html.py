"""The printed summary's HTML building blocks: its style sheet, escaping, and its tables.

Every value from the database goes through :func:`escaped`; the sections of the summary
(:mod:`ui.printing.summary_people`, :mod:`ui.printing.summary_reports`,
:mod:`ui.printing.summary_evidence`) are made of these pieces only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from ui.widgets.date_field import format_day

T = TypeVar("T")

STYLE = """
body { color: #1f2328; }
h1 { font-size: 15pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; font-weight: bold; color: #27466b; margin-top: 16pt; margin-bottom: 5pt; }
h3 { font-size: 10.5pt; font-weight: bold; color: #27466b; margin-top: 11pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 4pt; }
p.lead { font-size: 11pt; color: #4a525b; margin-bottom: 6pt; }
p.gap { font-size: 5pt; margin: 0; }
table.facts td { padding: 1px 0; }
table.facts td.key { color: #5f6770; padding-right: 14px; }
table.grid { border-collapse: collapse; }
table.grid th {
    background-color: #e8edf3; font-weight: bold; text-align: left;
    padding: 4px; border-bottom: 1px solid #8d96a1;
}
table.grid td { padding: 4px; border-bottom: 1px solid #c9ced6; }
.small { font-size: 8pt; color: #4a525b; }
.muted { color: #6b737c; }
.retracted { color: #80868d; }
.warning { color: #a11d1d; font-weight: bold; }
.caveat { font-size: 8.5pt; font-style: italic; color: #4a525b; }
.hash { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; }
"""


#: A run of this many characters without a space (a web address) may break anywhere.
LONGEST_WORD = 36
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD},}}")
_BREAK = "\u200b"  # a zero-width space: a place to break the line, invisible


def _breakable(match: re.Match[str]) -> str:
    word = match.group(0)
    return _BREAK.join(
        word[i : i + LONGEST_WORD // 2] for i in range(0, len(word), LONGEST_WORD // 2)
    )


#: The space after a table. A table's own bottom margin would do, but where the margin
#: crosses into the next page, Qt paints the table's repeated header there, over what follows.
GAP = '<p class="gap">&nbsp;</p>'


def escaped(text: str) -> str:
    """Database text as HTML: escaped, its line breaks kept, over-long words breakable.

    Lines wrap between words only (never inside a word that fits): a word too long for
    its column, such as a web address, gets invisible places to break.
    """
    return html.escape(_LONG_WORD.sub(_breakable, text)).replace("\n", "<br/>")


def heading(level: int, text: str) -> str:
    return f"<h{level}>{escaped(text)}</h{level}>"


def joined(parts: Iterable[str], separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)


def dash(text: str) -> str:
    return text or "—"


def moment(value: datetime) -> str:
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_day(local.date())} {local.strftime('%H:%M')}"


def facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of labels and (HTML) values, empty values left out."""
    body = "".join(
        f'<tr><td class="key">{escaped(key)}</td><td>{value}</td></tr>'
        for key, value in rows
        if value
    )
    return f'<table class="facts" cellspacing="0">{body}</table>{GAP}'


def grid(headers: Iterable[tuple[str, int]], rows: Iterable[Iterable[str]]) -> str:
    """A ruled table: headers with their share of the width (%), repeated on each page."""
    head = "".join(f'<th width="{share}%">{escaped(text)}</th>' for text, share in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        '<table class="grid" width="100%" cellspacing="0">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{GAP}"
    )


def table_section(
    title: str,
    headers: Iterable[tuple[str, int]],
    items: Sequence[T],
    row: Callable[[T], list[str]],
    none: str,
) -> str:
    """``title`` (HTML) over a ruled table of ``items``, one ``row`` each, or ``none`` said
    in grey when there are none."""
    if not items:
        return f'{title}<p class="muted">{escaped(none)}</p>'
    return title + grid(headers, (row(item) for item in items))
