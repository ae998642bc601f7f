"""The models a start does not read load when first named, or all before SQLAlchemy first
configures the mappers (:mod:`caseworker.models`); nothing is missing then, and threads
naming and configuring at once never wait on each other.

Each test runs in an interpreter of its own: this one has loaded every model long ago.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from caseworker.models import LATER, Base, load_all
from tests.python_snippet import ROOT, run_python

LATER_MODULES = sorted(set(LATER.values()))


def _run(code: str, *arguments: str) -> dict[str, object]:
    result = run_python(code, *arguments, timeout=60)
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return found


def test_the_package_loads_the_desks_tables_only_and_a_named_model_alone() -> None:
    found = _run(
        """
import json, sys
import caseworker.models as models
later = sorted(set(models.LATER.values()))
at_first = [name for name in later if name in sys.modules]
from caseworker.models import AuditEntry
print(json.dumps({
    "at first": at_first,
    "after AuditEntry": [name for name in later if name in sys.modules],
    "same class": AuditEntry is sys.modules["caseworker.models.audit"].AuditEntry,
    "tables": sorted(models.Base.metadata.tables),
}))
"""
    )
    assert found["at first"] == []
    assert found["after AuditEntry"] == ["caseworker.models.audit"]
    assert found["same class"] is True
    assert "cases" in found["tables"]  # type: ignore[operator]
    assert "assessments" not in found["tables"]  # type: ignore[operator]


def test_a_sqlalchemy_without_its_lock_by_that_name_gets_every_model_at_once() -> None:
    found = _run(
        """
import json, sys, types
import sqlalchemy.orm
name = "sqlalchemy.orm.mapper"
real = sys.modules[name]
sys.modules[name] = types.ModuleType(name)  # a SQLAlchemy whose lock is named otherwise
import caseworker.models as models
sys.modules[name] = real
print(json.dumps({"all": all(name in sys.modules for name in models.LATER.values())}))
"""
    )
    assert found == {"all": True}


def test_an_unknown_name_is_an_attribute_error() -> None:
    import caseworker.models as models

    with pytest.raises(AttributeError, match="Assessmant"):
        models.Assessmant  # noqa: B018


def test_the_first_orm_read_maps_every_model_and_follows_their_relationships(
    tmp_path: Path,
) -> None:
    found = _run(
        """
import json, sys
from caseworker.db import open_database
from caseworker.models import LATER, Base, Case, SoughtPerson
from caseworker.services import cases, persons
database = open_database(sys.argv[1])
with database.write() as session:
    case_id = cases.create_case(session, "tester", family_name="Ершовы").id
    person_id = persons.add_person(
        session, "tester", case_id, surname="Ершов", given_name="Пётр"
    ).id
with database.read() as session:  # relationships to models not named by anyone yet
    person = session.get(SoughtPerson, person_id)
    case = session.get(Case, case_id)
    followed = [len(person.assessments), len(case.evidence)]
print(json.dumps({
    "followed": followed,
    "tables": sorted(Base.metadata.tables),
    "later loaded": all(name in sys.modules for name in LATER.values()),
}))
database.dispose()
""",
        str(tmp_path / "lazy.sqlite"),
    )
    assert found["followed"] == [0, 0]
    assert found["later loaded"] is True
    load_all()
    assert found["tables"] == sorted(Base.metadata.tables)


def test_threads_naming_models_while_others_configure_all_finish() -> None:
    """Eight threads at once, four asking for a model by name and four making the first ORM
    statement (which configures, loading the rest): none waits on another for good. Run in
    five fresh interpreters, the models unloaded in each."""
    for _attempt in range(5):
        found = _run(
            """
import json, sys, threading
from sqlalchemy import select
from sqlalchemy.orm import configure_mappers
import caseworker.models as models
names = ["Assessment", "ListEntry", "FamilyLogEntry", "MatchDecision"]
start = threading.Barrier(8)
got = []
def name(model):
    start.wait()
    got.append(getattr(models, model).__name__)
def configure():
    start.wait()
    configure_mappers()
    select(models.SoughtPerson).join(models.SoughtPerson.assessments)
    got.append("configured")
threads = [threading.Thread(target=name, args=(n,)) for n in names]
threads += [threading.Thread(target=configure) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(20)
print(json.dumps({"stuck": sum(t.is_alive() for t in threads), "got": sorted(got)}))
"""
        )
        assert found["stuck"] == 0
        assert found["got"] == sorted(
            ["Assessment", "ListEntry", "FamilyLogEntry", "MatchDecision", *["configured"] * 4]
        )


def _imports_outside_type_checking(tree: ast.Module) -> list[str]:
    """The modules ``tree`` imports when it runs (not in ``if TYPE_CHECKING:``)."""
    checking: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            checking.update(id(inner) for inner in ast.walk(node))
    names = []
    for node in ast.walk(tree):
        if id(node) in checking:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_the_later_models_are_imported_only_through_the_package() -> None:
    """Imported by their module's name, a model would be mapped without SQLAlchemy's lock
    held first (see caseworker/models/__init__.py): named through the package only."""
    paths = [ROOT / "main.py"]
    for folder in ("caseworker", "ui", "benchmarks", "tests"):
        paths += sorted((ROOT / folder).rglob("*.py"))
    offenders = []
    for path in paths:
        if path.parent == ROOT / "caseworker" / "models":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offenders += [
            f"{path.relative_to(ROOT)}: {name}"
            for name in _imports_outside_type_checking(tree)
            if name in LATER_MODULES
        ]
    assert offenders == []
