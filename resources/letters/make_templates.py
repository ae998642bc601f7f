"""Make the starter letter templates (the .docx files beside this script) again.

Run from the project folder: ``.venv/bin/python resources/letters/make_templates.py``. The
output is the same byte for byte on every run (fixed dates in the document and the archive),
so a changed template shows in ``git diff`` only when its text changed. The placeholders are
those of ``caseworker/letters/placeholders.py``; ``{%p … %}`` lines are docxtpl's paragraph
tags (the paragraph holding one is removed from the letter), so optional fields and lists
take whole paragraphs.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 1)
RIGHT, CENTRE, JUSTIFY, LEFT = "right", "centre", "justify", "left"
SUBTITLE = "subtitle"  # centred under the title, not bold
Lines = list[tuple[str, str]]

APPLICANT = [
    (RIGHT, "Заявитель: {{ заявитель.фио }}"),
    (RIGHT, "({{ заявитель.родство }} разыскиваемого)"),
    (RIGHT, "Адрес для ответа: {{ заявитель.адрес }}"),
    (RIGHT, "{%p if заявитель.телефон %}"),
    (RIGHT, "Телефон: {{ заявитель.телефон }}"),
    (RIGHT, "{%p endif %}"),
    (RIGHT, "{%p if заявитель.почта %}"),
    (RIGHT, "Эл. почта: {{ заявитель.почта }}"),
    (RIGHT, "{%p endif %}"),
    (RIGHT, "Представитель заявителя: {{ представитель.фио }}"),
]

PERSON = [
    (JUSTIFY, "Сведения о разыскиваемом:"),
    (LEFT, "фамилия, имя, отчество: {{ разыскиваемый.фио }};"),
    (LEFT, "дата рождения: {{ разыскиваемый.дата_рождения }};"),
    (LEFT, "{%p if разыскиваемый.место_рождения %}"),
    (LEFT, "место рождения: {{ разыскиваемый.место_рождения }};"),
    (LEFT, "{%p endif %}"),
    (LEFT, "{%p if разыскиваемый.личный_номер %}"),
    (LEFT, "личный номер: {{ разыскиваемый.личный_номер }};"),
    (LEFT, "{%p endif %}"),
    (LEFT, "{%p if разыскиваемый.звание %}"),
    (LEFT, "воинское звание: {{ разыскиваемый.звание }};"),
    (LEFT, "{%p endif %}"),
    (LEFT, "{%p if разыскиваемый.часть %}"),
    (LEFT, "воинская часть: {{ разыскиваемый.часть }};"),
    (LEFT, "{%p endif %}"),
    (LEFT, "{%p if разыскиваемый.должность %}"),
    (LEFT, "должность: {{ разыскиваемый.должность }};"),
    (LEFT, "{%p endif %}"),
    (LEFT, "{%p if разыскиваемый.позывной %}"),
    (LEFT, "позывной: {{ разыскиваемый.позывной }};"),
    (LEFT, "{%p endif %}"),
    (LEFT, "{%p if разыскиваемый.связь_дата %}"),
    (
        LEFT,
        "последняя связь с семьёй: {{ разыскиваемый.связь_дата }}"
        "{% if разыскиваемый.связь_место %}, {{ разыскиваемый.связь_место }}{% endif %}.",
    ),
    (LEFT, "{%p endif %}"),
]

REPORTS = [
    (JUSTIFY, "{%p if сообщения %}"),
    (JUSTIFY, "Семье известны следующие сведения о его судьбе:"),
    (JUSTIFY, "{%p for с in сообщения %}"),
    (
        JUSTIFY,
        "— {{ с.дата }}: {{ с.утверждение }}{% if с.место %}, {{ с.место }}{% endif %} "
        "(источник: {{ с.источник }}{% if с.документ %}, {{ с.документ }}{% endif %})"
        "{% if с.содержание %}: «{{ с.содержание }}»{% endif %};",
    ),
    (JUSTIFY, "{%p endfor %}"),
    (JUSTIFY, "{%p endif %}"),
    (JUSTIFY, "{%p if противоречия %}"),
    (JUSTIFY, "Эти сведения противоречат друг другу:"),
    (JUSTIFY, "{%p for п in противоречия %}"),
    (JUSTIFY, "— {{ п.текст }}"),
    (JUSTIFY, "{%p endfor %}"),
    (JUSTIFY, "{%p endif %}"),
]

EARLIER = [
    (JUSTIFY, "{%p if запросы %}"),
    (JUSTIFY, "Ранее по этому вопросу направлялись обращения:"),
    (JUSTIFY, "{%p for з in запросы %}"),
    (JUSTIFY, "— {{ з.дата }}, {{ з.адресат }}: {{ з.исход }};"),
    (JUSTIFY, "{%p endfor %}"),
    (JUSTIFY, "{%p endif %}"),
]

ANSWER = [
    (JUSTIFY, "Ответ прошу направить по адресу: {{ заявитель.адрес }}."),
]

ENCLOSURES = [
    (LEFT, "{%p if приложения %}"),
    (LEFT, "Приложения:"),
    (LEFT, "{%p for пр in приложения %}"),
    (LEFT, "{{ пр.номер }}. {{ пр.название }} (контрольная сумма SHA-256: {{ пр.sha256 }})."),
    (LEFT, "{%p endfor %}"),
    (LEFT, "{%p endif %}"),
]

SIGNATURE = [
    (LEFT, ""),
    (LEFT, "{{ письмо.дата }}"),
    (LEFT, "Заявитель ____________________ {{ заявитель.фио }}"),
    (LEFT, "Представитель ____________________ {{ представитель.фио }}"),
]


def letter(addressee: Iterable[str], title: str, *body: Lines) -> Lines:
    # The inquiry's addressee where the letter is made for an inquiry, else lines to fill in.
    lines = [
        (RIGHT, "{%p if адресат.название %}"),
        (RIGHT, "{{ адресат.название }}"),
        (RIGHT, "{%p if адресат.адрес %}"),
        (RIGHT, "{{ адресат.адрес }}"),
        (RIGHT, "{%p endif %}"),
        (RIGHT, "{%p else %}"),
        *[(RIGHT, line) for line in addressee],
        (RIGHT, "{%p endif %}"),
        (RIGHT, ""),
    ]
    lines += [*APPLICANT, (LEFT, ""), (CENTRE, title), (LEFT, "")]
    for part in body:
        lines += part
    return lines + ANSWER + ENCLOSURES + SIGNATURE


def text(*paragraphs: str) -> Lines:
    return [(JUSTIFY, paragraph) for paragraph in paragraphs]


TEMPLATES = {
    "commissariat": letter(
        [
            "Военному комиссару",
            "____________________________________",
            "(наименование военного комиссариата)",
        ],
        "ЗАЯВЛЕНИЕ",
        text(
            "Прошу предоставить сведения о местонахождении и судьбе моего родственника — "
            "военнослужащего, сведения о котором приведены ниже, — с которым семья утратила "
            "связь, и сообщить, какие меры приняты для его розыска.",
        ),
        PERSON,
        text(
            "После последней связи известий от него семья не получала; официального "
            "извещения о его гибели, ранении, пленении или иной судьбе семья также не "
            "получала.",
        ),
        REPORTS,
        EARLIER,
        text(
            "На основании Федерального закона от 2 мая 2006 г. № 59-ФЗ «О порядке "
            "рассмотрения обращений граждан Российской Федерации» прошу: сообщить "
            "обстоятельства, при которых была утрачена связь с ним, и его текущий статус; "
            "сообщить, направлялись ли запросы в воинскую часть и какие ответы получены; "
            "при отсутствии у военного комиссариата этих сведений направить обращение в "
            "орган, к компетенции которого относится решение поставленных вопросов, и "
            "уведомить меня об этом.",
        ),
    ),
    "ministry": letter(
        ["В Министерство обороны Российской Федерации", "119160, г. Москва, ул. Знаменка, д. 19"],
        "ОБРАЩЕНИЕ",
        text(
            "Обращаюсь по вопросу розыска военнослужащего, сведения о котором приведены "
            "ниже; его судьба семье до настоящего времени неизвестна.",
        ),
        PERSON,
        REPORTS,
        EARLIER,
        text(
            "В соответствии с Федеральным законом от 2 мая 2006 г. № 59-ФЗ «О порядке "
            "рассмотрения обращений граждан Российской Федерации» прошу проверить сведения "
            "о нём по учётам Министерства обороны Российской Федерации, сообщить его "
            "текущий статус (находится на службе, ранен и находится на лечении, пропал без "
            "вести, захвачен в плен, погиб) и основания, на которых он установлен, а также "
            "сообщить, в какой воинской части и в каком подразделении он проходил службу на "
            "дату последней связи.",
        ),
    ),
    "prosecutor": letter(
        [
            "Военному прокурору",
            "____________________________________",
            "(наименование военной прокуратуры)",
        ],
        "ЖАЛОБА",
        [
            (SUBTITLE, "на непредоставление ответа на обращение в установленный законом срок"),
            (LEFT, ""),
        ],
        text(
            "Семья ведёт розыск военнослужащего, сведения о котором приведены ниже; связь "
            "с ним утрачена.",
        ),
        PERSON,
        EARLIER,
        text(
            "Согласно части 1 статьи 12 Федерального закона от 2 мая 2006 г. № 59-ФЗ "
            "«О порядке рассмотрения обращений граждан Российской Федерации» письменное "
            "обращение рассматривается в течение 30 дней со дня его регистрации. Ответы на "
            "мои обращения по этому вопросу в установленный срок не получены, что нарушает право "
            "заявителя, предусмотренное статьёй 5 названного закона, на получение "
            "письменного ответа по существу поставленных вопросов.",
            "На основании статей 10 и 26 Федерального закона от 17 января 1992 г. № 2202-1 "
            "«О прокуратуре Российской Федерации» прошу провести проверку соблюдения "
            "порядка рассмотрения моих обращений, принять меры прокурорского реагирования "
            "для устранения нарушения и получения ответа по существу, а также о результатах "
            "проверки сообщить мне.",
        ),
        REPORTS,
    ),
    "ombudsman": letter(
        [
            "Уполномоченному по правам человека",
            "в Российской Федерации",
        ],
        "ОБРАЩЕНИЕ",
        text(
            "Прошу оказать содействие в установлении судьбы военнослужащего, сведения о "
            "котором приведены ниже; по имеющимся у семьи сведениям, он может находиться "
            "в плену.",
        ),
        PERSON,
        REPORTS,
        EARLIER,
        text(
            "Руководствуясь Федеральным конституционным законом от 26 февраля 1997 г. "
            "№ 1-ФКЗ «Об Уполномоченном по правам человека в Российской Федерации», прошу: "
            "проверить, содержится ли он в списках военнопленных и удерживаемых лиц, "
            "переданных противоположной стороной или полученных через Международный "
            "комитет Красного Креста; включить его в списки лиц, подлежащих обмену; "
            "сообщить семье о результатах и о дальнейших действиях, которые ей следует "
            "предпринять.",
            "Семья даёт согласие на передачу сведений о нём органам и организациям, "
            "участвующим в розыске и обмене.",
        ),
    ),
    "red-cross": letter(
        [
            "В Российский Красный Крест",
            "для передачи в Центральное агентство по розыску",
            "Международного комитета Красного Креста",
        ],
        "ЗАПРОС О РОЗЫСКЕ",
        text(
            "Прошу принять запрос о розыске военнослужащего, сведения о котором приведены "
            "ниже, связь с которым семья утратила, и передать запрос в Центральное "
            "агентство по розыску Международного комитета Красного Креста.",
        ),
        PERSON,
        REPORTS,
        EARLIER,
        text(
            "Прошу сообщить, имеются ли сведения о нём в данных, собранных Международным "
            "комитетом Красного Креста, в том числе о его возможном нахождении в плену, "
            "на лечении или о его гибели, и при возможности восстановить связь между ним "
            "и семьёй.",
            "Я даю согласие на обработку и передачу сведений, изложенных в запросе, в целях "
            "розыска.",
        ),
    ),
    "dna": letter(
        [
            "Руководителю",
            "____________________________________",
            "(учреждение, проводящее идентификацию)",
        ],
        "ЗАЯВЛЕНИЕ",
        [(SUBTITLE, "о сравнении генетического профиля"), (LEFT, "")],
        text(
            "Прошу провести сравнение моего генетического профиля с генетическими профилями "
            "неопознанных погибших в целях установления судьбы моего родственника — "
            "военнослужащего, сведения о котором приведены ниже.",
        ),
        PERSON,
        text(
            "Образец для исследования у меня отобран {{ заявитель.днк_дата }}, "
            "учреждение: {{ заявитель.днк_лаборатория }}, номер образца: "
            "{{ заявитель.днк_номер }}.",
        ),
        REPORTS,
        EARLIER,
        text(
            "Прошу сообщить мне о результатах сравнения, а при установлении совпадения — "
            "о порядке получения заключения и передачи останков семье.",
        ),
    ),
}


def _paragraphs(document: object, lines: Lines) -> None:
    alignment = {
        RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
        CENTRE: WD_ALIGN_PARAGRAPH.CENTER,
        SUBTITLE: WD_ALIGN_PARAGRAPH.CENTER,
        JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
        LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    }
    for align, line in lines:
        paragraph = document.add_paragraph()  # type: ignore[attr-defined]
        paragraph.alignment = alignment[align]
        paragraph.paragraph_format.space_after = Pt(0)
        if align == JUSTIFY:  # the indented first line of Russian business letters
            paragraph.paragraph_format.first_line_indent = Cm(1.25)
        if line:
            run = paragraph.add_run(line)
            run.bold = align == CENTRE


def build(lines: Lines) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(2.0)
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"  # type: ignore[attr-defined]
    style.font.size = Pt(14)  # type: ignore[attr-defined]
    properties = document.core_properties
    properties.author = properties.last_modified_by = "Caseworker"
    properties.created = properties.modified = FIXED
    properties.revision = 1
    _paragraphs(document, lines)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_archive(buffer.getvalue())


def _fixed_archive(data: bytes) -> bytes:
    """The same archive with every entry dated ``FIXED``, so that runs give equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def main() -> None:
    for name, lines in TEMPLATES.items():
        (HERE / f"{name}.docx").write_bytes(build(lines))
        print(HERE / f"{name}.docx")


if __name__ == "__main__":
    main()
