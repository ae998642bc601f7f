"""The team's roles on a real server: ``server init|add-user|grant`` made by the owner, and
what each role may and may not do (issue 15)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caseworker.team.scram import scram_verifier
from tests.cli_runner import refused, run
from tests.postgres.team_server import (
    CASEWORKER,
    COORDINATOR,
    NAMES,
    OWNER,
    READER,
    ROLES,
    Team,
    staffed_team,
)
from tests.postgres_server import PostgresServer


@pytest.fixture(scope="module")
def team(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Team]:
    with staffed_team(postgres_server, tmp_path_factory.mktemp("passwords")) as team:
        yield team


def groups_of(team: Team, login: str) -> set[str]:
    rows = team.sql(
        "SELECT grp.rolname FROM pg_auth_members m JOIN pg_roles grp ON grp.oid = m.roleid "
        f"JOIN pg_roles login ON login.oid = m.member WHERE login.rolname = '{login}'"
    )
    return {str(row[0]) for row in rows}


def test_init_twice_makes_nothing_twice(team: Team) -> None:
    again = team.cli(OWNER, "server", "init")
    assert again.returncode == 0, again.stderr
    assert "Made the role" not in again.stderr
    assert again.stderr.count("was there already") == 3
    groups = team.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'caseworker\\_%'")
    assert sorted(str(row[0]) for row in groups) == [
        "caseworker_caseworker",
        "caseworker_coordinator",
        "caseworker_reader",
    ]


def test_each_login_has_its_name_and_one_role(team: Team) -> None:
    for login in (READER, CASEWORKER, COORDINATOR):
        [(comment,)] = team.sql(
            f"SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = '{login}'"
        )
        assert comment == NAMES[login]
        assert groups_of(team, login) == {f"caseworker_{ROLES[login]}"}
    listed = team.cli(OWNER, "server", "users")
    assert listed.returncode == 0, listed.stderr
    assert f"{CASEWORKER}\tcaseworker\tИванова М." in listed.stdout.splitlines()


def test_password_is_stored_as_a_scram_verifier(team: Team) -> None:
    [(stored,)] = team.sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{CASEWORKER}'")
    assert str(stored).startswith("SCRAM-SHA-256$4096:")


@pytest.mark.parametrize(
    "password",
    [
        "Пароль с пробелом 1",
        "ёлка\u00a0Ёж\u00ad 2",  # a no-break space, a soft hyphen: SASLprep maps them
        "\ufb01ve \u2460",  # a ligature and a circled digit: NFKC unfolds them
        "control\u0007bell",  # a control character: used as it is
    ],
)
def test_our_verifier_is_the_servers_own(team: Team, password: str) -> None:
    """The server's verifier of a password, made again here with its salt: the same."""
    literal = password.replace("'", "''")
    team.sql("SET password_encryption = 'scram-sha-256'")
    team.sql(f"CREATE ROLE scram_probe PASSWORD '{literal}'")
    try:
        [(server_made,)] = team.sql(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'scram_probe'"
        )
    finally:
        team.sql("DROP ROLE scram_probe")
    iterations, salt = str(server_made).split("$")[1].split(":")
    ours = scram_verifier(password, salt=base64.b64decode(salt), iterations=int(iterations))
    assert ours == server_made


def test_add_user_twice_brings_the_login_up_to_date(team: Team, tmp_path: Path) -> None:
    again = team.add_user(tmp_path, "sidorova", "Сидорова Е.", "reader")
    assert again.returncode == 0, again.stderr
    renamed = team.add_user(tmp_path, "sidorova", "Сидорова Е. В.", "caseworker")
    assert renamed.returncode == 0, renamed.stderr
    assert "was there already" in renamed.stderr
    assert groups_of(team, "sidorova") == {"caseworker_caseworker"}
    assert team.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'sidorova'") == [(1,)]


def test_grant_moves_a_login_to_another_role(team: Team, tmp_path: Path) -> None:
    assert team.add_user(tmp_path, "orlov", "Орлов Д.", "caseworker").returncode == 0
    moved = team.cli(OWNER, "server", "grant", "orlov", "--role", "coordinator")
    assert moved.returncode == 0, moved.stderr
    assert "was caseworker and is now coordinator" in moved.stderr
    assert groups_of(team, "orlov") == {"caseworker_coordinator"}


@pytest.mark.parametrize(
    ("login", "says"),
    [
        ("postgres", "not one of the team's"),
        (OWNER, "not one of the team's"),
        ("Ivanova M", "cannot be a login"),
        ("caseworker_reader", "name of a team's role"),
    ],
)
def test_add_user_refuses_logins_not_the_teams(
    team: Team, tmp_path: Path, login: str, says: str
) -> None:
    assert says in refused(team.add_user(tmp_path, login, "Кто-то", "reader"))


def test_grant_of_an_unknown_login_is_a_sentence(team: Team) -> None:
    message = refused(team.cli(OWNER, "server", "grant", "nobody", "--role", "reader"))
    assert "no login “nobody”" in message


def test_a_new_login_without_password_file_off_a_terminal_is_refused(team: Team) -> None:
    message = refused(
        team.cli(
            OWNER, "server", "add-user", "kuznetsov", "--name", "Кузнецов И.", "--role", "reader"
        )
    )
    assert "--password-file" in message
    assert team.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'kuznetsov'") == [(0,)]


def test_a_volunteer_may_not_set_up_the_server(team: Team) -> None:
    message = refused(team.cli(CASEWORKER, "server", "init"))
    assert "Only the server's owner" in message


