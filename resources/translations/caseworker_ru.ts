<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="39"/>
        <source>&lt;p&gt;The database can be encrypted with SQLCipher, which uses OpenSSL; their licence notices are under “Show Details”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Базу данных можно зашифровать с помощью SQLCipher, который использует OpenSSL; их лицензионные уведомления — по кнопке «Показать подробности».&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddresseeDialog</name>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="22"/>
        <source>New addressee</source>
        <translation>Новый адресат</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="24"/>
        <source>Edit addressee {name}</source>
        <translation>Изменить адресата {name}</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="30"/>
        <source>Office</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="31"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="36"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="39"/>
        <source>Regional office (not federal)</source>
        <translation>Региональный орган (не федеральный)</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="41"/>
        <source>Days for an answer</source>
        <translation>Дней на ответ</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="50"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="53"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="51"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="43"/>
        <source>Sensitive</source>
        <translation>Особый</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="46"/>
        <source>For example a body of the other side: sending to it from a case asks first, and the case shows it.</source>
        <translation>Например, орган другой стороны: перед отправкой из дела программа спрашивает подтверждение, и дело это показывает.</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="52"/>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="54"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_dialog.py" line="72"/>
        <source>the kind&apos;s rule</source>
        <translation>по правилу для вида</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/addressees/addressee_dialog.py" line="75"/>
        <source>the kind&apos;s rule: %n days</source>
        <translation>
            <numerusform>по правилу для вида: %n день</numerusform>
            <numerusform>по правилу для вида: %n дня</numerusform>
            <numerusform>по правилу для вида: %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddresseeModel</name>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="34"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="36"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="37"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="38"/>
        <source>E-mail or portal</source>
        <translation>Эл. почта или портал</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="39"/>
        <source>Days for an answer</source>
        <translation>Дней на ответ</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="40"/>
        <source>Sensitive</source>
        <translation>Особый</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="79"/>
        <source>regional</source>
        <translation>региональный</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="81"/>
        <source>federal</source>
        <translation>федеральный</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="89"/>
        <source>{days} (the kind&apos;s rule)</source>
        <translation>{days} (по правилу для вида)</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="93"/>
        <source>sensitive</source>
        <translation>особый</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="98"/>
        <source>A law sets the days for an answer.</source>
        <translation>Срок ответа установлен законом.</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="100"/>
        <source>No law sets a deadline: the days are when to chase.</source>
        <translation>Закон срока не устанавливает: это срок, когда напомнить о запросе.</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressee_model.py" line="105"/>
        <source>Sensitive: sending to it from a case asks first, and the case shows it.</source>
        <translation>Особый: перед отправкой из дела программа спрашивает подтверждение, и дело это показывает.</translation>
    </message>
</context>
<context>
    <name>AddresseesWindow</name>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="44"/>
        <location filename="../../ui/addressees/addressees_window.py" line="173"/>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="58"/>
        <source>Offices, never named officials. The days for an answer follow the kind&apos;s rule unless an office has its own; sensitive offices are marked.</source>
        <translation>Органы и организации, а не конкретные должностные лица. Срок ответа берётся из правила для вида, если у органа не указан свой; особые органы отмечены.</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="63"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="66"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="69"/>
        <location filename="../../ui/addressees/addressees_window.py" line="96"/>
        <source>Add the federal offices</source>
        <translation>Добавить федеральные органы</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="126"/>
        <source>Adding an addressee</source>
        <translation>Добавление адресата</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="157"/>
        <source>Editing an addressee</source>
        <translation>Изменение адресата</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/addressees_window.py" line="168"/>
        <source>Adding the federal offices</source>
        <translation>Добавление федеральных органов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/addressees/addressees_window.py" line="174"/>
        <source>Federal offices added: %n.</source>
        <translation>
            <numerusform>Добавлено федеральных органов: %n.</numerusform>
            <numerusform>Добавлено федеральных органов: %n.</numerusform>
            <numerusform>Добавлено федеральных органов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/addressees/action.py" line="23"/>
        <source>&amp;Addressees…</source>
        <translation>&amp;Адресаты…</translation>
    </message>
    <message>
        <location filename="../../ui/addressees/action.py" line="26"/>
        <source>The offices inquiries go to, with their deadlines</source>
        <translation>Органы, в которые направляются запросы, и сроки их ответа</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="261"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="262"/>
        <source>What it says about the person&apos;s fate</source>
        <translation>Что в нём сказано о судьбе человека</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="266"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="267"/>
        <source>nothing: no report</source>
        <translation>ничего: без сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="271"/>
        <source>Choose a claim when the answer says what happened to the person: it becomes a report on the timeline, the addressee as its source.</source>
        <translation>Выберите утверждение, если в ответе сказано, что случилось с человеком: он станет сообщением на ленте событий, источник — адресат.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="277"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="277"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="279"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="281"/>
        <source>When it happened, as the answer says; left empty, the answer&apos;s day.</source>
        <translation>Когда это случилось, по словам ответа; если пусто — день ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="285"/>
        <source>The answer&apos;s text</source>
        <translation>Текст ответа</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../caseworker/cli/language.py" line="24"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="25"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="26"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="28"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="29"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="30"/>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="31"/>
        <source>unrecognized arguments: %s</source>
        <translation>непонятные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="32"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (возможные: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="33"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(value)r (ожидается %(type)s)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="34"/>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного значения</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="36"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы одно значение</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="37"/>
        <source>expected %s argument</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="38"/>
        <source>expected %s arguments</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="39"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="40"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя указывать вместе с аргументом %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="41"/>
        <source>one of the arguments %s is required</source>
        <translation>нужно указать один из аргументов %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="42"/>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение %r</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="43"/>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/language.py" line="44"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
</context>
<context>
    <name>AssessmentBox</name>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="165"/>
        <source>Your assessment</source>
        <translation>Ваша оценка</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="172"/>
        <source>Assess…</source>
        <translation>Оценить…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="174"/>
        <source>Record your own judgement of this person&apos;s status</source>
        <translation>Записать вашу собственную оценку статуса этого человека</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="193"/>
        <source>Not assessed yet.</source>
        <translation>Оценки пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="198"/>
        <source>{status}, confidence {confidence}</source>
        <translation>{status}, уверенность: {confidence}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="207"/>
        <source>by {who}, {day} {time}</source>
        <translation>{who}, {day} {time}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="15"/>
        <source>Assess the status of {name}</source>
        <translation>Оценка статуса: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="17"/>
        <source>Your judgement</source>
        <translation>Ваше суждение</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="24"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="26"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="27"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="28"/>
        <source>Why</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/assessment_dialog.py" line="33"/>
        <source>Your assessment is kept apart from the suggestion, with your name and the time. A new assessment does not erase the earlier ones.</source>
        <translation>Ваша оценка хранится отдельно от подсказки программы, с вашим именем и временем. Новая оценка не стирает прежние.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/team/assign_dialog.py" line="42"/>
        <source>Assign case {reference}</source>
        <translation>Поручить дело {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_dialog.py" line="46"/>
        <source>Who works on this case? They find it under “My cases”. Leave the name empty to give the case to nobody.</source>
        <translation>Кто ведёт это дело? Он найдёт его в «Моих делах». Оставьте имя пустым, чтобы дело не было никому поручено.</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_dialog.py" line="60"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_dialog.py" line="63"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Ведёт:</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_dialog.py" line="68"/>
        <source>Assign</source>
        <translation>Поручить</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_button.py" line="23"/>
        <source>Assign…</source>
        <translation>Поручить…</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_button.py" line="25"/>
        <source>Choose who works on this case (a coordinator)</source>
        <translation>Выбрать, кто ведёт это дело (для координатора)</translation>
    </message>
    <message>
        <location filename="../../ui/team/assign_button.py" line="29"/>
        <location filename="../../ui/team/assign_dialog.py" line="124"/>
        <source>Only a coordinator assigns cases on the team&apos;s server.</source>
        <translation>На сервере команды поручать дела может только координатор.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="136"/>
        <source>The backups folder {folder} cannot be reached (is its disk connected?); the backup will be tried again.</source>
        <extracomment>One thread: backups never run side by side. How long after the last change a backup waits. How long the outcome stays in the status bar. How often a backup is tried again while the chosen folder cannot be reached. A protected database&apos;s file, backed up once :meth:`use_key` hands its key. Whether the status bar has said that the chosen folder cannot be reached.</extracomment>
        <translation>Папка резервных копий {folder} недоступна (подключён ли её диск?); копия будет сделана позже.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="164"/>
        <source>Backed up to {location}.</source>
        <translation>Резервная копия сохранена в {location}.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="174"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>Автоматическое резервное копирование не удалось: {reason}</translation>
    </message>
</context>
<context>
    <name>BackgroundRun</name>
    <message>
        <location filename="../../ui/matching/background_run.py" line="72"/>
        <source>Stopping…</source>
        <extracomment>The error a stopped run raises: its sentence is shown, not reported as a failure.</extracomment>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../caseworker/backup/copy.py" line="61"/>
        <source>The database {location} is encrypted; it can be backed up only with its key.</source>
        <extracomment>Opens a database file: ``connect(path, read_only)``; an encrypted one keyed before return. The verification&apos;s page cache: the integrity check reads index pages again and again, and an encrypted page is decrypted at each read from the disk (100,000 cases: 33 s with SQLite&apos;s 2 MiB, 12 s with 64 MiB).</extracomment>
        <translation>База данных {location} зашифрована; резервную копию можно сделать только с её ключом.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/copy.py" line="170"/>
        <source>the rows of {tables} differ from those copied</source>
        <translation>число строк в {tables} не совпадает с тем, что было скопировано</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/copy.py" line="189"/>
        <source>The backup copy {location} fails verification: {reason}</source>
        <translation>Резервная копия {location} не прошла проверку: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/make.py" line="145"/>
        <source>The backups folder {folder} cannot be reached: is its disk connected? Make the folder or choose another one. Nothing was backed up.</source>
        <extracomment>Left free on the backup disk beyond the backup itself.</extracomment>
        <translation>Папка резервных копий {folder} недоступна: подключён ли её диск? Создайте папку или выберите другую. Резервная копия не сделана.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/make.py" line="155"/>
        <source>The backup could not be made ({reason}); the earlier backups are unchanged.</source>
        <translation>Резервную копию сделать не удалось ({reason}); прежние резервные копии не изменены.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/make.py" line="180"/>
        <source>the database {location} is not a file</source>
        <translation>база данных {location} — не файл</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/make.py" line="230"/>
        <source>the disk of {folder} has {free} MB free and the backup needs {needed} MB</source>
        <translation>на диске папки {folder} свободно {free} МБ, а для резервной копии нужно {needed} МБ</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/manifest.py" line="162"/>
        <source>The folder {location} is not a Caseworker backup, or is damaged.</source>
        <extracomment>The kinds of backup (``Manifest.kind``). An encrypted copy (SQLCipher): its bytes differ at every copy of the same data. Who asked for it: :data:`AUTOMATIC`, :data:`BY_HAND` (the window), :data:`COMMAND`; &quot;&quot; in backups made before it was written down.</extracomment>
        <translation>Папка {location} — не резервная копия Caseworker или она повреждена.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="60"/>
        <source>The backup {location} fails verification ({reason}); it is not restored.</source>
        <translation>Резервная копия {location} не прошла проверку ({reason}); она не восстановлена.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="75"/>
        <source>the database copy has changed</source>
        <translation>копия базы данных изменилась</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="79"/>
        <source>the keys file has changed</source>
        <translation>файл ключей изменился</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="87"/>
        <source>{count} evidence files are missing, e.g. {name}</source>
        <translation>недостаёт файлов материалов: {count}, например {name}</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="132"/>
        <source>The database {location} is open in another program (a Caseworker window or command): close it, then restore. Nothing was changed.</source>
        <extracomment>SQLite&apos;s result codes for a database another connection holds.</extracomment>
        <translation>База данных {location} открыта в другой программе (окне или команде Caseworker): закройте её, затем восстановите копию. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="307"/>
        <source>The backup could not be restored ({reason}); the current database is unchanged.</source>
        <translation>Резервную копию восстановить не удалось ({reason}); текущая база данных не изменена.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="330"/>
        <source>The backup {location} is protected with a passphrase, and the database open now is not. Restore it with the command line, its passphrase in a file: caseworker --db &quot;{database}&quot; --passphrase-file FILE restore &quot;{location}&quot;. Nothing was changed.</source>
        <translation>Резервная копия {location} защищена паролем, а открытая сейчас база данных — нет. Восстановите её из командной строки, указав файл с паролем: caseworker --db &quot;{database}&quot; --passphrase-file ФАЙЛ restore &quot;{location}&quot;. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/restore.py" line="342"/>
        <source>The backup {location} was made before the database was protected with a passphrase: it is not encrypted, and restoring it would put a plain database in the place of the protected one. It is not restored. Nothing was changed.</source>
        <translation>Резервная копия {location} сделана до того, как база данных была защищена паролем: она не зашифрована, и восстановление поставило бы незащищённую базу данных на место защищённой. Копия не восстановлена. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/survey.py" line="46"/>
        <source>The description of this backup (manifest.json) cannot be read: it is damaged, or the folder is not a Caseworker backup.</source>
        <translation>Описание этой резервной копии (manifest.json) не читается: оно повреждено, или папка — не резервная копия Caseworker.</translation>
    </message>
    <message>
        <location filename="../../caseworker/backup/survey.py" line="59"/>
        <source>The database copy of this backup is missing or incomplete.</source>
        <translation>Копия базы данных в этой резервной копии отсутствует или неполна.</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../ui/backups/words.py" line="49"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backups/words.py" line="50"/>
        <source>%n sought person(s)</source>
        <translation>
            <numerusform>%n разыскиваемый</numerusform>
            <numerusform>%n разыскиваемых</numerusform>
            <numerusform>%n разыскиваемых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backups/words.py" line="51"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backups/words.py" line="54"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл материалов</numerusform>
            <numerusform>%n файла материалов</numerusform>
            <numerusform>%n файлов материалов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../../ui/backups/words.py" line="30"/>
        <source>today at {time}</source>
        <translation>сегодня в {time}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="32"/>
        <source>yesterday at {time}</source>
        <translation>вчера в {time}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="33"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="39"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="40"/>
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="41"/>
        <source>command line</source>
        <translation>из командной строки</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="66"/>
        <source>protected</source>
        <translation>защищена паролем</translation>
    </message>
    <message>
        <location filename="../../ui/backups/words.py" line="68"/>
        <source>not protected</source>
        <translation>не защищена</translation>
    </message>
</context>
<context>
    <name>BackupsAction</name>
    <message>
        <location filename="../../ui/backups/actions.py" line="39"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="75"/>
        <source>Backups</source>
        <extracomment>Wide enough for a date, the counts of a large database and the protection at once.</extracomment>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="87"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="98"/>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="99"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="100"/>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="101"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="102"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="120"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="123"/>
        <source>&amp;Restore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="162"/>
        <source>Folder for the backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="172"/>
        <source>This database is not a file: it cannot be backed up here.</source>
        <translation>Эта база данных — не файл: здесь нельзя сделать её резервную копию.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="175"/>
        <source>No folder is chosen for the backups: choose one (an external disk or a synced folder) to back up now and after changes.</source>
        <translation>Папка для резервных копий не выбрана: выберите её (внешний диск или синхронизируемую папку), чтобы делать копии сейчас и после изменений.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="180"/>
        <source>Backups folder: {folder}. It cannot be reached now: is its disk connected?</source>
        <translation>Папка резервных копий: {folder}. Сейчас она недоступна: подключён ли её диск?</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="183"/>
        <source>Backups folder: {folder}</source>
        <translation>Папка резервных копий: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="185"/>
        <source>(set by {variable})</source>
        <translation>(задана в {variable})</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="203"/>
        <source>The backups cannot be listed: {reason}</source>
        <translation>Не удаётся получить список резервных копий: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="212"/>
        <source>No backups of this database in this folder yet.</source>
        <translation>В этой папке пока нет резервных копий этой базы данных.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="226"/>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="271"/>
        <source>Backing up…</source>
        <translation>Делается резервная копия…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="277"/>
        <source>Backed up: {when}, {contents}.</source>
        <translation>Резервная копия сделана: {when}, {contents}.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/backups_dialog.py" line="279"/>
        <source>Nothing has changed since the backup of {when}; no new one is needed.</source>
        <translation>С резервной копии, сделанной {when}, ничего не изменилось; новая не нужна.</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <location filename="../../ui/widgets/birth_date_field.py" line="12"/>
        <source>14.03.1992, 03.1992 or 1992</source>
        <extracomment>What a birth date field reads.</extracomment>
        <translation>14.03.1992, 03.1992 или 1992</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/birth_date_field.py" line="13"/>
        <source>The day (14.03.1992), or only the month (03.1992) or the year (1992) when that is all the family knows.</source>
        <translation>День (14.03.1992) или только месяц (03.1992) или год (1992), если семья знает лишь это.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="131"/>
        <source>Evidence {reference} {day}</source>
        <extracomment>Protects the bundle (an archive) when given; kept out of the repr (and so of logs).</extracomment>
        <translation>Доказательства {reference} {day}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="137"/>
        <source>Save the protected archive as</source>
        <translation>Сохранить защищённый архив как</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="139"/>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="147"/>
        <source>Name the new folder for the files (not protected)</source>
        <translation>Назовите новую папку для файлов (без защиты)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="162"/>
        <source>Exporting evidence</source>
        <translation>Выгрузка доказательств</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="163"/>
        <source>Writing “{name}”…</source>
        <translation>Запись «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="164"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="175"/>
        <source>Protected archive written</source>
        <translation>Защищённый архив записан</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence/bundle_export.py" line="177"/>
        <source>The evidence was written to the archive:
{path}

It holds %n file(s) with their manifest, protected with the password you chose. Give the password apart from the archive.</source>
        <translation>
            <numerusform>Доказательства записаны в архив:
{path}

В нём %n файл с описью, защищённый выбранным вами паролем. Передавайте пароль отдельно от архива.</numerusform>
            <numerusform>Доказательства записаны в архив:
{path}

В нём %n файла с описью, защищённые выбранным вами паролем. Передавайте пароль отдельно от архива.</numerusform>
            <numerusform>Доказательства записаны в архив:
{path}

В нём %n файлов с описью, защищённые выбранным вами паролем. Передавайте пароль отдельно от архива.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="184"/>
        <source>Folder written (not protected)</source>
        <translation>Папка записана (без защиты)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence/bundle_export.py" line="186"/>
        <source>The evidence was written to the folder:
{path}

It holds %n file(s) with their manifest. The folder is not protected by a password: anyone who has it can read the files.</source>
        <translation>
            <numerusform>Доказательства записаны в папку:
{path}

В ней %n файл с описью. Папка не защищена паролем: прочитать файлы может любой, у кого она окажется.</numerusform>
            <numerusform>Доказательства записаны в папку:
{path}

В ней %n файла с описью. Папка не защищена паролем: прочитать файлы может любой, у кого она окажется.</numerusform>
            <numerusform>Доказательства записаны в папку:
{path}

В ней %n файлов с описью. Папка не защищена паролем: прочитать файлы может любой, у кого она окажется.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ui/case_actions.py" line="62"/>
        <location filename="../../ui/case_actions.py" line="251"/>
        <source>Add report</source>
        <translation>Добавить сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="63"/>
        <source>Which sought person is the report about?</source>
        <translation>К какому разыскиваемому относится сообщение?</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="138"/>
        <source>Opening a case</source>
        <translation>Открытие дела</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="139"/>
        <source>Adding a relative</source>
        <translation>Добавление родственника</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="140"/>
        <source>Adding a sought person</source>
        <translation>Добавление разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="141"/>
        <source>Adding a report</source>
        <translation>Добавление сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="252"/>
        <source>This case has no sought person yet. Add the person first.</source>
        <translation>В этом деле ещё нет разыскиваемых. Сначала добавьте разыскиваемого.</translation>
    </message>
    <message>
        <location filename="../../ui/case_actions.py" line="326"/>
        <source>Retracting a report</source>
        <translation>Отзыв сообщения</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="15"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="17"/>
        <source>Edit case {reference}</source>
        <translation>Изменение дела {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="22"/>
        <location filename="../../ui/dialogs/case_dialog.py" line="23"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="24"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="25"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="26"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="28"/>
        <source>Work</source>
        <translation>Работа по делу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="29"/>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="30"/>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="31"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/case_dialog.py" line="32"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message numerus="yes">
        <location filename="../../ui/case_parts/header.py" line="127"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListColumns</name>
    <message>
        <location filename="../../ui/case_list_columns.py" line="167"/>
        <source>Not shown for want of room: {columns}. Point at the family&apos;s name to read them; a wider list shows them again.</source>
        <translation>Не поместились: {columns}. Наведите указатель на фамилию семьи, чтобы их прочитать; в более широком списке они вернутся.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/case_list_cells.py" line="87"/>
        <source>Reference</source>
        <extracomment>How many of the case&apos;s inquiries are overdue (counted with the page). The open contradictions of the case&apos;s persons (None until analysed). Whether credible reports about a person of the case disagree (None until analysed). How many of the case&apos;s inquiries are overdue. The columns of names, which a narrow list elides (their tooltip holds the whole). The open contradictions of a case and whether it is contested, by case id. The columns&apos; titles, in their order.</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="88"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="89"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="90"/>
        <source>Sought persons</source>
        <translation>Разыскиваемые</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="91"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="92"/>
        <source>Last report</source>
        <translation>Посл. сообщ.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="93"/>
        <source>Action due</source>
        <translation>Срок шага</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="94"/>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="95"/>
        <source>✉</source>
        <translation>✉</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="100"/>
        <source>The persons this family is looking for</source>
        <extracomment>The tooltips of some columns&apos; headers.</extracomment>
        <translation>Кого разыскивает эта семья</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="103"/>
        <source>When the newest report was received</source>
        <translation>Когда получено последнее сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="106"/>
        <source>When the next action on the case is due; red if overdue</source>
        <translation>Срок следующего шага по делу; красным, если он просрочен</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="109"/>
        <source>Contradictions: how many are open between the reports; red ⚠ when the case is contested (credible reports disagree about a person&apos;s fate)</source>
        <translation>Противоречия: сколько открытых противоречий между сообщениями; красный ⚠ — дело спорное (достоверные сообщения расходятся в том, что случилось с человеком)</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="114"/>
        <source>Inquiries past their due date without an answer; red when any</source>
        <translation>Запросы без ответа после срока; красным, если такие есть</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="275"/>
        <source>Cases: not counted (no answer from the database server)</source>
        <extracomment>Rows read at a time when the list is scrolled further. Rows read for a new search, a tall window&apos;s worth: a keystroke reads only these (the view asks for more when it shows more). How often the counts under way are looked at: they arrive while the user still types. A new search&apos;s page is analysed (its contradictions column) once typing pauses this long. The longest the window&apos;s closing waits for the count and the analysis under way to let go of the database, in seconds, both together. They end at once when the server is gone; one left running past it holds nothing that matters once the process ends. How many cases match the query, once known (right after a reset, or from the count). The count could not be made (the database server did not answer): the status bar&apos;s words in place of the count, until the next count. The loaded rows&apos; texts, by row and column, made when first shown.</extracomment>
        <translation>Дел: не подсчитано (сервер базы данных не отвечает)</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="371"/>
        <source>The next action is overdue</source>
        <translation>Следующий шаг просрочен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list_model.py" line="390"/>
        <source>%n inquiry(s) past the due date without an answer</source>
        <translation>
            <numerusform>%n запрос без ответа после срока</numerusform>
            <numerusform>%n запроса без ответа после срока</numerusform>
            <numerusform>%n запросов без ответа после срока</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_list_cells.py" line="155"/>
        <location filename="../../ui/case_list_columns.py" line="87"/>
        <source>⚠ {count}</source>
        <extracomment>The roles the case list answers; the painting asks each cell for a dozen others. The columns whose text may be red (the other cells are asked their colour in vain).
----------
What a typical value looks like, to size each short column before the user resizes it. The columns of names, which share the width the short columns leave. A long name of each: the width a name column asks for. The least a name column shows before the region steps aside: a region&apos;s first word, one sought person&apos;s name. The widest a family&apos;s name in sight may make its column, in average characters.</extracomment>
        <translation>⚠ {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list_model.py" line="379"/>
        <source>%n open contradiction(s) between the reports</source>
        <translation>
            <numerusform>%n открытое противоречие между сообщениями</numerusform>
            <numerusform>%n открытых противоречия между сообщениями</numerusform>
            <numerusform>%n открытых противоречий между сообщениями</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_list_model.py" line="381"/>
        <source>Contested: credible reports disagree about a person&apos;s fate</source>
        <translation>Спорно: достоверные сообщения расходятся в том, что случилось с человеком</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/case_list_view.py" line="65"/>
        <source>Search: name, number, unit, phone</source>
        <extracomment>The room around the words said over an empty list. The user selected the case with this id. A search or a filter matched no case (the list says so).</extracomment>
        <translation>Поиск: ФИО, номер, часть, телефон</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="69"/>
        <source>Finds cases as you type (Ctrl+F) by the names of the family, the sought persons and the relatives, the case reference, a service number, a unit or a phone number. Escape clears the search.</source>
        <translation>Ищет дела по мере ввода (Ctrl+F): по фамилии семьи, ФИО разыскиваемых и родственников, номеру дела, личному номеру, части или телефону. Escape очищает поиск.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="77"/>
        <source>Show cases with this status</source>
        <translation>Показывать дела с этим статусом</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="78"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="80"/>
        <source>Open or located</source>
        <translation>Открыто или найден</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="85"/>
        <source>With overdue inquiries</source>
        <translation>С просроченными запросами</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="87"/>
        <source>Show only cases with an overdue inquiry</source>
        <translation>Показать только дела с просроченным запросом</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="88"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="91"/>
        <source>Show only the cases assigned to you (by your name, as the cases say)</source>
        <translation>Показать только дела, порученные вам (по вашему имени в делах)</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="96"/>
        <source>Show cases from this region</source>
        <translation>Показывать дела из этого региона</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="192"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Ничего не найдено по запросу «{text}».</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="194"/>
        <source>No case matches the chosen filters.</source>
        <translation>Ни одно дело не подходит под выбранные фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/case_list_view.py" line="254"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
</context>
<context>
    <name>CasePresence</name>
    <message>
        <location filename="../../ui/team/presence.py" line="49"/>
        <source>{name} is working on this case now</source>
        <extracomment>How long closing the window waits for its mark to be cleared, in seconds (a side write gives up sooner: :data:`caseworker.db.engine.SIDE_WRITE_TIMEOUT_MS`).</extracomment>
        <translation>Сейчас с этим делом работает: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/team/presence.py" line="50"/>
        <source>{names} are working on this case now</source>
        <translation>Сейчас с этим делом работают: {names}</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="17"/>
        <source>Case summary {reference}</source>
        <translation>Сводка по делу {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_document.py" line="78"/>
        <source>Made with Caseworker on {day}; each file kept as evidence is identified by its SHA-256 fingerprint: a copy with the same fingerprint is the same file, unchanged.</source>
        <translation>Составлено в Caseworker {day}; каждый файл, хранящийся как материал дела, опознаётся по отпечатку SHA-256: копия с тем же отпечатком — тот же файл без изменений.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="24"/>
        <source>by {day}</source>
        <translation>до {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="26"/>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="27"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="28"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="29"/>
        <location filename="../../ui/printing/summary_person.py" line="60"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="30"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="31"/>
        <source>Assigned caseworker</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="33"/>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="50"/>
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="54"/>
        <source>None recorded.</source>
        <translation>Не записаны.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="44"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="45"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="46"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="47"/>
        <source>Consent to process data</source>
        <translation>Согласие на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_case.py" line="67"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="19"/>
        <source>Sought person: {name}</source>
        <translation>Разыскиваемый: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="27"/>
        <source>{status} since {day}</source>
        <translation>{status} с {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="39"/>
        <source>Name variants</source>
        <translation>Варианты имени</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="40"/>
        <source>Born</source>
        <translation>Дата и место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="41"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="42"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="43"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="45"/>
        <source>Position, call sign</source>
        <translation>Должность, позывной</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="48"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="49"/>
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="56"/>
        <source>The program suggests: {status}.</source>
        <translation>Программа предлагает: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="64"/>
        <source>Contested: credible reports disagree.</source>
        <translation>Спорно: достоверные сообщения расходятся.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="67"/>
        <source>This is only a suggestion, worked out from the reports&apos; grades, dates and independence. It is not a probability and not a finding; the caseworker&apos;s assessment below is the judgement.</source>
        <translation>Это только предложение, рассчитанное по оценкам сообщений, их датам и независимости. Это не вероятность и не вывод; суждение — это оценка сотрудника ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="81"/>
        <source>The caseworker&apos;s assessment: not assessed yet.</source>
        <translation>Оценка сотрудника: ещё не дана.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="83"/>
        <source>The caseworker&apos;s assessment: {status}, confidence {confidence}.</source>
        <translation>Оценка сотрудника: {status}, уверенность {confidence}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="86"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="101"/>
        <source>Contradictions</source>
        <translation>Противоречия</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="105"/>
        <source>The reports do not contradict each other.</source>
        <translation>Сообщения не противоречат друг другу.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="97"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="98"/>
        <source>What contradicts what</source>
        <translation>Что чему противоречит</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_person.py" line="112"/>
        <source>Explained by {who}: {note}</source>
        <translation>Объяснение ({who}): {note}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="18"/>
        <source>Reports in time order ({count})</source>
        <translation>Сообщения по времени ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="32"/>
        <source>No reports yet.</source>
        <translation>Сообщений пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="19"/>
        <location filename="../../ui/printing/summary_reports.py" line="20"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="21"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="22"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="23"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="24"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="25"/>
        <source>What was said</source>
        <translation>Что сообщено</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="48"/>
        <source>received {day}</source>
        <translation>получено {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="57"/>
        <source>retracted</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="69"/>
        <source>document {reference}</source>
        <translation>документ {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="89"/>
        <source>Place: {place}</source>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="92"/>
        <source>Stated on {day}</source>
        <translation>Заявлено {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="96"/>
        <source>Relays report {id}</source>
        <translation>Пересказ сообщения {id}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="100"/>
        <source>Evidence: {items}</source>
        <translation>Материалы: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_reports.py" line="106"/>
        <source>Retracted: {reason}</source>
        <translation>Отозвано: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="25"/>
        <source>Evidence</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="29"/>
        <source>No files kept as evidence.</source>
        <translation>Файлов в материалах дела нет.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="20"/>
        <source>File and its SHA-256 fingerprint</source>
        <translation>Файл и его отпечаток SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="21"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="22"/>
        <source>Supports reports</source>
        <translation>К сообщениям</translation>
    </message>
    <message>
        <location filename="../../ui/printing/summary_evidence.py" line="39"/>
        <source>captured {when}</source>
        <translation>снят {when}</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="92"/>
        <source>No case is open. Choose a case in the list, or create a new case.</source>
        <translation>Дело не открыто. Выберите дело в списке или создайте новое.</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="237"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="238"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="239"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="240"/>
        <source>DNA sample</source>
        <translation>Образец ДНК</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="165"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="182"/>
        <source>Add a relative</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="167"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="183"/>
        <source>Edit the selected relative</source>
        <translation>Изменить данные выбранного родственника</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="259"/>
        <source>the same person as {name}, entered twice in this case</source>
        <translation>тот же человек, что {name}: внесён в это дело дважды</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="263"/>
        <source>the same person as in case {reference}</source>
        <translation>тот же человек, что в деле {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="317"/>
        <location filename="../../ui/case_parts/people.py" line="369"/>
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="318"/>
        <location filename="../../ui/case_parts/people.py" line="355"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="319"/>
        <location filename="../../ui/case_parts/people.py" line="356"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="320"/>
        <location filename="../../ui/case_parts/people.py" line="357"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="321"/>
        <location filename="../../ui/case_parts/people.py" line="358"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="322"/>
        <location filename="../../ui/case_parts/people.py" line="360"/>
        <source>Call sign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="323"/>
        <location filename="../../ui/case_parts/people.py" line="362"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="197"/>
        <source>Add a sought person</source>
        <translation>Добавить разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="198"/>
        <source>Edit the selected sought person</source>
        <translation>Изменить данные выбранного разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/page.py" line="45"/>
        <source>Reports</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/page.py" line="51"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/page.py" line="54"/>
        <source>Evidence</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/page.py" line="56"/>
        <source>Details</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/page.py" line="62"/>
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/page.py" line="70"/>
        <source>Sought persons</source>
        <translation>Разыскиваемые</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="55"/>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/reports_tab.py" line="42"/>
        <source>Add report…</source>
        <translation>Добавить сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/reports_tab.py" line="43"/>
        <source>Edit report…</source>
        <translation>Изменить сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/reports_tab.py" line="44"/>
        <source>Retract report…</source>
        <translation>Отозвать сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="86"/>
        <source>Case notes</source>
        <translation>Заметки по делу</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="101"/>
        <source>region not given</source>
        <translation>регион не указан</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="103"/>
        <source>assigned to {name}</source>
        <translation>ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="105"/>
        <source>not assigned</source>
        <translation>ответственный не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="106"/>
        <source>opened {day}</source>
        <translation>открыто {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="109"/>
        <source>No notes.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="117"/>
        <source>Next action: none planned</source>
        <translation>Следующий шаг: не запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="119"/>
        <source>Next action: {action}</source>
        <translation>Следующий шаг: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="122"/>
        <source>due {day}</source>
        <translation>срок {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="125"/>
        <source>overdue by one day</source>
        <translation>просрочено на один день</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="132"/>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="133"/>
        <source>Next action: {action} ({when})</source>
        <translation>Следующий шаг: {action} ({when})</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/header.py" line="134"/>
        <source>not described</source>
        <translation>не описан</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="222"/>
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="227"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="275"/>
        <source>{name} · also in case {reference}</source>
        <translation>{name} · также в деле {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="278"/>
        <source>{name} · also in cases {references}</source>
        <translation>{name} · также в делах {references}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="301"/>
        <source>Linked</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="346"/>
        <source>{status} since {day}</source>
        <translation>{status} с {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="325"/>
        <location filename="../../ui/case_parts/people.py" line="354"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="359"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="370"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="283"/>
        <source>Reports about {name}</source>
        <translation>Сообщения: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="285"/>
        <source>Add a sought person to record reports about them.</source>
        <translation>Добавьте разыскиваемого, чтобы записывать сообщения о нём.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="303"/>
        <source>Evidence (%n)</source>
        <translation>
            <numerusform>Материалы (%n)</numerusform>
            <numerusform>Материалы (%n)</numerusform>
            <numerusform>Материалы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_view.py" line="287"/>
        <source>Reports (%n)</source>
        <translation>
            <numerusform>Сообщения (%n)</numerusform>
            <numerusform>Сообщения (%n)</numerusform>
            <numerusform>Сообщения (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../ui/spreadsheets/change_model.py" line="30"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/change_model.py" line="31"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/change_model.py" line="32"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/change_model.py" line="33"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/change_model.py" line="34"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/change_model.py" line="35"/>
        <source>After the import</source>
        <translation>После импорта</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="73"/>
        <source>The database file and its evidence files will be encrypted: without the passphrase, a copy of them or a lost computer reveals nothing. Caseworker will ask the passphrase at each start and starts again once protected. A recovery code is shown once at the end: keep it on paper.</source>
        <extracomment>The dialogs open now (they have no parent to keep them).</extracomment>
        <translation>Файл базы и файлы материалов будут зашифрованы: без пароля их копия или потерянный компьютер ничего не раскроют. Caseworker будет спрашивать пароль при каждом запуске и перезапустится, когда защита будет готова. В конце один раз будет показан код восстановления: сохраните его на бумаге.</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="85"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="86"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../caseworker/cli/program.py" line="56"/>
        <source>work with cases</source>
        <translation>работа с делами</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="58"/>
        <source>open a case; prints its reference</source>
        <translation>открыть дело; выводит его номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="59"/>
        <source>the family, e.g. Шумовы</source>
        <translation>семья, например Шумовы</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="60"/>
        <source>the family&apos;s region</source>
        <translation>регион семьи</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="61"/>
        <source>the caseworker</source>
        <translation>ответственный за дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="67"/>
        <source>work with sought persons</source>
        <translation>работа с разыскиваемыми</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="70"/>
        <source>add a sought person to a case; prints the new id</source>
        <translation>добавить разыскиваемого в дело; выводит его id</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/assign.py" line="24"/>
        <source>give a case to a caseworker (a coordinator)</source>
        <translation>передать дело сотруднику (для координатора)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/assign.py" line="26"/>
        <location filename="../../caseworker/cli/evidence.py" line="239"/>
        <location filename="../../caseworker/cli/evidence.py" line="259"/>
        <location filename="../../caseworker/cli/evidence.py" line="278"/>
        <location filename="../../caseworker/cli/family.py" line="77"/>
        <location filename="../../caseworker/cli/family.py" line="89"/>
        <location filename="../../caseworker/cli/inquiries.py" line="228"/>
        <location filename="../../caseworker/cli/inquiries.py" line="292"/>
        <location filename="../../caseworker/cli/letters.py" line="81"/>
        <location filename="../../caseworker/cli/program.py" line="72"/>
        <source>case reference</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/assign.py" line="31"/>
        <source>the caseworker&apos;s name, e.g. Иванова М.; empty: nobody</source>
        <translation>имя сотрудника, например Иванова М.; пусто — никому</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/assign.py" line="42"/>
        <source>The case {reference} is now {name}&apos;s.</source>
        <translation>{name} теперь ведёт дело {reference}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/assign.py" line="44"/>
        <source>The case {reference} is now nobody&apos;s.</source>
        <translation>Дело {reference} теперь никому не передано.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="61"/>
        <source>Recorded over the disclosure gate&apos;s refusal; the reason is kept on the case.</source>
        <translation>Записано вопреки отказу проверки сообщения о гибели; причина сохранена в деле.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="72"/>
        <source>work with relatives</source>
        <translation>работа с родственниками</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="75"/>
        <source>add a relative to a case; prints the new id</source>
        <translation>добавить родственника в дело; выводит его id</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="78"/>
        <location filename="../../caseworker/cli/program.py" line="73"/>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="79"/>
        <location filename="../../caseworker/cli/program.py" line="74"/>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="80"/>
        <location filename="../../caseworker/cli/program.py" line="75"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="82"/>
        <location filename="../../caseworker/cli/inquiries.py" line="313"/>
        <source>postal address</source>
        <translation>почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="83"/>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="87"/>
        <source>record what a relative was told; prints the entry&apos;s id</source>
        <translation>записать, что сообщили родственнику; выводит id записи</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="91"/>
        <source>relative id</source>
        <translation>id родственника</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="94"/>
        <source>the day they were told</source>
        <translation>день, когда сообщили</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="95"/>
        <source>who told them</source>
        <translation>кто сообщил</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="99"/>
        <source>what was said, in short</source>
        <translation>что было сказано, кратко</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="103"/>
        <source>the sought person the news is about (needed for a death when there are several)</source>
        <translation>разыскиваемый, о котором эта новость (для гибели обязателен, если их несколько)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/family.py" line="110"/>
        <source>why a death is told although the disclosure gate refuses</source>
        <translation>почему о гибели сообщают, хотя проверка не разрешает</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="79"/>
        <source>military unit</source>
        <translation>воинская часть</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="80"/>
        <source>rank</source>
        <translation>звание</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="81"/>
        <source>service number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="86"/>
        <source>work with reports</source>
        <translation>работа с сообщениями</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="88"/>
        <source>add a report; prints the new id</source>
        <translation>добавить сообщение; выводит его id</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="148"/>
        <location filename="../../caseworker/cli/program.py" line="89"/>
        <location filename="../../caseworker/cli/program.py" line="126"/>
        <location filename="../../caseworker/cli/program.py" line="134"/>
        <source>person id</source>
        <translation>id разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="94"/>
        <source>when it happened: a day, a month, ~day or DAY..DAY</source>
        <translation>когда это произошло: день, месяц, ~день или ДЕНЬ..ДЕНЬ</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="97"/>
        <source>who exactly said it</source>
        <translation>кто именно это сообщил</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="57"/>
        <source>Federal offices added: {count}.</source>
        <translation>Добавлено федеральных органов: {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="84"/>
        <source>sensitive</source>
        <translation>особый</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="87"/>
        <source>There are no addressees yet.</source>
        <translation>Адресатов пока нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="110"/>
        <source>“{name}” is marked sensitive: the case shows that it was written to.</source>
        <translation>Адресат «{name}» отмечен как особый: в деле будет видно, что ему писали.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="143"/>
        <source>{refusal} (--beyond-law).</source>
        <translation>{refusal} (--beyond-law).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/inquiries.py" line="209"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочен на %n день</numerusform>
            <numerusform>просрочен на %n дня</numerusform>
            <numerusform>просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="213"/>
        <source>There are no inquiries.</source>
        <translation>Запросов нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="220"/>
        <source>work with inquiries</source>
        <translation>работа с запросами</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="222"/>
        <source>inquiry id</source>
        <translation>номер запроса</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="223"/>
        <source>the day, YYYY-MM-DD</source>
        <translation>дата, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="226"/>
        <source>write an inquiry (a draft without --sent-on); prints its id</source>
        <translation>создать запрос (без --sent-on — черновик); выводит его номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="229"/>
        <location filename="../../caseworker/cli/inquiries.py" line="269"/>
        <source>addressee id or exact name</source>
        <translation>номер адресата или его точное название</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="230"/>
        <source>sought person id</source>
        <translation>номер разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="232"/>
        <source>relative id (default: ourselves)</source>
        <translation>номер родственника (по умолчанию — от организации)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="236"/>
        <source>our reference</source>
        <translation>наш исходящий номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="239"/>
        <source>record that a draft was sent</source>
        <translation>отметить отправку черновика</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="244"/>
        <source>record its registration</source>
        <translation>отметить регистрацию</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="247"/>
        <source>their registration number</source>
        <translation>регистрационный номер адресата</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="250"/>
        <source>record a new due date</source>
        <translation>отметить новый срок ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="252"/>
        <source>the new due date</source>
        <translation>новый срок ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="253"/>
        <source>why the answer comes later</source>
        <translation>почему ответ задерживается</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="257"/>
        <source>record an extension the law does not allow, as the office wrote it (marked as beyond the law)</source>
        <translation>записать продление, которого закон не допускает, так, как его написал орган (с пометкой «сверх допустимого законом»)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="266"/>
        <source>record a forwarding; prints the new inquiry&apos;s id</source>
        <translation>отметить перенаправление; выводит номер нового запроса</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="275"/>
        <source>record the answer; with --claim prints the new report&apos;s id</source>
        <translation>отметить ответ; с --claim выводит номер нового сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="279"/>
        <source>what the answer says</source>
        <translation>что сказано в ответе</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="281"/>
        <source>when it happened</source>
        <translation>когда это произошло</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="282"/>
        <location filename="../../caseworker/cli/lists.py" line="147"/>
        <location filename="../../caseworker/cli/program.py" line="98"/>
        <source>source grade A-F</source>
        <translation>оценка источника A-F</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="283"/>
        <location filename="../../caseworker/cli/lists.py" line="152"/>
        <location filename="../../caseworker/cli/program.py" line="99"/>
        <source>information grade 1-6</source>
        <translation>оценка информации 1-6</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="286"/>
        <source>close without an answer</source>
        <translation>закрыть без ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="288"/>
        <source>why it is closed</source>
        <translation>почему запрос закрыт</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="291"/>
        <source>list inquiries with their due dates</source>
        <translation>список запросов со сроками ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="172"/>
        <source>what to act on today: overdue inquiries and more</source>
        <translation>что сделать сегодня: просроченные запросы и другое</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="293"/>
        <location filename="../../caseworker/cli/worklist.py" line="174"/>
        <source>count overdue days as of this day</source>
        <translation>считать просрочку на эту дату</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="300"/>
        <source>work with the addressees of inquiries</source>
        <translation>работа с адресатами запросов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="303"/>
        <source>add an addressee; prints its id</source>
        <translation>добавить адресата; выводит его номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="304"/>
        <source>the office&apos;s name</source>
        <translation>название организации</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="306"/>
        <source>its own days for an answer</source>
        <translation>свой срок ответа в днях</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="308"/>
        <source>ask before writing to it</source>
        <translation>спрашивать перед обращением к нему</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="311"/>
        <source>a regional Commissioner</source>
        <translation>региональный уполномоченный</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="314"/>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="315"/>
        <source>e-appeal portal</source>
        <translation>портал электронных обращений</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="319"/>
        <source>add the federal offices of the starter set</source>
        <translation>добавить федеральные органы из начального списка</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/inquiries.py" line="323"/>
        <source>list the addressees</source>
        <translation>список адресатов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="100"/>
        <source>where it happened</source>
        <translation>где это произошло</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="101"/>
        <source>what the source said</source>
        <translation>что сообщил источник</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="102"/>
        <source>when the source said it</source>
        <translation>когда источник это заявил</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="103"/>
        <source>when we heard it</source>
        <translation>когда мы об этом узнали</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="105"/>
        <source>id of the report this one relays</source>
        <translation>id сообщения, которое повторяет это</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="109"/>
        <source>retract a report with a reason (it stays on record)</source>
        <translation>отозвать сообщение с указанием причины (оно остаётся в деле)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="111"/>
        <source>report id</source>
        <translation>id сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="112"/>
        <source>why it is retracted</source>
        <translation>почему сообщение отозвано</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="121"/>
        <source>a person&apos;s reports in time order, their contradictions and the suggestion</source>
        <translation>сообщения о человеке в хронологическом порядке, противоречия между ними и подсказка статуса</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="131"/>
        <source>record your assessment of a person&apos;s status</source>
        <translation>записать вашу оценку статуса человека</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="139"/>
        <source>why you judge the status so</source>
        <translation>почему вы так оцениваете статус</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="147"/>
        <source>Caseworker from the command line.</source>
        <translation>Caseworker из командной строки.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="152"/>
        <source>database file or SQLAlchemy URL (default: $CASEWORKER_DB)</source>
        <translation>файл базы данных или URL SQLAlchemy (по умолчанию: $CASEWORKER_DB)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="157"/>
        <source>the file whose first line is the passphrase of a protected database (default: ${variable})</source>
        <translation>файл, первая строка которого — пароль защищённой базы данных (по умолчанию: ${variable})</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="164"/>
        <source>add the demo cases</source>
        <translation>добавить демонстрационные дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="167"/>
        <source>add synthetic cases for load tests</source>
        <translation>добавить синтетические дела для нагрузочных тестов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="173"/>
        <source>how many cases to add</source>
        <translation>сколько дел добавить</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="176"/>
        <source>the same seed gives the same cases</source>
        <translation>с тем же числом получаются те же дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="197"/>
        <source>find cases, sought persons and relatives</source>
        <translation>найти дела, разыскиваемых и родственников</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="47"/>
        <source>No sought persons who may be the same man.</source>
        <translation>Разыскиваемых, которые могут быть одним человеком, нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="49"/>
        <source> likely one man</source>
        <translation> — вероятно, один человек</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="51"/>
        <source>persons {one} and {two}, cases {one_case} and {two_case}: {percent}{likely}</source>
        <translation>разыскиваемые {one} и {two}, дела {one_case} и {two_case}: {percent}{likely}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="68"/>
        <location filename="../../caseworker/cli/duplicates.py" line="94"/>
        <source>Earlier “not the same”: {reason}</source>
        <translation>Ранее «разные люди»: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="92"/>
        <source>Linked as the same person (decision {id}).</source>
        <translation>Связаны как один и тот же человек (решение {id}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="97"/>
        <source>Recorded: not the same person (decision {id}). The pair is not proposed again while neither identity changes.</source>
        <translation>Записано: разные люди (решение {id}). Пара не будет предложена снова, пока данные ни одного из них не изменятся.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="108"/>
        <source>sought persons who may be the same man</source>
        <translation>разыскиваемые, которые могут быть одним человеком</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="27"/>
        <source>the folder of the backups (default: ${variable}, else the folder chosen in Settings)</source>
        <translation>папка резервных копий (по умолчанию ${variable}, иначе папка, выбранная в настройках)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="33"/>
        <source>back up the database, its keys and its evidence; prints its path</source>
        <translation>сделать резервную копию базы данных, её ключей и материалов; выводит путь к копии</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="38"/>
        <source>list the backups with their dates and counts</source>
        <translation>перечислить резервные копии с датами и числом записей</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="41"/>
        <location filename="../../caseworker/cli/evidence.py" line="267"/>
        <location filename="../../caseworker/cli/inquiries.py" line="294"/>
        <location filename="../../caseworker/cli/inquiries.py" line="324"/>
        <location filename="../../caseworker/cli/letters.py" line="107"/>
        <location filename="../../caseworker/cli/lists.py" line="170"/>
        <location filename="../../caseworker/cli/matching.py" line="51"/>
        <location filename="../../caseworker/cli/program.py" line="128"/>
        <location filename="../../caseworker/cli/program.py" line="200"/>
        <location filename="../../caseworker/cli/worklist.py" line="175"/>
        <location filename="../../caseworker/cli/xlsx.py" line="208"/>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="45"/>
        <source>put a backup in the place of the database; the current one is kept aside</source>
        <translation>восстановить базу данных из резервной копии; текущая база сохраняется рядом</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="53"/>
        <source>the backup&apos;s folder, or its name in the folder of the backups</source>
        <translation>папка резервной копии или её имя в папке резервных копий</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="63"/>
        <source>Only a database file can be backed up here; this database is not a file.</source>
        <translation>Здесь можно сделать резервную копию только базы данных в файле, а эта база данных — не файл.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="82"/>
        <source>Where should the backups go? Give a folder with --to, or set {variable}, or choose one in Settings.</source>
        <translation>Куда сохранять резервные копии? Укажите папку в --to, или задайте {variable}, или выберите папку в настройках.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/backup.py" line="99"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/backup.py" line="100"/>
        <source>%n sought person(s)</source>
        <translation>
            <numerusform>%n разыскиваемый</numerusform>
            <numerusform>%n разыскиваемых</numerusform>
            <numerusform>%n разыскиваемых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/backup.py" line="101"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/backup.py" line="102"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл материалов</numerusform>
            <numerusform>%n файла материалов</numerusform>
            <numerusform>%n файлов материалов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="120"/>
        <source>Nothing has changed since the backup of {date}; no new one was made.</source>
        <translation>С резервной копии от {date} ничего не изменилось; новая не сделана.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="193"/>
        <source>{location} already holds the backup of {date} ({summary}); nothing was changed or kept aside.</source>
        <translation>В {location} уже восстановлена резервная копия от {date} ({summary}); ничего не изменено и не сохранено рядом.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="201"/>
        <source>Restored the backup of {date} ({summary}) into {location}.</source>
        <translation>Восстановлена резервная копия от {date} ({summary}) в {location}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/backup.py" line="206"/>
        <source>Kept aside:</source>
        <translation>Сохранено рядом:</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="114"/>
        <source>record whether two sought persons are the same man</source>
        <translation>записать, один ли человек двое разыскиваемых</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="122"/>
        <source>the two persons&apos; ids</source>
        <translation>номера двух разыскиваемых</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="128"/>
        <source>the same person: links the two, nothing is merged</source>
        <translation>один и тот же человек: связывает двоих, ничего не объединяя</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="133"/>
        <source>not the same person: not proposed again while neither identity changes</source>
        <translation>разные люди: не предлагаются как один, пока ничьи данные не изменятся</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/duplicates.py" line="138"/>
        <source>why (kept with the decision)</source>
        <translation>почему (хранится вместе с решением)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="77"/>
        <source>date of birth: a day, a month or a year</source>
        <translation>дата рождения: день, месяц или год</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="199"/>
        <source>words to look for</source>
        <translation>что искать</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="205"/>
        <source>at most this many results</source>
        <translation>не больше стольких результатов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="209"/>
        <source>check the database; exit 1 if anything is wrong</source>
        <translation>проверить базу данных; код выхода 1, если что-то не так</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="261"/>
        <source>The database cannot be opened: {reason}</source>
        <translation>Не удаётся открыть базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="288"/>
        <source>The file “{name}” cannot be used: {reason}</source>
        <translation>Файл «{name}» не удаётся использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="232"/>
        <location filename="../../caseworker/cli/program.py" line="292"/>
        <source>A file cannot be used: {reason}</source>
        <translation>Не удаётся использовать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/program.py" line="238"/>
        <location filename="../../caseworker/cli/program.py" line="298"/>
        <source>Interrupted; nothing of the unfinished step was saved.</source>
        <translation>Прервано; из незавершённого шага ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="40"/>
        <source>The database could not be used: {reason}</source>
        <translation>Не удалось работать с базой данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="50"/>
        <source>The demo cases are already in this database.</source>
        <translation>Демонстрационные дела уже есть в этой базе данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="59"/>
        <source>Added {cases} cases, {persons} sought persons, {relatives} relatives and {reports} reports in {seconds:.1f} s.</source>
        <translation>Добавлено за {seconds:.1f} с: дел — {cases}, разыскиваемых — {persons}, родственников — {relatives}, сообщений — {reports}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="158"/>
        <source>Nothing matches “{query}”.</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/commands.py" line="169"/>
        <source>%n problem(s) found in {database}.</source>
        <translation>
            <numerusform>Проверка {database}: найдено проблем — %n.</numerusform>
            <numerusform>Проверка {database}: найдено проблем — %n.</numerusform>
            <numerusform>Проверка {database}: найдено проблем — %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="175"/>
        <source>No problems found in {database}.</source>
        <translation>Проверка {database}: проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="229"/>
        <source>Reports, in time order:</source>
        <translation>Сообщения в хронологическом порядке:</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="233"/>
        <source>relays {id}</source>
        <translation>повторяет {id}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="235"/>
        <source>retracted</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="252"/>
        <location filename="../../caseworker/cli/commands.py" line="269"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="254"/>
        <source>Contradictions ({open} open):</source>
        <translation>Противоречия (открытых: {open}):</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="264"/>
        <source>explained by {who}: {note}</source>
        <translation>объяснение ({who}): {note}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="272"/>
        <source>Reminder: {sentence}</source>
        <translation>Напоминание: {sentence}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="277"/>
        <source>{status} (contested)</source>
        <translation>{status} (спорно)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="278"/>
        <source>Suggested status: {status}</source>
        <translation>Предполагаемый статус: {status}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/commands.py" line="280"/>
        <source>Shares of the reports&apos; weight (not probabilities; what no report settles counts as unknown):</source>
        <translation>Доли веса сообщений (не вероятности; то, чего не решает ни одно сообщение, считается неизвестным):</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="88"/>
        <source>already in this case</source>
        <translation>уже есть в этом деле</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="90"/>
        <source>already stored</source>
        <translation>уже хранится</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="92"/>
        <source>shown again</source>
        <translation>снова показано</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="95"/>
        <source>the stored copy was damaged and has been replaced by this file</source>
        <translation>сохранённая копия была повреждена и заменена этим файлом</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="153"/>
        <source>Case {reference} has no evidence.</source>
        <translation>В деле {reference} нет материалов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/evidence.py" line="100"/>
        <source>%n file(s) not added.</source>
        <translation>
            <numerusform>Не добавлено файлов: %n.</numerusform>
            <numerusform>Не добавлено файлов: %n.</numerusform>
            <numerusform>Не добавлено файлов: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/evidence.py" line="169"/>
        <source>Exported %n file(s) with their manifest to {folder}.</source>
        <translation>
            <numerusform>В папку {folder} выгружено файлов: %n, с описью.</numerusform>
            <numerusform>В папку {folder} выгружено файлов: %n, с описью.</numerusform>
            <numerusform>В папку {folder} выгружено файлов: %n, с описью.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="173"/>
        <source>The folder is not protected by a password: its files are plain, and anyone who has it can read them. To protect them, export an archive instead, with --password-file FILE.</source>
        <translation>Папка не защищена паролем: файлы в ней открыты, и прочитать их может любой, у кого она окажется. Чтобы защитить их, выгрузите вместо папки архив, с --password-file FILE.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="189"/>
        <source>{path} is a folder. With --password-file, --out names the archive to write, for example {example}.</source>
        <translation>{path} — это папка. С --password-file в --out указывается файл архива, например {example}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/evidence.py" line="202"/>
        <source>Exported %n file(s) with their manifest to the archive {path}.</source>
        <translation>
            <numerusform>В архив {path} выгружено файлов: %n, с описью.</numerusform>
            <numerusform>В архив {path} выгружено файлов: %n, с описью.</numerusform>
            <numerusform>В архив {path} выгружено файлов: %n, с описью.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="208"/>
        <source>The archive is protected with the password (AES-256): 7-Zip, WinZip, PeaZip or Keka open it (the archivers built into Windows and macOS may not). The files inside are named by number; their original names are in the manifest. Give the password apart from the archive.</source>
        <translation>Архив защищён паролем (AES-256): его открывают 7-Zip, WinZip, PeaZip или Keka (встроенные архиваторы Windows и macOS могут не открыть). Файлы в архиве названы по номерам; их исходные имена — в описи. Передавайте пароль отдельно от архива.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="233"/>
        <source>work with evidence files</source>
        <translation>работа с файлами материалов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="237"/>
        <source>keep files as evidence of a case; prints id and SHA-256</source>
        <translation>сохранить файлы как материалы дела; выводит id и SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="244"/>
        <source>id of a report the files support (may be repeated)</source>
        <translation>id сообщения, которое подтверждают файлы (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="247"/>
        <source>where it was found</source>
        <translation>где это найдено</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="249"/>
        <source>when it was taken, YYYY-MM-DD[ HH:MM]</source>
        <translation>когда снято, ГГГГ-ММ-ДД[ ЧЧ:ММ]</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="251"/>
        <source>what the files show</source>
        <translation>что видно на файлах</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="253"/>
        <source>the files show graphic content</source>
        <translation>файлы содержат шокирующее содержимое</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="258"/>
        <source>list a case&apos;s evidence</source>
        <translation>показать материалы дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="261"/>
        <source>only this report&apos;s</source>
        <translation>только материалы этого сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="265"/>
        <location filename="../../caseworker/cli/evidence.py" line="297"/>
        <source>include removed items</source>
        <translation>включая удалённые</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="272"/>
        <source>copy a case&apos;s files with a manifest into a folder (not protected), or into an archive protected with a password (--password-file)</source>
        <translation>скопировать файлы дела с описью в папку (не защищена) или в архив, защищённый паролем (--password-file)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="282"/>
        <source>a new or empty folder; with --password-file, the archive to write (.zip)</source>
        <translation>новая или пустая папка; с --password-file — файл архива (.zip)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="290"/>
        <source>write an archive protected with the password on the first line of FILE (at least {minimum} characters) instead of a plain folder</source>
        <translation>вместо открытой папки записать архив, защищённый паролем из первой строки FILE (не меньше {minimum} символов)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/evidence.py" line="303"/>
        <source>remove the unfinished copies that interrupted additions left in the evidence folder (not those being written)</source>
        <translation>удалить незавершённые копии, оставленные в папке материалов прерванными добавлениями (кроме тех, что записываются сейчас)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="44"/>
        <source>The password file “{path}” cannot be read: {reason}</source>
        <translation>Файл пароля «{path}» не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="51"/>
        <source>The password file “{path}” is empty: its first line is the password.</source>
        <translation>Файл пароля «{path}» пуст: пароль — это его первая строка.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="70"/>
        <source>Exported {counts}.</source>
        <translation>Экспортировано строк: {counts}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="72"/>
        <source>The workbook is protected with the password.</source>
        <translation>Книга защищена паролем.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="84"/>
        <source>{created} to create, {updated} to update, {unchanged} unchanged.</source>
        <translation>Создать: {created}, изменить: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="90"/>
        <source>{sheet} row {row}: {field} {record}: {new}.</source>
        <translation>{sheet}, строка {row}: {field} {record}: {new}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="92"/>
        <source>{sheet} row {row} ({record}), {field}: “{old}” → “{new}”.</source>
        <translation>{sheet}, строка {row} ({record}), {field}: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="96"/>
        <source>Not created, {reason}: {sheet} row {row} ({record}).</source>
        <translation>Не создано, {reason}: {sheet}, строка {row} ({record}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="105"/>
        <source>Not recorded: {sheet} row {row} ({record}): {reason}</source>
        <translation>Не записано: {sheet}, строка {row} ({record}): {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="111"/>
        <source>Conflict: {sheet} row {row} ({record}), {field}: workbook “{workbook}”, database “{database}”.</source>
        <translation>Конфликт: {sheet}, строка {row} ({record}), {field}: в книге «{workbook}», в базе данных «{database}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="123"/>
        <source>Invalid: {sheet} row {row}, {column} “{value}”: {reason}</source>
        <translation>Ошибка: {sheet}, строка {row}, {column} «{value}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="131"/>
        <source>Not in the workbook (kept): {sheet} {label}</source>
        <translation>Нет в книге (сохранено): {sheet} {label}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="136"/>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="138"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="152"/>
        <source>“{name}” is protected with a password; give it with --password-file FILE (the password on the file&apos;s first line).</source>
        <translation>Книга «{name}» защищена паролем; укажите его через --password-file FILE (пароль — первая строка файла).</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="178"/>
        <source>export cases to an Excel workbook</source>
        <translation>экспортировать дела в книгу Excel</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="181"/>
        <source>the workbook to write</source>
        <translation>книга Excel, в которую записать</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="187"/>
        <source>a case reference; repeat for several (default: every case)</source>
        <translation>номер дела; повторите для нескольких дел (по умолчанию — все дела)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="192"/>
        <source>an offline entry template: the workbook without report rows</source>
        <translation>шаблон для автономного ввода: книга без строк сообщений</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="197"/>
        <source>protect the workbook with the password on the first line of FILE</source>
        <translation>защитить книгу паролем из первой строки FILE</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="202"/>
        <source>import an edited workbook; exit 1 on errors or conflicts</source>
        <translation>импортировать изменённую книгу; код выхода 1 при ошибках или конфликтах</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="204"/>
        <source>the workbook to read</source>
        <translation>книга Excel, которую прочитать</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="206"/>
        <source>show the preview, change nothing</source>
        <translation>только показать, что изменится, ничего не меняя</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/xlsx.py" line="212"/>
        <source>the password of a protected workbook, on the first line of FILE</source>
        <translation>пароль защищённой книги — первая строка FILE</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/types.py" line="35"/>
        <source>“{text}” is not an id: ids are whole numbers from 1 to {largest}.</source>
        <translation>«{text}» — не номер записи: номера — целые числа от 1 до {largest}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/types.py" line="48"/>
        <source>“{text}” is not a whole number from 0 to {largest}.</source>
        <translation>«{text}» — не целое число от 0 до {largest}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="42"/>
        <source>A letter needs {options}.</source>
        <translation>Для письма нужно указать {options}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="73"/>
        <source>make a letter of a case from a Word template, or list them</source>
        <translation>составить письмо по делу из шаблона Word или перечислить шаблоны</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="79"/>
        <source>“templates” lists the letter templates</source>
        <translation>«templates» перечисляет шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="85"/>
        <source>id of the inquiry the letter is for (its case, addressee, person and applicant)</source>
        <translation>номер запроса, для которого письмо (его дело, адресат, разыскиваемый и заявитель)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="89"/>
        <source>id of the sought person it is about</source>
        <translation>номер разыскиваемого, о ком письмо</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="94"/>
        <source>id of the relative on whose behalf it is written</source>
        <translation>номер родственника, от чьего имени письмо</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="99"/>
        <source>a starter template&apos;s name or the path of a .docx template</source>
        <translation>имя готового шаблона или путь к шаблону .docx</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="101"/>
        <source>the letter to write</source>
        <translation>файл письма, который нужно записать</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/letters.py" line="105"/>
        <source>also make a PDF beside it (needs LibreOffice Writer)</source>
        <translation>также сделать рядом PDF (нужен LibreOffice Writer)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="34"/>
        <source>“{text}” is not FIELD=COLUMN (for example full_name=ФИО).</source>
        <translation>«{text}» — не ПОЛЕ=СТОЛБЕЦ (например, full_name=ФИО).</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="48"/>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="71"/>
        <source>List {id}; entries: {count}.</source>
        <translation>Список {id}; записей: {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="76"/>
        <source>This file was imported before; nothing was added.</source>
        <translation>Этот файл уже был загружен; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="79"/>
        <source>Against the edition before: {new} new, {gone} gone.</source>
        <translation>По сравнению с прежней редакцией: новых — {new}, исчезло — {gone}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="85"/>
        <source>Rows that are not entries: {count}.</source>
        <translation>Строк, не ставших записями: {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="126"/>
        <source>work with published lists</source>
        <translation>работа с опубликованными списками</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="130"/>
        <source>import a published list; prints its id and number of entries</source>
        <translation>загрузить опубликованный список; выводит его номер и число записей</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="135"/>
        <source>.xlsx or .csv file; - reads tab-separated text from the input</source>
        <translation>файл .xlsx или .csv; «-» читает со стандартного ввода текст, разделённый табуляцией</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="137"/>
        <source>the list&apos;s name</source>
        <translation>название списка</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="138"/>
        <source>who published it</source>
        <translation>кто опубликовал список</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="140"/>
        <source>publication date, e.g. 14.11.2026</source>
        <translation>дата публикации, например 14.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="142"/>
        <source>where it was published</source>
        <translation>где опубликован (адрес или издание)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="160"/>
        <source>which column holds a field; fields: {fields}</source>
        <translation>в каком столбце поле; поля: {fields}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/lists.py" line="168"/>
        <source>the list this is a newer edition of</source>
        <translation>список, новой редакцией которого является этот</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="36"/>
        <source>“{text}” is not a probability from 0 to 1.</source>
        <translation>«{text}» — не вероятность от 0 до 1.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="69"/>
        <source>Row {row} (entry {entry}): {count} candidates</source>
        <translation>Строка {row} (запись {entry}): кандидатов: {count}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="74"/>
        <source> likely</source>
        <translation> вероятно, он</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="77"/>
        <source>person {person}, case {case}: {percent}{likely}</source>
        <translation>разыскиваемый {person}, дело {case}: {percent}{likely}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="91"/>
        <source>Earlier “not him”: {reason}</source>
        <translation>Ранее отмечено «не он»: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="119"/>
        <source>--not-same needs --reason TEXT.</source>
        <translation>Для --not-same нужна причина: --reason ТЕКСТ.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="127"/>
        <source>Recorded: not him. The pair is not proposed again.</source>
        <translation>Записано: не он. Эта пара больше не будет предложена.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="133"/>
        <source>the sought persons who may be on a published list</source>
        <translation>разыскиваемые, которые могут быть в опубликованном списке</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="136"/>
        <source>the list&apos;s id</source>
        <translation>номер списка</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="49"/>
        <source>the lowest probability shown (0 to 1)</source>
        <translation>наименьшая показываемая вероятность (от 0 до 1)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="142"/>
        <source>record whether a list entry is a sought person</source>
        <translation>записать, является ли запись списка разыскиваемым</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="145"/>
        <source>list entry id</source>
        <translation>номер записи списка</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="154"/>
        <source>this is him: adds a report from the list; prints its id</source>
        <translation>это он: добавляет сведения из списка; печатает их номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="157"/>
        <source>not him (needs --reason)</source>
        <translation>не он (нужна --reason)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/matching.py" line="159"/>
        <source>why (required for --not-same)</source>
        <translation>почему (обязательно для --not-same)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="30"/>
        <source>change the passphrase of a protected database, or its recovery code</source>
        <translation>сменить пароль защищённой базы данных или её код восстановления</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="36"/>
        <source>set a new passphrase; nothing is re-encrypted</source>
        <translation>задать новый пароль; ничего не шифруется заново</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="43"/>
        <source>set a new passphrase with the recovery code; prints a new recovery code</source>
        <translation>задать новый пароль по коду восстановления; выводит новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="52"/>
        <source>the file whose first line is the recovery code</source>
        <translation>файл, первая строка которого — код восстановления</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="58"/>
        <source>print a new recovery code; the old one opens nothing any more</source>
        <translation>вывести новый код восстановления; старый больше ничего не открывает</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="70"/>
        <source>the file whose first line is the current passphrase (default: ${variable})</source>
        <translation>файл, первая строка которого — нынешний пароль (по умолчанию: ${variable})</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="82"/>
        <source>the file whose first line is the new passphrase</source>
        <translation>файл, первая строка которого — новый пароль</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="91"/>
        <source>Only a database file can be protected with a passphrase.</source>
        <translation>Паролем можно защитить только файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="95"/>
        <source>The database {location} is not protected with a passphrase; there is no passphrase or recovery code to change. Nothing was changed.</source>
        <translation>База данных {location} не защищена паролем; менять нечего — ни пароля, ни кода восстановления нет. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="110"/>
        <source>The new passphrase file “{path}” is empty: its first line is the new passphrase.</source>
        <translation>Файл с новым паролем «{path}» пуст: новый пароль — его первая строка.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="114"/>
        <source>The new passphrase file “{path}” cannot be read: {reason}</source>
        <translation>Файл с новым паролем «{path}» не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="134"/>
        <source>The passphrase of {location} was changed; the old one opens it no more. The recovery code stays as it was.</source>
        <translation>Пароль базы данных {location} изменён; старый её больше не открывает. Код восстановления остался прежним.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="151"/>
        <source>The recovery code file “{path}” is empty: its first line is the code.</source>
        <translation>Файл с кодом восстановления «{path}» пуст: код — его первая строка.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="154"/>
        <source>The recovery code file “{path}” cannot be read: {reason}</source>
        <translation>Файл с кодом восстановления «{path}» не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="160"/>
        <source>The passphrase of {location} was changed. The recovery code used opens it no more; the new one follows, shown only this once: write it down, keep it apart from the computer, and delete the file that held the old one.</source>
        <translation>Пароль базы данных {location} изменён. Использованный код восстановления её больше не открывает; ниже новый код, он показывается только один раз: запишите его, храните отдельно от компьютера и удалите файл со старым кодом.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/passphrase.py" line="178"/>
        <source>A new recovery code for {location} follows, shown only this once; the old one opens it no more. Write it down and keep it apart from the computer: whoever finds it can open the database.</source>
        <translation>Ниже новый код восстановления базы данных {location}, он показывается только один раз; старый её больше не открывает. Запишите его и храните отдельно от компьютера: кто найдёт код, тот откроет базу данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/unlock.py" line="60"/>
        <source>it is not text in UTF-8</source>
        <extracomment>The environment variable naming the passphrase file when ``--passphrase-file`` is not given. Longer first lines are cut here: no passphrase is this long, and a wrong file is not read whole.</extracomment>
        <translation>это не текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/unlock.py" line="72"/>
        <source>The passphrase file “{path}” is empty: its first line is the passphrase.</source>
        <translation>Файл с паролем «{path}» пуст: пароль — его первая строка.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="27"/>
        <source>protect the database and its evidence files with a new passphrase; prints the recovery code</source>
        <translation>защитить базу и её файлы материалов новым паролем; выводит код восстановления</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="37"/>
        <source>the file whose first line is the new passphrase (else it is asked twice at a terminal)</source>
        <translation>файл, первая строка которого — новый пароль (иначе он спрашивается дважды в терминале)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="58"/>
        <source>The passphrase file “{path}” is empty: its first line is the new passphrase.</source>
        <translation>Файл пароля «{path}» пуст: его первая строка — новый пароль.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="62"/>
        <location filename="../../caseworker/cli/unlock.py" line="75"/>
        <source>The passphrase file “{path}” cannot be read: {reason}</source>
        <translation>Файл с паролем «{path}» не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="65"/>
        <source>New passphrase: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="67"/>
        <source>The same passphrase again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="70"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Два пароля не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="74"/>
        <source>Give the new passphrase in a file with --passphrase-file FILE (its first line), or run encrypt at a terminal to type it. Nothing was changed.</source>
        <translation>Укажите новый пароль в файле: --passphrase-file ФАЙЛ (первая строка), или запустите encrypt в терминале, чтобы ввести его. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="95"/>
        <source>Encrypting: {percent} %</source>
        <translation>Шифрование: {percent} %</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="111"/>
        <source>Only a database file can be protected with a passphrase; a database on a server is protected by its server. Nothing was changed.</source>
        <translation>Паролем можно защитить только базу-файл; базу на сервере защищает сам сервер. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="119"/>
        <source>The database {location} is already protected with a passphrase. Nothing was changed.</source>
        <translation>База {location} уже защищена паролем. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="128"/>
        <source>The database {location} and its evidence files are now protected with the passphrase; the plain files were removed. The recovery code follows, shown only this once: write it down and keep it apart from the computer. With it a forgotten passphrase can be replaced; without both, nobody can open the database. Backups made before now are not encrypted: once a new backup has been made, delete the older ones.</source>
        <translation>База {location} и её файлы материалов теперь защищены паролем; незашифрованные файлы удалены. Ниже — код восстановления, он показывается только один раз: запишите его и храните отдельно от компьютера. С ним забытый пароль можно заменить; без пароля и кода базу не откроет никто. Резервные копии, сделанные раньше, не зашифрованы: когда будет сделана новая копия, удалите старые.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/encrypt.py" line="141"/>
        <source>These older copies of the database beside it are not encrypted (made before an upgrade or kept aside by a restore): whoever finds them can read them. Delete them once you no longer need them:</source>
        <translation>Эти старые копии базы данных рядом с ней не зашифрованы (сделаны перед обновлением или отложены при восстановлении): их может прочитать любой, кто их найдёт. Удалите их, когда они больше не нужны:</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/unlock.py" line="114"/>
        <source>The database {location} is protected with a passphrase; give the file that holds it with --passphrase-file FILE or ${variable} (the passphrase on the file&apos;s first line). Nothing was changed.</source>
        <translation>База данных {location} защищена паролем; укажите файл с паролем: --passphrase-file ФАЙЛ или ${variable} (пароль — первая строка файла). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/unlock.py" line="145"/>
        <source>Note: the database {location} is not protected with a passphrase; the passphrase file was not used.</source>
        <translation>Заметка: база данных {location} не защищена паролем; файл с паролем не использован.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="42"/>
        <source>reader (reads), caseworker (works on cases) or coordinator (also assigns them)</source>
        <extracomment>SQLSTATE insufficient_privilege.</extracomment>
        <translation>reader (читает), caseworker (ведёт дела) или coordinator (ещё и поручает их)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="49"/>
        <source>set up a team&apos;s PostgreSQL server (its owner)</source>
        <translation>настроить сервер PostgreSQL команды (для владельца)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="53"/>
        <source>make the team&apos;s roles and give them their rights</source>
        <translation>создать роли команды и выдать им права</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="57"/>
        <source>add a volunteer&apos;s login, or bring it up to date</source>
        <translation>добавить вход добровольца или обновить его</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="59"/>
        <source>the login, e.g. ivanova</source>
        <translation>имя входа, например ivanova</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="63"/>
        <source>the name the program writes, e.g. Иванова М.</source>
        <translation>имя, которое пишет программа, например Иванова М.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="69"/>
        <source>the file whose first line is the password (else it is asked)</source>
        <translation>файл, первая строка которого — пароль (иначе он будет запрошен)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="74"/>
        <source>give a login another role; without one, give every role its rights again</source>
        <translation>дать входу другую роль; без входа — заново выдать права всем ролям</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="78"/>
        <location filename="../../caseworker/cli/server.py" line="85"/>
        <source>the login</source>
        <translation>имя входа</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="83"/>
        <source>stop a login from logging in (what it wrote keeps its name)</source>
        <translation>запретить входу подключаться (написанное им сохраняет его имя)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="87"/>
        <source>list the team&apos;s logins</source>
        <translation>перечислить входы команды</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="90"/>
        <source>bring the database to this version (the owner)</source>
        <translation>обновить базу данных до этой версии (для владельца)</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="98"/>
        <source>The team&apos;s roles live on a PostgreSQL server; {location} is not one. Give the server&apos;s address with --db postgresql+psycopg://…</source>
        <translation>Роли команды существуют только на сервере PostgreSQL, а {location} — не он. Укажите адрес сервера: --db postgresql+psycopg://…</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="130"/>
        <source>The server refused: {reason}. Team commands are for the server&apos;s owner, a login that owns the database and may create roles (CREATEROLE); nothing was changed.</source>
        <translation>Сервер отказал: {reason}. Команды настройки команды — для владельца сервера, входа, которому принадлежит база данных и который может создавать роли (CREATEROLE); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="142"/>
        <source>Only the server&apos;s owner (the login owning the database) may set up the team; nothing was changed.</source>
        <translation>Настраивать команду может только владелец сервера (вход, которому принадлежит база данных); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="158"/>
        <source>Only the owner may create in the schema {schema} now, not every login.</source>
        <translation>Создавать объекты в схеме {schema} теперь может только владелец, а не любой вход.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="164"/>
        <source>Made the role {role}.</source>
        <translation>Создана роль {role}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="166"/>
        <source>The role {role} was there already.</source>
        <translation>Роль {role} уже была.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="167"/>
        <location filename="../../caseworker/cli/server.py" line="237"/>
        <source>Every role has its rights on this database.</source>
        <translation>Все роли получили свои права в этой базе данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="177"/>
        <source>The password file {path} has an empty first line.</source>
        <translation>Первая строка файла с паролем {path} пуста.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="178"/>
        <source>The password file {path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл с паролем {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="184"/>
        <source>A new login needs a password: give --password-file FILE, or run the command at a terminal to be asked for it.</source>
        <translation>Для нового входа нужен пароль: укажите --password-file ФАЙЛ или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="190"/>
        <source>Password for {login}: </source>
        <translation>Пароль для {login}: </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="192"/>
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="194"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="212"/>
        <source>Added the login {login} ({name}) as {role}.</source>
        <translation>Добавлен вход {login} ({name}) с ролью {role}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="214"/>
        <source>The login {login} was there already: now {name}, {role}.</source>
        <translation>Вход {login} уже был; теперь: {name}, {role}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="222"/>
        <source>Give both a login and --role, or neither (to give every role its rights again).</source>
        <translation>Укажите и вход, и --role, или ни то ни другое (чтобы заново выдать права всем ролям).</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="233"/>
        <source>The login {login} was {before} and is now {role}.</source>
        <translation>У входа {login} была роль {before}, теперь — {role}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="246"/>
        <source>The login {login} can no longer log in; what it wrote keeps its name. add-user lets it in again.</source>
        <translation>Вход {login} больше не может подключаться; написанное им сохраняет его имя. Команда add-user снова его впустит.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="252"/>
        <source>The login {login} could not log in already.</source>
        <translation>Вход {login} и так не мог подключаться.</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/server.py" line="275"/>
        <source>The database is at the newest revision ({revision}).</source>
        <translation>База данных обновлена до последней версии схемы ({revision}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/password.py" line="55"/>
        <source>Password of {login} on the server {server}: </source>
        <translation>Пароль {login} на сервере {server}: </translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="106"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="112"/>
        <source>The list entry as published, row {row} of the file</source>
        <translation>Запись списка, как она опубликована: строка {row} файла</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="115"/>
        <source>On the list
row {row}</source>
        <translation>В списке
строка {row}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="50"/>
        <source>{percent}, likely</source>
        <extracomment>The row after the fields: what was decided on each candidate. Said where a side has nothing in a field. A candidate cell&apos;s :class:`Verdict` (None in the entry&apos;s column and the decision row). The verdict in words (&quot;matches&quot;), or the decision in words. The decision row: True for &quot;this is him&quot;, False for &quot;not him&quot;, None when undecided.</extracomment>
        <translation>{percent}, вероятно</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="125"/>
        <source>Candidate {number}: {name}, case {case}; probability {chance}. Press {number} to choose him.</source>
        <translation>Кандидат {number}: {name}, дело {case}; вероятность {chance}. Нажмите {number}, чтобы выбрать его.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="134"/>
        <source>{mark}{number}. Case {case}
{chance}</source>
        <translation>{mark}{number}. Дело {case}
{chance}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="156"/>
        <source>This is him</source>
        <translation>Это он</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="158"/>
        <source>Not him: {reason}</source>
        <translation>Не он: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="160"/>
        <source>Earlier “not him”: {reason}</source>
        <translation>Ранее «не он»: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/fields_model.py" line="161"/>
        <source>Not decided</source>
        <translation>Не решено</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="45"/>
        <source>Sheet</source>
        <extracomment>The :class:`~caseworker.xlsx.Conflict` of the row. The row&apos;s :class:`~caseworker.xlsx.Choice`, or None while the caseworker has not chosen.</extracomment>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="46"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="47"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="48"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="49"/>
        <source>In the workbook</source>
        <translation>В книге</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="50"/>
        <source>In the database now</source>
        <translation>Сейчас в базе данных</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/conflict_model.py" line="56"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>ContradictionModel</name>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="50"/>
        <source>Contradiction</source>
        <extracomment>The :class:`ListedContradiction` of the row. The sorted ids of the reports involved (a tuple of ints). The rule&apos;s stored value (&quot;alive_after_death&quot;, ...). The severity&apos;s stored value (&quot;high&quot;, &quot;medium&quot;, &quot;low&quot;).</extracomment>
        <translation>Противоречие</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="51"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="52"/>
        <source>What disagrees</source>
        <translation>В чём расхождение</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="53"/>
        <source>Explained</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="61"/>
        <source>explained: {note}</source>
        <translation>объяснено: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="63"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="74"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contradiction_model.py" line="76"/>
        <source>Explained by {who} on {day}:
{note}</source>
        <translation>Объяснено {day} ({who}):
{note}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="91"/>
        <source>The database {location} was written by a newer version of Caseworker. Install the newer version to open it; this version has left it untouched.</source>
        <extracomment>The newest schema revision. Kept here so that opening an up-to-date database needs no Alembic import (a tenth of a second at start-up); a test checks it against the scripts. Room left free on the disk beyond the backup and the upgrade&apos;s own copies of the tables. Larger files are checked by ``check`` and wherever SQLite meets a damaged page: a full quick check reads the whole file (about 6 s for 100,000 cases, 740 MB, on two cores).</extracomment>
        <translation>База данных {location} создана более новой версией Caseworker. Чтобы открыть её, установите новую версию; эта версия базу данных не изменяла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="101"/>
        <source>{location} is not a Caseworker database; it has been left untouched.</source>
        <translation>{location} — не база данных Caseworker; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="195"/>
        <source>The database {location} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать базу данных {location}: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/damage.py" line="57"/>
        <source>The database {location} is damaged: what is left can be read, but nothing can be saved in it, and there is no backup beside it; restore your own copy.</source>
        <translation>База данных {location} повреждена: уцелевшее можно читать, но сохранить в ней ничего нельзя, а резервной копии рядом с ней нет; восстановите её из своей копии.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/damage.py" line="63"/>
        <source>The database {location} is damaged and cannot be opened (it was left untouched), and there is no backup beside it; restore your own copy.</source>
        <translation>База данных {location} повреждена и не открывается (она оставлена как есть), а резервной копии рядом с ней нет; восстановите её из своей копии.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/damage.py" line="70"/>
        <source>The database {location} is damaged: what is left can be read, but nothing can be saved in it; the newest backup beside it is “{backup}” of {day}, open a copy of it.</source>
        <translation>База данных {location} повреждена: уцелевшее можно читать, но сохранить в ней ничего нельзя; самая новая резервная копия рядом с ней — «{backup}» от {day}, откройте копию этого файла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/damage.py" line="76"/>
        <source>The database {location} is damaged and cannot be opened (it was left untouched); the newest backup beside it is “{backup}” of {day}, open a copy of it.</source>
        <translation>База данных {location} повреждена и не открывается (она оставлена как есть); самая новая резервная копия рядом с ней — «{backup}» от {day}, откройте копию этого файла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="228"/>
        <source>The database {location} must be upgraded, and the disk has too little free space for a backup first ({needed} MB needed, {free} MB free); nothing was changed.</source>
        <translation>Базу данных {location} нужно обновить, но на диске слишком мало места для резервной копии перед обновлением (нужно {needed} МБ, свободно {free} МБ); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="258"/>
        <source>The database {location} must be upgraded, and the backup made first could not be written ({reason}); nothing was changed.</source>
        <translation>Базу данных {location} нужно обновить, но резервную копию перед обновлением записать не удалось ({reason}); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="308"/>
        <source>The database {location} must be upgraded for this version of Caseworker, and only the server&apos;s owner may upgrade it; nothing was changed. Ask the server&apos;s owner to run: python -m caseworker migrate</source>
        <translation>Базу данных {location} нужно обновить для этой версии Caseworker, а обновлять её может только владелец сервера; ничего не изменено. Попросите владельца сервера выполнить: python -m caseworker migrate</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="341"/>
        <source>Upgrading the database would break links between its records; it was left as it was. Run the integrity check.</source>
        <translation>Обновление базы данных нарушило бы связи между её записями; база данных оставлена без изменений. Запустите проверку целостности.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="405"/>
        <source>The database {location} is read-only (a read-only disk or file) and must be set up or upgraded before this version can use it; copy it to a writable folder and open the copy.</source>
        <translation>База данных {location} доступна только для чтения (диск или файл защищён от записи), а эта версия может работать с ней только после подготовки или обновления; скопируйте её в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="424"/>
        <source>The disk became full while the database {location} was being upgraded; the upgrade was undone and the database left as it was.</source>
        <translation>Во время обновления базы данных {location} закончилось место на диске; обновление отменено, база оставлена как была.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/migrate.py" line="450"/>
        <source>The database {location} cannot be created: {reason}</source>
        <translation>Не удаётся создать базу данных {location}: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="180"/>
        <source>The database {location} is on a read-only disk and its last changes are still in “{wal}”, which cannot be read there; copy both files to a writable folder and open the copy.</source>
        <extracomment>How long one try for the write lock waits before the writer is told it is waiting. The execution option marking a side write&apos;s transaction (:meth:`Database.side_write`): its patience in milliseconds. How long a side write may wait for a lock, or run one statement, in milliseconds.</extracomment>
        <translation>База данных {location} находится на диске только для чтения, а её последние изменения ещё в файле «{wal}», который там не прочитать; скопируйте оба файла в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="263"/>
        <source>The database address needs the Python package “{package}”, which is not installed; install it with: pip install &quot;{package}&quot;</source>
        <extracomment>The package to install for a database driver that is missing, by the module&apos;s name.</extracomment>
        <translation>Для этого адреса базы данных нужен пакет Python «{package}», а он не установлен; установите его командой: pip install &quot;{package}&quot;</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="271"/>
        <source>Caseworker cannot use a database of the kind “{kind}”.</source>
        <translation>Caseworker не умеет работать с базой данных вида «{kind}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="277"/>
        <source>“{url}” is neither a file nor a database address.</source>
        <translation>«{url}» — не файл и не адрес базы данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="265"/>
        <source>The database {server} keeps its text as {encoding} with the character type “{ctype}”, in which Cyrillic names cannot be searched regardless of case; Caseworker needs UTF-8. Ask the server&apos;s owner to create the database with ENCODING &apos;UTF8&apos; and a UTF-8 locale (LC_CTYPE &apos;C.UTF-8&apos;, for one).</source>
        <extracomment>The advisory lock every write transaction takes first (&quot;CASE&quot; in ASCII). Seconds to wait for the server to answer a connection attempt. A statement running longer is stopped by the server. Generous: an export of 100,000 cases reads its tables in long statements. A transaction left idle this long is ended by the server, releasing the write lock it may hold: the last resort. A computer gone from the network is noticed by the server&apos;s own keepalives first (:data:`SERVER_KEEPALIVES`, about two minutes). Generous: a few services copy a (short) file into the evidence folder inside their write, an inquiry&apos;s letter say, and a shared folder may be slow. The server&apos;s keepalives on this session&apos;s connection (seconds idle, between probes, how many): a laptop closed in the middle of a write leaves the lock after about two minutes. A connection idle in the pool longer than this is pinged before use (seconds). The longest pause between two tries for the write lock, in seconds. Polling beats waiting in the server (pg_advisory_xact_lock under a lock_timeout): 154 against 144 reports a second with 8 writers (benchmarks/README.md, run 5): the server hands a queued lock to the next process in turn, a switch of processes at every write. Milliseconds data sent may go unacknowledged before the connection is given up (libpq&apos;s ``tcp_user_timeout``): the longest a statement or the ping before use (both on the window&apos;s thread) can hang on a network that dropped silently, a Wi-Fi gone or a VPN cut. 15 s: long enough for a slow mobile link to recover, short enough for a desktop to bear. Our TCP keepalives on a connection idle in the pool (seconds idle, between probes, how many): a network gone quiet is noticed in about 25 s (sooner under :data:`TCP_USER_TIMEOUT_MS`, which Linux applies to the probes too), so that the next action finds the connection dead at once instead of waiting on its ping; a probe is a few bytes every 5 s. libpq&apos;s parameters set unless the address (or libpq&apos;s environment variable) gives them. libpq&apos;s environment variables for some parameters: when set, they win over our defaults. The execution option marking a connection&apos;s transaction as a write&apos;s (set by the engine).</extracomment>
        <translation>База данных {server} хранит текст в кодировке {encoding} с типом символов «{ctype}», в котором кириллические имена нельзя искать без учёта регистра; Caseworker нужна UTF-8. Попросите владельца сервера создать базу данных с ENCODING &apos;UTF8&apos; и локалью UTF-8 (например, LC_CTYPE &apos;C.UTF-8&apos;).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="453"/>
        <source>The database is busy with another window or program. Nothing was saved; try again in a moment.</source>
        <extracomment>The execution option carrying an unlocked database&apos;s keys to whoever needs the vault&apos;s (see :func:`vault_keys_of`); set by :func:`caseworker.db.open_database` given ``keys``. How writes wait for a lock held elsewhere; the window sets its ``notice``.</extracomment>
        <translation>База данных занята другим окном или программой. Ничего не сохранено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="296"/>
        <source>The database server is busy with a colleague&apos;s save or another program&apos;s. Nothing was saved; try again in a moment.</source>
        <translation>Сервер базы данных занят сохранением коллеги или другой программы. Ничего не сохранено; повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="396"/>
        <source>The database server {server} wants a password for the login {login}, and none was given ({reason}).</source>
        <extracomment>SQLSTATE classes of a server gone or going: connection exceptions, operator intervention (shut down, restarting), too many connections, system errors. The class of a server out of resources: disk full (53100), out of memory (53200), a configured limit reached (53400). Waiting does not help, someone must see to the server; too many connections (53300) passes as a colleague logs out, so it is a server &quot;gone&quot;. SQLSTATEs of a refused login: a wrong password, or the login not allowed in at all. libpq&apos;s words for a password not given (client side: no SQLSTATE). The server&apos;s words for a wrong password, in English and in Russian (a server set up in Russian, lc_messages &apos;ru_RU.UTF-8&apos;, refuses in Russian: PostgreSQL&apos;s own catalogue). The server&apos;s words for a login not let in at all (SQLSTATE 28000, which psycopg does not carry for a connection&apos;s error): taken away (NOLOGIN), removed, or refused by pg_hba.conf, in English and in Russian. Looked for only in an error without a SQLSTATE (a statement&apos;s &quot;role … does not exist&quot;, 42704, is no refused login).</extracomment>
        <translation>Сервер базы данных {server} требует пароль учётной записи {login}, а он не указан ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="402"/>
        <source>The database server {server} did not accept the password of the login {login} ({reason}).</source>
        <translation>Сервер базы данных {server} не принял пароль учётной записи {login} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="408"/>
        <source>The database server {server} did not let the login {login} in ({reason}).</source>
        <translation>Сервер базы данных {server} не впустил учётную запись {login} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="411"/>
        <source>Check the login and password, or ask the team&apos;s coordinator.</source>
        <translation>Проверьте имя учётной записи и пароль или обратитесь к координатору команды.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="443"/>
        <source>The database server {server} took too long to answer, and the request was stopped ({reason}).</source>
        <translation>Сервер базы данных {server} слишком долго не отвечал, и запрос был остановлен ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="449"/>
        <source>Caseworker cannot connect to the database server {server} ({reason}).</source>
        <translation>Caseworker не может подключиться к серверу базы данных {server} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="453"/>
        <source>The connection to the database server {server} was lost ({reason}).</source>
        <translation>Связь с сервером базы данных {server} потеряна ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="457"/>
        <source>It was lost while the change was being saved, so it cannot be told whether it was saved: look before doing it again.</source>
        <translation>Связь прервалась во время сохранения, поэтому неизвестно, сохранилось ли изменение: проверьте, прежде чем делать его снова.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="463"/>
        <source>Nothing was saved; try again when it answers.</source>
        <translation>Ничего не сохранено; повторите, когда сервер ответит.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="465"/>
        <source>Check the network, then try again.</source>
        <translation>Проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="480"/>
        <source>The database server {server} is out of disk space ({reason}).</source>
        <translation>На сервере базы данных {server} закончилось место на диске ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="484"/>
        <source>The database server {server} is out of memory ({reason}).</source>
        <translation>На сервере базы данных {server} не хватает памяти ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="486"/>
        <source>The database server {server} has reached one of its limits ({reason}).</source>
        <translation>Сервер базы данных {server} достиг одного из своих пределов ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="490"/>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="491"/>
        <source>Please tell whoever looks after the server.</source>
        <translation>Сообщите об этом тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="498"/>
        <source>Your role on the database server {server} may not make this change ({reason}); nothing was saved. Ask the team&apos;s coordinator if you need it.</source>
        <translation>Вашей роли на сервере базы данных {server} не разрешено это изменение ({reason}); ничего не сохранено. Если оно вам нужно, обратитесь к координатору команды.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/postgres.py" line="504"/>
        <source>Your role on the database server {server} may not read this ({reason}). Ask the team&apos;s coordinator if you need it.</source>
        <translation>Вашей роли на сервере базы данных {server} не разрешено читать эти данные ({reason}). Если они вам нужны, обратитесь к координатору команды.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="461"/>
        <source>The disk holding the database is full. Nothing was saved; free some space and try again.</source>
        <translation>Диск с базой данных заполнен. Ничего не сохранено; освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/engine.py" line="503"/>
        <source>The database {location} is read-only (a read-only disk or file): it can be read, but nothing can be saved in it.</source>
        <translation>База данных {location} доступна только для чтения (диск или файл защищён от записи): её можно читать, но сохранить в ней ничего нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/cipher.py" line="117"/>
        <source>The database could not be opened with this key: the passphrase is not right, or the file is damaged or is not a Caseworker database. Nothing was changed.</source>
        <extracomment>The page sizes SQLCipher can use; an encrypted file is a whole number of pages.</extracomment>
        <translation>Базу данных не удалось открыть этим ключом: парольная фраза неверна, или файл повреждён, или это не база данных Caseworker. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/cipher.py" line="133"/>
        <source>The database {location} is protected with a passphrase; enter the passphrase to open it. Nothing was changed.</source>
        <translation>База данных {location} защищена парольной фразой; чтобы открыть её, введите парольную фразу. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/cipher.py" line="140"/>
        <source>The database {location} cannot be read: either it is damaged, or it is protected with a passphrase and its keys file {keys} is missing beside it (put it back from a backup). Nothing was changed.</source>
        <translation>Базу данных {location} не удаётся прочитать: либо она повреждена, либо защищена парольной фразой, а её файла ключей {keys} рядом с ней нет (верните его из резервной копии). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/cipher.py" line="151"/>
        <source>The database {location} is not protected with a passphrase, but a passphrase was given for it; it has been left untouched.</source>
        <translation>База данных {location} не защищена парольной фразой, но для неё была указана парольная фраза; база оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/encrypt.py" line="59"/>
        <source>a file of that name exists already</source>
        <translation>файл с таким именем уже существует</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/encrypt.py" line="139"/>
        <source>the rows of {tables} differ from the database&apos;s</source>
        <translation>строки в {tables} не совпадают со строками базы данных</translation>
    </message>
    <message>
        <location filename="../../caseworker/db/encrypt.py" line="151"/>
        <source>The encrypted copy {location} could not be made ({reason}); the database was left as it was.</source>
        <translation>Не удалось создать зашифрованную копию {location} ({reason}); база данных оставлена как была.</translation>
    </message>
</context>
<context>
    <name>DatabaseProtection</name>
    <message>
        <location filename="../../ui/security/protection.py" line="25"/>
        <source>Protected with a passphrase</source>
        <translation>Защищена паролем</translation>
    </message>
    <message>
        <location filename="../../ui/security/protection.py" line="27"/>
        <source>The database file is encrypted: without the passphrase, a copy of the file or a lost computer reveals nothing of it.</source>
        <translation>Файл базы данных зашифрован: без пароля ни копия файла, ни потерянный компьютер ничего из неё не раскроют.</translation>
    </message>
    <message>
        <location filename="../../ui/security/protection.py" line="34"/>
        <source>Not protected</source>
        <translation>Не защищена</translation>
    </message>
    <message>
        <location filename="../../ui/security/protection.py" line="36"/>
        <source>The database file is not encrypted: anyone who copies it, or takes the computer, can read it.</source>
        <translation>Файл базы данных не зашифрован: его прочитает любой, кто скопирует файл или заберёт компьютер.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="323"/>
        <source>dd.mm.yyyy</source>
        <extracomment>The lines of text the room below the field holds.</extracomment>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="348"/>
        <source>Write a day as 02.04.2026 or 2026-04-02.</source>
        <translation>Введите дату как 02.04.2026 или 2026-04-02.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="49"/>
        <source>02.04.2026, 04.2026 or ~02.04.2026</source>
        <extracomment>What an event date field reads.</extracomment>
        <translation>02.04.2026, 04.2026 или ~02.04.2026</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="50"/>
        <source>A day (02.04.2026), a month (04.2026), a year (2026), an approximate day (~02.04.2026) or a period (02.04.2026..10.04.2026).</source>
        <translation>День (02.04.2026), месяц (04.2026), год (2026), приблизительная дата (~02.04.2026) или период (02.04.2026..10.04.2026).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="386"/>
        <source>The event date is missing.</source>
        <translation>Не указана дата события.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../caseworker/dates.py" line="58"/>
        <source>“{text}” is not a date. Write it as 2026-04-02 or 02.04.2026; a month as 2026-04; an approximate date as ~2026-04-02; a period as 2026-04-02..2026-04-10.</source>
        <translation>«{text}» — не дата. Пишите день как 02.04.2026 или 2026-04-02, месяц — как 04.2026, приблизительную дату — как ~02.04.2026, период — как 02.04.2026..10.04.2026.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="72"/>
        <source>“{text}” is not a day that exists in the calendar.</source>
        <translation>«{text}» — такого дня нет в календаре.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="81"/>
        <source>“{text}”: there is no month {month}.</source>
        <translation>«{text}»: месяца {month} не существует.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="104"/>
        <source>“{text}” is too far in the past.</source>
        <translation>«{text}» — слишком давняя дата.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="148"/>
        <source>The event date is missing.</source>
        <translation>Не указана дата события.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="156"/>
        <source>“{text}”: the period starts after it ends.</source>
        <translation>«{text}»: период начинается позже, чем заканчивается.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="163"/>
        <source>“{text}”: the period ends in the future.</source>
        <translation>«{text}»: период заканчивается в будущем.</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="192"/>
        <source>“{text}” is not a birth date. Write the day (14.03.1992), the month (03.1992) or the year (1992).</source>
        <translation>«{text}» — не дата рождения. Укажите день (14.03.1992), месяц (03.1992) или год (1992).</translation>
    </message>
    <message>
        <location filename="../../caseworker/dates.py" line="220"/>
        <source>“{text}” lies in the future.</source>
        <translation>«{text}» — дата в будущем.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="62"/>
        <source>The event period starts after it ends.</source>
        <translation>Период события начинается позже, чем заканчивается.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../caseworker/demo.py" line="43"/>
        <source>Demo case: the people and events are invented.</source>
        <translation>Демонстрационное дело: люди и события вымышлены.</translation>
    </message>
    <message>
        <location filename="../../caseworker/demo_inquiries.py" line="116"/>
        <source>No information on the person; the request was passed to the tracing service.</source>
        <extracomment>The invented regional office of the demo (no such office exists).</extracomment>
        <translation>Сведениями о человеке не располагаем; запрос передан в службу розыска.</translation>
    </message>
    <message>
        <location filename="../../caseworker/demo_inquiries.py" line="124"/>
        <source>Told the family which letters were sent and when answers are due.</source>
        <translation>Рассказали семье, какие запросы отправлены и когда ждать ответов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/demo_inquiries.py" line="139"/>
        <source>A check is under way; the answer is put off by 30 days.</source>
        <translation>Проводится проверка; срок ответа продлён на 30 дней.</translation>
    </message>
</context>
<context>
    <name>DifferentPeopleDialog</name>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="35"/>
        <source>Different people</source>
        <translation>Разные люди</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="40"/>
        <source>The reason is kept. The pair is not proposed again unless the name, birth date or service number of one of them changes; then it comes back with this reason. No chain of links can make them one man.</source>
        <translation>Причина сохраняется. Пара больше не предлагается, пока у одного из них не изменятся ФИО, дата рождения или личный номер; тогда она вернётся с этой причиной. Никакая цепочка связей не сделает их одним человеком.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="44"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="45"/>
        <source>Different people (Ctrl+Enter)</source>
        <translation>Разные люди (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="188"/>
        <source>{person}: {reason}</source>
        <translation>{person}: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="241"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="317"/>
        <source>Nothing was recorded; give a written reason to record it anyway.</source>
        <translation>Ничего не записано; чтобы всё же записать, укажите причину письменно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="78"/>
        <source>The person&apos;s official status is “killed”.</source>
        <translation>Официальный статус человека — «погиб».</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="86"/>
        <source>An official notice of the death: {report}.</source>
        <translation>Официальное извещение о гибели: {report}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="96"/>
        <source>The remains were identified: {report}.</source>
        <translation>Останки опознаны: {report}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="109"/>
        <source>An independent report of the death graded {grade}: {report}.</source>
        <translation>Независимое сообщение о гибели с оценкой {grade}: {report}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="123"/>
        <source>The family cannot be told of a death yet: {death} says the person died, but the credible {alive} says the person was alive at the same time or later.</source>
        <translation>Сообщать семье о гибели пока нельзя: {death} говорит о гибели, но достоверное {alive} говорит, что человек был жив в то же время или позже.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="133"/>
        <source>The family cannot be told of a death yet: no report of it is an official notice, identified remains or an independent report graded A-B and 1-2.</source>
        <translation>Сообщать семье о гибели пока нельзя: ни одно сообщение о ней не является официальным извещением, опознанием останков или независимым сообщением с оценкой A-B и 1-2.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/disclosure.py" line="141"/>
        <source>No report says that the person died: the family can be told of a death only on an official notice, identified remains or an independent report graded A-B and 1-2.</source>
        <translation>Ни одно сообщение не говорит о гибели человека: сообщить семье о гибели можно только на основании официального извещения, опознания останков или независимого сообщения с оценкой A-B и 1-2.</translation>
    </message>
</context>
<context>
    <name>DuplicatesActions</name>
    <message>
        <location filename="../../ui/matching/duplicates_actions.py" line="28"/>
        <source>Possible &amp;duplicates…</source>
        <translation>Возможные &amp;дубликаты…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_actions.py" line="33"/>
        <source>Go through the sought persons who may be one man (two families seeking the same soldier, or one entered twice) and decide for each pair (Ctrl+Shift+M)</source>
        <translation>Просмотреть разыскиваемых, которые могут быть одним человеком (две семьи ищут одного бойца или один внесён дважды), и решить по каждой паре (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_actions.py" line="63"/>
        <source>Ctrl+Shift+M: back to the possible duplicates</source>
        <translation>Ctrl+Shift+M — вернуться к возможным дубликатам</translation>
    </message>
</context>
<context>
    <name>DuplicatesButtons</name>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="21"/>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Предыдущая (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="22"/>
        <source>Next (PgDown) ▶</source>
        <translation>Следующая (PgDown) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="23"/>
        <source>The same person… (Ctrl+Enter)</source>
        <translation>Тот же человек… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="25"/>
        <source>Different people… (N)</source>
        <translation>Разные люди… (N)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="29"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="30"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторить (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="31"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="92"/>
        <source>Open case {case} (Ctrl+O)</source>
        <translation>Открыть дело {case} (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="95"/>
        <source>Open case {case} (Ctrl+Shift+O)</source>
        <translation>Открыть дело {case} (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_buttons.py" line="99"/>
        <source>Open case {case} at {name}&apos;s timeline</source>
        <translation>Открыть дело {case} на хронологии: {name}</translation>
    </message>
</context>
<context>
    <name>DuplicatesRun</name>
    <message>
        <location filename="../../ui/matching/duplicates_run.py" line="30"/>
        <source>&amp;Find again</source>
        <translation>&amp;Искать заново</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_run.py" line="35"/>
        <source>Compare every sought person with every other again (F5)</source>
        <translation>Снова сравнить каждого разыскиваемого с каждым (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_run.py" line="29"/>
        <source>&amp;Stop the search</source>
        <translation>&amp;Остановить поиск</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_run.py" line="54"/>
        <source>Reading the sought persons…</source>
        <translation>Чтение разыскиваемых…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matching/duplicates_run.py" line="57"/>
        <source>Checked {done} of %n groups of similar names</source>
        <translation>
            <numerusform>Проверено {done} из %n группы похожих имён</numerusform>
            <numerusform>Проверено {done} из %n групп похожих имён</numerusform>
            <numerusform>Проверено {done} из %n групп похожих имён</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="48"/>
        <source>Possible duplicates</source>
        <extracomment>Fits a 1280 x 800 screen.</extracomment>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="110"/>
        <source>No two sought persons resemble each other closely enough to be proposed (or every such pair was decided already).</source>
        <translation>Нет двух разыскиваемых, похожих друг на друга настолько, чтобы их предложить (или по всем таким парам уже решено).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matching/duplicates_window.py" line="117"/>
        <source>%n pairs of sought persons may be one man each.</source>
        <translation>
            <numerusform>%n пара разыскиваемых может оказаться одним человеком.</numerusform>
            <numerusform>%n пары разыскиваемых могут оказаться одним человеком каждая.</numerusform>
            <numerusform>%n пар разыскиваемых могут оказаться одним человеком каждая.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="163"/>
        <source>{one} (case {one_case}) and {two} (case {two_case})</source>
        <translation>{one} (дело {one_case}) и {two} (дело {two_case})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="185"/>
        <source>case {one} and case {two}</source>
        <translation>дело {one} и дело {two}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="215"/>
        <source>Recorded: {pair} are the same person; both cases show the link. Ctrl+Z undoes it.</source>
        <translation>Записано: {pair} — один и тот же человек; связь видна в обоих делах. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="218"/>
        <source>Recorded: {pair} are different people. Ctrl+Z undoes it.</source>
        <translation>Записано: {pair} — разные люди. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="228"/>
        <source>That is decided already.</source>
        <translation>Это уже решено.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="231"/>
        <source>This pair is decided otherwise: undo that decision first (Ctrl+Z).</source>
        <translation>По этой паре решено иначе: сначала отмените то решение (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="242"/>
        <source>Every pair is decided.</source>
        <translation>Решено по всем парам.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/duplicates_window.py" line="258"/>
        <source>Decision undone: the pair is proposed again.</source>
        <translation>Решение отменено: пара снова предложена.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_command.py" line="50"/>
        <source>The same person: {pair}</source>
        <extracomment>Names the pair in the window&apos;s history (&quot;2026-0042 — 2026-0051&quot;).</extracomment>
        <translation>Тот же человек: {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_command.py" line="52"/>
        <source>Different people: {pair}</source>
        <translation>Разные люди: {pair}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="29"/>
        <source>No cases yet</source>
        <extracomment>The user asked for a new case (the main window opens the dialog).</extracomment>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="39"/>
        <source>Start with a family&apos;s request: create a case, then add the relatives, the sought persons and every report they bring.

To look around first, load a few fictional demo cases.</source>
        <translation>Начните с обращения семьи: создайте дело, затем добавьте родственников, разыскиваемых и все сообщения, которые поступают.

Чтобы сначала осмотреться, загрузите несколько вымышленных демонстрационных дел.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="55"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="58"/>
        <source>Load demo cases</source>
        <translation>Загрузить демонстрационные дела</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="85"/>
        <source>Loading the demo cases</source>
        <translation>Загрузку демонстрационных дел</translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="36"/>
        <source>Enclosures · case {reference}</source>
        <translation>Опись приложений · дело {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="39"/>
        <source>Enclosures to the letter to {addressee}</source>
        <translation>Опись приложений к письму в адрес: {addressee}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="52"/>
        <source>Case {reference}, {family}. Each file is identified by its SHA-256 checksum: a copy with the same checksum is the same file, unchanged.</source>
        <translation>Дело {reference}, {family}. Каждый файл определяется контрольной суммой SHA-256: копия с той же суммой — тот же файл без изменений.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="60"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="61"/>
        <source>File and its SHA-256</source>
        <translation>Файл и его SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="62"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="94"/>
        <source>Case {reference}</source>
        <translation>Дело {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="97"/>
        <source>Caseworker · made on {day}</source>
        <translation>Caseworker · составлено {day}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="119"/>
        <source>Enclosure list</source>
        <translation>Опись приложений</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="120"/>
        <source>There are no evidence files to list yet.</source>
        <translation>В деле пока нет файлов-материалов для описи.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="122"/>
        <source>No files are kept with this inquiry yet: write its letter, or attach the scanned answer, first.</source>
        <translation>К этому запросу пока не прикреплено ни одного файла: сначала составьте письмо или прикрепите скан ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="132"/>
        <source>Print the enclosure list</source>
        <translation>Печать описи приложений</translation>
    </message>
    <message>
        <location filename="../../ui/letters/enclosures.py" line="135"/>
        <source>The enclosure list could not be printed: {reason}</source>
        <translation>Опись приложений не удалось напечатать: {reason}</translation>
    </message>
</context>
<context>
    <name>Encrypt</name>
    <message>
        <location filename="../../caseworker/security/convert.py" line="97"/>
        <source>The database is being protected with a passphrase; it opens again when that has finished.</source>
        <extracomment>Plain copies of the database left beside it, readable (see :func:`plain_copies_beside`).</extracomment>
        <translation>База сейчас защищается паролем; она откроется снова, когда это закончится.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="292"/>
        <source>The database {location} is already protected with a passphrase. Nothing was changed.</source>
        <translation>База {location} уже защищена паролем. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="302"/>
        <source>{path} is a link to another place, where the plain files would stay readable; put the files themselves in its place first</source>
        <translation>{path} — ссылка на другое место, где незашифрованные файлы остались бы доступны для чтения; сначала поместите на её место сами файлы</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="312"/>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="317"/>
        <source>it is not a plain database (encrypted already?)</source>
        <translation>это не обычная база (уже зашифрована?)</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="322"/>
        <source>the file or its folder cannot be written</source>
        <translation>в файл или его папку нельзя записывать</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="349"/>
        <source>the disk has {free} MB free and the copy needs about {needed} MB</source>
        <translation>на диске свободно {free} МБ, а копии нужно около {needed} МБ</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="371"/>
        <source>another window or program has it open ({reason}); close it first</source>
        <translation>она открыта в другом окне или программе ({reason}); сначала закройте её там</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="392"/>
        <source>another window or program changed it meanwhile; close it and try again</source>
        <translation>другое окно или программа изменили её за это время; закройте их и попробуйте снова</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="400"/>
        <source>The database {location} cannot be protected with a passphrase: {reason}. Nothing was changed.</source>
        <translation>Базу {location} нельзя защитить паролем: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="409"/>
        <source>the evidence file {name} no longer matches its fingerprint (damaged?); run “check”</source>
        <translation>файл доказательств {name} больше не совпадает со своим отпечатком (повреждён?); запустите «check»</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="416"/>
        <source>the encrypted copy of the evidence file {name} did not read back the same</source>
        <translation>зашифрованная копия файла доказательств {name} при чтении не совпала с исходной</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert.py" line="422"/>
        <source>Protection with a passphrase was cancelled; the database is as it was.</source>
        <translation>Защита паролем отменена; база осталась как была.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert_swap.py" line="59"/>
        <source>The database {location} is being protected with a passphrase by another window or program. Wait until it has finished. Nothing was changed.</source>
        <extracomment>The files SQLite keeps beside a database. Told the name of each step done (a test kills the process at one of them).</extracomment>
        <translation>Базу {location} сейчас защищает паролем другое окно или программа. Дождитесь окончания. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/convert_swap.py" line="177"/>
        <source>An interrupted protection of the database {location} with a passphrase cannot be undone ({reason}); its files are in {folder}. Nothing was lost.</source>
        <translation>Прерванную защиту базы {location} паролем не удаётся отменить ({reason}); её файлы лежат в {folder}. Ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="130"/>
        <source>Protect the database with a passphrase</source>
        <translation>Защита базы паролем</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="150"/>
        <source>Backups made before now are not encrypted: whoever finds them can read them. Once a new backup has been made, delete the older ones from the backups folder.</source>
        <extracomment>Starts Caseworker again (by default :func:`ui.security.restart.restart_program`).</extracomment>
        <translation>Резервные копии, сделанные раньше, не зашифрованы: кто их найдёт, сможет их прочитать. Когда будет сделана новая копия, удалите старые из папки резервных копий.</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="172"/>
        <source>&amp;Protect</source>
        <extracomment>The plain copies of the database beside it, named once it is protected.</extracomment>
        <translation>&amp;Защитить</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="216"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="256"/>
        <source>These older copies of the database beside it are not encrypted (made before an upgrade or kept aside by a restore): whoever finds them can read them. Delete them once you no longer need them:</source>
        <translation>Эти старые копии базы данных рядом с ней не зашифрованы (сделаны перед обновлением или отложены при восстановлении): их может прочитать любой, кто их найдёт. Удалите их, когда они больше не нужны:</translation>
    </message>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="264"/>
        <source>I have written it down: &amp;start again</source>
        <translation>Я записал(а) код: &amp;перезапустить</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message numerus="yes">
        <location filename="../../ui/matching/entry_view.py" line="54"/>
        <source>Entry {number} of %n</source>
        <translation>
            <numerusform>Запись {number} из %n</numerusform>
            <numerusform>Запись {number} из %n</numerusform>
            <numerusform>Запись {number} из %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matching/entry_view.py" line="58"/>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matching/entry_view.py" line="60"/>
        <source>%n candidates</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matching/entry_view.py" line="63"/>
        <source>{position} · row {row} of the file · {status}</source>
        <translation>{position} · строка {row} файла · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/entry_view.py" line="71"/>
        <source>As published: {row}</source>
        <translation>Как опубликовано: {row}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/entry_view.py" line="86"/>
        <source>Candidate {number}: {name}, case {case}, {chance}</source>
        <translation>Кандидат {number}: {name}, дело {case}, {chance}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/entry_view.py" line="97"/>
        <source>This pair was judged “not him” before: “{reason}”. It is proposed again because the name, birth date or service number of one side changed since.</source>
        <translation>Эту пару уже отклоняли («не он»): «{reason}». Она предложена снова, потому что с тех пор у одной из сторон изменились ФИО, дата рождения или личный номер.</translation>
    </message>
</context>
<context>
    <name>ErrorModel</name>
    <message>
        <location filename="../../ui/spreadsheets/error_model.py" line="33"/>
        <source>Sheet</source>
        <extracomment>The :class:`~caseworker.xlsx.CellError` of the row.</extracomment>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/error_model.py" line="34"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/error_model.py" line="35"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/error_model.py" line="36"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/error_model.py" line="37"/>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../caseworker/services/evidence.py" line="144"/>
        <source>Report {id} belongs to another case; evidence can only support the reports of its own case.</source>
        <translation>Сообщение {id} относится к другому делу; материалы могут подтверждать только сообщения своего дела.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence.py" line="238"/>
        <source>The file “{name}” was deleted from the evidence folder while it was being added (a colleague purged the same file meanwhile). It was not added; add it again.</source>
        <translation>Файл «{name}» был удалён из папки доказательств, пока его добавляли (коллега в это время удалил навсегда тот же файл). Файл не добавлен; добавьте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_export.py" line="65"/>
        <source>The folder {folder} is not empty. Choose a new or empty folder, so that the manifest lists everything in it.</source>
        <translation>Папка {folder} не пуста. Выберите новую или пустую папку, чтобы опись охватывала всё её содержимое.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_export.py" line="75"/>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Не удаётся создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_export.py" line="88"/>
        <source>The export needs {size}, but the disk of {folder} has {free} free.</source>
        <translation>Для экспорта нужно {size}, а на диске с папкой {folder} свободно {free}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_purge.py" line="63"/>
        <source>The items were deleted, but their files stay in the evidence folder for now: the database did not answer (unreachable or busy) when asked whether a colleague has added the same files meanwhile. The integrity check (the command “caseworker check”) names the files nothing refers to.</source>
        <translation>Материалы удалены, но их файлы пока остаются в папке материалов: база данных не ответила (недоступна или занята) на вопрос, не добавил ли кто-то из коллег те же файлы за это время. Проверка целостности (команда «caseworker check») назовёт файлы, на которые ничто не ссылается.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_purge.py" line="73"/>
        <source>The items were deleted, but these files could not be removed from the evidence folder; delete them by hand: {files}</source>
        <translation>Записи удалены, но эти файлы не удалось убрать из папки материалов; удалите их вручную: {files}</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_purge.py" line="107"/>
        <source>To delete evidence for good, confirm by typing the case reference {reference}. Nothing was deleted.</source>
        <translation>Чтобы удалить материалы безвозвратно, подтвердите это, введя номер дела {reference}. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_purge.py" line="135"/>
        <source>A purge deletes evidence of one case at a time.</source>
        <translation>Безвозвратное удаление затрагивает материалы только одного дела за раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="22"/>
        <location filename="../../caseworker/vault/messages.py" line="166"/>
        <location filename="../../caseworker/vault/messages.py" line="219"/>
        <source>{count} bytes</source>
        <extracomment>A value from the database shown in a sentence is cut to this many characters.</extracomment>
        <translation>{count} Б</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="25"/>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="26"/>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="27"/>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="32"/>
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/team_folder.py" line="41"/>
        <source>Cases, reports and search work as usual; evidence can be seen and added once the folder is there.</source>
        <extracomment>How long a look at the team&apos;s folder may take before it counts as not reachable. Modes of the team vault&apos;s subfolders and files (the plain vault&apos;s are 0o700 and 0o400).</extracomment>
        <translation>Дела, сведения и поиск работают как обычно; доказательства можно будет смотреть и добавлять, когда папка появится.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/team_folder.py" line="49"/>
        <source>The team&apos;s evidence folder {folder} cannot be found: is the shared folder connected (mounted) on this computer?</source>
        <translation>Общая папка доказательств {folder} не найдена: подключена ли общая папка на этом компьютере?</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/team_folder.py" line="57"/>
        <source>The team&apos;s evidence folder {folder} cannot be used here ({reason}): is the shared folder connected, and may you read and write it?</source>
        <translation>Общую папку доказательств {folder} нельзя использовать ({reason}): подключена ли общая папка и есть ли у вас права на чтение и запись?</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/team_folder.py" line="94"/>
        <source>The team&apos;s evidence folder {folder} does not answer: is the shared folder&apos;s server or the network down?</source>
        <translation>Общая папка доказательств {folder} не отвечает: не отключён ли сервер общей папки или сеть?</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/team_folder.py" line="121"/>
        <source>The team&apos;s evidence folder {folder} is empty, but this database has files in it: is the shared folder connected (mounted) on this computer?</source>
        <translation>Общая папка доказательств {folder} пуста, хотя в этой базе есть файлы: подключена ли общая папка на этом компьютере?</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="38"/>
        <location filename="../../caseworker/vault/team_folder.py" line="109"/>
        <source>it is not a folder</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="43"/>
        <source>The file “{name}” cannot be found (it may have been moved or deleted).</source>
        <translation>Файл «{name}» не найден (возможно, его переместили или удалили).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="49"/>
        <source>The file “{name}” cannot be read: {reason}. Nothing was stored.</source>
        <translation>Не удаётся прочитать файл «{name}»: {reason}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="55"/>
        <source>The file “{name}” changed while it was being copied (it grew, shrank or was rewritten); it may still be downloading or being saved by another program. Wait until it is complete, then add it again. Nothing was stored.</source>
        <translation>Файл «{name}» изменился во время копирования (вырос, уменьшился или был перезаписан); возможно, он ещё скачивается или его сохраняет другая программа. Дождитесь, когда он будет готов, и добавьте его снова. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="64"/>
        <source>“{name}” is a folder. Choose the files inside it instead.</source>
        <translation>«{name}» — это папка. Выберите файлы внутри неё.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="70"/>
        <source>“{name}” is not an ordinary file (a device or a pipe) and cannot be kept.</source>
        <translation>«{name}» — не обычный файл (устройство или канал), сохранить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="76"/>
        <source>The file “{name}” is empty (0 bytes), so it holds no evidence; it is probably an unfinished download or copy. Ask for the file again. Nothing was stored.</source>
        <translation>Файл «{name}» пуст (0 байт) и ничего не подтверждает; вероятно, это незавершённая загрузка или копия. Запросите файл ещё раз. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="84"/>
        <source>There is not enough free space to keep “{name}” ({size}): the disk of the evidence folder {folder} has {free} free. Free some space, then add the file again. Nothing was stored.</source>
        <translation>Недостаточно места, чтобы сохранить «{name}» ({size}): на диске с папкой материалов {folder} свободно {free}. Освободите место и добавьте файл снова. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="93"/>
        <source>The evidence folder {folder} cannot be written to ({reason}). Ask whoever looks after this computer to give you write access to it. Nothing was stored.</source>
        <translation>Нет доступа на запись в папку материалов {folder} ({reason}). Попросите того, кто обслуживает этот компьютер, дать вам права на запись. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="101"/>
        <source>Adding “{name}” was cancelled. Nothing was stored.</source>
        <translation>Добавление «{name}» отменено. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="107"/>
        <source>The stored file with SHA-256 {sha256} is missing from the evidence folder.</source>
        <translation>Сохранённый файл с SHA-256 {sha256} отсутствует в папке материалов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="113"/>
        <source>The stored file with SHA-256 {sha256} has been altered: its content no longer matches its hash.</source>
        <translation>Сохранённый файл с SHA-256 {sha256} изменён: его содержимое больше не совпадает с хешем.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="279"/>
        <source>Left in place, as a file is being copied into it now: {name} ({size}).</source>
        <translation>Оставлена на месте, так как в неё сейчас копируется файл: {name} ({size}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="282"/>
        <source>Left for now, as it was written in the last {minutes} minutes and may belong to an addition still under way in another window or on another computer: {name} ({size}, last written {when}).</source>
        <translation>Пока оставлена, так как в неё писали в последние {minutes} мин. и она может относиться к добавлению, которое ещё идёт в другом окне или на другом компьютере: {name} ({size}, последняя запись {when}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="293"/>
        <source>Unfinished copies removed from the evidence folder: {count} ({size}).</source>
        <translation>Удалено незавершённых копий из папки материалов: {count} ({size}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/names.py" line="44"/>
        <source>unnamed file</source>
        <extracomment>Bytes, not characters: file systems count UTF-8 bytes (a Cyrillic letter takes two). Controls (C0, C1), format characters (bidirectional overrides and isolates, zero-width spaces and joiners, the byte-order mark …) and line or paragraph separators.</extracomment>
        <translation>файл без имени</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/store.py" line="114"/>
        <source>This database is not a file, so its evidence folder must be chosen: set {variable} to a folder on a disk the whole team can reach.</source>
        <extracomment>Left free on the disk after a copy, so that the database itself can still grow. The team&apos;s folder (:mod:`caseworker.vault.team_folder`): never created here, its subfolders and files shared with the folder&apos;s group.</extracomment>
        <translation>Эта база данных — не файл, поэтому папку материалов нужно указать: задайте в {variable} папку на диске, доступном всей команде.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="124"/>
        <source>(unnamed)</source>
        <extracomment>Plaintext bytes in every chunk but the last. The largest chunk size a reader accepts from a header (a bound on the memory it takes). A file opened with ``open(path, &quot;rb&quot;)``, or anything else with ``readinto``. Told each verified piece of plaintext (valid only during the call).</extracomment>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="129"/>
        <source>The stored file “{name}” has been altered or damaged: part {part} of it does not match what was stored, so it cannot be given out. Restore it from a backup or add the original file again.</source>
        <translation>Хранимый файл «{name}» изменён или повреждён: его часть {part} не совпадает с сохранённой, поэтому выдать его нельзя. Восстановите его из резервной копии или добавьте исходный файл заново.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="141"/>
        <source>The stored file “{name}” has been altered or damaged: it ends before its last part (part {part} is missing), so it cannot be given out. Restore it from a backup or add the original file again.</source>
        <translation>Хранимый файл «{name}» изменён или повреждён: он обрывается до последней части (нет части {part}), поэтому выдать его нельзя. Восстановите его из резервной копии или добавьте исходный файл заново.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="153"/>
        <source>The stored file “{name}” is not an encrypted evidence file: it is an unencrypted copy, or its beginning has been damaged.</source>
        <translation>Хранимый файл «{name}» не является зашифрованным файлом доказательств: это незашифрованная копия, или его начало повреждено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="163"/>
        <source>The stored file “{name}” cannot be opened with the key of this database: it was encrypted for another database, or its beginning has been altered or damaged.</source>
        <translation>Хранимый файл «{name}» не открывается ключом этой базы данных: он зашифрован для другой базы, или его начало изменено или повреждено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="173"/>
        <source>The stored file “{name}” was encrypted by a newer version of Caseworker (format {version}). Update Caseworker to open it.</source>
        <translation>Хранимый файл «{name}» зашифрован более новой версией Caseworker (формат {version}). Обновите Caseworker, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="183"/>
        <source>Copying “{name}” was cancelled. Nothing was kept.</source>
        <translation>Копирование «{name}» отменено. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/sealed.py" line="191"/>
        <source>The file “{name}” cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл «{name}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/plain_reads.py" line="63"/>
        <source>This file is too large to show here ({size}; up to {limit} is shown). Open it with the system’s viewer.</source>
        <translation>Этот файл слишком велик, чтобы показать его здесь ({size}; показываются файлы до {limit}). Откройте его в системной программе просмотра.</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/evidence/evidence_actions.py" line="42"/>
        <source>Add files to the case</source>
        <translation>Добавить файлы в дело</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_actions.py" line="52"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_actions.py" line="185"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_actions.py" line="140"/>
        <source>Remove from case</source>
        <translation>Убрать из дела</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_actions.py" line="141"/>
        <source>Remove “{name}” from this case? The file is kept in the evidence folder and the removal is recorded; “Show removed” brings it back.</source>
        <translation>Убрать «{name}» из этого дела? Файл останется в папке материалов, а удаление будет записано; флажок «Показывать убранные» вернёт его в список.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/opened_copies.py" line="48"/>
        <source>Opens a read-only copy with the system’s viewer; the copy is removed when Caseworker closes.</source>
        <extracomment>A session folder without its lock yet is left alone this long (it may be being made).</extracomment>
        <translation>Открывает копию только для чтения в системной программе просмотра; копия удаляется при закрытии Caseworker.</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <location filename="../../caseworker/services/evidence_bundle.py" line="70"/>
        <source>The password is empty; type a password.</source>
        <translation>Пароль пуст; введите пароль.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_bundle.py" line="75"/>
        <source>The password is too short: an archive&apos;s password can be tried quickly by whoever has the archive. Type at least {minimum} characters.</source>
        <translation>Пароль слишком короткий: тот, у кого окажется архив, может быстро подбирать к нему пароли. Введите не меньше {minimum} символов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_bundle.py" line="98"/>
        <source>The archive {path} cannot be written: {reason}</source>
        <translation>Не удаётся записать архив {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceBundleDialog</name>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="35"/>
        <source>Export evidence for a lawyer</source>
        <translation>Выгрузить доказательства для юриста</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="38"/>
        <source>The files of case {reference}, with a manifest (each file&apos;s original name, SHA-256, how it was obtained, its reports) and a SHA256SUMS file to check them.</source>
        <translation>Файлы дела {reference} с описью (исходное имя каждого файла, SHA-256, как он получен, его сведения) и файлом SHA256SUMS для их проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="45"/>
        <source>Include the files &amp;removed from the case</source>
        <translation>Включить файлы, &amp;убранные из дела</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="71"/>
        <source>The files go into one archive (.zip) encrypted with AES-256, which 7-Zip, WinZip, PeaZip or Keka open with the password (the archivers built into Windows and macOS may not). Give the password to the lawyer apart from the archive, by telephone rather than in the same message. The files inside are named by number; their original names are in the manifest.</source>
        <translation>Файлы попадут в один архив (.zip), зашифрованный AES-256; его открывают с паролем 7-Zip, WinZip, PeaZip или Keka (встроенные архиваторы Windows и macOS могут не открыть). Передайте пароль юристу отдельно от архива — лучше по телефону, а не в том же сообщении. Файлы в архиве названы по номерам; их исходные имена — в описи.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="86"/>
        <source>Not protected: the files are copied as they are into a folder, and anyone who has the folder, or the disk or message it travels on, can read them. Hand it over on an encrypted disk or through a protected channel.</source>
        <translation>Без защиты: файлы копируются в папку как есть, и прочитать их может любой, у кого окажется папка, диск или сообщение, с которым она передаётся. Передавайте её на зашифрованном диске или по защищённому каналу.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="101"/>
        <source>Choose the archive…</source>
        <translation>Выбрать архив…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_dialog.py" line="103"/>
        <source>Choose the folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="70"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="71"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="72"/>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="73"/>
        <source>How obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="74"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="75"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="85"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="86"/>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Скопировать SHA-256 в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="91"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="94"/>
        <source>Supports the reports</source>
        <translation>Подтверждает сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="108"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="110"/>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="111"/>
        <source>Edit details…</source>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="112"/>
        <source>Remove from case…</source>
        <translation>Убрать из дела…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="113"/>
        <source>Show in case again</source>
        <translation>Вернуть в дело</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="114"/>
        <source>Delete for good…</source>
        <translation>Удалить навсегда…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="116"/>
        <source>Only when the family asked for their data to be deleted</source>
        <translation>Только если семья попросила удалить её данные</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="157"/>
        <source>No file selected</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="165"/>
        <source>{kind} ({media_type}), {size}</source>
        <translation>{kind} ({media_type}), {size}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="170"/>
        <source>{moment} by {name}</source>
        <translation>{moment}, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_details.py" line="188"/>
        <source>This case has no reports yet.</source>
        <translation>В этом деле пока нет сообщений.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="21"/>
        <source>Evidence details: {name}</source>
        <translation>Сведения о материале: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="23"/>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="27"/>
        <source>How obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="28"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="30"/>
        <source>Source address</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="31"/>
        <source>a web address, a chat, a sender</source>
        <translation>веб-адрес, чат, отправитель</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="32"/>
        <source>Captured at</source>
        <translation>Время съёмки</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="33"/>
        <source>e.g. 2026-04-02 14:30, or 02.04.2026</source>
        <translation>например, 02.04.2026 14:30 или 02.04.2026</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="34"/>
        <source>Graphic content: show blurred until clicked</source>
        <translation>Шокирующее содержимое: показывать размытым до щелчка</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="38"/>
        <source>Supports the reports</source>
        <translation>Подтверждает сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="48"/>
        <source>This case has no reports yet.</source>
        <translation>В этом деле пока нет сообщений.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="57"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <location filename="../../ui/evidence/evidence_model.py" line="171"/>
        <source>{kind}, {size}</source>
        <extracomment>The roles read straight from the item. The roles read from the item&apos;s thumbnail (which is asked for when first read).</extracomment>
        <translation>{kind}, {size}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.py" line="172"/>
        <source>Added {day} by {name}</source>
        <translation>Добавлено {day}, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.py" line="177"/>
        <source>Captured {day}</source>
        <translation>Снято {day}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.py" line="179"/>
        <source>Graphic content</source>
        <translation>Шокирующее содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.py" line="181"/>
        <source>Removed from the case</source>
        <translation>Убрано из дела</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="46"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="49"/>
        <source>Or drop files here from the file manager</source>
        <translation>Или перетащите сюда файлы из файлового менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="52"/>
        <source>Paste image</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="54"/>
        <source>Add a screenshot from the clipboard (Ctrl+V)</source>
        <translation>Добавить снимок экрана из буфера обмена (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="71"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="77"/>
        <source>Newest added first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="78"/>
        <source>Oldest added first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="79"/>
        <source>Newest captured first</source>
        <translation>Сначала снятые недавно</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="80"/>
        <source>Oldest captured first</source>
        <translation>Сначала снятые давно</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="81"/>
        <source>Name</source>
        <translation>По имени</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="82"/>
        <source>Largest first</source>
        <translation>Сначала крупные</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="85"/>
        <source>Show removed</source>
        <translation>Показывать убранные</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="88"/>
        <source>Report:</source>
        <translation>Сообщение:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="89"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="90"/>
        <source>Sort:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="111"/>
        <source>Show only these</source>
        <translation>Показать только их</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="126"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_building.py" line="147"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="49"/>
        <source>The clipboard holds no image and no files to add.</source>
        <translation>В буфере обмена нет ни изображения, ни файлов для добавления.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="65"/>
        <source>Pasted image {stamp}.png</source>
        <translation>Вставленное изображение {stamp}.png</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_panel.py" line="258"/>
        <source>SHA-256 copied to the clipboard.</source>
        <translation>SHA-256 скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_reports.py" line="58"/>
        <source>All reports</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_reports.py" line="70"/>
        <source>No files match these filters.</source>
        <translation>Нет файлов, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_reports.py" line="71"/>
        <source>No evidence yet.

Drop files here from the file manager, use “Add files…”, or paste a screenshot with Ctrl+V.
Each file is kept unchanged and identified by its SHA-256.</source>
        <translation>Материалов пока нет.

Перетащите сюда файлы из файлового менеджера, нажмите «Добавить файлы…» или вставьте снимок экрана клавишами Ctrl+V.
Каждый файл хранится без изменений и опознаётся по SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_reports.py" line="92"/>
        <source>Report #{id} is selected: {count} of these files support it (framed).</source>
        <translation>Выбрано сообщение № {id}: его подтверждают файлы в рамке ({count}).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_reports.py" line="97"/>
        <source>Report #{id} is selected: no file supports it yet.</source>
        <translation>Выбрано сообщение № {id}: пока ни один файл его не подтверждает.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="75"/>
        <source>The copy to open cannot be made in {folder}: {reason}.</source>
        <translation>Копию для открытия не удаётся создать в {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="88"/>
        <source>Opened a read-only copy of “{name}”. The copy is removed when Caseworker closes; the stored file stays unchanged.</source>
        <translation>Открыта копия «{name}» только для чтения. Копия удаляется при закрытии Caseworker; хранимый файл не изменяется.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="95"/>
        <source>No program to open “{name}” was found on this computer. A read-only copy is at {path} until Caseworker closes; to keep one, save a copy.</source>
        <translation>На этом компьютере не найдена программа, чтобы открыть «{name}». Копия только для чтения лежит в {path} до закрытия Caseworker; чтобы сохранить её, сохраните копию.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="115"/>
        <source>Opening “{name}”…</source>
        <translation>Открытие «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="117"/>
        <source>Saving a copy of “{name}”…</source>
        <translation>Сохранение копии «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/panel_transfer.py" line="135"/>
        <source>Saved a copy as {path}.</source>
        <translation>Копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="208"/>
        <source>Export for a lawyer…</source>
        <translation>Выгрузить для юриста…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/bundle_export.py" line="211"/>
        <source>The case&apos;s files with a manifest, in an archive protected with a password or in a plain folder</source>
        <translation>Файлы дела с описью — в архиве, защищённом паролем, или в обычной папке</translation>
    </message>
</context>
<context>
    <name>EvidenceTileDelegate</name>
    <message>
        <location filename="../../ui/evidence/tile_delegate.py" line="186"/>
        <source>Graphic content
click to show</source>
        <translation>Шокирующее содержимое
щёлкните, чтобы показать</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/tile_delegate.py" line="211"/>
        <source>removed · {size}</source>
        <translation>убрано · {size}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/tile_delegate.py" line="214"/>
        <source>1 report</source>
        <translation>1 сообщение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence/tile_delegate.py" line="214"/>
        <source>%n reports</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../ui/timeline/explain_dialog.py" line="14"/>
        <source>Mark contradiction explained</source>
        <translation>Отметить противоречие как объяснённое</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/explain_dialog.py" line="22"/>
        <source>An explained contradiction is set aside, not deleted: it stays listed with your note and no longer counts as open. You can reopen it at any time.</source>
        <translation>Объяснённое противоречие не удаляется, а откладывается: оно остаётся в списке с вашим пояснением и больше не считается открытым. Его можно в любой момент открыть снова.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/explain_dialog.py" line="29"/>
        <source>Why it is explained</source>
        <translation>Чем объясняется</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/explain_dialog.py" line="30"/>
        <source>Mark explained</source>
        <translation>Отметить как объяснённое</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="149"/>
        <source>Caseworker template {day}</source>
        <translation>Шаблон для автономного ввода {day}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="151"/>
        <source>Caseworker {day}</source>
        <translation>Дела {day}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="174"/>
        <source>Writing “{name}”…</source>
        <translation>Запись «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="173"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="194"/>
        <source>Template exported</source>
        <translation>Шаблон экспортирован</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="196"/>
        <source>The offline template was written to:
{path}

It holds {cases} cases. Enter new reports on its Reports sheet, then import it with File &gt; Import…</source>
        <translation>Шаблон для автономного ввода записан в файл:
{path}

Дел в нём: {cases}. Внесите новые сообщения на лист Reports, затем импортируйте его командой Файл &gt; Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="200"/>
        <source>Workbook exported</source>
        <translation>Книга экспортирована</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="202"/>
        <source>The workbook was written to:
{path}

It holds {cases} cases and {reports} reports.</source>
        <translation>Книга записана в файл:
{path}

Дел в ней: {cases}, сообщений: {reports}.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="210"/>
        <source>It is protected with the password you chose.</source>
        <translation>Книга защищена выбранным вами паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="212"/>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="43"/>
        <source>Export an offline template</source>
        <translation>Экспорт шаблона для автономного ввода</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="45"/>
        <source>The template holds the chosen cases with their persons and relatives but no reports: enter new reports in it away from the desk, then import it.</source>
        <translation>Шаблон содержит выбранные дела с разыскиваемыми и родственниками, но без сообщений: вносите в него новые сообщения вне рабочего места, затем импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="49"/>
        <source>Export to a spreadsheet</source>
        <translation>Экспорт в электронную таблицу</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="51"/>
        <source>The workbook can be edited offline in Excel or LibreOffice and imported again.</source>
        <translation>Книгу можно редактировать отдельно от программы в Excel или LibreOffice, а затем импортировать обратно.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="56"/>
        <source>&amp;All cases</source>
        <translation>&amp;Все дела</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="58"/>
        <source>The cases in the &amp;list (as filtered now)</source>
        <translation>Дела из &amp;списка (с текущими фильтрами)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="60"/>
        <source>The cases in the &amp;list (as filtered now): {count}</source>
        <translation>Дела из &amp;списка (с текущими фильтрами): {count}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="66"/>
        <source>The list is not filtered: it shows all cases.</source>
        <translation>Список не отфильтрован: в нём все дела.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="68"/>
        <source>The &amp;open case</source>
        <translation>&amp;Открытое дело</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="70"/>
        <source>The &amp;open case: {reference}</source>
        <translation>&amp;Открытое дело: {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="83"/>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="102"/>
        <source>Excel and LibreOffice ask for it when the workbook is opened, and so does the import. Keep it apart from the workbook: without it nobody, you included, can open the workbook.</source>
        <translation>Excel и LibreOffice спросят его при открытии книги, импорт тоже. Храните пароль отдельно от книги: без него никто, и вы тоже, книгу не откроет.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_dialog.py" line="117"/>
        <source>Type the password, or clear “Protect with a password”.</source>
        <translation>Введите пароль или снимите флажок «Защитить паролем».</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="213"/>
        <source>New due date</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="214"/>
        <source>Notice received on</source>
        <translation>Уведомление получено</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="216"/>
        <source>The office did write this: record it as an extension beyond the law</source>
        <translation>Орган действительно так написал: записать как продление сверх допустимого законом</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="221"/>
        <source>Extend</source>
        <translation>Продлить</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <location filename="../../ui/family/family_actions.py" line="28"/>
        <source>Record what the family was told</source>
        <translation>Записать, что сказали семье</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="33"/>
        <source>This case has no relative yet. Add the relative first.</source>
        <translation>В деле ещё нет родственников. Сначала добавьте родственника.</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="53"/>
        <source>Write why the family is told of the death anyway.</source>
        <translation>Напишите, почему семье всё же сообщают о гибели.</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="72"/>
        <source>Recording what the family was told</source>
        <translation>Запись о том, что сказали семье</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="89"/>
        <source>Keep the family informed · {case}</source>
        <translation>Сообщать семье новости · {case}</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="93"/>
        <source>Interval</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="97"/>
        <source>Every so many days</source>
        <translation>Каждые сколько дней</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_actions.py" line="124"/>
        <source>Changing how often the family is told</source>
        <translation>Изменение срока, как часто сообщать семье</translation>
    </message>
</context>
<context>
    <name>FamilyLogModel</name>
    <message>
        <location filename="../../ui/family/family_model.py" line="36"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="37"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="38"/>
        <source>By</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="39"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="40"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="41"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="42"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="73"/>
        <source>Told over the disclosure gate&apos;s refusal. Reason: {reason}</source>
        <translation>Сообщено вопреки запрету: нет достаточного основания. Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_model.py" line="91"/>
        <source>{what} (without a sufficient basis)</source>
        <translation>{what} (без достаточного основания)</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../ui/family/family_panel.py" line="64"/>
        <source>Change interval…</source>
        <translation>Изменить срок…</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_panel.py" line="67"/>
        <source>Record what the family was told…</source>
        <translation>Записать, что сказали семье…</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_panel.py" line="77"/>
        <source>Nothing is recorded yet of what the family was told.</source>
        <translation>Пока не записано, что сообщали семье.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/family/family_panel.py" line="160"/>
        <source>Family (%n)</source>
        <translation>
            <numerusform>Семья (%n)</numerusform>
            <numerusform>Семья (%n)</numerusform>
            <numerusform>Семья (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/family/family_panel.py" line="180"/>
        <source>Keep the family informed every %n days</source>
        <translation>
            <numerusform>Сообщать семье новости каждый %n день</numerusform>
            <numerusform>Сообщать семье новости каждые %n дня</numerusform>
            <numerusform>Сообщать семье новости каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/family/family_panel.py" line="183"/>
        <source>{every} · not told anything yet</source>
        <translation>{every} · семье ещё ничего не сообщали</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_panel.py" line="185"/>
        <source>{every} · last told {last} · next by {next}</source>
        <translation>{every} · в последний раз {last} · в следующий раз до {next}</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_panel.py" line="190"/>
        <source>time to tell them</source>
        <translation>пора сообщить</translation>
    </message>
    <message>
        <location filename="../../ui/family/family_panel.py" line="200"/>
        <source>The family was told of a death without a sufficient basis: {reason} ({who}, {day})</source>
        <translation>Семье сообщено о гибели без достаточного основания: {reason} ({who}, {day})</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../caseworker/services/assessments.py" line="30"/>
        <source>assessed status</source>
        <translation>Оценка статуса</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/assessments.py" line="31"/>
        <source>confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="27"/>
        <source>The family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="29"/>
        <source>case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="32"/>
        <source>Next action due</source>
        <translation>Срок следующего шага</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="33"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="25"/>
        <source>contradiction rule</source>
        <translation>Правило противоречия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="22"/>
        <location filename="../../caseworker/services/relatives.py" line="23"/>
        <source>The surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="23"/>
        <source>The given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="34"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="38"/>
        <source>official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="40"/>
        <source>Official status date</source>
        <translation>Дата официального статуса</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="26"/>
        <source>relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="32"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="34"/>
        <source>DNA sample collected on</source>
        <translation>Дата взятия образца ДНК</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="33"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="70"/>
        <source>claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="34"/>
        <source>Stated on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="35"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="36"/>
        <source>source kind</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="41"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="73"/>
        <source>source reliability (A-F)</source>
        <translation>Надёжность источника (A-F)</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="46"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="76"/>
        <source>information credibility (1-6)</source>
        <translation>Достоверность информации (1-6)</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence.py" line="83"/>
        <source>how it was obtained</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence.py" line="100"/>
        <source>Captured on</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="91"/>
        <source>Told on</source>
        <extracomment>Keep the family informed every so many days, unless the case says otherwise. The sought person the news was about (always set for a death). The last day they were told anything; ``None`` when never (counted from their entry).</extracomment>
        <translation>Дата сообщения семье</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="92"/>
        <source>Told by</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="93"/>
        <source>how they were told</source>
        <translation>способ сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="94"/>
        <source>what they were told</source>
        <translation>что сообщили</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="142"/>
        <source>source reliability</source>
        <translation>Надёжность источника</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="145"/>
        <source>information credibility</source>
        <translation>Достоверность сведений</translation>
    </message>
</context>
<context>
    <name>FileAdder</name>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="200"/>
        <source>Adding “{name}”…</source>
        <translation>Добавление «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="202"/>
        <source>Adding file {number} of {total}: “{name}”…</source>
        <translation>Добавление файла {number} из {total}: «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="216"/>
        <source>The files after it were not added either.</source>
        <translation>Следующие за ним файлы тоже не добавлены.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="219"/>
        <source>“{name}” could not be added because of an unexpected error; nothing was stored. The details are in the log file.</source>
        <translation>Не удалось добавить «{name}» из-за непредвиденной ошибки; ничего не сохранено. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="251"/>
        <source>“{name}” had been removed from this case; it is shown again.</source>
        <translation>Файл «{name}» ранее был убран из этого дела; теперь он снова показан.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="255"/>
        <source>“{name}” is already in this case as “{existing}” (the same content, SHA-256 {short}…); it was not added twice.</source>
        <translation>«{name}» уже есть в этом деле под именем «{existing}» (то же содержимое, SHA-256 {short}…); повторно не добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/add_files.py" line="261"/>
        <source>Added “{name}”.</source>
        <translation>Добавлен файл «{name}».</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../caseworker/output_file.py" line="18"/>
        <source>No file name was given.</source>
        <translation>Не указано имя файла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/output_file.py" line="26"/>
        <source>“{path}” cannot be used: {reason}</source>
        <translation>«{path}» не удаётся использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/output_file.py" line="31"/>
        <source>“{path}” is a folder; give the name of a file in it.</source>
        <translation>«{path}» — это папка; укажите имя файла в ней.</translation>
    </message>
    <message>
        <location filename="../../caseworker/output_file.py" line="35"/>
        <source>“{path}” is not an ordinary file (a device, a pipe or a socket); give the name of a file.</source>
        <translation>«{path}» — не обычный файл (устройство, канал или сокет); укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/output_file.py" line="46"/>
        <source>The folder of “{path}” does not exist: {folder}</source>
        <translation>Папки для «{path}» не существует: {folder}</translation>
    </message>
    <message>
        <location filename="../../caseworker/output_file.py" line="49"/>
        <source>The folder {folder} cannot be written to.</source>
        <translation>В папку {folder} нельзя записывать.</translation>
    </message>
</context>
<context>
    <name>FittedColumns</name>
    <message>
        <location filename="../../ui/widgets/fitted_columns.py" line="129"/>
        <source>Not shown for want of room: {columns}. Point at a row to read them.</source>
        <translation>Не поместились: {columns}. Наведите указатель на строку, чтобы их прочитать.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="54"/>
        <source>Import “{name}”</source>
        <extracomment>The caseworker pressed Apply; carries the choices (``Conflict.choice_key`` -&gt; Choice).</extracomment>
        <translation>Импорт «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="141"/>
        <source>Invalid cells ({count})</source>
        <translation>Ошибочные ячейки ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="150"/>
        <source>Conflicts ({count})</source>
        <translation>Конфликты ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="159"/>
        <source>Changes ({count})</source>
        <translation>Изменения ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="168"/>
        <source>No longer in the workbook ({count})</source>
        <translation>Больше нет в книге ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="186"/>
        <source>Already present ({count})</source>
        <translation>Уже есть ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="77"/>
        <source>No invalid cells, no conflicts, and every exported row is still there.</source>
        <translation>Ошибочных ячеек и конфликтов нет, все экспортированные строки на месте.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="88"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="107"/>
        <source>to create</source>
        <translation>создать</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="108"/>
        <source>to update</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="109"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="124"/>
        <source>What importing “{name}” would change. Nothing has been written yet.</source>
        <translation>Что изменит импорт «{name}». Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="143"/>
        <source>These cells are not valid, so nothing can be imported yet. Fix them in the workbook, save it and import it again. Copy the list to keep it at hand.</source>
        <translation>В этих ячейках ошибки, поэтому импортировать пока ничего нельзя. Исправьте их в книге, сохраните её и импортируйте снова. Скопируйте список, чтобы он был под рукой.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="177"/>
        <source>Not recorded ({count})</source>
        <translation>Не записано ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="179"/>
        <source>These rows hold something the import does not record, for the reason given; they are no error, and nothing else on them changes.</source>
        <translation>В этих строках есть то, что импорт не записывает, — причина указана рядом. Это не ошибка, и больше ничего в этих строках не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="202"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="208"/>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="152"/>
        <source>These fields were changed in the workbook and, since the export, in the database as well. For each one, choose the value to keep.</source>
        <translation>Эти поля изменены в книге, а после экспорта — ещё и в базе данных. Для каждого выберите, какое значение оставить.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="217"/>
        <source>Take all from the &amp;workbook</source>
        <translation>Всё взять из &amp;книги</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="219"/>
        <source>Keep all from the &amp;database</source>
        <translation>Всё оставить из &amp;базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="161"/>
        <source>Each new record, and each field the import would change, with its value now and after the import.</source>
        <translation>Каждая новая запись и каждое поле, которое изменит импорт, со значением сейчас и после импорта.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="188"/>
        <source>These new rows are not created: they were imported before or the same record is stored already, so importing twice creates nothing twice.</source>
        <translation>Эти новые строки не создаются: они уже были импортированы или такая же запись уже есть, поэтому повторный импорт ничего не удваивает.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="231"/>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="244"/>
        <source>{sheet} row {row}: {label} — {reason}</source>
        <translation>{sheet}, строка {row}: {label} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="170"/>
        <source>These records were exported, but their rows are no longer in the workbook. Nothing is deleted: they stay in the database as they are.</source>
        <translation>Эти записи были экспортированы, но их строк больше нет в книге. Ничего не удаляется: в базе данных они остаются как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="254"/>
        <source>{sheet}: {label}</source>
        <translation>{sheet}: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="298"/>
        <source>The database changed after this preview was made. Import the workbook again for a fresh preview.</source>
        <translation>База данных изменилась после этого предпросмотра. Импортируйте книгу снова, чтобы получить новый предпросмотр.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="303"/>
        <source>Invalid cells: {count}. Fix them in the workbook and import it again; nothing can be imported until then.</source>
        <translation>Ошибочных ячеек: {count}. Исправьте их в книге и импортируйте её снова; до тех пор ничего импортировать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="307"/>
        <source>Conflicts still to choose: {count}.</source>
        <translation>Конфликтов, где ещё нужно выбрать значение: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="309"/>
        <source>The workbook matches the database: there is nothing to import.</source>
        <translation>Книга совпадает с базой данных: импортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_dialog.py" line="311"/>
        <source>Nothing has been written yet: press Apply to import.</source>
        <translation>Пока ничего не записано: нажмите «Применить», чтобы импортировать.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../ui/lists/import_job.py" line="26"/>
        <source>Importing the list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_job.py" line="27"/>
        <source>Importing “{name}”…</source>
        <translation>Импортируется «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_job.py" line="28"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="79"/>
        <source>Import a workbook</source>
        <extracomment>The preview is open (the dialog), for tests and for the main window.</extracomment>
        <translation>Импорт книги</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="99"/>
        <location filename="../../ui/spreadsheets/import_actions.py" line="180"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="100"/>
        <source>Reading “{name}”…</source>
        <translation>Чтение «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="101"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="142"/>
        <source>{problem} Type it again:</source>
        <translation>{problem} Введите его ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="145"/>
        <source>“{name}” is protected with a password. Type its password to import it:</source>
        <translation>Книга «{name}» защищена паролем. Чтобы загрузить её, введите пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="148"/>
        <source>The workbook&apos;s password</source>
        <translation>Пароль книги</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="181"/>
        <source>Importing “{name}”…</source>
        <translation>Импорт «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="197"/>
        <source>The import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="199"/>
        <source>“{name}” was imported: {created} new records, {updated} records updated.</source>
        <translation>«{name}» импортирован: новых записей — {created}, изменённых — {updated}.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="203"/>
        <source>Import done</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <location filename="../../caseworker/services/addressees.py" line="29"/>
        <source>The days for an answer must be a whole number from 1 to 365.</source>
        <translation>Срок ответа в днях должен быть целым числом от 1 до 365.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/addressees.py" line="45"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="58"/>
        <source>The addressee&apos;s name</source>
        <translation>Название адресата</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/addressees.py" line="46"/>
        <source>kind of addressee</source>
        <translation>вид адресата</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/addressees.py" line="107"/>
        <source>There is already an addressee named “{name}”.</source>
        <translation>Адресат «{name}» уже есть.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/addressees.py" line="147"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/addressees.py" line="158"/>
        <source>There is no addressee “{name}”.</source>
        <translation>Адресата «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="106"/>
        <source>Inquiry</source>
        <extracomment>Statuses in which the inquiry still waits for an answer, and those that end its course. The source kind of a report made from an answer, by the kind of addressee.</extracomment>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="156"/>
        <source>Sought person {id} is not in case {reference}.</source>
        <translation>Разыскиваемого {id} нет в деле {reference}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="163"/>
        <source>Relative {id} is not in case {reference}.</source>
        <translation>Родственника {id} нет в деле {reference}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="168"/>
        <location filename="../../caseworker/services/inquiries.py" line="218"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="63"/>
        <source>The sent day</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="169"/>
        <location filename="../../caseworker/services/inquiries.py" line="230"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="62"/>
        <source>channel</source>
        <translation>способ отправки</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="223"/>
        <source>This inquiry was already sent on {day}.</source>
        <translation>Этот запрос уже отправлен {day}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="242"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="160"/>
        <source>This inquiry has not been sent yet: record {step} after sending it.</source>
        <translation>Этот запрос ещё не отправлен: отметьте {step} после отправки.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="248"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="172"/>
        <source>This inquiry&apos;s course has ended ({status}): nothing more can be recorded on it.</source>
        <translation>Работа по этому запросу завершена ({status}): отметить в нём больше ничего нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="263"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="166"/>
        <source>{what} ({day}) cannot be before the inquiry was sent ({sent}).</source>
        <translation>{what} ({day}) не может быть раньше отправки запроса ({sent}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="286"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="66"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="303"/>
        <source>The registration day</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="291"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="302"/>
        <source>its registration</source>
        <translation>регистрацию</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="294"/>
        <source>This inquiry was already registered on {day}.</source>
        <translation>Этот запрос уже зарегистрирован {day}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="349"/>
        <source>The new due date</source>
        <translation>Новый срок ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="350"/>
        <location filename="../../caseworker/services/inquiries.py" line="367"/>
        <source>The day of the notice</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="353"/>
        <source>Say why the answer comes later.</source>
        <translation>Укажите, почему ответ задерживается.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="357"/>
        <source>an extension</source>
        <translation>продление</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="361"/>
        <source>An extension moves the due date later: the answer is already due on {day}.</source>
        <translation>Продление переносит срок на более позднюю дату: ответ и так ожидается к {day}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="406"/>
        <source>By law the answer from “{name}” is due on {latest} at the latest, every extension included; {day} is later.</source>
        <translation>По закону ответ от «{name}» должен прийти не позднее {latest}, со всеми продлениями; {day} — позже.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="414"/>
        <source>By law the time “{name}” has to answer cannot be extended.</source>
        <translation>По закону срок ответа «{name}» продлить нельзя.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/services/inquiries.py" line="419"/>
        <source>By law the time “{name}” has to answer may be extended only %n time(s), and it already has been.</source>
        <translation>
            <numerusform>По закону срок ответа «{name}» можно продлить только %n раз, и он уже продлён.</numerusform>
            <numerusform>По закону срок ответа «{name}» можно продлить только %n раза, и он уже продлён.</numerusform>
            <numerusform>По закону срок ответа «{name}» можно продлить только %n раз, и он уже продлён.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="428"/>
        <source>If the office did write this, record it as an extension beyond the law.</source>
        <translation>Если орган всё же так написал, запишите это как продление сверх допустимого законом.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="507"/>
        <location filename="../../caseworker/services/inquiries.py" line="524"/>
        <source>The forwarding day</source>
        <translation>Дата перенаправления</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="517"/>
        <source>The inquiry is already with “{name}”: forward it to another addressee.</source>
        <translation>Запрос уже у адресата «{name}»: перенаправить можно только другому адресату.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="523"/>
        <source>a forwarding</source>
        <translation>перенаправление</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="587"/>
        <location filename="../../caseworker/services/inquiries.py" line="603"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="68"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="310"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="318"/>
        <source>The answer&apos;s day</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="590"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="314"/>
        <source>Give the answer&apos;s text.</source>
        <translation>Введите текст ответа.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="602"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="316"/>
        <source>an answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="660"/>
        <source>Sought person {id} is not in this inquiry&apos;s case.</source>
        <translation>Разыскиваемого {id} нет в деле этого запроса.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="673"/>
        <source>The case has several sought persons: say whom the answer is about.</source>
        <translation>В деле несколько разыскиваемых: укажите, о ком ответ.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="677"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="284"/>
        <source>The case has no sought person for the answer to be about.</source>
        <translation>В деле нет разыскиваемого, о котором мог бы быть ответ.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="704"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="336"/>
        <source>Say why the inquiry is closed.</source>
        <translation>Укажите, почему запрос закрыт.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="705"/>
        <location filename="../../caseworker/services/inquiries.py" line="715"/>
        <source>The closing day</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiries.py" line="710"/>
        <source>This inquiry&apos;s course has ended ({status}): it cannot be closed.</source>
        <translation>Работа по этому запросу завершена ({status}): закрыть его нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiry_lines.py" line="230"/>
        <source>not sent yet</source>
        <extracomment>The days the addressee&apos;s rule gives for an answer. The inquiry&apos;s own columns of an :class:`InquiryLine`, in the order they are unpacked.</extracomment>
        <translation>ещё не отправлен</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiry_lines.py" line="232"/>
        <source>our letter of {sent} was answered on {answered}</source>
        <translation>на наше письмо от {sent} получен ответ {answered}</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiry_lines.py" line="236"/>
        <source>our letter of {sent} was forwarded to another office</source>
        <translation>наше письмо от {sent} перенаправлено в другую организацию</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiry_lines.py" line="240"/>
        <source>no answer to our letter of {sent}</source>
        <translation>на наше письмо от {sent} ответа нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/services/inquiry_lines.py" line="243"/>
        <source>no answer within %n day(s) to our letter of {sent}</source>
        <translation>
            <numerusform>на наше письмо от {sent} нет ответа в течение %n дня</numerusform>
            <numerusform>на наше письмо от {sent} нет ответа в течение %n дней</numerusform>
            <numerusform>на наше письмо от {sent} нет ответа в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiry_lines.py" line="245"/>
        <source>our letter of {sent} awaits an answer</source>
        <translation>на наше письмо от {sent} ожидается ответ</translation>
    </message>
</context>
<context>
    <name>InquiriesPanel</name>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="77"/>
        <source>New inquiry…</source>
        <extracomment>The course read with the lines, for the inquiry about to be selected. The buttons above the table (New inquiry…); others may add theirs here.</extracomment>
        <translation>Новый запрос…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="81"/>
        <source>No inquiries in this case yet.</source>
        <translation>В этом деле запросов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_list.py" line="55"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_list.py" line="56"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_list.py" line="57"/>
        <source>Who</source>
        <translation>Кто отметил</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="108"/>
        <source>Sent…</source>
        <extracomment>The chosen step&apos;s details whole (an answer&apos;s text can be long). The steps of the selected inquiry&apos;s course, beside it, two a row (a column of six would make the tab, and so the window, taller than a small screen allows).</extracomment>
        <translation>Отправлен…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="108"/>
        <source>Record the day the draft was sent.</source>
        <translation>Отметить день, когда черновик отправлен.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="111"/>
        <source>Registered…</source>
        <translation>Зарегистрирован…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="112"/>
        <source>Record the addressee&apos;s registration day and number.</source>
        <translation>Отметить день и номер регистрации у адресата.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="116"/>
        <source>Extended…</source>
        <translation>Срок продлён…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="117"/>
        <source>Record the addressee&apos;s notice that the answer comes later.</source>
        <translation>Отметить уведомление адресата о том, что ответ будет позже.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="121"/>
        <source>Forwarded…</source>
        <translation>Перенаправлен…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="122"/>
        <source>Record that the addressee sent the inquiry on to another office.</source>
        <translation>Отметить, что адресат перенаправил запрос в другую организацию.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="126"/>
        <source>Answer received…</source>
        <translation>Ответ получен…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="127"/>
        <source>Record the answer; what it says of the person&apos;s fate becomes a report.</source>
        <translation>Внести ответ; сказанное в нём о судьбе человека станет сообщением.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="131"/>
        <source>Close without answer…</source>
        <translation>Закрыть без ответа…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="132"/>
        <source>Stop waiting for this inquiry, with the reason.</source>
        <translation>Больше не ждать ответа на этот запрос, указав причину.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inquiries/inquiries_panel.py" line="160"/>
        <source>Inquiries (%n)</source>
        <translation>
            <numerusform>Запросы (%n)</numerusform>
            <numerusform>Запросы (%n)</numerusform>
            <numerusform>Запросы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="286"/>
        <source>Written to sensitive addressees: {names}.</source>
        <translation>Писали особым адресатам: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="315"/>
        <source>Choose an inquiry to see its course.</source>
        <translation>Выберите запрос, чтобы увидеть его ход.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="317"/>
        <source>To {addressee}</source>
        <translation>Адресат: {addressee}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="319"/>
        <source>about {name}</source>
        <translation>о разыскиваемом: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="321"/>
        <source>our reference {reference}</source>
        <translation>наш исх. № {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiries_panel.py" line="332"/>
        <source>draft, not sent yet</source>
        <translation>черновик, ещё не отправлен</translation>
    </message>
</context>
<context>
    <name>InquiryActions</name>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="78"/>
        <source>Sensitive addressee</source>
        <extracomment>A step&apos;s write: the unit of work&apos;s session and the dialog&apos;s values -&gt; a plain result.</extracomment>
        <translation>Особый адресат</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="79"/>
        <source>“{name}” is marked sensitive: writing to it may put the person or the family at risk, and the case will show that it was written to. Record the inquiry as sent to it?</source>
        <translation>Адресат «{name}» отмечен как особый: обращение к нему может подвергнуть опасности человека или семью, и в деле будет видно, что ему писали. Отметить запрос как отправленный ему?</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="88"/>
        <source>Nothing was saved: sending to “{name}” was not confirmed. Leave the sent day empty to keep a draft.</source>
        <translation>Ничего не сохранено: отправка адресату «{name}» не подтверждена. Оставьте дату отправки пустой, чтобы сохранить черновик.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="127"/>
        <source>Recording a step of an inquiry</source>
        <translation>Шаг в ходе запроса</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="142"/>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="143"/>
        <source>The directory of addressees is empty. Add the federal offices of the starter set (the Ministry of Defence, the military prosecutor, the Commissioner for Human Rights, the Red Cross and others)?</source>
        <translation>Справочник адресатов пуст. Добавить федеральные организации из начального набора (Министерство обороны, военную прокуратуру, Уполномоченного по правам человека, Красный Крест и другие)?</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="177"/>
        <source>Choose the addressee.</source>
        <translation>Выберите адресата.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="205"/>
        <source>Writing an inquiry</source>
        <translation>Создание запроса</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_actions.py" line="275"/>
        <source>Choose the office it was forwarded to.</source>
        <translation>Выберите организацию, куда перенаправлен запрос.</translation>
    </message>
</context>
<context>
    <name>InquiryCourse</name>
    <message>
        <location filename="../../ui/inquiries/course_text.py" line="33"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_text.py" line="39"/>
        <source>until {day}: {reason} (an extension beyond what the law allows)</source>
        <translation>до {day}: {reason} (продление сверх допустимого законом)</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_text.py" line="42"/>
        <source>until {day}: {reason}</source>
        <translation>до {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_text.py" line="47"/>
        <source>to {addressee}</source>
        <translation>адресату «{addressee}»</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/course_text.py" line="49"/>
        <source>{text} (recorded as a report)</source>
        <translation>{text} (внесено как сообщение)</translation>
    </message>
</context>
<context>
    <name>InquiryDialogs</name>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="46"/>
        <source>{name} (sensitive)</source>
        <translation>{name} (особый)</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="54"/>
        <source>sent {day}</source>
        <translation>отправлен {day}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="56"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="58"/>
        <source>due {day}</source>
        <translation>срок {day}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="141"/>
        <source>Answer received</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="142"/>
        <source>Record the answer as it came, in its words.</source>
        <translation>Внесите ответ так, как он пришёл, его словами.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="162"/>
        <source>Inquiry</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="113"/>
        <source>Inquiry sent</source>
        <extracomment>Each step&apos;s dialog: its title and a sentence on what recording it does.</extracomment>
        <translation>Запрос отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="114"/>
        <source>The draft becomes an inquiry sent on this day; its clock starts.</source>
        <translation>Черновик станет запросом, отправленным в этот день; начнётся отсчёт срока.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="189"/>
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="191"/>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="119"/>
        <source>Inquiry registered</source>
        <translation>Запрос зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="120"/>
        <source>The addressee&apos;s registration day: the time for the answer counts from it.</source>
        <translation>День регистрации у адресата: от него считается срок ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="199"/>
        <source>Registered on</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="200"/>
        <source>Their number</source>
        <translation>Их номер</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="126"/>
        <source>Answer extended</source>
        <translation>Срок ответа продлён</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="127"/>
        <source>The addressee said the answer comes later. The earlier due date stays in the course.</source>
        <translation>Адресат сообщил, что ответ будет позже. Прежний срок останется в ходе запроса.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="183"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="133"/>
        <source>Inquiry forwarded</source>
        <translation>Запрос перенаправлен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="134"/>
        <source>The addressee sent the inquiry on to another office: a new inquiry to it starts its own clock, and this one is closed as forwarded.</source>
        <translation>Адресат перенаправил запрос в другую организацию: для неё начинается новый запрос со своим сроком, а этот закрывается как перенаправленный.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="240"/>
        <source>Forwarded to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="239"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="241"/>
        <source>Forwarded on</source>
        <translation>Перенаправлен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="145"/>
        <source>Close without an answer</source>
        <translation>Закрыть без ответа</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="146"/>
        <source>The inquiry stays in the case, closed, with your reason; it is no longer waited for.</source>
        <translation>Запрос останется в деле, закрытый, с вашей причиной; ответа на него больше не ждут.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="248"/>
        <source>Closed on</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="249"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>InquiryFiles</name>
    <message>
        <location filename="../../caseworker/services/inquiry_files.py" line="107"/>
        <source>“{name}” is evidence of another case; an inquiry keeps only files of its own case.</source>
        <translation>«{name}» — материал другого дела; к запросу прикрепляются только файлы его дела.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/inquiry_files.py" line="279"/>
        <source>Inquiry {id} is not in case {reference}.</source>
        <translation>Запрос {id} не относится к делу {reference}.</translation>
    </message>
</context>
<context>
    <name>InquiryTableModel</name>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="41"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="42"/>
        <source>About whom</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="43"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="44"/>
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="45"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="46"/>
        <source>Answer by</source>
        <translation>Ответ до</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="134"/>
        <source>extended beyond the law</source>
        <translation>продлён сверх допустимого законом</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="145"/>
        <source>one day</source>
        <translation>1 дн.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inquiries/inquiry_model.py" line="145"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="153"/>
        <source>Overdue by one day.</source>
        <translation>Просрочено на один день.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inquiries/inquiry_model.py" line="155"/>
        <source>Overdue by %n days.</source>
        <translation>
            <numerusform>Просрочено на %n день.</numerusform>
            <numerusform>Просрочено на %n дня.</numerusform>
            <numerusform>Просрочено на %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="47"/>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="66"/>
        <source>{name} (sensitive)</source>
        <extracomment>The columns shown in the problem colour when the inquiry is overdue.</extracomment>
        <translation>{name} (особый)</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="74"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="159"/>
        <source>Past the longest time the addressee&apos;s rule allows, extensions included (under 59-FZ, 60 days after registration).</source>
        <translation>Прошёл наибольший срок, который допускает правило адресата, с продлениями (по 59-ФЗ — 60 дней после регистрации).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inquiries/inquiry_model.py" line="171"/>
        <source>The answer is due within %n days by the addressee&apos;s rule.</source>
        <translation>
            <numerusform>По правилу адресата ответ положен в течение %n дня.</numerusform>
            <numerusform>По правилу адресата ответ положен в течение %n дней.</numerusform>
            <numerusform>По правилу адресата ответ положен в течение %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_model.py" line="97"/>
        <source>“{name}” is marked sensitive (for example a body of the other side): writing to it is asked for and shown on the case.</source>
        <translation>Адресат «{name}» отмечен как особый (например, орган другой стороны): перед отправкой ему программа спрашивает, и в деле видно, что ему писали.</translation>
    </message>
</context>
<context>
    <name>InquiryTooltip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/tooltip.py" line="128"/>
        <source>%n days after the due date</source>
        <translation>
            <numerusform>на %n день позже срока</numerusform>
            <numerusform>на %n дня позже срока</numerusform>
            <numerusform>на %n дней позже срока</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/tooltip.py" line="131"/>
        <source>No answer: overdue by %n days</source>
        <translation>
            <numerusform>Ответа нет: просрочен на %n день</numerusform>
            <numerusform>Ответа нет: просрочен на %n дня</numerusform>
            <numerusform>Ответа нет: просрочен на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../../caseworker/integrity.py" line="75"/>
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… и ещё проблем такого рода: %n.</numerusform>
            <numerusform>… и ещё проблем такого рода: %n.</numerusform>
            <numerusform>… и ещё проблем такого рода: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="93"/>
        <location filename="../../caseworker/integrity.py" line="104"/>
        <source>The database file is damaged: {detail}</source>
        <translation>Файл базы данных повреждён: {detail}</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="117"/>
        <source>Row {row} of {table} points to a missing row of {parent}.</source>
        <translation>Строка {row} таблицы {table} ссылается на несуществующую строку таблицы {parent}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="160"/>
        <source>The full-text search index could not be checked: another window or program kept the database busy. Run the check again later.</source>
        <translation>Полнотекстовый индекс не удалось проверить: база данных была занята другим окном или программой. Повторите проверку позже.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="169"/>
        <source>The full-text search index does not match the search entries; search may miss records until the index is rebuilt.</source>
        <translation>Полнотекстовый индекс не совпадает с поисковыми записями; пока индекс не перестроен, поиск может находить не все записи.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="212"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="213"/>
        <source>Sought person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="214"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="238"/>
        <source>{what} {id} has no search entry.</source>
        <translation>{what} {id}: нет поисковой записи.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="242"/>
        <source>{what} {id} has an out-of-date search entry.</source>
        <translation>{what} {id}: поисковая запись устарела.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="261"/>
        <source>Search entry {id} belongs to no record ({what} {entity}).</source>
        <translation>Поисковая запись {id} не относится ни к одной записи ({what} {entity}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="296"/>
        <source>Case {reference}: the case list shows the sought persons as “{stored}”, but they are “{expected}”.</source>
        <translation>Дело {reference}: в списке дел разыскиваемые указаны как «{stored}», а на самом деле — «{expected}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="316"/>
        <source>Case {reference}: the case list shows the last report on {stored}, but it was received on {expected}.</source>
        <translation>Дело {reference}: в списке дел последнее сообщение датировано {stored}, а получено оно {expected}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="324"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="333"/>
        <source>Case {reference}: the case list sorts “{shown}” as “{stored}”, not as “{expected}”.</source>
        <translation>Дело {reference}: список дел сортирует «{shown}» как «{stored}», а не как «{expected}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="360"/>
        <source>Report {id} relays report {origin}, which is not about the same person.</source>
        <translation>Сообщение {id} повторяет сообщение {origin}, которое относится к другому человеку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="365"/>
        <source>Report {id} relays itself.</source>
        <translation>Сообщение {id} повторяет само себя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/integrity.py" line="377"/>
        <source>Report {id}: its event period starts ({start}) after it ends ({end}).</source>
        <translation>Сообщение {id}: период события начинается ({start}) позже, чем заканчивается ({end}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="128"/>
        <source>The file of the published list “{lists}” is missing from the evidence folder; importing the same file again restores it.</source>
        <translation>Файл опубликованного списка «{lists}» пропал из папки материалов; импорт того же файла ещё раз восстановит его.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="133"/>
        <source>The file of the published list “{lists}” has been altered: its SHA-256 is no longer {sha256}; importing the original file again repairs it.</source>
        <translation>Файл опубликованного списка «{lists}» изменён: его SHA-256 больше не {sha256}; импорт исходного файла ещё раз исправит это.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="138"/>
        <source>The file of the published list “{lists}” cannot be read in the evidence folder.</source>
        <translation>Файл опубликованного списка «{lists}» не читается в папке материалов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="142"/>
        <source>The published list “{lists}” has no valid SHA-256 in the database (“{sha256}”), so its file cannot be found or checked.</source>
        <translation>У опубликованного списка «{lists}» в базе нет правильного SHA-256 («{sha256}»), поэтому его файл нельзя найти или проверить.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="147"/>
        <source>The file of the published list “{lists}” is recorded with a size of {recorded}, but its stored file has {stored}.</source>
        <translation>Файл опубликованного списка «{lists}» записан с размером {recorded}, а в папке материалов у него {stored}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="152"/>
        <source>The file of the published list “{lists}” cannot be opened with this database&apos;s key: it was encrypted for another database, or its beginning has been damaged; importing the original file again repairs it.</source>
        <translation>Файл опубликованного списка «{lists}» не открывается ключом этой базы данных: он зашифрован для другой базы, или его начало повреждено; импорт исходного файла ещё раз исправит это.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="160"/>
        <source>The file of the published list “{lists}” has been altered or damaged: part {part} of it no longer matches its SHA-256 {sha256}; importing the original file again repairs it.</source>
        <translation>Файл опубликованного списка «{lists}» изменён или повреждён: его часть {part} больше не соответствует SHA-256 {sha256}; импорт исходного файла ещё раз исправит это.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="182"/>
        <source>Evidence “{names}” (case {cases}) is missing from the evidence folder; adding the original file to the case again restores it.</source>
        <translation>Материал «{names}» (дело {cases}) отсутствует в папке материалов; чтобы восстановить его, добавьте исходный файл в дело ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="187"/>
        <source>Evidence “{names}” (case {cases}) has been altered: its SHA-256 is no longer {sha256}; adding the original file to the case again repairs it.</source>
        <translation>Материал «{names}» (дело {cases}) изменён: его SHA-256 больше не {sha256}; чтобы исправить его, добавьте исходный файл в дело ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="192"/>
        <source>Evidence “{names}” (case {cases}) cannot be read in the evidence folder.</source>
        <translation>Материал «{names}» (дело {cases}) не удаётся прочитать в папке материалов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="195"/>
        <source>Evidence “{names}” (case {cases}) has no valid SHA-256 in the database (“{sha256}”), so its file cannot be found or checked.</source>
        <translation>У материала «{names}» (дело {cases}) в базе данных нет правильного SHA-256 («{sha256}»), поэтому его файл нельзя найти и проверить.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="200"/>
        <source>Evidence “{names}” (case {cases}) is recorded with a size of {recorded}, but its stored file has {stored}.</source>
        <translation>Материал «{names}» (дело {cases}) записан с размером {recorded}, но его сохранённый файл занимает {stored}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="205"/>
        <source>Evidence “{names}” (case {cases}) cannot be opened with this database&apos;s key: its stored file was encrypted for another database, or its beginning has been damaged; adding the original file to the case again repairs it.</source>
        <translation>Материал «{names}» (дело {cases}) не открывается ключом этой базы данных: его хранимый файл зашифрован для другой базы, или его начало повреждено; чтобы исправить его, добавьте исходный файл в дело ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="213"/>
        <source>Evidence “{names}” (case {cases}) has been altered or damaged: part {part} of its stored file no longer matches its SHA-256 {sha256}; adding the original file to the case again repairs it.</source>
        <translation>Материал «{names}» (дело {cases}) изменён или повреждён: часть {part} его хранимого файла больше не соответствует SHA-256 {sha256}; чтобы исправить его, добавьте исходный файл в дело ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="232"/>
        <source>The encrypted evidence folder holds an unencrypted file that no evidence item refers to: {path} ({size}, added as “{name}”). Whoever can read the disk can read it: delete it once you are sure it is not needed.</source>
        <translation>В зашифрованной папке материалов лежит незашифрованный файл, на который не ссылается ни один материал: {path} ({size}, добавлен как «{name}»). Его может прочитать любой, кто может читать диск: удалите его, убедившись, что он не нужен.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="238"/>
        <source>The encrypted evidence folder holds an unencrypted file that no evidence item refers to: {path} ({size}). Whoever can read the disk can read it: delete it once you are sure it is not needed.</source>
        <translation>В зашифрованной папке материалов лежит незашифрованный файл, на который не ссылается ни один материал: {path} ({size}). Его может прочитать любой, кто может читать диск: удалите его, убедившись, что он не нужен.</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="251"/>
        <source>The evidence folder holds a file that no evidence item refers to: {path} ({size}, added as “{name}”).</source>
        <translation>В папке материалов лежит файл, на который не ссылается ни один материал: {path} ({size}, добавлен как «{name}»).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="256"/>
        <source>The evidence folder holds a file that no evidence item refers to: {path} ({size}).</source>
        <translation>В папке материалов лежит файл, на который не ссылается ни один материал: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/vault/messages.py" line="268"/>
        <source>An interrupted addition left an unfinished copy in the evidence folder: {name} ({size}, last written {when}); nothing refers to it, and “evidence clean” removes it.</source>
        <translation>Прерванное добавление оставило в папке материалов незавершённую копию: {name} ({size}, последняя запись {when}); на неё ничто не ссылается, и команда «evidence clean» её удалит.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../caseworker/security/errors.py" line="23"/>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>Пароль неверный. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="31"/>
        <source>This recovery code is not the one of this database (it may be an older one, replaced since). Nothing was changed.</source>
        <translation>Это не код восстановления этой базы данных (возможно, это старый код, заменённый с тех пор). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="45"/>
        <source>A recovery code has only digits and Latin letters; “{character}” is not one of them. Check the code against the paper. Nothing was changed.</source>
        <translation>В коде восстановления только цифры и латинские буквы; «{character}» к ним не относится. Сверьте код с бумагой. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="55"/>
        <source>A recovery code has {expected} letters and digits; this one has {found}. Check the code against the paper. Nothing was changed.</source>
        <translation>В коде восстановления букв и цифр должно быть {expected}, а в этом — {found}. Сверьте код с бумагой. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="65"/>
        <source>The recovery code has a typo: check it group by group against the paper. Nothing was changed.</source>
        <translation>В коде восстановления опечатка: сверьте его с бумагой по группам. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="78"/>
        <source>The passphrase is empty. Choose one of at least {minimum} characters.</source>
        <translation>Пароль пустой. Придумайте пароль не короче {minimum} знаков.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="82"/>
        <source>The passphrase is too short. Choose one of at least {minimum} characters; a few words make a good one.</source>
        <translation>Пароль слишком короткий. Придумайте пароль не короче {minimum} знаков; хороший пароль — несколько слов подряд.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="94"/>
        <source>The keys file {path} is missing: without it the database cannot be opened. Put it back from a backup, beside the database.</source>
        <translation>Файла ключей {path} нет, а без него базу данных не открыть. Верните его из резервной копии и положите рядом с базой данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="105"/>
        <source>The database already has a keys file ({path}). Nothing was changed.</source>
        <translation>У базы данных уже есть файл ключей ({path}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="116"/>
        <source>The keys file {path} is damaged or is not a Caseworker keys file. Nothing was changed; put the keys file back from a backup.</source>
        <translation>Файл ключей {path} повреждён или это не файл ключей Caseworker. Ничего не изменено; верните файл ключей из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="127"/>
        <source>The keys file {path} was made by a newer version of Caseworker. Update Caseworker to open this database. Nothing was changed.</source>
        <translation>Файл ключей {path} создан более новой версией Caseworker. Обновите Caseworker, чтобы открыть эту базу данных. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="141"/>
        <source>The keys file {path} cannot be read: {reason}</source>
        <translation>Файл ключей {path} не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="149"/>
        <source>The keys file {path} cannot be written: {reason}. Nothing was changed.</source>
        <translation>Файл ключей {path} не записывается: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="160"/>
        <source>The keys file {path} belongs to another database than the one unlocked. Nothing was changed.</source>
        <translation>Файл ключей {path} относится не к той базе данных, что открыта. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/security/errors.py" line="173"/>
        <source>This database cannot be unlocked that way. Nothing was changed.</source>
        <translation>Эту базу данных так открыть нельзя. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="47"/>
        <source>Letter…</source>
        <extracomment>How long a sentence stays in the status bar, in milliseconds.</extracomment>
        <translation>Письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="50"/>
        <source>Write a letter for the selected inquiry from a Word template</source>
        <translation>Составить письмо по выбранному запросу из шаблона Word</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="53"/>
        <source>Attach the scanned answer…</source>
        <translation>Прикрепить скан ответа…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="57"/>
        <source>Keep the scanned or photographed answer in the evidence, with the inquiry and its report</source>
        <translation>Сохранить отсканированный или сфотографированный ответ в материалах, вместе с запросом и его сообщением</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="62"/>
        <source>Enclosure list</source>
        <translation>Опись приложений</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="65"/>
        <source>Print the files of this inquiry…</source>
        <translation>Напечатать файлы этого запроса…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="67"/>
        <source>Print all evidence of the case…</source>
        <translation>Напечатать все материалы дела…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="97"/>
        <source>{name} ({what})</source>
        <extracomment>The files kept with the selected inquiry, under its course.</extracomment>
        <translation>{name} ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="101"/>
        <source>Kept with this inquiry: {files}.</source>
        <translation>Прикреплено к запросу: {files}.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="155"/>
        <source>Attach the scanned answer</source>
        <translation>Прикрепить скан ответа</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_actions.py" line="157"/>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.docx);;All files (*)</source>
        <translation>Сканы и документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.docx);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/letters/letter_actions.py" line="176"/>
        <source>Enclosure list sent to the printer (%n pages)</source>
        <translation>
            <numerusform>Опись приложений отправлена на печать (%n страница)</numerusform>
            <numerusform>Опись приложений отправлена на печать (%n страницы)</numerusform>
            <numerusform>Опись приложений отправлена на печать (%n страниц)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="99"/>
        <source>Letter to {addressee}</source>
        <extracomment>The combo box&apos;s data for &quot;an own template&quot;: the path is asked for. The starter template written for each kind of office.</extracomment>
        <translation>Письмо в адрес: {addressee}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="105"/>
        <source>Own template (.docx)…</source>
        <translation>Свой шаблон (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="115"/>
        <source>Also make a PDF</source>
        <translation>Сделать также PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="118"/>
        <source>LibreOffice Writer is not installed, so no PDF can be made here; the letter is saved as a Word document (.docx), which can be printed or sent as it is.</source>
        <translation>LibreOffice Writer не установлен, поэтому PDF здесь сделать нельзя; письмо сохраняется как документ Word (.docx), его можно напечатать или отправить как есть.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="127"/>
        <source>Keep this copy with the inquiry as the letter sent</source>
        <translation>Сохранить эту копию при запросе как отправленное письмо</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="135"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="140"/>
        <source>Write the letter…</source>
        <translation>Составить письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="169"/>
        <source>Choose a letter template</source>
        <translation>Выберите шаблон письма</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="171"/>
        <location filename="../../ui/letters/letter_dialog.py" line="199"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="178"/>
        <source>Own template: {name}</source>
        <translation>Свой шаблон: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="197"/>
        <source>Save the letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="211"/>
        <source>The letter could not be written to {path}: {reason}</source>
        <translation>Письмо не удалось записать в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="217"/>
        <source>The letter is saved: {path}. One moment…</source>
        <translation>Письмо сохранено: {path}. Минуту…</translation>
    </message>
    <message>
        <location filename="../../ui/letters/letter_dialog.py" line="247"/>
        <source>Letter to {addressee} {day}</source>
        <translation>Письмо {addressee} {day}</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="17"/>
        <source>the applicant&apos;s surname</source>
        <translation>фамилия заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="18"/>
        <source>the applicant&apos;s given name</source>
        <translation>имя заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="19"/>
        <source>the applicant&apos;s patronymic</source>
        <translation>отчество заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="20"/>
        <source>the applicant&apos;s full name</source>
        <translation>фамилия, имя и отчество заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="21"/>
        <source>the applicant&apos;s postal address</source>
        <translation>почтовый адрес заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="22"/>
        <source>the applicant&apos;s relation to the sought person</source>
        <translation>кем заявитель приходится разыскиваемому</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="25"/>
        <source>the applicant&apos;s phone number</source>
        <translation>телефон заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="26"/>
        <source>the applicant&apos;s e-mail address</source>
        <translation>адрес электронной почты заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="27"/>
        <source>the date the applicant&apos;s DNA sample was collected</source>
        <translation>дата отбора образца ДНК заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="30"/>
        <source>the laboratory holding the applicant&apos;s DNA sample</source>
        <translation>лаборатория, где хранится образец ДНК заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="33"/>
        <source>the reference of the applicant&apos;s DNA sample</source>
        <translation>номер образца ДНК заявителя</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="38"/>
        <source>the caseworker&apos;s name (the representative)</source>
        <translation>имя сотрудника (представителя)</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="41"/>
        <source>the sought person&apos;s surname</source>
        <translation>фамилия разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="42"/>
        <source>the sought person&apos;s given name</source>
        <translation>имя разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="43"/>
        <source>the sought person&apos;s patronymic</source>
        <translation>отчество разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="44"/>
        <source>the sought person&apos;s full name</source>
        <translation>фамилия, имя и отчество разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="45"/>
        <source>the sought person&apos;s date of birth</source>
        <translation>дата рождения разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="46"/>
        <source>the sought person&apos;s place of birth</source>
        <translation>место рождения разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="47"/>
        <source>the sought person&apos;s service number</source>
        <translation>личный номер разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="48"/>
        <source>the sought person&apos;s rank</source>
        <translation>воинское звание разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="49"/>
        <source>the sought person&apos;s unit</source>
        <translation>воинская часть разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="50"/>
        <source>the sought person&apos;s position</source>
        <translation>должность разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="51"/>
        <source>the sought person&apos;s call sign</source>
        <translation>позывной разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="52"/>
        <source>the date of the last contact</source>
        <translation>дата последней связи</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="53"/>
        <source>the place of the last contact</source>
        <translation>место последней связи</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="54"/>
        <source>the sought person&apos;s official status</source>
        <translation>официальный статус разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="57"/>
        <source>the addressee&apos;s name</source>
        <translation>название адресата</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="58"/>
        <source>the addressee&apos;s postal address</source>
        <translation>почтовый адрес адресата</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="59"/>
        <source>the addressee&apos;s e-mail address</source>
        <translation>адрес электронной почты адресата</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="62"/>
        <source>the case reference</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="63"/>
        <source>the family&apos;s region</source>
        <translation>регион семьи</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/placeholders.py" line="66"/>
        <source>the date of the letter</source>
        <translation>дата письма</translation>
    </message>
</context>
<context>
    <name>LetterKeeping</name>
    <message>
        <location filename="../../ui/letters/keeping.py" line="123"/>
        <source>An unexpected error stopped it; the details are in the log file.</source>
        <extracomment>What the last run kept (tests, and the sentence).</extracomment>
        <translation>Помешала непредвиденная ошибка; подробности — в журнале программы.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="129"/>
        <source>Nothing was kept with the inquiry.</source>
        <translation>К запросу ничего не прикреплено.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="131"/>
        <source>The letter itself is saved: {path}; it was not kept with the inquiry.</source>
        <translation>Само письмо сохранено: {path}; к запросу оно не прикреплено.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="159"/>
        <source>The letter is saved: {path}.</source>
        <translation>Письмо сохранено: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="162"/>
        <source>Its PDF is beside it: {path}.</source>
        <translation>PDF рядом с ним: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="167"/>
        <source>The inquiry had this file already (SHA-256 {short}); nothing was kept twice.</source>
        <translation>Этот файл уже был прикреплён к запросу (SHA-256 {short}); дважды ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="172"/>
        <source>The copy sent is kept in the evidence with the inquiry (SHA-256 {short}).</source>
        <translation>Копия отправленного письма сохранена в материалах при запросе (SHA-256 {short}).</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="177"/>
        <source>The scanned answer is kept in the evidence with the inquiry and the report the answer became (SHA-256 {short}).</source>
        <translation>Скан ответа сохранён в материалах при запросе и при сообщении, которым стал ответ (SHA-256 {short}).</translation>
    </message>
    <message>
        <location filename="../../ui/letters/keeping.py" line="183"/>
        <source>The scanned answer is kept in the evidence with the inquiry (SHA-256 {short}).</source>
        <translation>Скан ответа сохранён в материалах при запросе (SHA-256 {short}).</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../caseworker/letters/errors.py" line="32"/>
        <source>The letter was not made.</source>
        <translation>Письмо не составлено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/errors.py" line="35"/>
        <source>The case lacks {fields}.</source>
        <translation>В деле не указаны: {fields}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/errors.py" line="41"/>
        <source>The template uses placeholders the program does not know: {names}.</source>
        <translation>В шаблоне есть поля, которых программа не знает: {names}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/errors.py" line="46"/>
        <source>The template prints a group of fields whole; name one field instead: {names}.</source>
        <translation>Шаблон выводит группу полей целиком; укажите вместо неё одно поле: {names}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/errors.py" line="56"/>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/render.py" line="164"/>
        <source>A letter is a Word document: give a file name ending in .docx, not “{name}”.</source>
        <extracomment>Groups or rows printed whole, each with one of its fields to print instead.</extracomment>
        <translation>Письмо — документ Word: укажите имя файла с окончанием .docx, а не «{name}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/render.py" line="170"/>
        <source>The letter would replace its own template “{name}”; give another file name.</source>
        <translation>Письмо заменило бы собственный шаблон «{name}»; укажите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/render.py" line="193"/>
        <source>The template “{name}” has a placeholder that cannot be read: {reason}</source>
        <translation>В шаблоне «{name}» есть поле, которое не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/render.py" line="198"/>
        <source>“{name}” is not a Word document (.docx).</source>
        <translation>«{name}» — не документ Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/render.py" line="204"/>
        <source>The template “{name}” cannot be read: {reason}</source>
        <translation>Шаблон «{name}» не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/facts.py" line="74"/>
        <source>Inquiry {id} is not in case {reference}.</source>
        <translation>Запроса с номером {id} нет в деле {reference}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/facts.py" line="125"/>
        <source>Case {reference} has several sought persons; say which one the letter is about.</source>
        <translation>В деле {reference} несколько разыскиваемых; укажите, о ком письмо.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/facts.py" line="133"/>
        <source>Sought person {id} is not in case {reference}.</source>
        <translation>Разыскиваемого с номером {id} нет в деле {reference}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/facts.py" line="146"/>
        <source>Relative {id} is not in this case.</source>
        <translation>Родственника с номером {id} нет в этом деле.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/facts.py" line="153"/>
        <source>The case has several relatives; say on whose behalf the letter is written.</source>
        <translation>В деле несколько родственников; укажите, от чьего имени пишется письмо.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="16"/>
        <source>To the military commissariat: the circumstances of the disappearance</source>
        <extracomment>The starter templates by name, with what each asks for.</extracomment>
        <translation>В военный комиссариат: обстоятельства исчезновения</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="19"/>
        <source>To the Ministry of Defence: a search request</source>
        <translation>В Министерство обороны: запрос о розыске</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="20"/>
        <source>To the military prosecutor: no answer within the legal deadline</source>
        <translation>Военному прокурору: нет ответа в установленный срок</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="23"/>
        <source>To the Human Rights Commissioner: inclusion in prisoner lists and exchanges</source>
        <translation>Уполномоченному по правам человека: включение в списки военнопленных и обмена</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="27"/>
        <source>To the Red Cross / ICRC: a tracing request</source>
        <translation>В Красный Крест / МККК: запрос о розыске</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="28"/>
        <source>A request to compare DNA</source>
        <translation>Заявление о сравнении ДНК</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/templates.py" line="59"/>
        <source>There is no template “{name}”: give one of {names}, or the path of a .docx file.</source>
        <translation>Шаблона «{name}» нет: укажите один из шаблонов {names} или путь к файлу .docx.</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/pdf.py" line="49"/>
        <source>No PDF was made: LibreOffice Writer is not installed. The letter is ready as a Word document: {path}</source>
        <extracomment>Where LibreOffice puts soffice outside the PATH on macOS and Windows.</extracomment>
        <translation>PDF не создан: LibreOffice Writer не установлен. Письмо готово в формате Word: {path}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/pdf.py" line="61"/>
        <source>No PDF was made: LibreOffice took longer than {seconds} seconds. The letter is ready as a Word document: {path}</source>
        <translation>PDF не создан: LibreOffice не справился за {seconds} с. Письмо готово в формате Word: {path}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/pdf.py" line="67"/>
        <source>No PDF was made: LibreOffice could not be started ({reason}). The letter is ready as a Word document: {path}</source>
        <translation>PDF не создан: не удалось запустить LibreOffice ({reason}). Письмо готово в формате Word: {path}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/pdf.py" line="75"/>
        <source>No PDF was made: LibreOffice cannot open the letter; LibreOffice Writer may not be installed. The letter is ready as a Word document: {path}</source>
        <translation>PDF не создан: LibreOffice не может открыть письмо — возможно, не установлен LibreOffice Writer. Письмо готово в формате Word: {path}</translation>
    </message>
    <message>
        <location filename="../../caseworker/letters/pdf.py" line="80"/>
        <source>No PDF was made: LibreOffice could not convert the letter. The letter is ready as a Word document: {path}</source>
        <translation>PDF не создан: LibreOffice не смог преобразовать письмо. Письмо готово в формате Word: {path}</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../ui/lists/actions.py" line="32"/>
        <source>&amp;Import a published list…</source>
        <translation>&amp;Импорт опубликованного списка…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/actions.py" line="35"/>
        <source>Import a list published by others (an exchange, a hospital, a casualty list) from an Excel workbook, a CSV file or pasted text</source>
        <translation>Импортировать список, опубликованный другими (обмен, госпиталь, список погибших), из книги Excel, файла CSV или вставленного текста</translation>
    </message>
    <message>
        <location filename="../../ui/lists/actions.py" line="45"/>
        <source>&amp;Lists</source>
        <translation>&amp;Списки</translation>
    </message>
</context>
<context>
    <name>ListDetailsForm</name>
    <message>
        <location filename="../../ui/lists/details_form.py" line="50"/>
        <source>About the list</source>
        <extracomment>A value each field accepts, put in place of a wrong one to find the next wrong field.</extracomment>
        <translation>О списке</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="62"/>
        <source>e.g. Exchange of 14 November</source>
        <translation>например, Обмен 14 ноября</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="63"/>
        <source>Name *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="69"/>
        <source>who published it</source>
        <translation>например, Координационный штаб</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="72"/>
        <source>The columns are matched as they were for this publisher&apos;s last list, when the file has the same columns.</source>
        <translation>Столбцы сопоставляются так же, как в последнем списке этого издателя, если в файле те же столбцы.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="76"/>
        <source>Publisher *</source>
        <translation>Кто опубликовал *</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="78"/>
        <source>Published on *</source>
        <translation>Дата публикации *</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="80"/>
        <source>web address, or the channel or paper</source>
        <translation>адрес в интернете, канал или газета</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="81"/>
        <source>Where published</source>
        <translation>Где опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="83"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="86"/>
        <source>Being on it means *</source>
        <translation>Быть в списке значит *</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="89"/>
        <source>Source reliability</source>
        <translation>Надёжность источника</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="92"/>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="100"/>
        <source>When this file is a newer edition of a list imported before, choose that list: the result then says which entries are new and which disappeared.</source>
        <translation>Если этот файл — новая редакция ранее импортированного списка, выберите тот список: тогда будет видно, какие записи новые, а какие исчезли.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="104"/>
        <source>Newer edition of</source>
        <translation>Новая редакция списка</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="165"/>
        <source>none: a list of its own</source>
        <translation>нет: самостоятельный список</translation>
    </message>
    <message>
        <location filename="../../ui/lists/details_form.py" line="168"/>
        <source>No. {id}: {name} ({publisher}, {day})</source>
        <translation>№ {id}: {name} ({publisher}, {day})</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <location filename="../../ui/lists/import_work.py" line="108"/>
        <source>Read “{name}”: {rows} under the header, {columns}.</source>
        <translation>Прочитан «{name}»: {rows} под заголовком, {columns}.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_work.py" line="114"/>
        <source>{entries}, {errors}</source>
        <translation>{entries}, {errors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lists/import_work.py" line="103"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lists/import_work.py" line="104"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n столбец</numerusform>
            <numerusform>%n столбца</numerusform>
            <numerusform>%n столбцов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_work.py" line="106"/>
        <source>Read the pasted text: {rows} under the header, {columns}.</source>
        <translation>Прочитан вставленный текст: {rows} под заголовком, {columns}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lists/import_work.py" line="115"/>
        <location filename="../../ui/lists/import_work.py" line="149"/>
        <location filename="../../ui/lists/import_work.py" line="150"/>
        <location filename="../../ui/lists/import_work.py" line="157"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lists/import_work.py" line="116"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n строка с ошибками</numerusform>
            <numerusform>%n строки с ошибками</numerusform>
            <numerusform>%n строк с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_work.py" line="124"/>
        <source>This file was imported before, as list No. {id}: it is one list, and nothing was added. It has {entries}.</source>
        <translation>Этот файл уже импортирован как список № {id}: это один и тот же список, ничего не добавлено. В нём {entries}.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_work.py" line="132"/>
        <source>The list “{name}” was saved as No. {id}: {entries}.</source>
        <translation>Список «{name}» сохранён под № {id}: {entries}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lists/import_work.py" line="139"/>
        <source>Not imported, for the errors listed under the preview: %n row(s).</source>
        <translation>
            <numerusform>Не импортирована из-за ошибок %n строка (они перечислены в предпросмотре).</numerusform>
            <numerusform>Не импортированы из-за ошибок %n строки (они перечислены в предпросмотре).</numerusform>
            <numerusform>Не импортированы из-за ошибок %n строк (они перечислены в предпросмотре).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_work.py" line="146"/>
        <source>Against the edition before: new: {new}; no longer listed: {gone}.</source>
        <translation>По сравнению с прошлой редакцией: новые — {new}; исчезли — {gone}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lists/actions.py" line="75"/>
        <source>List No. {id} imported: %n record(s).</source>
        <translation>
            <numerusform>Список № {id} импортирован: %n запись.</numerusform>
            <numerusform>Список № {id} импортирован: %n записи.</numerusform>
            <numerusform>Список № {id} импортирован: %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="61"/>
        <source>Import a published list</source>
        <extracomment>The width of &quot;About the list&quot;: its grades&apos; words whole.</extracomment>
        <translation>Импорт опубликованного списка</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="103"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="140"/>
        <source>Choose a published list</source>
        <translation>Выберите опубликованный список</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="142"/>
        <source>Lists (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Списки (*.xlsx *.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="151"/>
        <source>Reading “{name}”…</source>
        <translation>Читается «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="157"/>
        <source>Paste the list&apos;s text first.</source>
        <translation>Сначала вставьте текст списка.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="159"/>
        <source>Reading the pasted text…</source>
        <translation>Читается вставленный текст…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="195"/>
        <source>Columns recognised by their headers: check each one&apos;s field below.</source>
        <translation>Столбцы распознаны по заголовкам: проверьте, что в каждом из них.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="212"/>
        <source>Columns matched as for the last list of “{publisher}”.</source>
        <translation>Столбцы сопоставлены как в последнем списке издателя «{publisher}».</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="239"/>
        <source>Choose the column that holds the surname, or the whole name.</source>
        <translation>Укажите столбец с фамилией или с ФИО целиком.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="243"/>
        <source>Reading the rows…</source>
        <translation>Читаются строки…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="262"/>
        <source>Entries (the first {shown})</source>
        <translation>Записи (первые {shown})</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="264"/>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="268"/>
        <source>Rows with errors ({count})</source>
        <translation>Строки с ошибками ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="279"/>
        <source>Choose the list&apos;s file or paste its text first.</source>
        <translation>Сначала выберите файл списка или вставьте его текст.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="282"/>
        <source>Correct the fields marked in red; nothing was saved.</source>
        <translation>Исправьте поля, отмеченные красным; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/import_dialog.py" line="296"/>
        <source>Importing…</source>
        <translation>Идёт импорт…</translation>
    </message>
</context>
<context>
    <name>ListMapping</name>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="27"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="28"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="29"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="30"/>
        <source>Whole name (any order)</source>
        <translation>ФИО целиком (в любом порядке)</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="31"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="32"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="33"/>
        <source>Military unit</source>
        <translation>Воинская часть</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="34"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="35"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ListPreview</name>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="39"/>
        <location filename="../../ui/lists/preview_model.py" line="95"/>
        <source>Row</source>
        <extracomment>How many entries the preview shows (the count below it is of them all).</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="40"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="41"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="42"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="43"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="44"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="45"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="46"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="47"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="96"/>
        <source>Why it is not an entry</source>
        <translation>Почему это не запись</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_model.py" line="97"/>
        <source>The row in the file</source>
        <translation>Строка в файле</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="105"/>
        <source>“{column}”</source>
        <extracomment>How many characters each field&apos;s column takes. Usual headers of each field in Russian, Ukrainian and English lists (lower case).</extracomment>
        <translation>«{column}»</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="143"/>
        <source>“{field}” is not a field of a list; use one of: {fields}.</source>
        <translation>«{field}» — не поле списка; допустимые поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="155"/>
        <source>“{name}” has no column “{column}”; its columns are: {columns}.</source>
        <translation>В «{name}» нет столбца «{column}»; его столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="165"/>
        <source>Say which column of “{name}” holds the names: --map surname=COLUMN or --map full_name=COLUMN. Its columns are: {columns}.</source>
        <translation>Укажите, в каком столбце «{name}» имена: --map surname=СТОЛБЕЦ или --map full_name=СТОЛБЕЦ. Его столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="177"/>
        <source>The text in column “{column}” is longer than {limit} characters.</source>
        <translation>Текст в столбце «{column}» длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="200"/>
        <source>The birth date “{text}” in column “{column}” cannot be read: {reason}</source>
        <translation>Не удаётся прочитать дату рождения «{text}» в столбце «{column}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/entries.py" line="249"/>
        <source>The row has no name: neither a surname nor a full name.</source>
        <translation>В строке нет имени: ни фамилии, ни ФИО.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="98"/>
        <source>“{name}” is larger than {limit} MB; a list file can be at most that.</source>
        <extracomment>The largest list file taken (a list of 100,000 names is a few MB). The most entries a list may have, and columns a row. The cells of a sheet&apos;s block from A1 to its farthest cell (python-calamine holds them all). Empty rows a sheet may have above or among its entries. A cell&apos;s text, as a spreadsheet program allows it. What a list workbook may unpack to: far less than the case workbook&apos;s import allows.</extracomment>
        <translation>«{name}» больше {limit} МБ; файл списка не может быть больше.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="108"/>
        <source>“{name}” is an old Excel file (.xls) or is password-protected. Save it as an Excel workbook (.xlsx) or as CSV and import it again.</source>
        <translation>«{name}» — старый файл Excel (.xls) или файл с паролем. Сохраните его как книгу Excel (.xlsx) или как CSV и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="124"/>
        <source>The pasted text is larger than {limit} MB; a list can be at most that.</source>
        <translation>Вставленный текст больше {limit} МБ; список не может быть больше.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="135"/>
        <source>“{name}” has no rows: not even a header.</source>
        <translation>В «{name}» нет строк, даже заголовка.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="141"/>
        <source>“{name}” has {count} columns; a list can have at most {limit}.</source>
        <translation>В «{name}» столбцов: {count}; в списке их может быть не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="150"/>
        <source>“{name}” has more than {limit} rows; split the list and import the parts.</source>
        <translation>В «{name}» больше {limit} строк; разделите список и загрузите части по отдельности.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="173"/>
        <source>Column {number}</source>
        <translation>Столбец {number}</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="183"/>
        <source>Row {row} of “{name}” holds a cell longer than {limit} characters; no spreadsheet program writes one. The file is not imported.</source>
        <translation>В строке {row} файла «{name}» ячейка длиннее {limit} знаков; такую не пишет ни одна программа электронных таблиц. Файл не загружен.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="215"/>
        <source>“{name}” is not a text file or a workbook: save the list as .xlsx or .csv.</source>
        <translation>«{name}» — не текстовый файл и не книга Excel: сохраните список как .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="259"/>
        <source>Row {row} of “{name}” cannot be read as CSV: a cell is too long or its quotes do not close.</source>
        <translation>Строку {row} файла «{name}» не удаётся прочитать как CSV: ячейка слишком длинная или кавычки не закрыты.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/reading.py" line="198"/>
        <source>“{name}” has cells as far as row {row} and column {column}, more than a list takes; copy the list into a new workbook and import that.</source>
        <translation>В «{name}» есть ячейки вплоть до строки {row} и столбца {column} — больше, чем может быть в списке; скопируйте список в новую книгу и загрузите её.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="72"/>
        <source>The import was cancelled; nothing was saved.</source>
        <extracomment>What being on a list may imply.</extracomment>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="103"/>
        <source>what being on the list means</source>
        <extracomment>Told (entries done, entries in all) as an import goes; asked whether it was cancelled.</extracomment>
        <translation>Что значит быть в списке</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="107"/>
        <source>A list can mean released, captured, wounded or killed, not “{value}”.</source>
        <translation>Быть в списке может значить: освобождён (released), в плену (captured), ранен (wounded) или погиб (killed), но не «{value}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="134"/>
        <source>The list&apos;s name</source>
        <translation>Название списка</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="135"/>
        <source>The publisher</source>
        <translation>Кто опубликовал</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="136"/>
        <source>The publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="203"/>
        <location filename="../../caseworker/services/published_lists.py" line="385"/>
        <source>List</source>
        <translation>список</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="209"/>
        <source>List {id} already has a newer edition, list {newer}; import this one as an edition of list {newer}.</source>
        <translation>У списка {id} уже есть новая редакция — список {newer}; загрузите этот как редакцию списка {newer}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/published_lists.py" line="255"/>
        <source>No row of “{name}” is an entry; nothing was imported.</source>
        <translation>Ни одна строка «{name}» не стала записью; ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/born.py" line="71"/>
        <source>it is not a date; lists write it as 14.05.1990, 14.05.90, 14 мая 1990, 1990-05-14 or 1990.</source>
        <extracomment>Each month&apos;s names (lower case, ё as е): Russian nominative and genitive, Ukrainian nominative and genitive, English. A word names a month when it is one of these or their start of three letters or more; no such start belongs to two months. The youngest and the oldest soldier a list names, for a two-digit year&apos;s century.</extracomment>
        <translation>это не дата; в списках её пишут как 14.05.1990, 14.05.90, 14 мая 1990, 1990-05-14 или 1990.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/born.py" line="112"/>
        <source>the year “{digits}” may be {earlier} or {later}: the century cannot be told, the full year is needed.</source>
        <translation>год «{digits}» может быть и {earlier}, и {later}: век не определить, нужен полный год.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/born.py" line="165"/>
        <source>the year {year} is before 1900.</source>
        <translation>год {year} раньше 1900.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/born.py" line="167"/>
        <source>there is no month {month}.</source>
        <translation>месяца {month} не бывает.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/born.py" line="171"/>
        <source>that month has no day {day}.</source>
        <translation>в этом месяце нет {day}-го числа.</translation>
    </message>
    <message>
        <location filename="../../caseworker/lists/born.py" line="177"/>
        <source>it lies in the future.</source>
        <translation>она в будущем.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Caseworker</source>
        <extracomment>The right pane&apos;s width while it only says that no case is open.</extracomment>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>{server}, login {login}</source>
        <translation>{server}, вход {login}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Counting the cases…</source>
        <translation>Подсчёт дел…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Open a new case for a family (Ctrl+N)</source>
        <translation>Открыть новое дело по обращению семьи (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Find case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Поиск по делам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Add &amp;report…</source>
        <translation>Добавить &amp;сообщение…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Record a new report about a sought person of this case (Ctrl+R)</source>
        <translation>Записать новое сообщение о разыскиваемом по этому делу (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;About Caseworker</source>
        <translation>&amp;О программе Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Cases: {count}</source>
        <translation>Дел: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="30"/>
        <source>About Caseworker</source>
        <translation>О программе Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="31"/>
        <source>&lt;p&gt;&lt;b&gt;Caseworker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;A desk for volunteer caseworkers helping families find relatives in military service whose fate is unclear: gather every report, weigh it, see where reports contradict each other, and tell the family only what is well founded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Caseworker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Рабочее место волонтёров, которые помогают семьям искать родственников-военнослужащих с неясной судьбой: собирать все сообщения, взвешивать их, видеть, где они противоречат друг другу, и сообщать семье только то, что хорошо обосновано.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="57"/>
        <source>Column in the file</source>
        <extracomment>How many of a column&apos;s values are shown as its example.</extracomment>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="58"/>
        <source>Its first values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="59"/>
        <source>What it holds</source>
        <translation>Что в нём</translation>
    </message>
    <message>
        <location filename="../../ui/lists/mapping_table.py" line="106"/>
        <source>not used</source>
        <translation>не использовать</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../caseworker/matching/words.py" line="33"/>
        <location filename="../../caseworker/matching/words.py" line="40"/>
        <source>matches</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="34"/>
        <source>similar</source>
        <translation>похоже</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="35"/>
        <location filename="../../caseworker/matching/words.py" line="48"/>
        <source>does not match</source>
        <translation>не совпадает</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="36"/>
        <location filename="../../caseworker/matching/words.py" line="49"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="41"/>
        <source>differs by one letter</source>
        <translation>отличается одной буквой</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="42"/>
        <source>spelled similarly</source>
        <translation>пишется похоже</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="43"/>
        <source>day and month swapped</source>
        <translation>день и месяц переставлены</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="44"/>
        <source>off by a day, a year, a digit or two swapped digits</source>
        <translation>расходится на день, год, цифру или две переставленные цифры</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="47"/>
        <source>only the year matches</source>
        <translation>совпадает только год</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="53"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="54"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="55"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="56"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="57"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="58"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="59"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="91"/>
        <source>over 99 %</source>
        <extracomment>What rounds to 100 % is shown as &quot;over 99 %&quot;: a match is never certain.</extracomment>
        <translation>более 99 %</translation>
    </message>
    <message>
        <location filename="../../caseworker/matching/words.py" line="93"/>
        <source>under 1 %</source>
        <translation>менее 1 %</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="129"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="173"/>
        <source>Row {row} of the list is already decided as {name} of case {case}: one row is one man. Undo that decision first if it was wrong.</source>
        <translation>Строка {row} списка уже признана как {name} из дела {case}: в одной строке — один человек. Если это решение ошибочно, сначала отмените его.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="209"/>
        <source>List entry</source>
        <translation>Запись списка</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="216"/>
        <source>Write why this is not him: the reason is kept.</source>
        <translation>Напишите, почему это не он: причина сохраняется.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="241"/>
        <source>A later decision says the list entry is not him.</source>
        <translation>По более позднему решению человек из списка — не он.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="299"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="304"/>
        <source>This is the undoing of a decision; it cannot be undone.</source>
        <translation>Это отмена решения; её саму отменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="314"/>
        <source>A later decision on the same pair replaced this one; undo that one.</source>
        <translation>Это решение заменено более поздним решением по той же паре; отмените то.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/decisions.py" line="338"/>
        <source>The match with the list was undone.</source>
        <translation>Совпадение со списком отменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/lists.py" line="70"/>
        <source>The matching of the list was cancelled.</source>
        <extracomment>A surname key gets its one-typo neighbours from this many symbols (to ``caseworker.names.MAX_TYPO_KEY``). Name keys&apos; shares weigh common names down from this many sought persons on. Progress is told, and a cancel asked for, after this many entries scored (and at the end).</extracomment>
        <translation>Сопоставление списка отменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/lists.py" line="335"/>
        <source>Published list</source>
        <extracomment>Each compared field&apos;s verdict: match, close, mismatch or blank. The reason of an earlier &quot;not him&quot; on this pair, made before either identity changed.</extracomment>
        <translation>Опубликованный список</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/links.py" line="95"/>
        <source>These two cannot be linked: the link would make one man of {one} (case {one_case}) and {two} (case {two_case}), recorded as not the same person. Withdraw that decision first if it was wrong.</source>
        <translation>Этих двоих нельзя связать: связь сделала бы одним человеком {one} (дело {one_case}) и {two} (дело {two_case}), о которых записано, что это разные люди. Если то решение ошибочно, сначала отмените его.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/links.py" line="154"/>
        <source>Write why these are the same person: the reason is kept.</source>
        <translation>Напишите, почему это один и тот же человек: обоснование сохраняется.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/links.py" line="156"/>
        <source>Write why these are not the same person: the reason is kept.</source>
        <translation>Напишите, почему это разные люди: причина сохраняется.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/links.py" line="183"/>
        <source>A person cannot be linked to himself: choose two persons.</source>
        <translation>Человека нельзя связать с ним самим: выберите двух разыскиваемых.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/links.py" line="202"/>
        <source>{one} and {two} (case {case}) are linked as the same person through other links. Withdraw one of those links first.</source>
        <translation>{one} и {two} (дело {case}) уже связаны как один человек через другие связи. Сначала отмените одну из этих связей.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/list_file.py" line="43"/>
        <source>The file of the published list “{name}” ({publisher}, {day}).</source>
        <extracomment>What the vault&apos;s sniffing finds in a list&apos;s file: a workbook, else text (the only two kinds an import reads).</extracomment>
        <translation>Файл опубликованного списка «{name}» ({publisher}, {day}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/matching/duplicates.py" line="72"/>
        <source>The search for duplicate persons was cancelled.</source>
        <extracomment>Progress is told, and a cancel asked for, after this many blocks (and at the end).</extracomment>
        <translation>Поиск возможных дубликатов отменён.</translation>
    </message>
</context>
<context>
    <name>MatchingRun</name>
    <message>
        <location filename="../../ui/matching/matching_run.py" line="45"/>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <location filename="../../ui/matching/matching_run.py" line="47"/>
        <source>&amp;Match</source>
        <translation>С&amp;верить</translation>
    </message>
    <message>
        <location filename="../../ui/matching/matching_run.py" line="51"/>
        <source>Find the sought persons who may be on the chosen list</source>
        <translation>Найти разыскиваемых, которые могут быть в выбранном списке</translation>
    </message>
    <message>
        <location filename="../../ui/matching/matching_run.py" line="37"/>
        <source>&amp;Stop matching</source>
        <translation>&amp;Остановить сверку</translation>
    </message>
    <message>
        <location filename="../../ui/matching/matching_run.py" line="81"/>
        <source>No list was imported yet: Lists &gt; Import a published list…</source>
        <translation>Ни один список ещё не импортирован: Списки &gt; Импорт опубликованного списка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matching/matching_run.py" line="91"/>
        <source>{name} — {publisher}, {day}, %n entries</source>
        <translation>
            <numerusform>{name} — {publisher}, {day}, %n запись</numerusform>
            <numerusform>{name} — {publisher}, {day}, %n записи</numerusform>
            <numerusform>{name} — {publisher}, {day}, %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matching/matching_run.py" line="108"/>
        <source>Finding the candidates…</source>
        <translation>Поиск кандидатов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matching/matching_run.py" line="111"/>
        <source>Matched {done} of %n entries</source>
        <translation>
            <numerusform>Сверено {done} из %n записи</numerusform>
            <numerusform>Сверено {done} из %n записей</numerusform>
            <numerusform>Сверено {done} из %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="78"/>
        <source>Audio recording</source>
        <extracomment>Playback could not start here (the text says why); the pane offers the system&apos;s viewer.</extracomment>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="84"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="87"/>
        <source>Open with the system’s viewer</source>
        <translation>Открыть в системной программе просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="169"/>
        <source>Playback is not available on this computer.</source>
        <translation>Воспроизведение на этом компьютере недоступно.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="208"/>
        <source>This file cannot be played here ({reason}).</source>
        <translation>Этот файл нельзя воспроизвести здесь ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="231"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="231"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/media_player.py" line="236"/>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Changed meanwhile</source>
        <extracomment>The lost-server boxes on screen. While one is open its event loop goes on running timers and background work; a second lost-server box over it would say the same again, and each one would stack another (a box per failing refresh, until the window dies).</extracomment>
        <translation>Запись уже изменена</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Something went wrong that Caseworker did not expect. Nothing was saved by this action. The details are in the log file; please pass it to whoever supports you.</source>
        <translation>В Caseworker произошла непредвиденная ошибка. Это действие ничего не сохранило. Подробности записаны в файл журнала; передайте его тому, кто вам помогает с программой.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>No connection to the database server</source>
        <translation>Нет связи с сервером базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="21"/>
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="22"/>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="23"/>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="24"/>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="25"/>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="26"/>
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="27"/>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="28"/>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="29"/>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="30"/>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="31"/>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="32"/>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
</context>
<context>
    <name>MonthsOfDay</name>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="35"/>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="36"/>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="37"/>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="38"/>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="39"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="40"/>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="41"/>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="42"/>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="43"/>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="44"/>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="45"/>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="46"/>
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../ui/first_start.py" line="60"/>
        <source>Welcome to Caseworker</source>
        <extracomment>Whether protecting the database with a passphrase was offered (and answered) at a start.</extracomment>
        <translation>Добро пожаловать в Caseworker</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="63"/>
        <source>Your name is written into the audit trail with every change you make, so that colleagues can see who recorded what. You can change it later in Settings.</source>
        <translation>Ваше имя записывается в журнал изменений при каждом вашем изменении, чтобы коллеги видели, кто что внёс. Его можно изменить позже в параметрах.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="73"/>
        <source>Given name and surname</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="75"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="78"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="81"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <location filename="../../ui/security/pages.py" line="181"/>
        <source>The database is protected. Your recovery code:</source>
        <translation>База защищена. Ваш код восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="183"/>
        <source>The passphrase is changed. Your new recovery code:</source>
        <translation>Пароль изменён. Ваш новый код восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="198"/>
        <source>Print it or write it down now, and keep the paper apart from the computer: it is shown only this once, and it opens the database if the passphrase is forgotten. Whoever finds the paper can open the database too.</source>
        <translation>Распечатайте или запишите его сейчас и храните бумагу отдельно от компьютера: код показывается только один раз и открывает базу, если пароль забыт. Кто найдёт бумагу, тоже сможет открыть базу.</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="204"/>
        <source>Print it or write it down now, and keep the paper apart from the computer: it is shown only this once, and it opens the database if the passphrase is forgotten. Whoever finds the paper can open the database too. The old code no longer opens anything.</source>
        <translation>Распечатайте или запишите его сейчас и храните бумагу отдельно от компьютера: код показывается только один раз и открывает базу данных, если пароль забыт. Тот, кто найдёт бумагу, тоже сможет открыть базу данных. Прежний код больше ничего не открывает.</translation>
    </message>
</context>
<context>
    <name>NewInquiryDialog</name>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="80"/>
        <source>New inquiry</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="82"/>
        <source>To and about</source>
        <translation>Кому и о ком</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="86"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="87"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="90"/>
        <source>An office of the directory of addressees.</source>
        <translation>Организация из справочника адресатов.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="92"/>
        <source>Sought person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="92"/>
        <source>not one person</source>
        <translation>не об одном человеке</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="97"/>
        <source>On behalf of</source>
        <translation>От имени</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="98"/>
        <source>our organisation</source>
        <translation>нашей организации</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="101"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="102"/>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="104"/>
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="105"/>
        <source>Leave it empty to keep the inquiry as a draft, not sent yet.</source>
        <translation>Оставьте пустым, чтобы сохранить запрос черновиком, ещё не отправленным.</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="106"/>
        <source>Our reference</source>
        <translation>Наш исх. №</translation>
    </message>
    <message>
        <location filename="../../ui/inquiries/inquiry_dialogs.py" line="107"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>NotHimDialog</name>
    <message>
        <location filename="../../ui/matching/reason_dialog.py" line="50"/>
        <source>Not him</source>
        <translation>Не он</translation>
    </message>
    <message>
        <location filename="../../ui/matching/reason_dialog.py" line="55"/>
        <source>The reason is kept with the decision. The pair is not proposed again unless the list entry or the person&apos;s name, birth date or service number changes; then it comes back with this reason.</source>
        <translation>Причина сохраняется вместе с решением. Пара больше не предлагается, пока у записи списка или у разыскиваемого не изменятся имя, дата рождения или личный номер; тогда она вернётся с этой причиной.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/reason_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/matching/reason_dialog.py" line="60"/>
        <source>Not him (Ctrl+Enter)</source>
        <translation>Не он (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="58"/>
        <source>{name}, sought in case {case}</source>
        <translation>{name}, разыскивается по делу {case}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="62"/>
        <source>Case {case}
first of the pair</source>
        <translation>Дело {case}
первый из пары</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="63"/>
        <source>Case {case}
{chance}</source>
        <translation>Дело {case}
{chance}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="72"/>
        <source>The same person: {reason}</source>
        <translation>Тот же человек: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="74"/>
        <source>Different people: {reason}</source>
        <translation>Разные люди: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="76"/>
        <source>Earlier “different people”: {reason}</source>
        <translation>Ранее «разные люди»: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="79"/>
        <source>Not decided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_model.py" line="86"/>
        <source>not compared: the family&apos;s region</source>
        <translation>не сравнивается: регион семьи</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message numerus="yes">
        <location filename="../../ui/matching/pair_view.py" line="62"/>
        <source>Pair {number} of %n</source>
        <translation>
            <numerusform>Пара {number} из %n</numerusform>
            <numerusform>Пара {number} из %n</numerusform>
            <numerusform>Пара {number} из %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="66"/>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="68"/>
        <source>decided: the same person</source>
        <translation>решено: тот же человек</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="70"/>
        <source>decided: different people</source>
        <translation>решено: разные люди</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="72"/>
        <source>{position} · {status}</source>
        <translation>{position} · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="76"/>
        <source>{one} and {two}, both in case {case}: perhaps entered twice in one case.</source>
        <translation>{one} и {two}, оба в деле {case}: возможно, внесён дважды в одно дело.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="79"/>
        <source>{one} (case {one_case}) and {two} (case {two_case})</source>
        <translation>{one} (дело {one_case}) и {two} (дело {two_case})</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="87"/>
        <source>Probability that they are one man: {chance}</source>
        <translation>Вероятность, что это один человек: {chance}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/pair_view.py" line="95"/>
        <source>This pair was judged “different people” before: “{reason}”. It is proposed again because the name, birth date or service number of one of them changed since.</source>
        <translation>Эту пару уже признавали «разными людьми»: «{reason}». Она предложена снова, потому что с тех пор у одного из них изменились ФИО, дата рождения или личный номер.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/security/pages.py" line="121"/>
        <source>Forgot the passphrase? Enter the recovery code</source>
        <extracomment>How long a typed recovery code may be (24 characters, dashes and a few spaces).</extracomment>
        <translation>Забыли пароль? Ввести код восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../ui/spreadsheets/password_prompt.py" line="19"/>
        <source>Protect with a password</source>
        <translation>Защита паролем</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/password_prompt.py" line="20"/>
        <source>Type the password to protect the workbook with. Excel and LibreOffice ask for it when the workbook is opened; keep it apart from the workbook.</source>
        <translation>Введите пароль для защиты книги. Excel и LibreOffice спросят его при открытии книги; храните пароль отдельно от неё.</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/password_prompt.py" line="31"/>
        <source>The password is empty. {question}</source>
        <translation>Пароль пуст. {question}</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/password_prompt.py" line="36"/>
        <source>Type the same password again:</source>
        <translation>Введите тот же пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/password_prompt.py" line="42"/>
        <source>The two passwords differ. {question}</source>
        <translation>Пароли не совпадают. {question}</translation>
    </message>
</context>
<context>
    <name>PasswordTwice</name>
    <message>
        <location filename="../../ui/widgets/password_twice.py" line="46"/>
        <source>&amp;Protect with a password</source>
        <extracomment>Says what is wrong with a password (None: nothing). The check box was checked (True) or cleared.</extracomment>
        <translation>&amp;Защитить паролем</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_twice.py" line="61"/>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_twice.py" line="62"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_twice.py" line="94"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>PeopleColumns</name>
    <message>
        <location filename="../../ui/case_parts/people.py" line="57"/>
        <location filename="../../ui/case_parts/people.py" line="71"/>
        <source>Name</source>
        <extracomment>Each linked sought person&apos;s links: the persons who are the same man, with their cases. A linked person&apos;s sentences (&quot;the same person as in case …&quot;), one a line.</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="58"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="59"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="60"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="61"/>
        <source>DNA</source>
        <translation>ДНК</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="72"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="73"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="74"/>
        <source>Service number</source>
        <translation>Личный №</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="75"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="76"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="77"/>
        <source>Call sign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <location filename="../../ui/case_parts/people.py" line="78"/>
        <source>Last contact</source>
        <translation>Посл. связь</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="16"/>
        <source>Add sought person</source>
        <translation>Новый разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="18"/>
        <source>Edit sought person {name}</source>
        <translation>Изменение данных разыскиваемого: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="23"/>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="24"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="25"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="26"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="28"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="30"/>
        <source>e.g. in Latin letters</source>
        <translation>например, латиницей</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="31"/>
        <source>Born on</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="32"/>
        <source>Born in</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="34"/>
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="36"/>
        <source>Since</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="38"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="39"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="40"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="41"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="42"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="43"/>
        <source>Call sign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="45"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="46"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="47"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="48"/>
        <source>Channel</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="49"/>
        <source>e.g. phone, messenger</source>
        <translation>телефон, мессенджер…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/evidence/preview.py" line="92"/>
        <source>Open with the system’s viewer</source>
        <extracomment>Images larger than this are read scaled down: a preview never needs 100 megapixels. The largest sealed file decrypted into memory to be shown or played here. What is shown: the stored file itself (a plain vault) or its plaintext in memory.</extracomment>
        <translation>Открыть в системной программе просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="95"/>
        <source>Show graphic content</source>
        <translation>Показать шокирующее содержимое</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="120"/>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="121"/>
        <source>Fit the image into the pane</source>
        <translation>Вписать изображение в область просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="124"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Уменьшить (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="127"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Увеличить (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="129"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="130"/>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="178"/>
        <source>Select a file to preview it.</source>
        <translation>Выберите файл для просмотра.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="189"/>
        <source>This file is too large to show here. Open it with the system’s viewer: it opens a read-only copy, removed when Caseworker closes.</source>
        <translation>Этот файл слишком велик, чтобы показать его здесь. Откройте его в системной программе просмотра: откроется копия только для чтения, она удаляется при закрытии Caseworker.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="161"/>
        <source>Decrypting “{name}”…</source>
        <translation>Расшифровка «{name}»…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview_memory.py" line="74"/>
        <source>This file cannot be shown here ({reason}).</source>
        <extracomment>Decrypting for the preview never waits behind files being added or thumbnails. How long a decryption may take before the pane says it is under way.</extracomment>
        <translation>Этот файл нельзя показать здесь ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="236"/>
        <source>This {kind} cannot be shown here. Open it with the system’s viewer: it opens a read-only copy, the stored file stays unchanged.</source>
        <translation>Этот файл ({kind}) нельзя показать здесь. Откройте его в системной программе просмотра: откроется копия только для чтения, сохранённый файл не изменится.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="255"/>
        <source>Graphic content: shown only when you ask for it.</source>
        <translation>Шокирующее содержимое: показывается только по вашему запросу.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="270"/>
        <source>This image cannot be shown here ({reason}).</source>
        <translation>Это изображение нельзя показать здесь ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="303"/>
        <source>[The rest of the file is not shown here.]</source>
        <translation>[Остальная часть файла здесь не показана.]</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/preview.py" line="368"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_pane.py" line="26"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/lists/preview_pane.py" line="35"/>
        <source>Preview: the rows as they will be read</source>
        <translation>Предпросмотр: строки так, как они будут прочитаны</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="151"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="43"/>
        <source>Case summary · {family}</source>
        <translation>Сводка по делу · {family}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="46"/>
        <source>Case {reference}</source>
        <translation>Дело {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="47"/>
        <source>Caseworker · made on {day}</source>
        <translation>Caseworker · составлено {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="111"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="114"/>
        <source>Print a summary of the open case (Ctrl+P)</source>
        <translation>Напечатать сводку по открытому делу (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="117"/>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="119"/>
        <source>Save a summary of the open case as a PDF file</source>
        <translation>Сохранить сводку по открытому делу в файл PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="144"/>
        <source>Case {reference} {day}</source>
        <translation>Дело {reference} {day}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="149"/>
        <source>Save the case summary as PDF</source>
        <translation>Сохранить сводку по делу в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="158"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Не удалось записать PDF в {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/print_actions.py" line="164"/>
        <source>Case summary saved: {path} (%n pages)</source>
        <translation>
            <numerusform>Сводка сохранена: {path} (%n страница)</numerusform>
            <numerusform>Сводка сохранена: {path} (%n страницы)</numerusform>
            <numerusform>Сводка сохранена: {path} (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="181"/>
        <source>Print the case summary</source>
        <translation>Печать сводки по делу</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_actions.py" line="191"/>
        <source>The case summary could not be printed: {reason}</source>
        <translation>Не удалось напечатать сводку по делу: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing/print_actions.py" line="197"/>
        <source>Case summary sent to the printer (%n pages)</source>
        <translation>
            <numerusform>Сводка отправлена на печать (%n страница)</numerusform>
            <numerusform>Сводка отправлена на печать (%n страницы)</numerusform>
            <numerusform>Сводка отправлена на печать (%n страниц)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedPages</name>
    <message>
        <location filename="../../ui/printing/pages.py" line="148"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/pages.py" line="174"/>
        <source>The printer or the file could not be opened.</source>
        <translation>Не удалось открыть принтер или файл.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/pages.py" line="181"/>
        <source>A new page could not be started.</source>
        <translation>Не удалось начать новую страницу.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/security/encrypt_dialog.py" line="100"/>
        <source>Encrypting the database and its evidence files… The plain files are removed only once the encrypted copy is checked.</source>
        <translation>Шифруются база и файлы материалов… Незашифрованные файлы удаляются только после проверки зашифрованной копии.</translation>
    </message>
</context>
<context>
    <name>ProtectionOffer</name>
    <message>
        <location filename="../../ui/first_start.py" line="148"/>
        <source>Protect the database?</source>
        <translation>Защитить базу?</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="149"/>
        <source>The database and its evidence files are not protected: whoever copies them or takes the computer can read them. Protect them with a passphrase now? You can also do it later in Settings.</source>
        <translation>База и файлы материалов не защищены: их может прочитать любой, кто их скопирует или заберёт компьютер. Защитить их паролем сейчас? Это можно сделать и позже в настройках.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="160"/>
        <source>Protect with a passphrase</source>
        <translation>Защитить паролем</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="164"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="80"/>
        <source>Delete evidence for good</source>
        <translation>Удалить материал навсегда</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="82"/>
        <source>This cannot be undone</source>
        <translation>Это действие нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="85"/>
        <source>“{name}” will be deleted from case {reference} for good: its record, and the stored file unless another case still holds it. Do this only when the family asked for their data to be deleted. To only hide the file, use “Remove from case” instead.</source>
        <translation>«{name}» будет навсегда удалён из дела {reference}: и запись о нём, и сохранённый файл, если он не нужен другому делу. Делайте это, только если семья попросила удалить её данные. Чтобы просто скрыть файл, используйте «Убрать из дела».</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="96"/>
        <source>Type the case reference {reference}</source>
        <translation>Введите номер дела {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="101"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_dialog.py" line="102"/>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/translations.py" line="28"/>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt&apos;s own file dialog that Qt&apos;s Russian lacks (Qt 6 gave the form&apos;s captions mnemonics and its catalog kept the old wording): our catalog carries them, and Qt asks it when its own has no answer.</extracomment>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../ui/translations.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/matching/reason_dialog.py" line="33"/>
        <source>The pair</source>
        <translation>Пара</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/prompts.py" line="111"/>
        <source>Discard what you typed?</source>
        <translation>Отказаться от введённого?</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="112"/>
        <source>You typed or changed something in “{title}”. Closing without saving loses it.</source>
        <translation>В окне «{title}» что-то введено или изменено. Если закрыть его без сохранения, это пропадёт.</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="121"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="124"/>
        <source>Keep editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="108"/>
        <source>Fields marked * are required.</source>
        <extracomment>Who asks before typed work is lost: the prompts of whoever runs the dialog.</extracomment>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="215"/>
        <source>{caption} *</source>
        <translation>{caption} *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="294"/>
        <source>Changed meanwhile. {message}</source>
        <translation>Запись уже изменена. {message}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../caseworker/services/cases.py" line="86"/>
        <location filename="../../caseworker/services/cases.py" line="100"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="114"/>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="434"/>
        <source>There is no case {reference}.</source>
        <translation>Дело {reference} не найдено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/persons.py" line="80"/>
        <source>Sought person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/cases.py" line="99"/>
        <location filename="../../caseworker/services/matching/decisions.py" line="208"/>
        <location filename="../../caseworker/services/matching/decisions.py" line="298"/>
        <location filename="../../caseworker/services/records.py" line="29"/>
        <source>{what} {id} does not exist.</source>
        <translation>Не найдено: {what} {id}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/records.py" line="37"/>
        <source>Someone else changed this record after you opened it. Nothing was saved; reopen it to see their changes, then make yours again.</source>
        <translation>Кто-то изменил эту запись после того, как вы её открыли. Ничего не сохранено: откройте запись заново, чтобы увидеть эти изменения, и внесите свои ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/relatives.py" line="76"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence.py" line="141"/>
        <location filename="../../caseworker/services/evidence_list.py" line="178"/>
        <location filename="../../caseworker/services/reports.py" line="223"/>
        <source>Report</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence_list.py" line="57"/>
        <source>Evidence item</source>
        <translation>Материал</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/security/pages.py" line="140"/>
        <source>Type the recovery code you printed or wrote down when the database was protected, then choose a new passphrase. The recovery code is then replaced by a new one, shown once.</source>
        <translation>Введите код восстановления, который вы распечатали или записали, когда защищали базу данных, и придумайте новый пароль. После этого код восстановления заменится новым — он будет показан один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="155"/>
        <source>Back to the passphrase</source>
        <translation>Вернуться к паролю</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="157"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="158"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/security/pages.py" line="159"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="15"/>
        <source>Add relative</source>
        <translation>Новый родственник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="17"/>
        <source>Edit relative {name}</source>
        <translation>Изменение данных родственника: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="22"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="23"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="24"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="25"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="26"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="28"/>
        <source>Relation, in words</source>
        <translation>Родство словами</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="30"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="31"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="32"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="33"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="35"/>
        <source>Consent to process data</source>
        <translation>Согласие на обработку данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="36"/>
        <source>Given on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="37"/>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="39"/>
        <source>DNA reference sample</source>
        <translation>Образец ДНК для сравнения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="40"/>
        <source>Collected on</source>
        <translation>Дата взятия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="41"/>
        <source>Laboratory</source>
        <translation>Лаборатория</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="42"/>
        <source>Sample reference</source>
        <translation>Номер образца</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relative_dialog.py" line="43"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>ReportDetails</name>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="24"/>
        <source>Selected report</source>
        <translation>Выбранное сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="29"/>
        <source>Click a report in the timeline to see it here.</source>
        <translation>Щёлкните сообщение на хронологии, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="34"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="35"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="36"/>
        <source>Stated</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="37"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="38"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="39"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="40"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="41"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="42"/>
        <source>Relays</source>
        <translation>Повторяет</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="43"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="44"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="45"/>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="118"/>
        <source>{part} of the share of “{status}”</source>
        <translation>{part} в доле «{status}»</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="46"/>
        <source>Retracted</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="70"/>
        <source>Report {id}</source>
        <translation>Сообщение {id}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="73"/>
        <source>report {id}</source>
        <translation>сообщение {id}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="78"/>
        <source>{day} by {who}: {reason}</source>
        <translation>{day} ({who}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="91"/>
        <source>{grade}: {reliability}; {credibility}</source>
        <translation>{grade}: {reliability}; {credibility}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="108"/>
        <source>none: retracted reports are not weighed</source>
        <translation>нет: отозванные сообщения не учитываются</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="110"/>
        <source>none: this claim supports no status</source>
        <translation>нет: это утверждение не поддерживает ни один статус</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/report_details.py" line="114"/>
        <source>none of its own: it repeats a report counted already, or a weightier report of the same origin</source>
        <translation>собственного веса нет: сообщение повторяет уже учтённое или более весомое сообщение из того же первоисточника</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>Edit report about {name}</source>
        <translation>Изменение сообщения: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="49"/>
        <source>Add report about {name}</source>
        <translation>Новое сообщение: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="53"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="55"/>
        <source>What and when</source>
        <translation>Что и когда</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="57"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="63"/>
        <source>A report&apos;s claim cannot be changed. Retract this report with a reason and add a new one.</source>
        <translation>Утверждение сообщения изменить нельзя. Отзовите это сообщение, указав причину, и добавьте новое.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="67"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="68"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="69"/>
        <source>Stated on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="71"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="75"/>
        <source>When the report reached us. The day you used last is filled in; change it for a report that came earlier.</source>
        <translation>Когда сообщение дошло до нас. Подставлен день, указанный в прошлый раз; измените его, если сообщение пришло раньше.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="80"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="84"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="88"/>
        <source>Who exactly</source>
        <translation>Кто именно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="89"/>
        <source>e.g. company commander</source>
        <translation>например, командир роты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="90"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="91"/>
        <source>Document reference</source>
        <translation>Реквизиты документа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="93"/>
        <source>Relays report</source>
        <translation>Повторяет сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="97"/>
        <source>Choose the report this one only repeats (a comrade relaying what the unit said, a reposted video): it then never counts as independent support.</source>
        <translation>Выберите сообщение, которое это сообщение лишь повторяет (сослуживец пересказывает слова командования, видео перепощено): тогда оно не будет считаться независимым подтверждением.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="102"/>
        <source>Grades (each judged on its own)</source>
        <translation>Оценки (каждая выставляется отдельно)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="24"/>
        <source>Source reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="28"/>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="105"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>none: an independent report</source>
        <translation>нет: самостоятельное сообщение</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../ui/report_table_model.py" line="54"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="55"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="56"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="57"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="58"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="175"/>
        <source>Retracted by {who} on {day}: {reason}</source>
        <extracomment>The column the rows are sorted by, and how (None: as given).</extracomment>
        <translation>Отозвано {day} ({who}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="176"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="190"/>
        <source>Relays report {id}</source>
        <translation>Повторяет сообщение {id}</translation>
    </message>
</context>
<context>
    <name>Restorer</name>
    <message>
        <location filename="../../ui/backups/restoring.py" line="70"/>
        <source>Restore the backup of {when}?

It holds {contents}.

The database open now is not overwritten: it is kept aside in {folder} as “{name}”, with its evidence files and keys, and can be opened from there.

Caseworker then starts again on the restored database.</source>
        <extracomment>The outcome of the last restore (for the tests).</extracomment>
        <translation>Восстановить резервную копию, сделанную {when}?

В ней {contents}.

Открытая сейчас база данных не будет перезаписана: она сохранится рядом, в папке {folder}, под именем «{name}» вместе с файлами материалов и ключами, и её можно будет открыть оттуда.

Затем Caseworker запустится заново с восстановленной базой данных.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restoring.py" line="88"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restoring.py" line="103"/>
        <source>Checking the backup and restoring it…</source>
        <translation>Резервная копия проверяется и восстанавливается…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restoring.py" line="117"/>
        <source>The database already holds the backup of {when}: nothing was changed and nothing kept aside.</source>
        <translation>База данных уже совпадает с резервной копией, сделанной {when}: ничего не изменено и ничего не сохранено рядом.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restoring.py" line="123"/>
        <source>The backup of {when} is restored. The database open until now is kept aside as:
{aside}

Caseworker now starts again on the restored database.</source>
        <translation>Резервная копия, сделанная {when}, восстановлена. Открытая до этого база данных сохранена рядом:
{aside}

Сейчас Caseworker запустится заново с восстановленной базой данных.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/restoring.py" line="127"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="14"/>
        <source>Retract report</source>
        <translation>Отозвать сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="16"/>
        <source>Report</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="22"/>
        <source>A retracted report is never deleted: it stays in the case, struck out, with your reason, and no longer counts in the analysis.</source>
        <translation>Отозванное сообщение не удаляется: оно остаётся в деле зачёркнутым, с указанной вами причиной, и больше не учитывается в анализе.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="27"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retract_dialog.py" line="27"/>
        <source>Retract</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../ui/matching/review_actions.py" line="27"/>
        <source>&amp;Review against a list…</source>
        <translation>&amp;Сверка со списком…</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_actions.py" line="32"/>
        <source>Go through a published list&apos;s entries that may be sought persons and decide for each: this is him, or not him (Ctrl+M)</source>
        <translation>Просмотреть записи опубликованного списка, похожие на разыскиваемых, и решить по каждой: это он или не он (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_actions.py" line="61"/>
        <source>Ctrl+M: back to the review</source>
        <translation>Ctrl+M — вернуться к сверке</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/matching/undo.py" line="148"/>
        <source>This is him: {pair}</source>
        <extracomment>Names the pair in the Edit menu (&quot;row 14 — 2026-0042&quot;).</extracomment>
        <translation>Это он: {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/undo.py" line="150"/>
        <source>Not him: {pair}</source>
        <translation>Не он: {pair}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/matching/review_window.py" line="57"/>
        <source>Review against a list</source>
        <extracomment>Fits a 1280 x 800 screen. Candidates chosen by their number key.</extracomment>
        <translation>Сверка со списком</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="70"/>
        <source>Choose a published list and press “Match”: its entries that may be sought persons are shown here one at a time.</source>
        <translation>Выберите опубликованный список и нажмите «Сверить»: записи, похожие на разыскиваемых, появятся здесь по одной.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="77"/>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Предыдущая (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="78"/>
        <source>Next (PgDown) ▶</source>
        <translation>Следующая (PgDown) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="79"/>
        <source>This is him (Y)</source>
        <translation>Это он (Y)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="80"/>
        <source>The candidate is the man on the entry: Y or Ctrl+Enter</source>
        <translation>Кандидат — человек из этой строки списка: Y или Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="82"/>
        <source>Not him… (N)</source>
        <translation>Не он… (N)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="83"/>
        <source>Open case (Ctrl+O)</source>
        <translation>Открыть дело (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="84"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="85"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Повторить (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="86"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="198"/>
        <source>No entry of “{name}” resembles a sought person closely enough to be proposed (or every pair was decided already).</source>
        <translation>Ни одна запись списка «{name}» не похожа на разыскиваемых настолько, чтобы её предложить (или по всем парам уже есть решение).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matching/review_window.py" line="205"/>
        <source>%n entries of the list have candidates.</source>
        <translation>
            <numerusform>Кандидаты есть у %n записи списка.</numerusform>
            <numerusform>Кандидаты есть у %n записей списка.</numerusform>
            <numerusform>Кандидаты есть у %n записей списка.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="290"/>
        <source>row {row}, case {case}</source>
        <translation>строка {row}, дело {case}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="315"/>
        <source>Recorded: this is him ({pair}); a report from the list was added to his timeline. Ctrl+Z undoes it.</source>
        <translation>Записано: это он ({pair}); сообщение из списка добавлено в его хронологию. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="328"/>
        <source>Row {row} of the list and {name}, case {case}</source>
        <translation>Строка {row} списка и {name}, дело {case}</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="347"/>
        <source>Recorded: not him ({pair}). Ctrl+Z undoes it.</source>
        <translation>Записано: не он ({pair}). Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="357"/>
        <source>That is decided already.</source>
        <translation>Это уже решено.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="360"/>
        <source>This pair is decided otherwise: undo that decision first (Ctrl+Z).</source>
        <translation>По этой паре уже принято другое решение: сначала отмените его (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="375"/>
        <source>Every entry is decided.</source>
        <translation>Решены все записи.</translation>
    </message>
    <message>
        <location filename="../../ui/matching/review_window.py" line="393"/>
        <source>Decision undone: the pair is proposed again.</source>
        <translation>Решение отменено: пара снова предложена.</translation>
    </message>
</context>
<context>
    <name>SamePersonDialog</name>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="16"/>
        <source>The same person</source>
        <translation>Тот же человек</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="21"/>
        <source>Both stay as they are, nothing is merged: each case shows the link and the other case&apos;s reference. Say what shows that they are one man (the same service number, the families&apos; letters…).</source>
        <translation>Оба остаются как есть, ничего не сливается: в каждом деле видна связь и номер другого дела. Напишите, что показывает, что это один человек (тот же личный номер, письма семей…).</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="25"/>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../ui/matching/link_dialog.py" line="26"/>
        <source>The same person (Ctrl+Enter)</source>
        <translation>Тот же человек (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/team/server_password.py" line="65"/>
        <source>Database server password</source>
        <extracomment>Opens the database with the password given; raises what :func:`open_database` raises.</extracomment>
        <translation>Пароль сервера базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="80"/>
        <source>The password is used until Caseworker is closed and is not kept. To keep it, put it in the file ~/.pgpass (see “For a team” in the manual).</source>
        <extracomment>The database opened with the password, once the dialog is accepted.</extracomment>
        <translation>Пароль используется до закрытия Caseworker и нигде не сохраняется. Чтобы не вводить его каждый раз, запишите его в файл ~/.pgpass (см. раздел «Для команды» в руководстве).</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="87"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="88"/>
        <source>Login:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="89"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="91"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="94"/>
        <source>E&amp;xit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/team/server_password.py" line="113"/>
        <source>Type the password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Settings</source>
        <extracomment>The longest idle lock offered: eight hours. The protection dialog, once &quot;Protect…&quot; was clicked.</extracomment>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>A new language applies when Caseworker next starts.</source>
        <translation>Новый язык будет применён при следующем запуске Caseworker.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Written into the audit trail with every change you make.</source>
        <translation>Записывается в журнал изменений при каждой вашей правке.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>On the team&apos;s server you are known by this name; the server&apos;s owner changes it.</source>
        <extracomment>The login&apos;s name on a team&apos;s server: it is the one written, not this setting.</extracomment>
        <translation>На сервере команды вы известны под этим именем; изменить его может владелец сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>None: no automatic backups</source>
        <translation>Не выбрана — копии не делаются</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>After changes and at exit, at most one an hour; 7 daily, 4 weekly and 12 monthly are kept. Choose an external disk or a synced folder.</source>
        <translation>После изменений и при выходе, не чаще раза в час; хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий. Выберите внешний диск или синхронизируемую папку.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source> min without use</source>
        <translation> мин без работы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>A database protected with a passphrase: its windows are hidden after this time and the passphrase asked again.</source>
        <translation>Для базы данных, защищённой паролем: после этого времени её окна скрываются и пароль спрашивается снова.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>&amp;Backups folder:</source>
        <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Loc&amp;k:</source>
        <translation>&amp;Блокировка:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="148"/>
        <source>Protected with a passphrase</source>
        <translation>Защищена паролем</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Not protected</source>
        <translation>Не защищена</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Whoever copies the database or its evidence files, or takes the computer, can read them.</source>
        <translation>Любой, кто скопирует базу или её файлы материалов или заберёт компьютер, сможет их прочитать.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Защитить базу паролем…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162"/>
        <source>Protection:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Your name cannot be only spaces; leave it empty to use your login name.</source>
        <translation>Имя не может состоять из одних пробелов; оставьте поле пустым, чтобы использовалось имя вашей учётной записи.</translation>
    </message>
</context>
<context>
    <name>SourceBox</name>
    <message>
        <location filename="../../ui/lists/source_box.py" line="48"/>
        <source>no file chosen yet</source>
        <translation>файл ещё не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="49"/>
        <source>Choose a &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="53"/>
        <source>Excel workbook (.xlsx) or CSV:</source>
        <translation>Книга Excel (.xlsx) или CSV:</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="56"/>
        <source>From a file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="65"/>
        <source>Paste the list here, copied from a spreadsheet or a web page table: one row a line, cells separated by tabs, the header first.</source>
        <translation>Вставьте сюда список, скопированный из таблицы или с веб-страницы: каждая запись с новой строки, ячейки через табуляцию, первой — строка заголовков.</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="70"/>
        <source>&amp;Read the text</source>
        <translation>&amp;Прочитать текст</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="78"/>
        <source>Paste text</source>
        <translation>Вставить текст</translation>
    </message>
    <message>
        <location filename="../../ui/lists/source_box.py" line="88"/>
        <source>Choose the list&apos;s file, or paste its text.</source>
        <translation>Выберите файл списка или вставьте его текст.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <location filename="../../ui/spreadsheets/actions.py" line="32"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/actions.py" line="35"/>
        <source>Export cases to an Excel workbook for offline work or review</source>
        <translation>Экспортировать дела в книгу Excel для работы вне программы или проверки</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/actions.py" line="39"/>
        <source>Export offline &amp;template…</source>
        <translation>Экспорт &amp;шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/actions.py" line="42"/>
        <source>Export cases without their reports, to enter new reports in the field</source>
        <translation>Экспортировать дела без сообщений, чтобы вносить новые сообщения на выезде</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/actions.py" line="46"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/actions.py" line="49"/>
        <source>Bring an edited workbook back: preview the changes, then apply them</source>
        <translation>Загрузить изменённую книгу: сначала просмотреть изменения, затем применить их</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="157"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/spreadsheets/export_actions.py" line="79"/>
        <source>Could not write “{path}”: {reason}</source>
        <extracomment>Protects the workbook when given; kept out of the request&apos;s repr (and so of logs).</extracomment>
        <translation>Не удалось записать «{path}»: {reason}</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../../ui/spreadsheets/import_actions.py" line="81"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="35"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="48"/>
        <source>What the reports suggest</source>
        <translation>Что следует из сообщений</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="59"/>
        <source>⚠ Contested: credible reports disagree.</source>
        <translation>⚠ Спорно: достоверные сообщения расходятся.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="68"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="71"/>
        <source>Each status&apos;s share of the reports&apos; weight; the shares add up to 100 %</source>
        <translation>Доля каждого статуса в общем весе сообщений; доли в сумме дают 100 %</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="97"/>
        <source>How much of each share comes from the report selected in the timeline</source>
        <translation>Какая часть каждой доли приходится на сообщение, выбранное на шкале</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="104"/>
        <source>The shares divide the reports&apos; weight (their grades, dates and independence) among the statuses; what no report settles counts as unknown. They are not probabilities, and the suggestion is not a finding: your own assessment is below.</source>
        <translation>Доли делят вес сообщений (по их оценкам, датам и независимости) между статусами; то, чего не решает ни одно сообщение, считается неизвестным. Это не вероятности, а подсказка — не вывод: ваша собственная оценка ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="132"/>
        <source>{hypothesis}: {share} of the reports&apos; weight</source>
        <translation>{hypothesis}: {share} веса сообщений</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="145"/>
        <source>{part} of “{status}”</source>
        <translation>{part} в доле «{status}»</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="150"/>
        <source>Of these shares, report #{id} gives {parts}.</source>
        <translation>Из этих долей сообщение № {id} даёт {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="154"/>
        <source>Report #{id} adds nothing of its own to these shares.</source>
        <translation>Сообщение № {id} ничего не добавляет к этим долям само по себе.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="116"/>
        <source>No reports to weigh yet.</source>
        <translation>Пока нет сообщений для оценки.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/status_boxes.py" line="124"/>
        <source>Suggested: {status}</source>
        <translation>Предположение: {status}</translation>
    </message>
</context>
<context>
    <name>Synth</name>
    <message>
        <location filename="../../caseworker/synth/cases.py" line="296"/>
        <source>The number of cases must not be negative.</source>
        <translation>Количество дел не может быть отрицательным.</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <location filename="../../ui/system_libraries.py" line="140"/>
        <source>Qt cannot open a window: these system libraries are missing: {libraries}.</source>
        <translation>Qt не может открыть окно: не хватает системных библиотек: {libraries}.</translation>
    </message>
    <message>
        <location filename="../../ui/system_libraries.py" line="147"/>
        <source>Install them with:</source>
        <translation>Установите их командой:</translation>
    </message>
    <message>
        <location filename="../../ui/system_libraries.py" line="151"/>
        <source>Find the package of each of {libraries} with “apt-file search NAME” and install it too.</source>
        <translation>Найдите пакет каждой из библиотек {libraries} командой «apt-file search ИМЯ» и установите и его.</translation>
    </message>
    <message>
        <location filename="../../ui/system_libraries.py" line="159"/>
        <source>Install the packages that provide them with the system&apos;s package manager (Debian and Ubuntu call them: {packages}).</source>
        <translation>Установите пакеты с ними менеджером пакетов системы (в Debian и Ubuntu они называются: {packages}).</translation>
    </message>
    <message>
        <location filename="../../ui/system_libraries.py" line="167"/>
        <source>Install the packages that provide them with the system&apos;s package manager.</source>
        <translation>Установите пакеты с ними менеджером пакетов системы.</translation>
    </message>
    <message>
        <location filename="../../ui/system_libraries.py" line="172"/>
        <source>Then run “make run” again.</source>
        <translation>Затем снова выполните «make run».</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../caseworker/team/roles.py" line="183"/>
        <source>The team&apos;s roles are not set up on this server yet; run: python -m caseworker server init</source>
        <extracomment>The groups that write (the reader only reads). Who has a case open: every window writes it, a reader&apos;s too (it is no case data). Only a coordinator may change it. A login that fits in an address unquoted: ``ivanova``, ``m.ivanova``, ``petrov_2``. The longest name a column of names holds (``cases.assigned_to``, the audit&apos;s actor).</extracomment>
        <translation>Роли команды на этом сервере ещё не созданы; выполните: python -m caseworker server init</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="273"/>
        <source>Every login may create tables and functions in the schema {schema} of this database (PostgreSQL 14 and older allow it), and only the schema&apos;s owner may stop that. Run as postgres, in this database: ALTER SCHEMA {schema} OWNER TO {owner}; REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC; then run server init again. Nothing was changed.</source>
        <translation>Любой вход может создавать таблицы и функции в схеме {schema} этой базы (так разрешают PostgreSQL 14 и более старые), а запретить это может только владелец схемы. Выполните от имени postgres в этой базе: ALTER SCHEMA {schema} OWNER TO {owner}; REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC; затем снова запустите server init. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="329"/>
        <source>“{login}” cannot be a login: use small Latin letters, digits, “_”, “.” and “-” (at most 63), beginning with a letter, such as ivanova.</source>
        <translation>«{login}» не может быть именем входа: используйте строчные латинские буквы, цифры, «_», «.» и «-» (не больше 63), начиная с буквы, например ivanova.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="338"/>
        <source>“{login}” is the name of a team&apos;s role, not of a login.</source>
        <translation>«{login}» — это название роли команды, а не имя входа.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="352"/>
        <source>The volunteer&apos;s name must be given, in at most {count} characters.</source>
        <translation>Нужно указать имя добровольца, не длиннее {count} символов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="368"/>
        <source>The login “{other}” has the name “{name}” already; give “{login}” another name (add an initial, say), so that the program can tell them apart. Nothing was changed.</source>
        <translation>У входа «{other}» уже есть имя «{name}»; дайте входу «{login}» другое имя (например, добавьте инициал), чтобы программа их различала. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="382"/>
        <source>A password must have at least {count} characters.</source>
        <translation>Пароль должен содержать не меньше {count} символов.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="399"/>
        <source>The server has a login “{login}” that is not one of the team&apos;s (the owner&apos;s, or another program&apos;s); it was left as it was.</source>
        <translation>На сервере есть вход «{login}», который не принадлежит команде (это вход владельца или другой программы); он оставлен как был.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="436"/>
        <source>A new login needs a password.</source>
        <translation>Для нового входа нужен пароль.</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="465"/>
        <source>The server has no login “{login}”; add it with: python -m caseworker server add-user</source>
        <translation>На сервере нет входа «{login}»; добавьте его командой: python -m caseworker server add-user</translation>
    </message>
    <message>
        <location filename="../../caseworker/team/roles.py" line="522"/>
        <source>The login “{login}” stays in the role {group}: {grantor} gave it that role, and the server lets only {grantor} or a superuser take it back (PostgreSQL 16 and later). Run, as {grantor} or as a superuser: REVOKE {group} FROM {quoted}; then run this command again. Nothing was changed.</source>
        <translation>Вход «{login}» остаётся в роли {group}: эту роль ему дал {grantor}, а сервер позволяет отнять её только {grantor} или суперпользователю (PostgreSQL 16 и новее). Выполните от имени {grantor} или суперпользователя: REVOKE {group} FROM {quoted}; затем запустите эту команду снова. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TeamChanges</name>
    <message>
        <location filename="../../ui/team/editing.py" line="72"/>
        <source>A colleague has just saved a change to this record. Saving yours would be refused: cancel, open the record again to see theirs, then make your change.</source>
        <extracomment>The record kinds of the edit dialogs (caseworker.services.edits.RecordKind) -&gt; tables.</extracomment>
        <translation>Коллега только что сохранил изменение этой записи. Ваше сохранение будет отклонено: нажмите «Отмена», откройте запись заново, чтобы увидеть изменение коллеги, и внесите своё.</translation>
    </message>
    <message>
        <location filename="../../ui/team/listening.py" line="144"/>
        <source>The connection to the server was lost; trying again. Colleagues&apos; changes will show once it is back.</source>
        <extracomment>The listener&apos;s own thread: it waits for the server as long as the window is open. How long heard changes are gathered before the views are told, in milliseconds. More distinct changes than this at once are announced as one &quot;everything changed&quot;. How long the window waits for the listener to stop when it closes, in seconds. Which views a table&apos;s rows show in (case_presence is the presence line&apos;s own). The listener ended while the window is open (a sentence saying so): for good.</extracomment>
        <translation>Соединение с сервером потеряно; программа пробует снова. Изменения коллег появятся, когда оно восстановится.</translation>
    </message>
    <message>
        <location filename="../../ui/team/listening.py" line="157"/>
        <source>Connected to the server again; everything shown is up to date.</source>
        <translation>Соединение с сервером восстановлено; всё на экране обновлено.</translation>
    </message>
    <message>
        <location filename="../../ui/team/listening.py" line="175"/>
        <source>Colleagues&apos; changes no longer show in this window; close it and open the program again to see them.</source>
        <translation>Изменения коллег в этом окне больше не видны; закройте программу и откройте её снова, чтобы их видеть.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="53"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year} г.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="64"/>
        <source>{month} {year}</source>
        <translation>{month} {year} г.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="69"/>
        <source>about {day}</source>
        <translation>около {day}</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="70"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="82"/>
        <source>report {id} ({source}, {date}: {claim})</source>
        <translation>сообщение {id} ({source}, {date}: {claim})</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="102"/>
        <source>{first} and {second}: a person reported dead was reported alive the next day.</source>
        <translation>{first} и {second}: человека, о гибели которого сообщили, на следующий день назвали живым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="113"/>
        <source>{first} and {second}: a person reported dead was reported alive at least one day later.</source>
        <translation>{first} и {second}: человека, о гибели которого сообщили, не меньше чем через день назвали живым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="129"/>
        <source>{first} and {second}: one says the person was dead and the other that the person was alive at the same time; both cannot be true.</source>
        <translation>{first} и {second}: по одному сообщению человек в это время был мёртв, по другому — жив; оба не могут быть верны.</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="139"/>
        <source>{first} and {second}: at the same time the person is reported held prisoner in {captured_place} and free or in hospital in {free_place}.</source>
        <translation>{first} и {second}: по сообщениям, в одно и то же время человек находится в плену (место: {captured_place}) и на свободе или в госпитале (место: {free_place}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/timeline/sentences.py" line="108"/>
        <source>{first} and {second}: a person reported dead was reported alive %n day(s) later.</source>
        <translation>
            <numerusform>{first} и {second}: человека, о гибели которого сообщили, через %n день назвали живым.</numerusform>
            <numerusform>{first} и {second}: человека, о гибели которого сообщили, через %n дня назвали живым.</numerusform>
            <numerusform>{first} и {second}: человека, о гибели которого сообщили, через %n дней назвали живым.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/timeline/sentences.py" line="120"/>
        <source>{first} and {second}: a person reported dead was reported alive at least %n day(s) later.</source>
        <translation>
            <numerusform>{first} и {second}: человека, о гибели которого сообщили, не меньше чем через %n день назвали живым.</numerusform>
            <numerusform>{first} и {second}: человека, о гибели которого сообщили, не меньше чем через %n дня назвали живым.</numerusform>
            <numerusform>{first} и {second}: человека, о гибели которого сообщили, не меньше чем через %n дней назвали живым.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/timeline/sentences.py" line="157"/>
        <source>The official status was set to “{status}” on {since}, after {report} had reached us; it has disagreed with that report for %n day(s).</source>
        <translation>
            <numerusform>Официальный статус «{status}» установлен {since}, уже после того, как к нам поступило {report}; расхождение с этим сообщением длится %n день.</numerusform>
            <numerusform>Официальный статус «{status}» установлен {since}, уже после того, как к нам поступило {report}; расхождение с этим сообщением длится %n дня.</numerusform>
            <numerusform>Официальный статус «{status}» установлен {since}, уже после того, как к нам поступило {report}; расхождение с этим сообщением длится %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/timeline/sentences.py" line="164"/>
        <source>The official status still says “{status}” %n day(s) after {report} reached us on {since}.</source>
        <translation>
            <numerusform>Официальный статус по-прежнему «{status}», хотя {since} к нам поступило {report}; с тех пор прошёл %n день.</numerusform>
            <numerusform>Официальный статус по-прежнему «{status}», хотя {since} к нам поступило {report}; с тех пор прошло %n дня.</numerusform>
            <numerusform>Официальный статус по-прежнему «{status}», хотя {since} к нам поступило {report}; с тех пор прошло %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/timeline/sentences.py" line="174"/>
        <source>Nothing new for %n day(s): no report and no answer to an inquiry since {since}.</source>
        <translation>
            <numerusform>Ничего нового уже %n день: с {since} нет ни сообщений, ни ответов на запросы.</numerusform>
            <numerusform>Ничего нового уже %n дня: с {since} нет ни сообщений, ни ответов на запросы.</numerusform>
            <numerusform>Ничего нового уже %n дней: с {since} нет ни сообщений, ни ответов на запросы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="181"/>
        <source>alive after death</source>
        <translation>жив после гибели</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="182"/>
        <source>same-time conflict</source>
        <translation>противоречие в одно время</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="183"/>
        <source>official status behind the facts</source>
        <translation>официальный статус отстаёт от фактов</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="184"/>
        <source>no news for a long time</source>
        <translation>давно нет новостей</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="187"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="188"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../caseworker/timeline/sentences.py" line="189"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="151"/>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="80"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="82"/>
        <source>Show a shorter time, in more detail (Ctrl+wheel)</source>
        <translation>Показать более короткий период подробнее (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="85"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="86"/>
        <source>Show a longer time (Ctrl+wheel)</source>
        <translation>Показать более длинный период (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="88"/>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="89"/>
        <source>Show every report at once</source>
        <translation>Показать все сообщения сразу</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="93"/>
        <source>Show retracted</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="96"/>
        <source>Show retracted reports, faded; they never count in the analysis</source>
        <translation>Показывать отозванные сообщения бледными; в анализе они не учитываются</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="103"/>
        <source>Export picture…</source>
        <translation>Картинка PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="106"/>
        <source>Save the timeline as a PNG picture, e.g. for a letter to the authorities</source>
        <translation>Сохранить хронологию как изображение PNG, например для письма в официальные органы</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="186"/>
        <source>Mark explained…</source>
        <translation>Отметить как объяснённое…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="188"/>
        <source>Set the contradiction aside with a note</source>
        <translation>Отложить противоречие с пояснением</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="189"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_parts.py" line="192"/>
        <source>Withdraw the explanation: it counts as open again</source>
        <translation>Отменить объяснение: противоречие снова будет считаться открытым</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="91"/>
        <source>The reports suggest nothing yet.</source>
        <translation>Из сообщений пока ничего не следует.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="93"/>
        <source>The reports suggest: {status}, but they are contested.</source>
        <translation>По сообщениям: {status}, но они противоречат друг другу.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="96"/>
        <source>The reports suggest: {status}.</source>
        <translation>По сообщениям: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="145"/>
        <source>Timeline {name}</source>
        <translation>Хронология {name}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="149"/>
        <source>Export the timeline as a picture</source>
        <translation>Сохранение хронологии как изображения</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="165"/>
        <source>Picture saved: {path} ({width} × {height} pixels)</source>
        <translation>Изображение сохранено: {path} ({width} × {height} пикс.)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="132"/>
        <source>The picture could not be saved to {path}: {reason}</source>
        <translation>Не удалось сохранить изображение в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_actions.py" line="133"/>
        <source>unknown reason</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="278"/>
        <source>Reminder: {sentence} Ask again, or call the family.</source>
        <extracomment>The user selected a report in the timeline (the case view follows in its table). The user clicked an inquiry on the timeline (the case view shows it on its tab).</extracomment>
        <translation>Напоминание: {sentence} Отправьте запрос повторно или позвоните семье.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="290"/>
        <source>Add a sought person to the case to see their timeline.</source>
        <translation>Добавьте в дело разыскиваемого, чтобы увидеть его хронологию.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="293"/>
        <source>No reports about {name} yet. Add them on the Reports tab.</source>
        <translation>Сообщений пока нет ({name}). Добавьте их на вкладке «Сообщения».</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="346"/>
        <source>Explained by {who}: {note}</source>
        <translation>Объяснение ({who}): {note}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="347"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="351"/>
        <source>These reports do not contradict each other.</source>
        <translation>Эти сообщения не противоречат друг другу.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/timeline_panel.py" line="367"/>
        <source>Contradictions: %n open</source>
        <translation>
            <numerusform>Противоречия: %n открытое</numerusform>
            <numerusform>Противоречия: %n открытых</numerusform>
            <numerusform>Противоречия: %n открытых</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_panel.py" line="369"/>
        <source>contested</source>
        <translation>спорно</translation>
    </message>
</context>
<context>
    <name>TimelinePicture</name>
    <message>
        <location filename="../../ui/timeline/picture.py" line="53"/>
        <source>Case {reference} · timeline made on {day}</source>
        <extracomment>A &quot;fit all&quot; shows at least three weeks, so that a single report does not fill the width.</extracomment>
        <translation>Дело {reference} · хронология составлена {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/picture.py" line="57"/>
        <source>Timeline made on {day}</source>
        <translation>Хронология составлена {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/picture.py" line="58"/>
        <source>Sought person #{id}</source>
        <translation>Разыскиваемый № {id}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline/timeline_canvas.py" line="177"/>
        <source>Choose a sought person to see the reports about them in time order.</source>
        <extracomment>The report under the mouse changed (an id, or None). The first and last day in view changed (two ``date`` objects).</extracomment>
        <translation>Выберите разыскиваемого, чтобы увидеть сообщения о нём в хронологическом порядке.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_canvas.py" line="182"/>
        <source>No reports about this person yet.

Add what the family, the unit, the authorities or anyone else has said, and each report appears here in time order.</source>
        <translation>Сообщений об этом человеке пока нет.

Добавьте то, что сообщили семья, воинская часть, официальные органы или кто-либо ещё, — каждое сообщение появится здесь в хронологическом порядке.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_canvas.py" line="188"/>
        <source>Every report about this person has been retracted. Show retracted reports to see them.</source>
        <translation>Все сообщения об этом человеке отозваны. Включите показ отозванных, чтобы их увидеть.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/timeline_canvas.py" line="231"/>
        <source>The picture could not be written to {path}: {reason}</source>
        <translation>Не удалось записать изображение в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/paint_backdrop.py" line="137"/>
        <location filename="../../ui/timeline/painter.py" line="49"/>
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/paint_backdrop.py" line="71"/>
        <source>Officially: {status}</source>
        <translation>Официально: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/paint_backdrop.py" line="75"/>
        <source>Officially: {status}, since {day}</source>
        <translation>Официально: {status} с {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/paint_backdrop.py" line="103"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="96"/>
        <source>credible (A–C and 1–3)</source>
        <extracomment>Explains the inquiries&apos; strip: listed only where the strip is drawn.</extracomment>
        <translation>достоверное (A–C и 1–3)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="99"/>
        <source>middling grade</source>
        <translation>средняя оценка</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="100"/>
        <source>weak (E–F or 5–6)</source>
        <translation>слабое (E–F или 5–6)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="104"/>
        <source>alive, wounded, captured, released</source>
        <translation>жив, ранен, в плену, освобождён</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="109"/>
        <source>killed, remains found</source>
        <translation>погиб, найдены останки</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="122"/>
        <source>contradiction</source>
        <translation>противоречие</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="123"/>
        <source>explained</source>
        <translation>объяснено</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="124"/>
        <source>retracted</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="127"/>
        <source>inquiry sent</source>
        <translation>запрос отправлен</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="128"/>
        <source>answered</source>
        <translation>ответ получен</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/legend.py" line="129"/>
        <source>past the due date</source>
        <translation>после срока ответа</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="25"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="28"/>
        <source>Grade: {grade} ({reliability}; {credibility})</source>
        <translation>Оценка: {grade} ({reliability}; {credibility})</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="40"/>
        <source>Place: {place}</source>
        <translation>Место: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="48"/>
        <source>Relays report {id}</source>
        <translation>Повторяет сообщение {id}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="57"/>
        <source>Retracted</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="59"/>
        <source>Report {id}</source>
        <translation>Сообщение {id}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="71"/>
        <source>Sent on {day}</source>
        <translation>Отправлен {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="77"/>
        <source>Registered on {day}</source>
        <translation>Зарегистрирован {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="85"/>
        <source>Answer due by {day}</source>
        <translation>Срок ответа — {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="92"/>
        <source>Answered on {day}</source>
        <translation>Ответ получен {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="97"/>
        <source>Closed on {day}</source>
        <translation>Закрыт {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="99"/>
        <source>Forwarded on {day}</source>
        <translation>Переслан {day}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="104"/>
        <source>Past the longest time the law allows</source>
        <translation>Прошёл и самый долгий срок, который допускает закон</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="106"/>
        <source>About the whole case</source>
        <translation>О деле в целом</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="110"/>
        <source>The answer is report {id}</source>
        <translation>Ответ записан как сообщение {id}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tooltip.py" line="115"/>
        <source>Inquiry {id}</source>
        <translation>Запрос {id}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/inquiry_strip.py" line="214"/>
        <source>Inquiries</source>
        <translation>Запросы</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <location filename="../../ui/worklist/today.py" line="44"/>
        <source>&amp;Today</source>
        <extracomment>Changes come in bursts (an import, an undo of several steps): one count after them.</extracomment>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/today.py" line="48"/>
        <source>Today&apos;s work list: overdue inquiries, answers due, families waiting (Ctrl+T)</source>
        <translation>Дела на сегодня: просроченные запросы, ожидаемые ответы, семьи, ждущие вестей (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/today.py" line="54"/>
        <source>Inquiries past their due date, in all cases</source>
        <translation>Запросы с истёкшим сроком ответа, по всем делам</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/today.py" line="87"/>
        <source>Overdue inquiries: {count}</source>
        <translation>Просроченных запросов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/today.py" line="145"/>
        <source>Ctrl+T: back to today&apos;s work list</source>
        <translation>Ctrl+T — вернуться к списку дел на сегодня</translation>
    </message>
</context>
<context>
    <name>ToldDialog</name>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="41"/>
        <source>What the family was told · {case}</source>
        <translation>Что сказали семье · {case}</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="44"/>
        <source>Told</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="46"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="48"/>
        <source>On</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="49"/>
        <source>By</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="50"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="54"/>
        <source>What</source>
        <translation>Что сказали</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="55"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="63"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="64"/>
        <source>— the case as a whole —</source>
        <translation>— о деле в целом —</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="67"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="70"/>
        <source>Tell anyway, with a reason</source>
        <translation>Всё равно записать, указав причину</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="76"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/family/told_dialog.py" line="114"/>
        <source>Record anyway</source>
        <translation>Всё равно записать</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ui/undo_commands.py" line="119"/>
        <source>“{action}” can no longer be undone: the record was changed after it, by an import or in another window. Nothing was changed now. The step leaves the undo history; the other steps in it stay.</source>
        <translation>«{action}» больше нельзя отменить: запись изменилась после этого — при импорте или в другом окне. Сейчас ничего не изменено. Этот шаг убран из истории отмены, остальные шаги в ней остаются.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="126"/>
        <source>“{action}” can no longer be redone: the record was changed after it was undone, by an import or in another window. Nothing was changed now. The step leaves the undo history; the other steps in it stay.</source>
        <translation>«{action}» больше нельзя повторить: запись изменилась после отмены — при импорте или в другом окне. Сейчас ничего не изменено. Этот шаг убран из истории отмены, остальные шаги в ней остаются.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="166"/>
        <source>Edit case {reference}</source>
        <translation>изменение дела {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="171"/>
        <source>Edit relative {name}</source>
        <translation>изменение данных родственника ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="176"/>
        <source>Edit sought person {name}</source>
        <translation>изменение данных разыскиваемого ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/undo_commands.py" line="181"/>
        <source>Edit report: {description}</source>
        <translation>изменение сообщения ({description})</translation>
    </message>
</context>
<context>
    <name>UndoControls</name>
    <message>
        <location filename="../../ui/undo_controls.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="41"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="58"/>
        <source>Undo</source>
        <extracomment>Says what the last change that Undo cannot take back was (hidden when none).</extracomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="61"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="112"/>
        <source>Undo “{step}” ({keys})</source>
        <extracomment>The status bar&apos;s word on the last change that cannot be undone.</extracomment>
        <translation>Отменить «{step}» ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="113"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="116"/>
        <source>Redo “{step}” ({keys})</source>
        <translation>Повторить «{step}» ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="117"/>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="128"/>
        <source>{action} cannot be undone.</source>
        <translation>{action} нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="132"/>
        <source>That change cannot be undone.</source>
        <translation>Это изменение нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_controls.py" line="135"/>
        <source>Undo would take back an earlier edit: “{step}”.</source>
        <translation>Отмена вернёт более раннее изменение: «{step}».</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="77"/>
        <source>Database passphrase</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="92"/>
        <source>Caseworker was locked after a time without use, and the database “{name}” hidden. Type its passphrase to go on.</source>
        <extracomment>The database&apos;s keys, once the dialog is accepted. When the throttle&apos;s wait ends (set from the checking thread).</extracomment>
        <translation>Caseworker заблокирован после перерыва в работе, база данных «{name}» скрыта. Чтобы продолжить, введите её пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="96"/>
        <source>The database “{name}” is protected with a passphrase.</source>
        <translation>База данных «{name}» защищена паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="116"/>
        <location filename="../../ui/security/unlock_dialog.py" line="146"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="119"/>
        <source>E&amp;xit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="140"/>
        <source>&amp;Set the passphrase and open</source>
        <translation>&amp;Сменить пароль и открыть</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="153"/>
        <source>I have written it down: &amp;open the database</source>
        <translation>Код записан: &amp;открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="193"/>
        <source>Type the passphrase.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="205"/>
        <source>Type the recovery code from the paper.</source>
        <translation>Введите код восстановления, записанный на бумаге.</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="213"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/unlock_dialog.py" line="243"/>
        <source>Wait %n s: several wrong tries in a row.</source>
        <translation>
            <numerusform>Подождите %n с: несколько неверных попыток подряд.</numerusform>
            <numerusform>Подождите %n с: несколько неверных попыток подряд.</numerusform>
            <numerusform>Подождите %n с: несколько неверных попыток подряд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="260"/>
        <source>Checking the recovery code and setting the new passphrase…</source>
        <translation>Проверка кода восстановления и смена пароля…</translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="262"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="43"/>
        <source>Upgrading the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/upgrade_notice.py" line="46"/>
        <source>The database {name} is being upgraded for this version of Caseworker. A backup copy is saved beside it first. On a large database this takes a few minutes; please do not switch the computer off.</source>
        <translation>База данных {name} обновляется для этой версии программы. Сначала рядом с ней сохраняется резервная копия. На большой базе это займёт несколько минут; пожалуйста, не выключайте компьютер.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../caseworker/services/assessments.py" line="54"/>
        <source>Say why you judge the status so: the rationale is required.</source>
        <translation>Объясните, почему вы так оцениваете статус: обоснование обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="41"/>
        <source>These reports are not all about this person.</source>
        <translation>Не все эти сообщения относятся к этому человеку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="82"/>
        <source>Write down why this contradiction is explained.</source>
        <translation>Запишите, чем объясняется это противоречие.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/explanations.py" line="125"/>
        <source>This contradiction is not marked explained.</source>
        <translation>Это противоречие не отмечено как объяснённое.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/fields.py" line="52"/>
        <source>{what} must be chosen.</source>
        <translation>Выберите значение в поле «{what}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/fields.py" line="67"/>
        <source>“{value}” is not a valid {what}; use one of: {allowed}.</source>
        <translation>«{value}» — недопустимое значение поля «{what}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/fields.py" line="93"/>
        <location filename="../../caseworker/services/published_lists.py" line="120"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="311"/>
        <source>{what} must be given.</source>
        <translation>Заполните поле «{what}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="93"/>
        <source>A report cannot be derived from itself.</source>
        <translation>Сообщение не может повторять само себя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="100"/>
        <source>Report {id} is not a report about the same person.</source>
        <translation>Сообщение {id} относится к другому человеку.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="159"/>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="321"/>
        <source>A report&apos;s claim cannot be changed. Retract this report with a reason and add a new one.</source>
        <translation>Утверждение сообщения изменить нельзя. Отзовите это сообщение, указав причину, и добавьте новое.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="199"/>
        <source>Say why the report is retracted.</source>
        <translation>Укажите причину отзыва сообщения.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/reports.py" line="202"/>
        <source>This report is already retracted.</source>
        <translation>Это сообщение уже отозвано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/text.py" line="75"/>
        <source>The text is %n character(s) long; this field takes at most {limit}.</source>
        <extracomment>The longest texts kept: a name, a one-line field, a note (what one spreadsheet cell holds).</extracomment>
        <translation>
            <numerusform>В тексте %n знак; в этом поле помещается не больше {limit}.</numerusform>
            <numerusform>В тексте %n знака; в этом поле помещается не больше {limit}.</numerusform>
            <numerusform>В тексте %n знаков; в этом поле помещается не больше {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="112"/>
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="118"/>
        <source>“{text}” is not a phone number: it has {count} digits.</source>
        <translation>«{text}» — не номер телефона: количество цифр — {count}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="173"/>
        <source>{what} must not be empty.</source>
        <translation>Поле «{what}» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/text.py" line="162"/>
        <source>{what} contains control characters.</source>
        <translation>Поле «{what}» содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/evidence.py" line="107"/>
        <source>The capture time lies in the future.</source>
        <translation>Время съёмки указано в будущем.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="111"/>
        <source>Keep the family informed every 1 to {most} days; “{value}” is not such a number.</source>
        <translation>Сообщать семье новости нужно каждые 1–{most} дней; «{value}» — не такое число.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="162"/>
        <location filename="../../caseworker/services/family_log.py" line="295"/>
        <source>Person {id} is not sought in this case.</source>
        <translation>Человек {id} не разыскивается в этом деле.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="168"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="306"/>
        <source>The case has no sought person to tell the family about.</source>
        <translation>В деле нет разыскиваемого человека, о котором можно сообщить семье.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="224"/>
        <source>Relative {id} is not a relative of case {case}.</source>
        <translation>Родственник {id} не относится к делу {case}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/family_log.py" line="287"/>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="301"/>
        <source>Say which sought person the family was told about: case {case} has several.</source>
        <translation>Укажите, о ком из разыскиваемых сообщили семье: в деле {case} их несколько.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../caseworker/labels.py" line="36"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="37"/>
        <source>located</source>
        <translation>найден</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="38"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="39"/>
        <location filename="../../caseworker/labels.py" line="48"/>
        <location filename="../../caseworker/labels.py" line="85"/>
        <location filename="../../caseworker/labels.py" line="149"/>
        <source>alive</source>
        <translation>жив</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="40"/>
        <source>wounded, in hospital</source>
        <translation>ранен, в госпитале</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="41"/>
        <source>captured (prisoner of war)</source>
        <translation>в плену</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="42"/>
        <source>released</source>
        <translation>освобождён</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="43"/>
        <location filename="../../caseworker/labels.py" line="84"/>
        <location filename="../../caseworker/labels.py" line="152"/>
        <source>killed</source>
        <translation>погиб</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="44"/>
        <source>remains recovered</source>
        <translation>останки найдены</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="45"/>
        <source>remains identified</source>
        <translation>останки опознаны</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="46"/>
        <location filename="../../caseworker/labels.py" line="81"/>
        <source>missing</source>
        <translation>пропал без вести</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="47"/>
        <source>no information</source>
        <translation>нет сведений</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="49"/>
        <location filename="../../caseworker/labels.py" line="161"/>
        <source>dead</source>
        <translation>погиб</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="50"/>
        <location filename="../../caseworker/labels.py" line="162"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="51"/>
        <source>asserts nothing</source>
        <translation>ничего не утверждает</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="52"/>
        <source>official</source>
        <translation>официальный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="53"/>
        <source>unit</source>
        <translation>воинская часть</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="54"/>
        <source>comrade</source>
        <translation>сослуживец</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="55"/>
        <source>opposing side</source>
        <translation>противоположная сторона</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="56"/>
        <location filename="../../caseworker/labels.py" line="139"/>
        <source>hospital</source>
        <translation>госпиталь</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="57"/>
        <source>Red Cross</source>
        <translation>Красный Крест (МККК)</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="58"/>
        <source>ombudsman</source>
        <translation>уполномоченный по правам человека</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="59"/>
        <source>published list</source>
        <translation>опубликованный список</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="60"/>
        <source>media (video, photo, post)</source>
        <translation>СМИ и соцсети (видео, фото, пост)</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="61"/>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="62"/>
        <source>research</source>
        <translation>собственный поиск</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="63"/>
        <location filename="../../caseworker/labels.py" line="100"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="64"/>
        <source>A: completely reliable</source>
        <translation>A: полностью надёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="65"/>
        <source>B: usually reliable</source>
        <translation>B: обычно надёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="66"/>
        <source>C: fairly reliable</source>
        <translation>C: довольно надёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="67"/>
        <source>D: not usually reliable</source>
        <translation>D: обычно ненадёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="68"/>
        <source>E: unreliable</source>
        <translation>E: ненадёжный</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="69"/>
        <source>F: reliability cannot be judged</source>
        <translation>F: надёжность нельзя оценить</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="70"/>
        <source>1: confirmed by other sources</source>
        <translation>1: подтверждено другими источниками</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="73"/>
        <source>2: probably true</source>
        <translation>2: вероятно, верно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="74"/>
        <source>3: possibly true</source>
        <translation>3: возможно, верно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="75"/>
        <source>4: doubtful</source>
        <translation>4: сомнительно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="76"/>
        <source>5: improbable</source>
        <translation>5: маловероятно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="77"/>
        <source>6: truth cannot be judged</source>
        <translation>6: достоверность нельзя оценить</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="80"/>
        <source>no official status</source>
        <translation>официального статуса нет</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="82"/>
        <location filename="../../caseworker/labels.py" line="151"/>
        <location filename="../../caseworker/labels.py" line="160"/>
        <source>captured</source>
        <translation>в плену</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="83"/>
        <source>wounded</source>
        <translation>ранен</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="86"/>
        <source>exact day</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="87"/>
        <source>month only</source>
        <translation>только месяц</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="88"/>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="89"/>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="90"/>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="91"/>
        <source>wife</source>
        <translation>жена</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="92"/>
        <source>husband</source>
        <translation>муж</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="93"/>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="94"/>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="95"/>
        <source>son</source>
        <translation>сын</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="96"/>
        <source>daughter</source>
        <translation>дочь</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="97"/>
        <source>sister</source>
        <translation>сестра</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="98"/>
        <source>brother</source>
        <translation>брат</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="99"/>
        <source>grandparent</source>
        <translation>дедушка или бабушка</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="101"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="102"/>
        <location filename="../../caseworker/labels.py" line="108"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="103"/>
        <location filename="../../caseworker/labels.py" line="109"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="104"/>
        <location filename="../../caseworker/labels.py" line="111"/>
        <source>extended</source>
        <translation>срок продлён</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="105"/>
        <location filename="../../caseworker/labels.py" line="110"/>
        <source>forwarded</source>
        <translation>перенаправлен</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="106"/>
        <location filename="../../caseworker/labels.py" line="112"/>
        <source>answered</source>
        <translation>получен ответ</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="126"/>
        <source>prosecutor&apos;s office</source>
        <translation>прокуратура</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="154"/>
        <source>copy of the letter sent</source>
        <translation>копия отправленного письма</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="157"/>
        <source>scanned answer</source>
        <translation>скан ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="158"/>
        <source>alive and free</source>
        <translation>жив, на свободе</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="150"/>
        <location filename="../../caseworker/labels.py" line="159"/>
        <source>wounded or in hospital</source>
        <translation>ранен или в госпитале</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="107"/>
        <location filename="../../caseworker/labels.py" line="113"/>
        <source>closed without an answer</source>
        <translation>закрыт без ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="116"/>
        <source>post</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="117"/>
        <source>e-appeal portal</source>
        <translation>портал электронных обращений</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="118"/>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="119"/>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="120"/>
        <source>hotline</source>
        <translation>горячая линия</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="121"/>
        <source>military commissariat</source>
        <translation>военный комиссариат</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="124"/>
        <source>military unit</source>
        <translation>воинская часть</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="125"/>
        <source>Ministry of Defence</source>
        <translation>Министерство обороны</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="127"/>
        <source>Investigative Committee</source>
        <translation>Следственный комитет</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="130"/>
        <source>Human Rights Commissioner</source>
        <translation>Уполномоченный по правам человека</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="133"/>
        <source>President&apos;s reception office</source>
        <translation>Приёмная Президента</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="136"/>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="137"/>
        <source>Red Cross society</source>
        <translation>общество Красного Креста</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="138"/>
        <source>ICRC</source>
        <translation>МККК</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="140"/>
        <source>body of the other side</source>
        <translation>орган другой стороны</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="141"/>
        <source>other office</source>
        <translation>другая организация</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="142"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="143"/>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="144"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="145"/>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="146"/>
        <source>report received</source>
        <translation>получено сообщение</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="147"/>
        <source>inquiry sent</source>
        <translation>отправлен запрос</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="148"/>
        <source>answer received</source>
        <translation>получен ответ</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="153"/>
        <source>no news</source>
        <translation>новостей нет</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="163"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="164"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="165"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="166"/>
        <source>sent by messenger</source>
        <translation>прислано в мессенджере</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="167"/>
        <source>sent by email</source>
        <translation>прислано по эл. почте</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="168"/>
        <source>handed over by the family</source>
        <translation>передано семьёй</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="171"/>
        <source>downloaded</source>
        <translation>скачано</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="172"/>
        <source>screenshot</source>
        <translation>снимок экрана</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="173"/>
        <source>letter received</source>
        <translation>получено письмом</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="174"/>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="175"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="176"/>
        <source>audio</source>
        <translation>аудио</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="177"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="178"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../caseworker/labels.py" line="179"/>
        <source>other file</source>
        <translation>другой файл</translation>
    </message>
</context>
<context>
    <name>WorkList</name>
    <message>
        <location filename="../../ui/worklist/model.py" line="46"/>
        <source>{title} ({count})</source>
        <extracomment>The row&apos;s :class:`WorkRow` (None on a heading). The section a heading or a row belongs to. A section&apos;s heading: the section, how many rows it shows and has in all (``None``: more, not counted).</extracomment>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="48"/>
        <source>{title} ({count} shown, more not counted)</source>
        <translation>{title} (показано {count}, остальные не подсчитаны)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="51"/>
        <source>{title} ({count} shown of {total})</source>
        <translation>{title} (показано {count} из {total})</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="61"/>
        <source>never told</source>
        <translation>не сообщали</translation>
    </message>
</context>
<context>
    <name>WorkListModel</name>
    <message>
        <location filename="../../ui/worklist/model.py" line="68"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="69"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="70"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="71"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/model.py" line="72"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>WorkListPaper</name>
    <message>
        <location filename="../../ui/worklist/paper.py" line="26"/>
        <source>Work list for {day}</source>
        <translation>Дела на {day}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/paper.py" line="76"/>
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/paper.py" line="77"/>
        <source>Caseworker · made on {day}</source>
        <translation>Caseworker · составлено {day}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/paper.py" line="90"/>
        <source>Print the work list</source>
        <translation>Печать списка дел</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/paper.py" line="93"/>
        <source>The work list could not be printed: {reason}</source>
        <translation>Список дел не удалось напечатать: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkListWindow</name>
    <message>
        <location filename="../../ui/worklist/window.py" line="63"/>
        <source>Today&apos;s work list</source>
        <extracomment>Fits a 1280 x 800 screen beside the main window&apos;s frame. The rows each section shows at most, the most urgent (more need &quot;Show every row&quot;). A change is followed by one reading this long after the last of a burst.</extracomment>
        <translation>Дела на сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="68"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="69"/>
        <source>Compute the work list again (F5)</source>
        <translation>Составить список дел заново (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="70"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="71"/>
        <source>Open the case at this row (Enter, double-click)</source>
        <translation>Открыть дело на этой строке (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="74"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="76"/>
        <source>Protect with a pass&amp;word</source>
        <translation>Защитить па&amp;ролем</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="79"/>
        <source>The workbook asks for a password when it is opened; it is typed at export</source>
        <translation>Книга спросит пароль при открытии; его вводят при выгрузке</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="81"/>
        <source>Show &amp;every row</source>
        <translation>Показать &amp;все строки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/window.py" line="85"/>
        <source>Each section shows its %n most urgent rows; show every row of every section (slower on a large database)</source>
        <translation>
            <numerusform>В каждом разделе показана %n самая срочная строка; показать все строки всех разделов (на большой базе медленнее)</numerusform>
            <numerusform>В каждом разделе показаны %n самые срочные строки; показать все строки всех разделов (на большой базе медленнее)</numerusform>
            <numerusform>В каждом разделе показаны %n самых срочных строк; показать все строки всех разделов (на большой базе медленнее)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="182"/>
        <source>Reading the work list…</source>
        <translation>Список дел составляется…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/window.py" line="200"/>
        <source>On {day}: %Ln overdue</source>
        <translation>
            <numerusform>На {day}: просрочен %Ln</numerusform>
            <numerusform>На {day}: просрочено %Ln</numerusform>
            <numerusform>На {day}: просрочено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/window.py" line="217"/>
        <source>at least %Ln to act on</source>
        <translation>
            <numerusform>не менее %Ln пункта</numerusform>
            <numerusform>не менее %Ln пунктов</numerusform>
            <numerusform>не менее %Ln пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/window.py" line="218"/>
        <source>%Ln to act on in all</source>
        <translation>
            <numerusform>всего %Ln пункт</numerusform>
            <numerusform>всего %Ln пункта</numerusform>
            <numerusform>всего %Ln пунктов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="223"/>
        <source>The work list could not be read.</source>
        <translation>Список дел не удалось составить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist/window.py" line="288"/>
        <source>The work list was sent to the printer (%n pages).</source>
        <translation>
            <numerusform>Список дел отправлен на печать (%n страница).</numerusform>
            <numerusform>Список дел отправлен на печать (%n страницы).</numerusform>
            <numerusform>Список дел отправлен на печать (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="297"/>
        <source>Work list {day}</source>
        <translation>Дела на {day}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="300"/>
        <source>Export the work list to Excel</source>
        <translation>Выгрузить список дел в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="302"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="325"/>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>Не удалось записать книгу в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist/window.py" line="331"/>
        <source>Work list saved: {path}</source>
        <translation>Список дел сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message numerus="yes">
        <location filename="../../caseworker/cli/worklist.py" line="86"/>
        <source>due on {day}, %n day(s) overdue</source>
        <translation>
            <numerusform>срок {day}, просрочен на %n день</numerusform>
            <numerusform>срок {day}, просрочен на %n дня</numerusform>
            <numerusform>срок {day}, просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="91"/>
        <source>due on {day}</source>
        <translation>срок {day}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="94"/>
        <source>answered on {day}</source>
        <translation>ответ получен {day}</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="102"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="47"/>
        <source>Overdue inquiries</source>
        <translation>Просроченные запросы</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="106"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="48"/>
        <source>Answers due within 7 days</source>
        <translation>Ответы, ожидаемые в ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="110"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="49"/>
        <source>Answers not recorded as reports</source>
        <translation>Ответы, не внесённые как сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="114"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="50"/>
        <source>Drafts not sent</source>
        <translation>Неотправленные черновики</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="118"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="51"/>
        <source>Families not told within their interval</source>
        <translation>Семьи, которым давно ничего не сообщали</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/cli/worklist.py" line="124"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="222"/>
        <source>%n day(s) without news</source>
        <translation>
            <numerusform>%n день без вестей</numerusform>
            <numerusform>%n дня без вестей</numerusform>
            <numerusform>%n дней без вестей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/services/worklist_rows.py" line="189"/>
        <source>{person} (applicant {relative})</source>
        <translation>{person} (заявитель: {relative})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/services/worklist_rows.py" line="198"/>
        <source>no answer, %n day(s) overdue</source>
        <translation>
            <numerusform>ответа нет, просрочен на %n день</numerusform>
            <numerusform>ответа нет, просрочен на %n дня</numerusform>
            <numerusform>ответа нет, просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/services/worklist_rows.py" line="200"/>
        <source>; very overdue: past the longest legal term</source>
        <translation>; сильно просрочен: прошёл предельный срок по закону</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/services/worklist_rows.py" line="204"/>
        <source>answer due in %n day(s)</source>
        <translation>
            <numerusform>ответ ожидается через %n день</numerusform>
            <numerusform>ответ ожидается через %n дня</numerusform>
            <numerusform>ответ ожидается через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/services/worklist_rows.py" line="206"/>
        <source>answer due today</source>
        <translation>ответ ожидается сегодня</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/worklist_rows.py" line="210"/>
        <source>answered; record the answer as a report</source>
        <translation>ответ получен; внесите его как сообщение</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/worklist_rows.py" line="213"/>
        <source>draft, not sent</source>
        <translation>черновик, не отправлен</translation>
    </message>
    <message>
        <location filename="../../caseworker/services/worklist_rows.py" line="224"/>
        <source>; never told anything</source>
        <translation>; им ещё ничего не сообщали</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="131"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="54"/>
        <source>No news for a long time</source>
        <translation>Давно нет новостей</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="138"/>
        <location filename="../../caseworker/services/worklist_rows.py" line="55"/>
        <source>Official status behind the facts</source>
        <translation>Официальный статус отстаёт от фактов</translation>
    </message>
    <message>
        <location filename="../../caseworker/cli/worklist.py" line="165"/>
        <source>Nothing to do today.</source>
        <translation>На сегодня дел нет.</translation>
    </message>
</context>
<context>
    <name>WorklistExport</name>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="24"/>
        <source>Section</source>
        <extracomment>The columns: heading and width in characters.</extracomment>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="25"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="26"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="27"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="28"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="29"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="30"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../../caseworker/worklist_export.py" line="73"/>
        <source>Work list {day}</source>
        <translation>Дела на {day}</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <location filename="../../ui/write_wait_notice.py" line="35"/>
        <source>Waiting for the database server: a colleague or another program is saving (an import, perhaps). Your change will be saved as soon as it is done.</source>
        <translation>Ожидание сервера базы данных: сохраняет коллега или другая программа (возможно, идёт импорт). Ваше изменение будет сохранено, как только они закончат.</translation>
    </message>
    <message>
        <location filename="../../ui/write_wait_notice.py" line="41"/>
        <source>Waiting for the database: another window or program is saving (an import, perhaps). Your change will be saved as soon as it is done.</source>
        <translation>Ожидание базы данных: другое окно или программа сохраняет данные (возможно, идёт импорт). Ваше изменение будет сохранено, как только оно закончит.</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <location filename="../../caseworker/xlsx/importing/apply.py" line="53"/>
        <source>Choose for each conflict whether to keep the database&apos;s value or take the workbook&apos;s; nothing was imported.</source>
        <translation>Для каждого конфликта выберите, оставить значение из базы данных или взять из книги; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/apply.py" line="125"/>
        <source>The workbook has {count} invalid cells; fix them and import it again. Nothing was imported.</source>
        <translation>Ошибочных ячеек в книге: {count}; исправьте их и импортируйте книгу снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/apply.py" line="201"/>
        <source>Some of the workbook&apos;s new rows were imported meanwhile, in another window; nothing was imported. Import the workbook again to see what is left.</source>
        <translation>Часть новых строк книги тем временем импортирована в другом окне; ничего не импортировано. Импортируйте книгу снова, чтобы увидеть, что осталось.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/writer.py" line="67"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="241"/>
        <source>Another row has the same key; clear the key of a copied row to add it as a new record.</source>
        <translation>У другой строки такой же ключ; очистите ключ в скопированной строке, чтобы добавить её как новую запись.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="259"/>
        <source>No record with this key is in this database; clear the key to add the row as a new record.</source>
        <translation>В этой базе данных нет записи с таким ключом; очистите ключ, чтобы добавить строку как новую запись.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="67"/>
        <source>status of an inquiry</source>
        <translation>статус запроса</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="82"/>
        <source>The relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="95"/>
        <source>{reference} → {addressee}</source>
        <translation>{reference} → {addressee}</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="99"/>
        <source>{reference} {relative}: {what}, {day}</source>
        <translation>{reference} {relative}: {what}, {day}</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="125"/>
        <source>Since the export the program has recorded this inquiry as “{status}”; what the row adds before that is not recorded: {values}.</source>
        <translation>После выгрузки в программе этот запрос уже отмечен как «{status}»; то, что строка добавляет к более раннему ходу запроса, не записано: {values}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="131"/>
        <source>The program has recorded this inquiry as “{status}”, and a course that has ended takes no earlier step; what the row adds before that is not recorded: {values}.</source>
        <translation>В программе этот запрос уже отмечен как «{status}»: ход запроса завершён, и более ранние шаги к нему не добавляются. Не записано: {values}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="144"/>
        <source>The claim, event date and grades of an answer recorded as a report are the report&apos;s: correct them on the Reports sheet or in the program. Not applied from this row: {values}.</source>
        <translation>Утверждение, дата события и оценки ответа, внесённого как сообщение, — это данные сообщения: исправляйте их на листе «Сообщения» или в программе. Из этой строки не применено: {values}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="197"/>
        <source>{record} (a sensitive addressee)</source>
        <translation>{record} (адресат, требующий осторожности)</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="215"/>
        <source>There is no addressee “{name}” in the directory; add it there first, or write its name as the directory has it.</source>
        <translation>Адресата «{name}» нет в справочнике; сначала добавьте его туда или напишите название так, как оно записано в справочнике.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="255"/>
        <source>No relative of case {reference} is called “{name}”.</source>
        <translation>В деле {reference} нет родственника по имени «{name}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="257"/>
        <source>Case {reference} has several people called “{name}”.</source>
        <translation>В деле {reference} несколько человек по имени «{name}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="278"/>
        <source>The inquiry names no sought person and the case has several: record this answer in the program, which asks whom it is about.</source>
        <translation>В запросе не указан разыскиваемый, а в деле их несколько: внесите этот ответ в программе — она спросит, о ком он.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="394"/>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="330"/>
        <source>The hidden version cell is empty.</source>
        <translation>Скрытая ячейка версии пуста.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="416"/>
        <source>Entries of the family log cannot be changed; add a new row for what was told since.</source>
        <translation>Записи журнала семьи изменять нельзя; добавьте новую строку о том, что сообщили с тех пор.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="412"/>
        <source>A case&apos;s reference cannot be changed.</source>
        <translation>Номер дела изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="420"/>
        <source>A record cannot be moved to another case or person by an import; it belongs to {reference}.</source>
        <translation>При импорте запись нельзя перенести в другое дело или к другому человеку; она относится к {reference}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="428"/>
        <source>The case reference is missing.</source>
        <translation>Не указан номер дела.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="451"/>
        <source>There is no such person.</source>
        <translation>Такого человека нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_planner.py" line="253"/>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="464"/>
        <source>No sought person of case {reference} is called “{name}”.</source>
        <translation>В деле {reference} нет разыскиваемого по имени «{name}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="466"/>
        <source>Say which sought person of case {reference} this report is about.</source>
        <translation>Укажите, о каком разыскиваемом по делу {reference} это сообщение.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="481"/>
        <source>This reference is already used; give the new case a reference of its own, such as NEW-1, or none.</source>
        <translation>Этот номер уже занят; дайте новому делу собственный номер, например NEW-1, или оставьте его пустым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="65"/>
        <source>Caseworker: offline entry template</source>
        <translation>Caseworker: шаблон для автономного ввода</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="67"/>
        <source>Caseworker: exported cases</source>
        <translation>Caseworker: экспортированные дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="73"/>
        <source>Edit the rows, or add rows without a key for new records, then import the workbook in Caseworker. Rows deleted here are not deleted in the program.</source>
        <translation>Измените строки или добавьте строки без ключа для новых записей, затем импортируйте книгу в Caseworker. Строки, удалённые здесь, в программе не удаляются.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="78"/>
        <source>Keep the sheet names and the header rows as they are, and do not write formulas: the import refuses them.</source>
        <translation>Не меняйте названия листов и строки заголовков и не вводите формулы: импорт их не примет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="83"/>
        <source>Choose values from the dropdown lists. The import also takes them typed in English or in Russian, in any letter case.</source>
        <translation>Значения выбирайте из выпадающих списков. Импорт принимает их и набранными вручную, по-русски или по-английски, в любом регистре.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="129"/>
        <source>Not on the list</source>
        <translation>Нет в списке</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/readme.py" line="130"/>
        <source>This is not one of the values on the list. The import also takes them in English or in Russian; anything else it refuses.</source>
        <translation>Этого значения нет в списке. Импорт принимает значения списка по-русски или по-английски; всё остальное он не примет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/columns.py" line="72"/>
        <source>Hidden stable key; empty on a new row.</source>
        <translation>Скрытый постоянный ключ; в новой строке пуст.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/columns.py" line="85"/>
        <source>Hidden version of the record when it was exported.</source>
        <translation>Скрытая версия записи на момент выгрузки.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/columns.py" line="98"/>
        <source>Hidden fingerprint of the row as exported, to tell which rows were edited.</source>
        <translation>Скрытый отпечаток строки при выгрузке, чтобы узнать, какие строки изменены.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="106"/>
        <source>“{name}” is {size:.1f} MB; the import takes files up to {limit:.1f} MB.</source>
        <translation>Файл «{name}» занимает {size:.1f} МБ; загрузить можно файлы до {limit:.1f} МБ.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="125"/>
        <source>“{name}” is password-protected or encrypted (or an old .xls file). Save it without a password as an Excel workbook (.xlsx) and import it again.</source>
        <translation>Файл «{name}» защищён паролем или зашифрован (или это старый файл .xls). Сохраните его без пароля как книгу Excel (.xlsx) и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="57"/>
        <source>“{name}” is not an Excel workbook (.xlsx).</source>
        <translation>Файл «{name}» — не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/protect.py" line="54"/>
        <source>“{name}” is protected with a password; give its password to import it.</source>
        <extracomment>Hashing rounds a workbook may ask for before its password is tried: Excel and LibreOffice write 100,000; a file asking for billions would hold the import for hours. A part this big needs the zip&apos;s 64-bit sizes (said before it is written).</extracomment>
        <translation>Книга «{name}» защищена паролем; чтобы загрузить её, укажите пароль.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/protect.py" line="61"/>
        <source>The password of this workbook is not right.</source>
        <translation>Пароль этой книги неверен.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/protect.py" line="68"/>
        <source>The password is empty; type a password.</source>
        <translation>Пароль пуст; введите пароль.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="43"/>
        <location filename="../../caseworker/xlsx/protect.py" line="217"/>
        <source>“{name}” is damaged and cannot be read as a workbook.</source>
        <translation>Файл «{name}» повреждён, прочитать его как книгу Excel нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="50"/>
        <source>“{name}” unpacks to more data than the import takes.</source>
        <translation>Файл «{name}» после распаковки больше, чем можно загрузить.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="74"/>
        <source>There is no file “{name}”.</source>
        <translation>Файла «{name}» нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="77"/>
        <source>“{name}” cannot be opened for reading.</source>
        <translation>Файл «{name}» не удаётся открыть для чтения.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="80"/>
        <source>“{name}” is a folder, not a workbook.</source>
        <translation>«{name}» — это папка, а не книга Excel.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="82"/>
        <source>“{name}” is not a regular file (it is a pipe, a socket or a device); choose a workbook saved on disk.</source>
        <translation>«{name}» — не обычный файл (это канал, сокет или устройство); выберите книгу, сохранённую на диске.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="246"/>
        <source>Sheet “{sheet}” is damaged or was not made by a spreadsheet program (after row {row}).</source>
        <translation>Лист «{sheet}» повреждён или создан не программой электронных таблиц (после строки {row}).</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/container.py" line="258"/>
        <source>“{name}” holds a text longer than the import takes.</source>
        <translation>В файле «{name}» есть текст длиннее, чем можно загрузить.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/reader.py" line="186"/>
        <source>The sheet “{sheet}” is not one of Caseworker&apos;s sheets.</source>
        <extracomment>Who reads the cells&apos; values: python-calamine, or the XML reader cell by cell in Python (which calamine leaves every sheet that is not ordinary to; kept whole for the tests). Work done while calamine parses, given the workbook as read so far (the sheets calamine has yet to parse missing, no exported cases yet) and the number of rows of each sheet. The sheet as it was exported when it was for reading only: its rows are not read. The fields of columns added since the workbook was exported (see ``IMPORTABLE_BEFORE``): empty in every row, left as the program has them.</extracomment>
        <translation>Лист «{sheet}» не из книги Caseworker.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/reader.py" line="191"/>
        <source>The sheets “{first}” and “{second}” are the same sheet in two languages; keep one of them.</source>
        <translation>Листы «{first}» и «{second}» — один и тот же лист на двух языках; оставьте один из них.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/reader.py" line="210"/>
        <source>The sheet “{sheet}” is missing.</source>
        <translation>Нет листа «{sheet}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/reader.py" line="373"/>
        <source>Sheet “{sheet}”, column {column}: the header should be “{expected}”, not “{found}”.</source>
        <translation>Лист «{sheet}», столбец {column}: заголовок должен быть «{expected}», а не «{found}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/reader.py" line="386"/>
        <source>Sheet “{sheet}”, column {column}: “{found}” is not one of Caseworker&apos;s columns.</source>
        <translation>Лист «{sheet}», столбец {column}: «{found}» — не столбец Caseworker.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/reader.py" line="418"/>
        <source>Sheet “{sheet}” has more than {limit} rows; the import takes at most {limit}.</source>
        <translation>На листе «{sheet}» больше {limit} строк; загрузить можно не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="94"/>
        <source>“{name}” holds more than {limit} different texts; the import takes at most {limit}.</source>
        <translation>В файле «{name}» больше {limit} разных текстов; загрузить можно не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="122"/>
        <source>Sheet “{sheet}” has more than {limit} cells; the import takes at most {limit}.</source>
        <translation>На листе «{sheet}» больше {limit} ячеек; загрузить можно не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="156"/>
        <source>Sheet “{sheet}”: “{value}” is not a row number a spreadsheet has, or is out of order; the file is damaged.</source>
        <translation>Лист «{sheet}»: «{value}» — не номер строки электронной таблицы или строка стоит не по порядку; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="199"/>
        <source>Sheet “{sheet}”, cell {cell} holds a formula. Replace formulas with their values (copy, paste values) and import again.</source>
        <translation>Лист «{sheet}», ячейка {cell}: в ней формула. Замените формулы значениями (копировать, вставить значения) и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="229"/>
        <source>Sheet “{sheet}”, cell {cell} holds the error {value}. Replace it with a value or clear the cell, and import again.</source>
        <translation>Лист «{sheet}», ячейка {cell}: в ней ошибка {value}. Замените её значением или очистите ячейку и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="239"/>
        <source>Sheet “{sheet}”, cell {cell} has a kind of value (“{value}”) that spreadsheets do not write; the file is damaged.</source>
        <translation>Лист «{sheet}», ячейка {cell}: значение такого типа («{value}») электронные таблицы не записывают; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="259"/>
        <source>Sheet “{sheet}”, cell {cell} is marked as a number but holds “{value}”; the file is damaged.</source>
        <translation>Лист «{sheet}», ячейка {cell}: отмечена как число, но содержит «{value}»; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="284"/>
        <source>Sheet “{sheet}”, cell {cell} refers to a shared text that is not in the file; the file is damaged.</source>
        <translation>Лист «{sheet}», ячейка {cell}: ссылается на общий текст, которого в файле нет; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="299"/>
        <source>Sheet “{sheet}”, cell {cell} is marked as true or false but holds “{value}”; the file is damaged.</source>
        <translation>Лист «{sheet}», ячейка {cell}: отмечена как «истина или ложь», но содержит «{value}»; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/sheet_xml.py" line="311"/>
        <source>Sheet “{sheet}”, row {row}: “{value}” is not a cell of this row in a spreadsheet; the file is damaged.</source>
        <translation>Лист «{sheet}», строка {row}: «{value}» — не ячейка этой строки электронной таблицы; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="52"/>
        <source>The case this row belongs to, e.g. 2026-0042.</source>
        <translation>Дело, к которому относится строка, например 2026-0042.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="59"/>
        <source>Free notes.</source>
        <translation>Свободные заметки.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="65"/>
        <source>One row per case (a family&apos;s request). A new case may carry a reference of your own, such as NEW-1, for the other sheets to point at; it gets a real one on import.</source>
        <translation>Одна строка на дело (обращение семьи). Новому делу можно дать свой номер, например NEW-1, чтобы на него ссылались другие листы; настоящий номер оно получит при загрузке.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="77"/>
        <source>The case reference; fixed once given.</source>
        <translation>Номер дела; после присвоения не меняется.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="83"/>
        <source>The family, e.g. Шумовы. Required.</source>
        <translation>Семья, например Шумовы. Обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="89"/>
        <source>The family&apos;s region.</source>
        <translation>Регион семьи.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="95"/>
        <source>open, located or closed.</source>
        <translation>открыто, найден или закрыто.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="100"/>
        <source>The caseworker in charge.</source>
        <translation>Ответственный сотрудник.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="105"/>
        <source>What is to be done next.</source>
        <translation>Что сделать дальше.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="111"/>
        <source>When the next action is due.</source>
        <translation>Срок следующего шага.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="116"/>
        <source>When the case was opened.</source>
        <translation>Когда дело открыто.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="123"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="131"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="331"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="339"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="347"/>
        <source>For reading.</source>
        <translation>Только для чтения.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="139"/>
        <source>Family members in contact with us, with their consent and DNA samples.</source>
        <translation>Родственники, с которыми мы на связи, их согласия и образцы ДНК.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="150"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="188"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="193"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="299"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="514"/>
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="158"/>
        <source>Relation to the sought person.</source>
        <translation>Родство с разыскиваемым.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="167"/>
        <source>When consent to process data was given.</source>
        <translation>Когда дано согласие на обработку данных.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="179"/>
        <source>The sought persons, one row each.</source>
        <translation>Разыскиваемые, по одной строке на человека.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="199"/>
        <source>Other spellings, e.g. in Latin.</source>
        <translation>Другие написания, например латиницей.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="205"/>
        <source>The day, or only the month (03.1992) or the year (1992) if that is all.</source>
        <translation>День или только месяц (03.1992) или год (1992), если известно лишь это.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="227"/>
        <source>What the authorities officially say.</source>
        <translation>Что официально сообщают власти.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="238"/>
        <source>Reports about the sought persons. Add a row (without key) for each new report; a report is never deleted here: retract it in the program.</source>
        <translation>Сообщения о разыскиваемых. Для каждого нового сообщения добавьте строку (без ключа); сообщения здесь не удаляются: отзовите его в программе.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="251"/>
        <source>The sought person&apos;s full name, as on the Persons sheet; may stay empty when the case has one person.</source>
        <translation>ФИО разыскиваемого, как на листе «Разыскиваемые»; можно не заполнять, если в деле один разыскиваемый.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="262"/>
        <source>Hidden key of the person.</source>
        <translation>Скрытый ключ разыскиваемого.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="272"/>
        <source>What the report claims. Required; fixed once saved.</source>
        <translation>Что утверждает сообщение. Обязательно; после сохранения не меняется.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="278"/>
        <source>When it happened: a day, a month (2026-04), about a day (~2026-04-02) or a period (2026-04-02..2026-04-10).</source>
        <translation>Когда это произошло: день, месяц (2026-04), примерно день (~2026-04-02) или период (2026-04-02..2026-04-10).</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="288"/>
        <source>When the source said it.</source>
        <translation>Когда источник это сообщил.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="293"/>
        <source>When we received it.</source>
        <translation>Когда мы это получили.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="304"/>
        <source>Who exactly said it.</source>
        <translation>Кто именно это сообщил.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="313"/>
        <source>Source reliability A (completely reliable) to F (cannot be judged).</source>
        <translation>Надёжность источника от A (полностью надёжный) до F (нельзя оценить).</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="321"/>
        <source>Information credibility 1 (confirmed) to 6 (cannot be judged).</source>
        <translation>Достоверность сведений от 1 (подтверждено) до 6 (нельзя оценить).</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="355"/>
        <source>Hidden key of the report this one relays.</source>
        <translation>Скрытый ключ сообщения, которое это пересказывает.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="363"/>
        <source>For reading: changes on this sheet are not imported.</source>
        <translation>Только для чтения: изменения на этом листе не загружаются.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="367"/>
        <source>Inquiries to offices and their course. Add a row (without key) for a new inquiry; on an inquiry&apos;s row fill in what happened since: the sent day, the registration, the answer (with its claim it becomes a report, as in the program), or the status closed with its reason. A recorded step is never changed or taken back here; extensions and forwardings are recorded in the program.</source>
        <translation>Запросы в ведомства и их ход. Для нового запроса добавьте строку (без ключа); в строке запроса впишите, что произошло с тех пор: дату отправки, регистрацию, ответ (с утверждением он станет сообщением, как в программе) или статус «закрыт» с причиной. Записанный шаг здесь не изменяется и не отменяется; продление и пересылку записывайте в программе.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="383"/>
        <source>The office, by its name in the program&apos;s directory. Required.</source>
        <translation>Ведомство, по названию в справочнике программы. Обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="391"/>
        <source>The sought person the inquiry is about, by full name as on the Persons sheet; may stay empty.</source>
        <translation>Разыскиваемый, о котором запрос, полным именем как на листе «Разыскиваемые»; можно не заполнять.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="401"/>
        <source>The relative on whose behalf it is written, by full name as on the Relatives sheet; empty: on behalf of the organisation.</source>
        <translation>Родственник, от имени которого написан запрос, полным именем как на листе «Родственники»; пусто — от имени организации.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="412"/>
        <source>How it was sent; post when empty.</source>
        <translation>Как отправлен; если пусто — почтой.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="417"/>
        <source>Empty while it is a draft.</source>
        <translation>Пусто, пока это черновик.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="423"/>
        <source>The office&apos;s registration number.</source>
        <translation>Регистрационный номер ведомства.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="428"/>
        <source>When the office registered it.</source>
        <translation>Когда ведомство его зарегистрировало.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="434"/>
        <source>Where its course stands; closed (with a reason) closes it unanswered.</source>
        <translation>На каком этапе запрос; «закрыт без ответа» (с причиной) закрывает его.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="444"/>
        <source>What the answer says happened to the person: with it the answer becomes a report on the timeline, the addressee as its source. Empty: no report.</source>
        <translation>Что, по словам ответа, случилось с человеком: с ним ответ станет сообщением на ленте событий, источник — адресат. Пусто — без сообщения.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="454"/>
        <source>When it happened, as the answer says; the answer&apos;s day when empty.</source>
        <translation>Когда это случилось, по словам ответа; если пусто — день ответа.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="463"/>
        <source>The report&apos;s source reliability A-F, with a claim.</source>
        <translation>Надёжность источника сообщения, A–F; вместе с утверждением.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="469"/>
        <source>The report&apos;s information credibility 1-6, with a claim.</source>
        <translation>Достоверность сведений сообщения, 1–6; вместе с утверждением.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="474"/>
        <source>Why it was closed without an answer.</source>
        <translation>Почему запрос закрыт без ответа.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="483"/>
        <source>What each relative was told, when, how and by whom. Add a row (without key) for each new entry; entries are never changed. Telling of a death needs a credible basis in the reports, or a written override reason.</source>
        <translation>Что, когда, как и кем сообщили каждому родственнику. Для каждой новой записи добавьте строку (без ключа); записи не изменяются. Сообщение о гибели требует достоверного основания в сообщениях или письменной причины.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="496"/>
        <source>The relative who was told, by full name as on the Relatives sheet.</source>
        <translation>Родственник, которому сообщили, полным именем как на листе «Родственники».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="504"/>
        <source>Whom the news was about, by full name as on the Persons sheet; needed for a death when the case has several.</source>
        <translation>О ком была весть, полным именем как на листе «Разыскиваемые»; для сообщения о гибели обязательно, если в деле их несколько.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="519"/>
        <source>Who told them. Required.</source>
        <translation>Кто сообщил. Обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="525"/>
        <source>A call when empty.</source>
        <translation>Если пусто — звонок.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="531"/>
        <source>What they were told. Required.</source>
        <translation>Что сообщили. Обязательно.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="537"/>
        <source>Telling of a death without a credible basis: the caseworker&apos;s written reason.</source>
        <translation>Сообщение о гибели без достоверного основания: письменная причина сотрудника.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="560"/>
        <source>The file&apos;s fingerprint.</source>
        <translation>Отпечаток (хеш) файла.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="568"/>
        <source>Bytes.</source>
        <translation>Байт.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="583"/>
        <source>yes when the content is distressing.</source>
        <translation>«да», если содержимое шокирующее.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="608"/>
        <source>The caseworker&apos;s note, when explained.</source>
        <translation>Пояснение сотрудника, если противоречие объяснено.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/process.py" line="39"/>
        <source>The export stopped because the cases could not be read ({detail}). No file was written.</source>
        <translation>Выгрузка остановлена: не удалось прочитать дела ({detail}). Файл не записан.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/lookups.py" line="223"/>
        <location filename="../../caseworker/xlsx/importing/planner.py" line="503"/>
        <source>{reference} {person}: {claim}, {event}</source>
        <translation>{reference} {person}: {claim}, {event}</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="74"/>
        <source>new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="107"/>
        <source>step: {status}</source>
        <translation>шаг: {status}</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="116"/>
        <source>The answer is recorded without a report; the work list will ask to record it as a report.</source>
        <translation>Ответ записывается без сообщения; в списке дел появится напоминание внести его как сообщение.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="130"/>
        <source>repeats row {row} of this workbook</source>
        <translation>повторяет строку {row} этой книги</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="132"/>
        <source>already imported on {day} from “{file}”</source>
        <translation>уже импортировано {day} из «{file}»</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="135"/>
        <source>already in the database</source>
        <translation>уже есть в базе</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/preview.py" line="143"/>
        <source>This workbook was already imported on {day} by {who}; rows imported then are not created again.</source>
        <translation>Эта книга уже импортирована {day} ({who}); строки, импортированные тогда, повторно не создаются.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseworker/xlsx/export/values.py" line="51"/>
        <source>A text on the sheet {sheet} has %n character(s), more than a spreadsheet cell holds ({limit}); it begins “{start}…”. Shorten it in the program and export again. No file was written.</source>
        <extracomment>The most characters a spreadsheet cell holds; a longer text would be cut by Excel.</extracomment>
        <translation>
            <numerusform>Текст на листе «{sheet}» длиной %n знак — больше, чем помещается в ячейку таблицы ({limit}); он начинается так: «{start}…». Сократите его в программе и повторите выгрузку. Файл не записан.</numerusform>
            <numerusform>Текст на листе «{sheet}» длиной %n знака — больше, чем помещается в ячейку таблицы ({limit}); он начинается так: «{start}…». Сократите его в программе и повторите выгрузку. Файл не записан.</numerusform>
            <numerusform>Текст на листе «{sheet}» длиной %n знаков — больше, чем помещается в ячейку таблицы ({limit}); он начинается так: «{start}…». Сократите его в программе и повторите выгрузку. Файл не записан.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/export/values.py" line="94"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="116"/>
        <source>The program has “{old}” here, recorded in the inquiry&apos;s course; an import does not change or take back what is recorded.</source>
        <extracomment>The fields each step is made of; a step is recorded only when all of them are taken. What the answer says, as the report it becomes (with a claim only). The values each step records, the first naming it: a conflict takes or keeps them all. The status each step leaves the inquiry in (the preview names the step by it). Fields only a new row gives; on an inquiry&apos;s row they stay as recorded. Fields a step records once; after that they stay as recorded. A new inquiry as the course starts it, before its row is read.</extracomment>
        <translation>В программе здесь «{old}», это записано в ходе запроса; импорт не изменяет и не отменяет записанное.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="149"/>
        <source>This cannot be changed on an inquiry&apos;s row: the row adds the steps of its course. For another addressee or person, add a new inquiry.</source>
        <translation>В строке запроса это изменить нельзя: строка лишь добавляет шаги его хода. Для другого адресата или человека добавьте новый запрос.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="248"/>
        <source>The program has recorded this answer without a report; record the report in the program: the work list shows the answer under “Answers not recorded as reports”.</source>
        <translation>В программе этот ответ записан без сообщения; внесите сообщение в программе: в списке дел ответ стоит в разделе «Ответы, не внесённые как сообщения».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="256"/>
        <source>The claim is what the answer says: give the answer&apos;s day and text too.</source>
        <translation>Утверждение — это то, что сказано в ответе: укажите и дату, и текст ответа.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="279"/>
        <source>The program recorded the registration on {day} without their number, and a recorded step is not changed: the number cannot be added to it.</source>
        <translation>В программе регистрация записана {day} без их номера, а записанный шаг не изменяется: добавить к нему номер нельзя.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="288"/>
        <source>Give the registration day too: their number is recorded with the registration.</source>
        <translation>Укажите и дату регистрации: их номер записывается вместе с регистрацией.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="297"/>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="343"/>
        <source>Set the status to closed to close the inquiry with a reason.</source>
        <translation>Чтобы закрыть запрос с причиной, поставьте статус «закрыт без ответа».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="324"/>
        <source>Give the claim too: the event&apos;s day and the grades are those of the report the answer becomes, which needs a claim.</source>
        <translation>Укажите и утверждение: дата события и оценки относятся к сообщению, которым станет ответ, а без утверждения сообщения нет.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="360"/>
        <source>An inquiry&apos;s course does not go back: the program has it as “{stored}”, the workbook as “{wanted}”.</source>
        <translation>Ход запроса не идёт назад: в программе он «{stored}», в книге — «{wanted}».</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="369"/>
        <source>Record an extension or a forwarding in the program, with the new due date or the new addressee.</source>
        <translation>Продление или пересылку записывайте в программе, с новым сроком или новым адресатом.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/inquiry_course.py" line="378"/>
        <source>The status says “{wanted}”, but the row does not give that step&apos;s day; fill it in.</source>
        <translation>Статус — «{wanted}», но в строке нет даты этого шага; впишите её.</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/importing/course_apply.py" line="60"/>
        <source>{sheet} row {row} ({record}): {reason}</source>
        <extracomment>Where a new parent row is, by sheet: the applier&apos;s ``parent_id``.</extracomment>
        <translation>{sheet}, строка {row} ({record}): {reason}</translation>
    </message>
</context>
<context>
    <name>XlsxColumn</name>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="50"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="56"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="75"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="81"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="87"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="92"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="431"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="98"/>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="103"/>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="109"/>
        <source>Next action due</source>
        <translation>Срок следующего шага</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="114"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="121"/>
        <source>Sought persons</source>
        <translation>Разыскиваемые</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="129"/>
        <source>Last report</source>
        <translation>Последнее сообщение</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="148"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="186"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="152"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="191"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="153"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="195"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="155"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="160"/>
        <source>Relation note</source>
        <translation>Уточнение родства</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="161"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="162"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="163"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="165"/>
        <source>Consent on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="169"/>
        <source>Consent scope</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="170"/>
        <source>DNA collected on</source>
        <translation>Дата взятия образца ДНК</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="171"/>
        <source>DNA lab</source>
        <translation>Лаборатория ДНК</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="172"/>
        <source>DNA sample ref</source>
        <translation>Номер образца ДНК</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="197"/>
        <source>Name variants</source>
        <translation>Варианты имени</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="202"/>
        <source>Born on</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="210"/>
        <source>Birth place</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="211"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="212"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="213"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="214"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="215"/>
        <source>Call sign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="216"/>
        <source>Last contact on</source>
        <translation>Дата последней связи</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="218"/>
        <source>Last contact place</source>
        <translation>Место последней связи</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="221"/>
        <source>Last contact channel</source>
        <translation>Канал последней связи</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="224"/>
        <source>Official status</source>
        <translation>Официальный статус</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="230"/>
        <source>Official status on</source>
        <translation>Дата официального статуса</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="249"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="601"/>
        <source>Person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="259"/>
        <source>Person key</source>
        <translation>Ключ разыскиваемого</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="269"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="441"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="275"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="451"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="286"/>
        <source>Stated on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="291"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="296"/>
        <source>Source kind</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="302"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="307"/>
        <source>Source contact</source>
        <translation>Контакт источника</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="308"/>
        <source>Document ref</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="310"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="460"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="318"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="466"/>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="325"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="326"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="329"/>
        <source>Entered by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="336"/>
        <source>Retracted at</source>
        <translation>Когда отозвано</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="345"/>
        <source>Retraction reason</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="352"/>
        <source>Derived from</source>
        <translation>Повторяет сообщение</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="381"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="389"/>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="502"/>
        <source>Sought person</source>
        <translation>Разыскиваемый</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="399"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="409"/>
        <source>Channel</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="415"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="419"/>
        <source>Our reference</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="421"/>
        <source>Their reference</source>
        <translation>Их номер</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="426"/>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="438"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="439"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="472"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="494"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="512"/>
        <source>Told on</source>
        <translation>Дата сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="517"/>
        <source>Told by</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="522"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="528"/>
        <source>What</source>
        <translation>Что сообщили</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="533"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="535"/>
        <source>Override reason</source>
        <translation>Причина в обход проверки</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="555"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="557"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="563"/>
        <source>Media type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="565"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="572"/>
        <source>How obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="574"/>
        <source>Source URL</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="576"/>
        <source>Captured at</source>
        <translation>Время съёмки</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="578"/>
        <source>Added by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="579"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="581"/>
        <source>Graphic</source>
        <translation>Шокирующее содержимое</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="587"/>
        <source>Removed at</source>
        <translation>Когда удалено</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="602"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="603"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="604"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="606"/>
        <source>Explained</source>
        <translation>Объяснено</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/columns.py" line="69"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/columns.py" line="82"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/columns.py" line="95"/>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="64"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="138"/>
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="178"/>
        <source>Persons</source>
        <translation>Разыскиваемые</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="237"/>
        <source>Reports</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="366"/>
        <source>Inquiries</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="482"/>
        <source>Family log</source>
        <translation>Журнал семьи</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="547"/>
        <source>Evidence</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="595"/>
        <source>Contradictions</source>
        <translation>Противоречия</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="640"/>
        <source>Read me</source>
        <translation>Как заполнять</translation>
    </message>
    <message>
        <location filename="../../caseworker/xlsx/workbook/schema.py" line="641"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
</context>
</TS>
