"""A reader's window on a team's server (issue 15): it reads every case without an error,
"My cases" uses the login's name, and saving is refused with a sentence."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from caseworker.actor import acting_as_login, current_actor
from caseworker.db import open_database
from caseworker.services import cases
from tests.postgres.team_server import CASEWORKER, COORDINATOR, NAMES, READER, staffed_team
from tests.postgres_server import PostgresServer
from tests.ui.conftest import shown_main_window, window_context
from tests.ui.fixtures_case import click_ok, fill
from tests.ui.scripted_prompts import ScriptedPrompts
from ui import case_actions
from ui.case_list_model import CaseColumn
from ui.dialogs.record_dialog import RecordDialog


def test_a_readers_window_reads_and_is_refused_saving(
    qtbot: QtBot, postgres_server: PostgresServer, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    with staffed_team(postgres_server, tmp_path) as team:
        references = [
            team.cli(CASEWORKER, "case", "add", "--family", family).stdout.strip()
            for family in ("Шумовы", "Ершовы")
        ]
        assigned = team.cli(
            COORDINATOR, "case", "assign", "--case", references[0], "--to", NAMES[READER]
        )
        assert assigned.returncode == 0, assigned.stderr
        database = open_database(team.url(READER))
        errors: list[BaseException] = []
        prompts.answer_error = errors.append
        try:
            with acting_as_login(database):
                actor = current_actor()
            context = window_context(database, actor, prompts)
            window = shown_main_window(qtbot, context)
            model = window.case_model
            assert model.rowCount() == 2
            window.open_case(model.case_id(0))
            qtbot.waitUntil(
                lambda: (
                    "Шумовы" in window.case_view.title_label.text()
                    or "Ершовы" in window.case_view.title_label.text()
                )
            )
            window.case_list.mine_filter.click()
            families = {
                model.index(row, CaseColumn.FAMILY).data() for row in range(model.rowCount())
            }
            assert families == {"Шумовы"}
            assert errors == []

            said: list[str] = []

            def save_refused(dialog: RecordDialog) -> None:
                fill(qtbot, dialog, {"family_name": "Лесковы"})
                click_ok(qtbot, dialog)
                said.append(dialog.error_label.text())

            prompts.dialogs.then(save_refused)
            assert case_actions.new_case(window, context) is None
            assert len(said) == 1 and "may not make this change" in said[0]
            assert "nothing was saved" in said[0]
            with database.read() as session:
                assert (
                    cases.get_case_by_reference(session, references[0]).assigned_to == NAMES[READER]
                )
            window.close()
        finally:
            database.dispose()