def test_server_commands_on_sqlite_say_they_need_postgresql(tmp_path: Path) -> None:
    message = refused(run(None, "--db", str(tmp_path / "own.sqlite"), "server", "init"))
    assert "PostgreSQL" in message


def connect(team: Team, login: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        host=str(team.server.socket_folder), port=5432, user=login, dbname=team.database
    )


@pytest.mark.parametrize("login", [CASEWORKER, COORDINATOR])
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entries SET actor = 'Кто-то'",
        "DELETE FROM audit_entries",
        "TRUNCATE audit_entries",
    ],
)
def test_nobody_may_change_the_audit_trail(team: Team, login: str, statement: str) -> None:
    with connect(team, login) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)


def test_the_reader_only_reads(team: Team) -> None:
    with connect(team, READER) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone() is not None
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM search_entries")


def test_nobody_but_the_owner_changes_the_schema_revision(team: Team) -> None:
    with (
        connect(team, COORDINATOR) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute("UPDATE alembic_version SET version_num = '0001'")


def test_the_reader_still_says_which_case_it_has_open(team: Team) -> None:
    from caseworker.db import open_database
    from caseworker.services import presence

    [(case_id,)] = team.sql(
        "INSERT INTO cases (reference, family_name, status, opened_on, uuid, version, "
        "created_at, updated_at) VALUES ('2026-9001', 'Чайкины', 'open', '2026-05-01', "
        "'00000000-0000-4000-8000-000000009001', 1, now(), now()) RETURNING id"
    )
    database = open_database(team.url(READER))
    try:
        # As the window writes it: a side write, no team write lock.
        with database.side_write() as session:
            presence.touch(session, int(str(case_id)), NAMES[READER])
        with database.read() as session:
            assert presence.others_on(session, int(str(case_id)), "Иванова М.") == [NAMES[READER]]
        with database.side_write() as session:
            presence.leave(session, int(str(case_id)), NAMES[READER])
    finally:
        database.dispose()


def test_a_password_is_asked_twice_at_a_terminal(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import sys

    answers = iter(["first password", "other password"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": next(answers))
    message = refused(
        team.cli(OWNER, "server", "add-user", "belova", "--name", "Белова Н.", "--role", "reader")
    )
    assert "differ" in message
    assert team.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'belova'") == [(0,)]
    answers = iter(["same password", "same password"])
    added = team.cli(
        OWNER, "server", "add-user", "belova", "--name", "Белова Н.", "--role", "reader"
    )
    assert added.returncode == 0, added.stderr
    assert groups_of(team, "belova") == {"caseworker_reader"}


def test_a_login_without_a_name_on_the_server_writes_as_itself(team: Team) -> None:
    from caseworker.actor import login_name
    from caseworker.db import open_database

    team.sql("CREATE ROLE lebedev LOGIN IN ROLE caseworker_caseworker")
    team.sql("GRANT CONNECT ON DATABASE " + team.database + " TO lebedev")
    for login, expected in (("lebedev", "lebedev"), (OWNER, None), (CASEWORKER, "Иванова М.")):
        database = open_database(team.url(login))
        try:
            assert login_name(database) == expected
        finally:
            database.dispose()


def test_migrate_on_a_file_says_it_is_up_to_date(tmp_path: Path) -> None:
    result = run(None, "--db", str(tmp_path / "own.sqlite"), "migrate")
    assert result.returncode == 0, result.stderr
    assert "newest revision" in result.stderr


def test_a_removed_login_cannot_log_in_until_added_again(team: Team, tmp_path: Path) -> None:
    assert team.add_user(tmp_path, "gromova", "Громова Т.", "caseworker").returncode == 0
    removed = team.cli(OWNER, "server", "remove-user", "gromova")
    assert removed.returncode == 0, removed.stderr
    assert "can no longer log in" in removed.stderr
    again = team.cli(OWNER, "server", "remove-user", "gromova")
    assert "already" in again.stderr
    assert "gromova" not in team.cli(OWNER, "server", "users").stdout
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        connect(team, "gromova").close()
    assert refused(team.cli(OWNER, "server", "remove-user", "postgres"))
    back = team.add_user(tmp_path, "gromova", "Громова Т.", "caseworker")
    assert back.returncode == 0, back.stderr
    connect(team, "gromova").close()


def test_an_owner_who_may_not_create_roles_gets_a_sentence(team: Team, tmp_path: Path) -> None:
    from caseworker.db import open_database
    from tests.postgres.team_server import login_url

    server = team.server
    if not server.execute("SELECT 1 FROM pg_roles WHERE rolname = 'weak_owner'"):
        server.execute("CREATE ROLE weak_owner LOGIN")
    name = f"{team.database}_weak"
    server.execute(f'CREATE DATABASE "{name}" OWNER weak_owner TEMPLATE template0')
    try:
        url = login_url(server, "weak_owner", name)
        open_database(url).dispose()
        password = tmp_path / "password"
        password.write_text("correct horse battery\n", encoding="utf-8")
        result = run(
            None, "--db", url, "server", "add-user", "sokolova",
            "--name", "Соколова В.", "--role", "reader", "--password-file", str(password),
        )  # fmt: skip
        message = refused(result)
        assert "CREATEROLE" in message and "permission denied to create role" in message
        assert server.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'sokolova'") == [(0,)]
    finally:
        server.drop_database(name)


def test_a_login_outside_the_team_is_refused_before_any_password_is_asked(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import sys

    def never(_prompt: str = "") -> str:
        raise AssertionError("a password was asked for a login that cannot be added")

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", never)
    result = team.cli(OWNER, "server", "add-user", OWNER, "--name", "Кто-то", "--role", "reader")
    assert "not one of the team's" in refused(result)
