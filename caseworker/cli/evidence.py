"""The command line's ``evidence`` commands: add files to a case, list and export them, and
clean away the unfinished copies of interrupted additions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from caseworker.actor import current_actor
from caseworker.cli.types import Cli, record_id
from caseworker.cli.xlsx import read_password_file
from caseworker.db import Database
from caseworker.errors import CaseworkerError
from caseworker.i18n import translate
from caseworker.labels import label
from caseworker.services import cases
from caseworker.services import evidence as evidence_service
from caseworker.services.evidence_bundle import (
    MIN_ARCHIVE_PASSWORD,
    check_archive_password,
    export_case_archive,
)
from caseworker.services.evidence_export import export_case_evidence
from caseworker.services.evidence_purge import clean_unfinished_copies
from caseworker.vault import messages
from caseworker.vault.messages import human_size
from caseworker.vault.names import visible_name
from caseworker.vault.of_database import vault_of_engine
from caseworker.vault.store import EvidenceVault
from caseworker.vault.verify import RECENT
from caseworker.vocab import HowObtained, MediaKind

EXIT_OK = 0
EXIT_REFUSED = 1


def _tell(message: str) -> None:
    print(message, file=sys.stderr)


def _vault(database: Database) -> EvidenceVault:
    return vault_of_engine(database.engine)


def _case_id(database: Database, reference: str) -> int:
    with database.read() as session:
        return cases.get_case_by_reference(session, reference).id


def add(database: Database, args: argparse.Namespace) -> int:
    """Each file is its own unit of work: one refused file does not undo the others."""
    case_id = _case_id(database, args.case)
    vault = _vault(database)
    metadata = {
        "how_obtained": args.how,
        "source_url": args.source_url,
        "captured_at": args.captured,
        "description": args.description,
        "graphic": args.graphic,
    }
    evidence_service.clean_metadata(**metadata)
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            # The copy runs before the write transaction, which then takes a moment only.
            stored = vault.store_file(path)
            with database.write() as session:
                added = evidence_service.record_evidence(
                    session,
                    current_actor(),
                    case_id,
                    stored,
                    path.name,
                    report_ids=args.report or (),
                    vault=vault,  # still there? a colleague's purge may have deleted it
                    **metadata,
                )
        except CaseworkerError as error:
            _tell(error.message)
            failed += 1
            continue
        notes = []
        if added.already_in_case:
            notes.append(translate("Cli", "already in this case"))
        elif added.already_stored:
            notes.append(translate("Cli", "already stored"))
        if added.restored:
            notes.append(translate("Cli", "shown again"))
        if added.repaired:
            notes.append(
                translate("Cli", "the stored copy was damaged and has been replaced by this file")
            )
        columns = [str(added.item.id), added.item.sha256, visible_name(added.item.name), *notes]
        print("\t".join(columns))
    if failed:
        _tell(Cli.tr("%n file(s) not added.", None, failed))
        return EXIT_REFUSED
    return EXIT_OK


def _escape_invisible(text: str) -> str:
    """JSON with invisible and direction-changing characters as \\u escapes: the same data
    for a program, and nothing that reorders or hides text on a terminal. (``json`` escapes
    the ASCII controls itself; a raw line break is the indentation's.)"""
    return "".join(
        json.dumps(char)[1:-1] if ord(char) >= 0x7F and visible_name(char) != char else char
        for char in text
    )


def _item_json(item: evidence_service.EvidenceItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "sha256": item.sha256,
        "name": item.name,
        "size": item.size,
        "type": item.media_type,
        "kind": item.kind.value,
        "report_ids": list(item.report_ids),
        "how_obtained": item.how_obtained.value if item.how_obtained else None,
        "added_at": item.added_at.isoformat(),
        "captured_at": item.captured_at.isoformat() if item.captured_at else None,
        "graphic": item.graphic,
        "removed": item.removed,
    }


def list_(database: Database, args: argparse.Namespace) -> int:
    with database.read() as session:
        case_id = cases.get_case_by_reference(session, args.case).id
        items = evidence_service.list_evidence(
            session,
            case_id,
            report_id=args.report,
            kind=MediaKind(args.type) if args.type else None,
            include_removed=args.removed,
        )
    if args.json:
        text = json.dumps([_item_json(item) for item in items], ensure_ascii=False, indent=2)
        print(_escape_invisible(text))
        return EXIT_OK
    for item in items:
        reports = ",".join(str(report_id) for report_id in item.report_ids)
        how = label(item.how_obtained) if item.how_obtained else ""
        name = visible_name(item.name)
        columns = [str(item.id), item.sha256, name, human_size(item.size), item.media_type]
        print("\t".join([*columns, how, reports]))
    if not items:
        _tell(translate("Cli", "Case {reference} has no evidence.").format(reference=args.case))
    return EXIT_OK


def export(database: Database, args: argparse.Namespace) -> int:
    """A folder (plain, and said so) or, given ``--password-file``, a protected archive."""
    password = read_password_file(args.password_file)
    if password is not None:
        return _export_archive(database, args, password)
    with database.read() as session:
        case_id = cases.get_case_by_reference(session, args.case).id
        result = export_case_evidence(
            session, _vault(database), case_id, Path(args.out), include_removed=args.removed
        )
    _tell(
        Cli.tr(
            "Exported %n file(s) with their manifest to {folder}.", None, len(result.files)
        ).format(folder=result.folder)
    )
    _tell(
        translate(
            "Cli",
            "The folder is not protected by a password: its files are plain, and anyone who "
            "has it can read them. To protect them, export an archive instead, with "
            "--password-file FILE.",
        )
    )
    print(result.manifest)
    return EXIT_OK


def _export_archive(database: Database, args: argparse.Namespace, password: str) -> int:
    check_archive_password(password)
    path = Path(args.out).expanduser()
    if path.is_dir():
        raise CaseworkerError(
            translate(
                "Cli",
                "{path} is a folder. With --password-file, --out names the archive to write, "
                "for example {example}.",
            ).format(path=path, example=path / "evidence.zip")
        )
    with database.read() as session:
        case_id = cases.get_case_by_reference(session, args.case).id
        result = export_case_archive(
            session, _vault(database), case_id, path, password, include_removed=args.removed
        )
    _tell(
        Cli.tr(
            "Exported %n file(s) with their manifest to the archive {path}.",
            None,
            len(result.files),
        ).format(path=result.path)
    )
    _tell(
        translate(
            "Cli",
            "The archive is protected with the password (AES-256): 7-Zip, WinZip, PeaZip "
            "or Keka open it (the archivers built into Windows and macOS may not). The files "
            "inside are named by number; their original names are in the manifest. Give "
            "the password apart from the archive.",
        )
    )
    print(result.path)
    return EXIT_OK


def clean(database: Database, _args: argparse.Namespace) -> int:
    """Remove what interrupted additions left; each removed file on stdout, the rest said."""
    result = clean_unfinished_copies(_vault(database))
    for copy in result.removed:
        print(f"{copy.path}\t{human_size(copy.size)}")
    for copy in result.kept:
        _tell(messages.kept_message(copy, int(RECENT.total_seconds() // 60)))
    _tell(messages.cleaned_message(len(result.removed), result.removed_bytes))
    return EXIT_OK


def register(commands_: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``evidence`` command group to the command line's parser."""
    group = commands_.add_parser("evidence", help=translate("Cli", "work with evidence files"))
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    add_ = actions.add_parser(
        "add", help=translate("Cli", "keep files as evidence of a case; prints id and SHA-256")
    )
    add_.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    add_.add_argument(
        "--report",
        type=record_id,
        action="append",
        help=translate("Cli", "id of a report the files support (may be repeated)"),
    )
    add_.add_argument("--how", default="", help=", ".join(h.value for h in HowObtained))
    add_.add_argument("--source-url", default="", help=translate("Cli", "where it was found"))
    add_.add_argument(
        "--captured", default="", help=translate("Cli", "when it was taken, YYYY-MM-DD[ HH:MM]")
    )
    add_.add_argument("--description", default="", help=translate("Cli", "what the files show"))
    add_.add_argument(
        "--graphic", action="store_true", help=translate("Cli", "the files show graphic content")
    )
    add_.add_argument("files", nargs="+", metavar="FILE")
    add_.set_defaults(handler=add)

    list_parser = actions.add_parser("list", help=translate("Cli", "list a case's evidence"))
    list_parser.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    list_parser.add_argument(
        "--report", type=record_id, help=translate("Cli", "only this report's")
    )
    list_parser.add_argument("--type", choices=[k.value for k in MediaKind])
    list_parser.add_argument(
        "--removed", action="store_true", help=translate("Cli", "include removed items")
    )
    list_parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    list_parser.set_defaults(handler=list_)

    export_ = actions.add_parser(
        "export",
        help=translate(
            "Cli",
            "copy a case's files with a manifest into a folder (not protected), or into an "
            "archive protected with a password (--password-file)",
        ),
    )
    export_.add_argument("--case", required=True, help=translate("Cli", "case reference"))
    export_.add_argument(
        "--out",
        required=True,
        help=translate(
            "Cli", "a new or empty folder; with --password-file, the archive to write (.zip)"
        ),
        metavar="PATH",
    )
    export_.add_argument(
        "--password-file",
        metavar="FILE",
        help=translate(
            "Cli",
            "write an archive protected with the password on the first line of FILE "
            "(at least {minimum} characters) instead of a plain folder",
        ).format(minimum=MIN_ARCHIVE_PASSWORD),
    )
    export_.add_argument(
        "--removed", action="store_true", help=translate("Cli", "include removed items")
    )
    export_.set_defaults(handler=export)

    clean_ = actions.add_parser(
        "clean",
        help=translate(
            "Cli",
            "remove the unfinished copies that interrupted additions left in the evidence "
            "folder (not those being written)",
        ),
    )
    clean_.set_defaults(handler=clean)
