"""Published lists as their publishers write them: a messy CSV, a workbook, pasted text."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

#: A casualty-style list saved by Russian Excel: Windows-1251, ";", no byte-order mark;
#: row 4 has no name, row 5 an unreadable date, row 6 a whole name in Latin order.
MESSY_CSV = (
    "ФИО;Дата рождения;Личный номер;Часть;Примечание\r\n"
    "Шумов Алексей Викторович;14.05.1990;АВ-123456;в/ч 01234;\r\n"
    "Заречный Пётр Ильич;1987;;в/ч 05678;ранен\r\n"
    ";02.02.1991;ЖК-777;;без фамилии\r\n"
    "Лодыгин Марк Семёнович;31.02.1989;;;\r\n"
    "Oleksii Kravets;1993-07-01;;;в латинице\r\n"
)


@pytest.fixture
def messy_csv(tmp_path: Path) -> Path:
    path = tmp_path / "обмен.csv"
    path.write_bytes(MESSY_CSV.encode("cp1251"))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Список"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
