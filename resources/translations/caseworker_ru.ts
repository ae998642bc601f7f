<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="104" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/case_actions.py" line="49" />
        <location filename="../../ui/case_actions.py" line="303" />
        <source>Add report</source>
        <translation>Добавить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="50" />
        <source>Which sought person is the report about?</source>
        <translation>К какому разыскиваемому относится сообщение?</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="304" />
        <source>This case has no sought person yet. Add the person first.</source>
        <translation>В этом деле ещё нет разыскиваемых. Сначала добавьте разыскиваемого.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="15" />
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="17" />
        <source>Edit case {reference}</source>
        <translation>Изменение дела {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="22" />
        <location filename="../../ui/dialogs/case_dialog.py" line="23" />
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="24" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="25" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="26" />
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="28" />
        <source>Work</source>
        <translation>Работа по делу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="29" />
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="30" />
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="31" />
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="34" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/case_list_model.py" line="153" />
        <source>Reference</source>
        <extracomment>How many cases match the query, once known (right after a reset, or from the count).</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="154" />
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="155" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="156" />
        <source>Sought persons</source>
        <translation>Разыскиваемые</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="157" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="158" />
        <source>Last report</source>
        <translation>Посл. сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="159" />
        <source>Action due</source>
        <translation>Срок шага</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="162" />
        <source>The persons this family is looking for</source>
        <translation>Кого разыскивает эта семья</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="163" />
        <source>When the newest report was received</source>
        <translation>Когда получено последнее сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="164" />
        <source>When the next action on the case is due; red if overdue</source>
        <translation>Срок следующего шага по делу; красным, если он просрочен</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="277" />
        <source>The next action is overdue</source>
        <translation>Следующий шаг просрочен</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/case_list_view.py" line="56" />
        <source>Search: name, reference, service number, unit, phone</source>
        <extracomment>What a typical value looks like, to size each column before the user resizes it; the sought persons column takes the remaining width. The user selected the case with this id.</extracomment>
        <translation>Поиск: ФИО, № дела, личный номер, часть, телефон</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="60" />
        <source>Filters the list as you type (Ctrl+F). Escape clears the search.</source>
        <translation>Список фильтруется по мере ввода (Ctrl+F). Клавиша Esc очищает поиск.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="65" />
        <source>Show cases with this status</source>
        <translation>Показывать дела с этим статусом</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="66" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="68" />
        <source>Open or located</source>
        <translation>Открыто или найден</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="75" />
        <source>Show cases from this region</source>
        <translation>Показывать дела из этого региона</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="179" />
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="107" />
        <source>No case is open. Choose a case in the list, or create a new case.</source>
        <translation>Дело не открыто. Выберите дело в списке или создайте новое.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="189" />
        <location filename="../../ui/case_view.py" line="208" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190" />
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="192" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="193" />
        <source>DNA sample</source>
        <translation>Образец ДНК</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="197" />
        <location filename="../../ui/case_view.py" line="219" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="198" />
        <source>Add a relative</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="199" />
        <location filename="../../ui/case_view.py" line="221" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="200" />
        <source>Edit the selected relative</source>
        <translation>Изменить данные выбранного родственника</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="209" />
        <location filename="../../ui/case_view.py" line="488" />
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="210" />
        <location filename="../../ui/case_view.py" line="474" />
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="211" />
        <location filename="../../ui/case_view.py" line="475" />
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="212" />
        <location filename="../../ui/case_view.py" line="476" />
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="213" />
        <location filename="../../ui/case_view.py" line="477" />
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="214" />
        <location filename="../../ui/case_view.py" line="479" />
        <source>Call sign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="215" />
        <location filename="../../ui/case_view.py" line="481" />
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="220" />
        <source>Add a sought person</source>
        <translation>Добавить разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="222" />
        <source>Edit the selected sought person</source>
        <translation>Изменить данные выбранного разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="230" />
        <source>Reports</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="231" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="240" />
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="248" />
        <source>Sought persons</source>
        <translation>Разыскиваемые</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="274" />
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="313" />
        <source>Add report…</source>
        <translation>Добавить сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="314" />
        <source>Edit report…</source>
        <translation>Изменить сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="315" />
        <source>Retract report…</source>
        <translation>Отозвать сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="358" />
        <source>Case notes</source>
        <translation>Заметки по делу</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="374" />
        <source>region not given</source>
        <translation>регион не указан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="376" />
        <source>assigned to {name}</source>
        <translation>ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="378" />
        <source>not assigned</source>
        <translation>ответственный не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="379" />
        <source>opened {day}</source>
        <translation>открыто {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="382" />
        <source>No notes.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="388" />
        <source>Next action: none planned</source>
        <translation>Следующий шаг: не запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390" />
        <source>Next action: {action}</source>
        <translation>Следующий шаг: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393" />
        <source>due {day}</source>
        <translation>срок {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396" />
        <source>overdue by one day</source>
        <translation>просрочено на один день</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="398" />
        <source>overdue by %n days</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="403" />
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="404" />
        <source>Next action: {action} ({when})</source>
        <translation>Следующий шаг: {action} ({when})</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="405" />
        <source>not described</source>
        <translation>не описан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="417" />
        <source>given {day}</source>
        <translation>дано {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="419" />
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="425" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="467" />
        <source>{status} since {day}</source>
        <translation>{status} с {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="473" />
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="478" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="489" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="507" />
        <source>Reports about {name}</source>
        <translation>Сообщения: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="509" />
        <source>Add a sought person to record reports about them.</source>
        <translation>Добавьте разыскиваемого, чтобы записывать сообщения о нём.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="511" />
        <source>Reports (%n)</source>
        <translation>
            <numerusform>Сообщения (%n)</numerusform>
            <numerusform>Сообщения (%n)</numerusform>
            <numerusform>Сообщения (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../caseworker/cli.py" line="32" />
        <source>“{text}” is not a whole number of zero or more.</source>
        <translation>«{text}» — не целое неотрицательное число.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="42" />
        <source>work with cases</source>
        <translation>работа с делами</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="44" />
        <source>open a case; prints its reference</source>
        <translation>открыть дело; выводит его номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="45" />
        <source>the family, e.g. Шумовы</source>
        <translation>семья, например Шумовы</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="46" />
        <source>the family's region</source>
        <translation>регион семьи</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="47" />
        <source>the caseworker</source>
        <translation>ответственный за дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="52" />
        <source>work with sought persons</source>
        <translation>работа с разыскиваемыми</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="55" />
        <source>add a sought person to a case; prints the new id</source>
        <translation>добавить разыскиваемого в дело; выводит его id</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="57" />
        <source>case reference</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="59" />
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="61" />
        <source>date of birth, YYYY-MM-DD</source>
        <translation>дата рождения, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="69" />
        <source>work with reports</source>
        <translation>работа с сообщениями</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="71" />
        <source>add a report; prints the new id</source>
        <translation>добавить сообщение; выводит его id</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="72" />
        <source>person id</source>
        <translation>id разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="77" />
        <source>when it happened: a day, a month, ~day or DAY..DAY</source>
        <translation>когда это произошло: день, месяц, ~день или ДЕНЬ..ДЕНЬ</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="80" />
        <source>who exactly said it</source>
        <translation>кто именно это сообщил</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="81" />
        <source>source grade A-F</source>
        <translation>оценка источника A-F</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="82" />
        <source>information grade 1-6</source>
        <translation>оценка информации 1-6</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="85" />
        <source>when the source said it</source>
        <translation>когда источник это заявил</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="86" />
        <source>when we heard it</source>
        <translation>когда мы об этом узнали</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="88" />
        <source>id of the report this one relays</source>
        <translation>id сообщения, которое повторяет это</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="92" />
        <source>retract a report with a reason (it stays on record)</source>
        <translation>отозвать сообщение с указанием причины (оно остаётся в деле)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="94" />
        <source>report id</source>
        <translation>id сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="102" />
        <source>Caseworker from the command line.</source>
        <translation>Caseworker из командной строки.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="107" />
        <source>database file or SQLAlchemy URL (default: $CASEWORKER_DB)</source>
        <translation>файл базы данных или URL SQLAlchemy (по умолчанию: $CASEWORKER_DB)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="110" />
        <source>add the demo cases</source>
        <translation>добавить демонстрационные дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="113" />
        <source>add synthetic cases for load tests</source>
        <translation>добавить синтетические дела для нагрузочных тестов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="122" />
        <source>find cases, sought persons and relatives</source>
        <translation>найти дела, разыскиваемых и родственников</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="125" />
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="129" />
        <source>check the database; exit 1 if anything is wrong</source>
        <translation>проверить базу данных; код выхода 1, если что-то не так</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="147" />
        <source>The database cannot be opened: {reason}</source>
        <translation>Не удаётся открыть базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli.py" line="164" />
        <source>Interrupted; nothing of the unfinished step was saved.</source>
        <translation>Прервано; из незавершённого шага ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli_commands.py" line="36" />
        <source>The database could not be used: {reason}</source>
        <translation>Не удалось работать с базой данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli_commands.py" line="46" />
        <source>The demo cases are already in this database.</source>
        <translation>Демонстрационные дела уже есть в этой базе данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli_commands.py" line="55" />
        <source>Added {cases} cases, {persons} sought persons, {relatives} relatives and {reports} reports in {seconds:.1f} s.</source>
        <translation>Добавлено за {seconds:.1f} с: дел — {cases}, разыскиваемых — {persons}, родственников — {relatives}, сообщений — {reports}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli_commands.py" line="154" />
        <source>Nothing matches “{query}”.</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli_commands.py" line="165" />
        <source>{count} problems found in {database}.</source>
        <translation>Проверка {database}: найдено проблем — {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli_commands.py" line="171" />
        <source>No problems found in {database}.</source>
        <translation>Проверка {database}: проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="57" />
        <source>The database {location} was written by a newer version of Caseworker. Install the newer version to open it; this version has left it untouched.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date database needs no Alembic import (a tenth of a second at start-up); a test checks it against the scripts.</extracomment>
        <translation>База данных {location} создана более новой версией Caseworker. Чтобы открыть её, установите новую версию; эта версия базу данных не изменяла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="67" />
        <source>{location} is not a Caseworker database; it has been left untouched.</source>
        <translation>{location} — не база данных Caseworker; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="89" />
        <source>The database {location} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать базу данных {location}: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="206" />
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="231" />
        <source>Write a day as 02.04.2026 or 2026-04-02.</source>
        <translation>Введите дату как 02.04.2026 или 2026-04-02.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="241" />
        <source>02.04.2026, 04.2026 or ~02.04.2026</source>
        <translation>02.04.2026, 04.2026 или ~02.04.2026</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="242" />
        <source>A day (02.04.2026), a month (04.2026), a year (2026), an approximate day (~02.04.2026) or a period (02.04.2026..10.04.2026).</source>
        <translation>День (02.04.2026), месяц (04.2026), год (2026), приблизительная дата (~02.04.2026) или период (02.04.2026..10.04.2026).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="270" />
        <source>The event date is missing.</source>
        <translation>Не указана дата события.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../caseworker/dates.py" line="58" />
        <source>“{text}” is not a date. Write it as 2026-04-02 or 02.04.2026; a month as 2026-04; an approximate date as ~2026-04-02; a period as 2026-04-02..2026-04-10.</source>
        <translation>«{text}» — не дата. Пишите день как 02.04.2026 или 2026-04-02, месяц — как 04.2026, приблизительную дату — как ~02.04.2026, период — как 02.04.2026..10.04.2026.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="72" />
        <source>“{text}” is not a day that exists in the calendar.</source>
        <translation>«{text}» — такого дня нет в календаре.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="81" />
        <source>“{text}”: there is no month {month}.</source>
        <translation>«{text}»: месяца {month} не существует.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="99" />
        <source>“{text}” is too far in the past.</source>
        <translation>«{text}» — слишком давняя дата.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="132" />
        <source>The event date is missing.</source>
        <translation>Не указана дата события.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="140" />
        <source>“{text}”: the period starts after it ends.</source>
        <translation>«{text}»: период начинается позже, чем заканчивается.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="156" />
        <source>“{text}” lies in the future.</source>
        <translation>«{text}» — дата в будущем.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="53" />
        <source>The event period starts after it ends.</source>
        <translation>Период события начинается позже, чем заканчивается.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../caseworker/demo.py" line="42" />
        <source>Demo case: the people and events are invented.</source>
        <translation>Демонстрационное дело: люди и события вымышлены.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="28" />
        <source>No cases yet</source>
        <extracomment>The user asked for a new case (the main window opens the dialog).</extracomment>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="38" />
        <source>Start with a family's request: create a case, then add the relatives, the sought persons and every report they bring.

To look around first, load a few fictional demo cases.</source>
        <translation>Начните с обращения семьи: создайте дело, затем добавьте родственников, разыскиваемых и все сообщения, которые поступают.

Чтобы сначала осмотреться, загрузите несколько вымышленных демонстрационных дел.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="48" />
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="51" />
        <source>Load demo cases</source>
        <translation>Загрузить демонстрационные дела</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../caseworker/services/assessments.py" line="24" />
        <source>assessed status</source>
        <translation>Оценка статуса</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/assessments.py" line="25" />
        <source>confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="21" />
        <source>The family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="23" />
        <source>case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="26" />
        <source>Next action due</source>
        <translation>Срок следующего шага</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="27" />
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="26" />
        <source>contradiction rule</source>
        <translation>Правило противоречия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="19" />
        <location filename="../../caseworker/services/relatives.py" line="19" />
        <source>The surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="20" />
        <source>The given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="23" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="32" />
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="36" />
        <source>official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="38" />
        <source>Official status date</source>
        <translation>Дата официального статуса</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="22" />
        <source>relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="27" />
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="29" />
        <source>DNA sample collected on</source>
        <translation>Дата взятия образца ДНК</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="29" />
        <source>claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="30" />
        <source>Stated on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="31" />
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="32" />
        <source>source kind</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="37" />
        <source>source reliability (A-F)</source>
        <translation>Надёжность источника (A-F)</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="42" />
        <source>information credibility (1-6)</source>
        <translation>Достоверность информации (1-6)</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../caseworker/integrity.py" line="52" />
        <source>… and {count} more problems of this kind.</source>
        <translation>… и ещё проблем такого рода: {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="68" />
        <source>The database file is damaged: {detail}</source>
        <translation>Файл базы данных повреждён: {detail}</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="81" />
        <source>Row {row} of {table} points to a missing row of {parent}.</source>
        <translation>Строка {row} таблицы {table} ссылается на несуществующую строку таблицы {parent}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="101" />
        <source>The full-text search index does not match the search entries; search may miss records until the index is rebuilt.</source>
        <translation>Полнотекстовый индекс не совпадает с поисковыми записями; пока индекс не перестроен, поиск может находить не все записи.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="140" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="141" />
        <source>Sought person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="142" />
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="166" />
        <source>{what} {id} has no search entry.</source>
        <translation>{what} {id}: нет поисковой записи.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="170" />
        <source>{what} {id} has an out-of-date search entry.</source>
        <translation>{what} {id}: поисковая запись устарела.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="189" />
        <source>Search entry {id} belongs to no record ({what} {entity}).</source>
        <translation>Поисковая запись {id} не относится ни к одной записи ({what} {entity}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="224" />
        <source>Case {reference}: the case list shows the sought persons as “{stored}”, but they are “{expected}”.</source>
        <translation>Дело {reference}: в списке дел разыскиваемые указаны как «{stored}», а на самом деле — «{expected}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="244" />
        <source>Case {reference}: the case list shows the last report on {stored}, but it was received on {expected}.</source>
        <translation>Дело {reference}: в списке дел последнее сообщение датировано {stored}, а получено оно {expected}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="252" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="273" />
        <source>Report {id} relays report {origin}, which is not about the same person.</source>
        <translation>Сообщение {id} повторяет сообщение {origin}, которое относится к другому человеку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="278" />
        <source>Report {id} relays itself.</source>
        <translation>Сообщение {id} повторяет само себя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="290" />
        <source>Report {id}: its event period starts ({start}) after it ends ({end}).</source>
        <translation>Сообщение {id}: период события начинается ({start}) позже, чем заканчивается ({end}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Counting the cases…</source>
        <translation>Подсчёт дел…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Open a new case for a family (Ctrl+N)</source>
        <translation>Открыть новое дело по обращению семьи (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>&amp;Find case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Search the cases (Ctrl+F)</source>
        <translation>Поиск по делам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Add &amp;report…</source>
        <translation>Добавить &amp;сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Record a new report about a sought person of this case (Ctrl+R)</source>
        <translation>Записать новое сообщение о разыскиваемом по этому делу (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <source>&amp;About Caseworker</source>
        <translation>&amp;О программе Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>Cases: {count}</source>
        <translation>Дел: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>About Caseworker</source>
        <translation>О программе Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>&lt;p&gt;&lt;b&gt;Caseworker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;A desk for volunteer caseworkers helping families find relatives in military service whose fate is unclear: gather every report, weigh it, see where reports contradict each other, and tell the family only what is well founded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Caseworker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Рабочее место волонтёров, которые помогают семьям искать родственников-военнослужащих с неясной судьбой: собирать все сообщения, взвешивать их, видеть, где они противоречат друг другу, и сообщать семье только то, что хорошо обосновано.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="18" />
        <source>Changed meanwhile</source>
        <translation>Запись уже изменена</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26" />
        <source>Something went wrong that Caseworker did not expect. Nothing was saved by this action. The details are in the log file; please pass it to whoever supports you.</source>
        <translation>В Caseworker произошла непредвиденная ошибка. Это действие ничего не сохранило. Подробности записаны в файл журнала; передайте его тому, кто вам помогает с программой.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="16" />
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="17" />
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="18" />
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="19" />
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="20" />
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="21" />
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="22" />
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="23" />
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="24" />
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="25" />
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="26" />
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="27" />
        <source>December</source>
        <translation>декабрь</translation>
    </message>
</context>
<context>
    <name>MonthsOfDay</name>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="30" />
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="31" />
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="32" />
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="33" />
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="34" />
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="35" />
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="36" />
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="37" />
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="38" />
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="39" />
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="40" />
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="41" />
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="15" />
        <source>Add sought person</source>
        <translation>Новый разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="17" />
        <source>Edit sought person {name}</source>
        <translation>Изменение данных разыскиваемого: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="22" />
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="23" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="24" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="25" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="27" />
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="29" />
        <source>e.g. in Latin letters</source>
        <translation>например, латиницей</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="30" />
        <source>Born on</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="31" />
        <source>Born in</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="33" />
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="34" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="35" />
        <source>Since</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="37" />
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="38" />
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="39" />
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="40" />
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="41" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="42" />
        <source>Call sign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="44" />
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="45" />
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="46" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="47" />
        <source>Channel</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="48" />
        <source>e.g. phone, messenger</source>
        <translation>например, телефон, мессенджер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="51" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="95" />
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="153" />
        <source>{caption} *</source>
        <translation>{caption} *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="217" />
        <source>Changed meanwhile. {message}</source>
        <translation>Запись уже изменена. {message}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../caseworker/services/cases.py" line="68" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="75" />
        <source>There is no case {reference}.</source>
        <translation>Дело {reference} не найдено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="65" />
        <source>Sought person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/records.py" line="24" />
        <source>{what} {id} does not exist.</source>
        <translation>Не найдено: {what} {id}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/records.py" line="31" />
        <source>Someone else changed this record after you opened it. Nothing was saved; reopen it to see their changes, then make yours again.</source>
        <translation>Кто-то изменил эту запись после того, как вы её открыли. Ничего не сохранено: откройте запись заново, чтобы увидеть эти изменения, и внесите свои ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="58" />
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="193" />
        <source>Report</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="15" />
        <source>Add relative</source>
        <translation>Новый родственник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="17" />
        <source>Edit relative {name}</source>
        <translation>Изменение данных родственника: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="22" />
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="23" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="24" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="25" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="26" />
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="28" />
        <source>Relation, in words</source>
        <translation>Родство словами</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="30" />
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="31" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="32" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="33" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="35" />
        <source>Consent to process data</source>
        <translation>Согласие на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="36" />
        <source>Given on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="37" />
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="39" />
        <source>DNA reference sample</source>
        <translation>Образец ДНК для сравнения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="40" />
        <source>Collected on</source>
        <translation>Дата взятия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="41" />
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="42" />
        <source>Sample reference</source>
        <translation>Номер образца</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="45" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="26" />
        <source>Edit report about {name}</source>
        <translation>Изменение сообщения: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="26" />
        <source>Add report about {name}</source>
        <translation>Новое сообщение: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="30" />
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="32" />
        <source>What and when</source>
        <translation>Что и когда</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="34" />
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="40" />
        <source>A report's claim cannot be changed. Retract this report with a reason and add a new one.</source>
        <translation>Утверждение сообщения изменить нельзя. Отзовите это сообщение, указав причину, и добавьте новое.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="44" />
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="45" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="46" />
        <source>Stated on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="47" />
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="53" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="57" />
        <source>Who exactly</source>
        <translation>Кто именно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="58" />
        <source>e.g. company commander</source>
        <translation>например, командир роты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="59" />
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="60" />
        <source>Document reference</source>
        <translation>Реквизиты документа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="62" />
        <source>Relays report</source>
        <translation>Повторяет сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="66" />
        <source>Choose the report this one only repeats (a comrade relaying what the unit said, a reposted video): it then never counts as independent support.</source>
        <translation>Выберите сообщение, которое это сообщение лишь повторяет (сослуживец пересказывает слова командования, видео перепощено): тогда оно не будет считаться независимым подтверждением.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="71" />
        <source>Grades (each judged on its own)</source>
        <translation>Оценки (каждая выставляется отдельно)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="73" />
        <source>Source reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="76" />
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="82" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="90" />
        <source>none: an independent report</source>
        <translation>нет: самостоятельное сообщение</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../ui/report_table_model.py" line="112" />
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="113" />
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="114" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="115" />
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="116" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="220" />
        <source>Retracted by {who} on {day}: {reason}</source>
        <translation>Отозвано {day} ({who}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="221" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="235" />
        <source>Relays report {id}</source>
        <translation>Повторяет сообщение {id}</translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="14" />
        <source>Retract report</source>
        <translation>Отозвать сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="16" />
        <source>Report</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="26" />
        <source>A retracted report is never deleted: it stays in the case, struck out, with your reason, and no longer counts in the analysis.</source>
        <translation>Отозванное сообщение не удаляется: оно остаётся в деле зачёркнутым, с указанной вами причиной, и больше не учитывается в анализе.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="32" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="33" />
        <source>Retract</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39" />
        <source>A new language applies when Caseworker next starts.</source>
        <translation>Новый язык будет применён при следующем запуске Caseworker.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47" />
        <source>Written into the audit trail with every change you make.</source>
        <translation>Записывается в журнал изменений при каждой вашей правке.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54" />
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78" />
        <source>Your name cannot be only spaces; leave it empty to use your login name.</source>
        <translation>Имя не может состоять из одних пробелов; оставьте поле пустым, чтобы использовалось имя вашей учётной записи.</translation>
    </message>
</context>
<context>
    <name>Synth</name>
    <message>
        <location filename="../../caseworker/synth.py" line="259" />
        <source>The number of cases must not be negative.</source>
        <translation>Количество дел не может быть отрицательным.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="48" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year} г.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="59" />
        <source>{month} {year}</source>
        <translation>{month} {year} г.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="64" />
        <source>about {day}</source>
        <translation>около {day}</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="65" />
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="77" />
        <source>report {id} ({source}, {date}: {claim})</source>
        <translation>сообщение {id} ({source}, {date}: {claim})</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="97" />
        <source>{first} and {second}: a person reported dead was reported alive the next day.</source>
        <translation>{first} и {second}: человека, о гибели которого сообщили, на следующий день назвали живым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="102" />
        <source>{first} and {second}: a person reported dead was reported alive {days} days later.</source>
        <translation>{first} и {second}: человека, о гибели которого сообщили, через {days} дн. назвали живым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="108" />
        <source>{first} and {second}: a person reported dead was reported alive at least one day later.</source>
        <translation>{first} и {second}: человека, о гибели которого сообщили, не меньше чем через день назвали живым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="114" />
        <source>{first} and {second}: a person reported dead was reported alive at least {days} days later.</source>
        <translation>{first} и {second}: человека, о гибели которого сообщили, не меньше чем через {days} дн. назвали живым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="123" />
        <source>{first} and {second}: one says the person was dead and the other that the person was alive at the same time; both cannot be true.</source>
        <translation>{first} и {second}: по одному сообщению человек в это время был мёртв, по другому — жив; оба не могут быть верны.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="133" />
        <source>{first} and {second}: at the same time the person is reported held prisoner in {captured_place} and free or in hospital in {free_place}.</source>
        <translation>{first} и {second}: по сообщениям, в одно и то же время человек находится в плену (место: {captured_place}) и на свободе или в госпитале (место: {free_place}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="150" />
        <source>The official status was set to “{status}” on {since}, after {report} had reached us; it has disagreed with that report for {days} days.</source>
        <translation>Официальный статус «{status}» установлен {since}, уже после того, как к нам поступило {report}; расхождение с этим сообщением длится {days} дн.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="156" />
        <source>The official status still says “{status}” {days} days after {report} reached us on {since}.</source>
        <translation>Официальный статус по-прежнему «{status}», хотя {since} к нам поступило {report}; с тех пор прошло {days} дн.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="167" />
        <source>Nothing new for {days} days: no report and no answer to an inquiry since {since}.</source>
        <translation>Ничего нового уже {days} дн.: с {since} нет ни сообщений, ни ответов на запросы.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="174" />
        <source>alive after death</source>
        <translation>жив после гибели</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="175" />
        <source>same-time conflict</source>
        <translation>противоречие в одно время</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="176" />
        <source>official status behind the facts</source>
        <translation>официальный статус отстаёт от фактов</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="177" />
        <source>no news for a long time</source>
        <translation>давно нет новостей</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="180" />
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="181" />
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="182" />
        <source>low</source>
        <translation>низкая</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/undo_commands.py" line="110" />
        <source>Edit case {reference}</source>
        <translation>изменение дела {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="121" />
        <source>Edit relative {name}</source>
        <translation>изменение данных родственника ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="134" />
        <source>Edit sought person {name}</source>
        <translation>изменение данных разыскиваемого ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="147" />
        <source>Edit report: {description}</source>
        <translation>изменение сообщения ({description})</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../caseworker/services/assessments.py" line="44" />
        <source>Say why you judge the status so: the rationale is required.</source>
        <translation>Объясните, почему вы так оцениваете статус: обоснование обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="42" />
        <source>These reports are not all about this person.</source>
        <translation>Не все эти сообщения относятся к этому человеку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="75" />
        <source>Write down why this contradiction is explained.</source>
        <translation>Запишите, чем объясняется это противоречие.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="113" />
        <source>This contradiction is not marked explained.</source>
        <translation>Это противоречие не отмечено как объяснённое.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/fields.py" line="38" />
        <source>{what} must be chosen.</source>
        <translation>Выберите значение в поле «{what}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/fields.py" line="51" />
        <source>“{value}” is not a valid {what}; use one of: {allowed}.</source>
        <translation>«{value}» — недопустимое значение поля «{what}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/fields.py" line="70" />
        <source>{what} must be given.</source>
        <translation>Заполните поле «{what}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="84" />
        <source>A report cannot be derived from itself.</source>
        <translation>Сообщение не может повторять само себя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="91" />
        <source>Report {id} is not a report about the same person.</source>
        <translation>Сообщение {id} относится к другому человеку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="136" />
        <source>A report's claim cannot be changed. Retract this report with a reason and add a new one.</source>
        <translation>Утверждение сообщения изменить нельзя. Отзовите это сообщение, указав причину, и добавьте новое.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="170" />
        <source>Say why the report is retracted.</source>
        <translation>Укажите причину отзыва сообщения.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="173" />
        <source>This report is already retracted.</source>
        <translation>Это сообщение уже отозвано.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="55" />
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="61" />
        <source>“{text}” is not a phone number: it has {count} digits.</source>
        <translation>«{text}» — не номер телефона: количество цифр — {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="82" />
        <source>{what} must not be empty.</source>
        <translation>Поле «{what}» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="86" />
        <source>{what} contains control characters.</source>
        <translation>Поле «{what}» содержит управляющие символы.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../caseworker/labels.py" line="25" />
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="26" />
        <source>located</source>
        <translation>найден</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="27" />
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="28" />
        <location filename="../../caseworker/labels.py" line="37" />
        <location filename="../../caseworker/labels.py" line="74" />
        <source>alive</source>
        <translation>жив</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="29" />
        <source>wounded, in hospital</source>
        <translation>ранен, в госпитале</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="30" />
        <source>captured (prisoner of war)</source>
        <translation>в плену</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="31" />
        <source>released</source>
        <translation>освобождён</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="32" />
        <location filename="../../caseworker/labels.py" line="73" />
        <source>killed</source>
        <translation>погиб</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="33" />
        <source>remains recovered</source>
        <translation>останки найдены</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="34" />
        <source>remains identified</source>
        <translation>останки опознаны</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="35" />
        <location filename="../../caseworker/labels.py" line="70" />
        <source>missing</source>
        <translation>пропал без вести</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="36" />
        <source>no information</source>
        <translation>нет сведений</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="38" />
        <location filename="../../caseworker/labels.py" line="97" />
        <source>dead</source>
        <translation>погиб</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="39" />
        <location filename="../../caseworker/labels.py" line="98" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="40" />
        <source>asserts nothing</source>
        <translation>ничего не утверждает</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="41" />
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="42" />
        <source>unit</source>
        <translation>воинская часть</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="43" />
        <source>comrade</source>
        <translation>сослуживец</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="44" />
        <source>opposing side</source>
        <translation>противоположная сторона</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="45" />
        <source>hospital</source>
        <translation>госпиталь</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="46" />
        <source>Red Cross</source>
        <translation>Красный Крест (МККК)</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="47" />
        <source>ombudsman</source>
        <translation>уполномоченный по правам человека</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="48" />
        <source>published list</source>
        <translation>опубликованный список</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="49" />
        <source>media (video, photo, post)</source>
        <translation>СМИ и соцсети (видео, фото, пост)</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="50" />
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="51" />
        <source>research</source>
        <translation>собственный поиск</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="52" />
        <location filename="../../caseworker/labels.py" line="89" />
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="53" />
        <source>A: completely reliable</source>
        <translation>A: полностью надёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="54" />
        <source>B: usually reliable</source>
        <translation>B: обычно надёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="55" />
        <source>C: fairly reliable</source>
        <translation>C: довольно надёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="56" />
        <source>D: not usually reliable</source>
        <translation>D: обычно ненадёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="57" />
        <source>E: unreliable</source>
        <translation>E: ненадёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="58" />
        <source>F: reliability cannot be judged</source>
        <translation>F: надёжность нельзя оценить</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="59" />
        <source>1: confirmed by other sources</source>
        <translation>1: подтверждено другими источниками</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="62" />
        <source>2: probably true</source>
        <translation>2: вероятно, верно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="63" />
        <source>3: possibly true</source>
        <translation>3: возможно, верно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="64" />
        <source>4: doubtful</source>
        <translation>4: сомнительно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="65" />
        <source>5: improbable</source>
        <translation>5: маловероятно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="66" />
        <source>6: truth cannot be judged</source>
        <translation>6: достоверность нельзя оценить</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="69" />
        <source>no official status</source>
        <translation>официального статуса нет</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="71" />
        <location filename="../../caseworker/labels.py" line="96" />
        <source>captured</source>
        <translation>в плену</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="72" />
        <source>wounded</source>
        <translation>ранен</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="75" />
        <source>exact day</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="76" />
        <source>month only</source>
        <translation>только месяц</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="77" />
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="78" />
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="79" />
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="80" />
        <source>wife</source>
        <translation>жена</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="81" />
        <source>husband</source>
        <translation>муж</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="82" />
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="83" />
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="84" />
        <source>son</source>
        <translation>сын</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="85" />
        <source>daughter</source>
        <translation>дочь</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="86" />
        <source>sister</source>
        <translation>сестра</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="87" />
        <source>brother</source>
        <translation>брат</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="88" />
        <source>grandparent</source>
        <translation>дедушка или бабушка</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="90" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="91" />
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="92" />
        <source>answered</source>
        <translation>получен ответ</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="93" />
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="94" />
        <source>alive and free</source>
        <translation>жив, на свободе</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="95" />
        <source>wounded or in hospital</source>
        <translation>ранен или в госпитале</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="99" />
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="100" />
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="101" />
        <source>high</source>
        <translation>высокая</translation>
    </message>
</context>
</TS>
