"""The PostgreSQL benchmark's data: the case desk's SQLite database copied into a server.

:func:`start_server` starts a throwaway PostgreSQL from the system's binaries with the tests'
:class:`tests.postgres_server.PostgresServer` (a temporary folder, a private socket, removed
at the end). :func:`copy_into_postgres` migrates a new database on it with the program itself
(``open_database``, Alembic) and copies every table of the case desk's SQLite database
(``benchmarks/case_desk_data.py``, made once) into it with ``COPY``: the same rows, ids and
search entries on both backends, far quicker than synthesizing the cases a second time.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from caseworker.db import open_database
from tests.postgres_server import PORT, PostgresServer, find_binaries

#: Rows sent to the server per ``COPY`` batch.
_BATCH = 20_000
#: A real server's durability, for :func:`make_durable`.
DURABLE_OPTIONS = (
    "listen_addresses=''",
    "fsync=on",
    "synchronous_commit=on",
    "full_page_writes=on",
    "max_connections=60",
)


def start_server() -> PostgresServer:
    """A running throwaway server; raises RuntimeError when PostgreSQL is not installed."""
    binaries = find_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's server binaries are missing: apt-get install postgresql")
    server = PostgresServer(binaries)
    server.start()
    return server


def make_durable(server: PostgresServer) -> None:
    """Start ``server`` again as a real server runs: each commit flushed to the disk (the
    tests' server runs with fsync, synchronous_commit and full_page_writes off). Raises
    RuntimeError with pg_ctl's output."""
    server.halt()
    options = " ".join(f"-c {option}" for option in DURABLE_OPTIONS)
    server._run(  # the tests' server has no durable start of its own
        server.binaries.pg_ctl,
        "start",
        "--pgdata", server.data,
        "--log", server.log,
        "--wait",
        "--timeout", "60",
        "-o", f"{options} -c unix_socket_directories='{server.socket_folder}' -p {PORT}",
    )  # fmt: skip
    server.running = True
    [(fsync,)] = server.execute("SHOW fsync")
    assert fsync == "on", fsync


def _tables(connection: sqlite3.Connection) -> list[str]:
    """The program's tables in the SQLite file (not its FTS5 shadow tables, not Alembic's)."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_fts%' AND name != 'alembic_version'"
    )
    return [name for (name,) in rows]


def copy_into_postgres(source: Path, server: PostgresServer, name: str) -> dict[str, int]:
    """Make database ``name`` on ``server`` (migrated) holding ``source``'s rows; the number
    of rows per table. Triggers and foreign keys are off while copying (the rows are already
    consistent). Raises psycopg's and sqlite3's errors."""
    import psycopg

    open_database(str(source)).dispose()  # the file migrated to the newest revision first
    server.create_database(name)
    open_database(server.url(name)).dispose()  # migrated by the program itself
    counts: dict[str, int] = {}
    reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    with psycopg.connect(**server.connect_arguments(name)) as target:
        target.execute("SET session_replication_role = replica")
        booleans = {
            (table, column)
            for table, column in target.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type = 'boolean'"
            )
        }
        present = {
            t
            for (t,) in target.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        }
        for table in _tables(reader):
            if table not in present:
                continue
            columns = [row[1] for row in reader.execute(f'PRAGMA table_info("{table}")')]
            flags = [(table, column) in booleans for column in columns]
            names = ", ".join(f'"{c}"' for c in columns)
            target.execute(f'TRUNCATE "{table}" CASCADE')
            cursor = reader.execute(f'SELECT {names} FROM "{table}"')
            count = 0
            with target.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                while rows := cursor.fetchmany(_BATCH):
                    for row in rows:
                        copy.write_row(
                            [
                                bool(v) if flag and v is not None else v
                                for v, flag in zip(row, flags, strict=True)
                            ]
                        )
                    count += len(rows)
            counts[table] = count
            if "id" in columns:
                target.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'(SELECT COALESCE(MAX(id), 1) FROM "{table}"))'
                )
        target.execute("SET session_replication_role = DEFAULT")
        target.commit()
    reader.close()
    server.execute("VACUUM ANALYZE", name)
    return counts


def main() -> None:
    """Copy the 5,000-case database into a throwaway server and print the time it took."""
    from benchmarks.case_desk_data import ensure_database

    server = start_server()
    try:
        started = time.perf_counter()
        counts = copy_into_postgres(ensure_database(5_000), server, "bench")
        print(counts, f"{time.perf_counter() - started:.1f} s")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
