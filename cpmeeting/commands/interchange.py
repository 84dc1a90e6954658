"""`cpmeeting export-json CONFERENCE_ID FILE.json` and `cpmeeting import-json FILE.json`.

Import writes nothing unless the whole file is valid; an existing conference with the same
id is kept unless --replace is given, and then replaced in one transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpmeeting.i18n import _

CANNOT_OPEN = 3
BAD_FILE = 2


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase", action="store_true",
                        help=_("ask for the archive's passphrase (when there is no keyring; "
                               "or set CPMEETING_PASSPHRASE)"))


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "export-json":
        parser.add_argument("conference_id", metavar="CONFERENCE_ID")
        parser.add_argument("file", metavar="FILE.json", type=Path)
        parser.add_argument("--with-profile", action="store_true",
                            help=_("include the authority profile in the file"))
    else:
        parser.add_argument("file", metavar="FILE.json", type=Path)
        parser.add_argument("--replace", action="store_true",
                            help=_("replace a conference with the same id in the archive"))
    add_passphrase_option(parser)


def open_archive(args: argparse.Namespace):
    """The archive named by --database (or the default), or None after printing why not."""
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.engine import ArchiveLocked
    from cpmeeting.store.secrets import KeyNotFound, KeyringUnavailable, command_line_passphrase

    passphrase = command_line_passphrase(prompt=getattr(args, "passphrase", False))
    try:
        return Archive.open(getattr(args, "database", None), passphrase=passphrase)
    except (KeyringUnavailable, KeyNotFound, ArchiveLocked) as error:
        print(error, file=sys.stderr)
        return None


def load_or_say(archive, conference_id: str):
    """The conference with this id, or None after saying on stderr that there is none."""
    from cpmeeting.store.archive import ConferenceNotFound

    try:
        return archive.load(conference_id)
    except ConferenceNotFound as error:
        print(error, file=sys.stderr)
        return None


def write_or_say(file: Path, content: str | bytes) -> bool:
    """Write content (text as UTF-8) to file; False after saying on stderr why it could not."""
    try:
        if isinstance(content, bytes):
            file.write_bytes(content)
        else:
            file.write_text(content, encoding="utf-8")
    except OSError as error:
        print(_("Could not write {file}: {problem}").format(file=file, problem=error.strerror),
              file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace) -> int:
    return export_json(args) if args.command == "export-json" else import_json(args)


def export_json(args: argparse.Namespace) -> int:
    """Write one conference from the archive to a file."""
    from cpmeeting.interchange.document import to_json

    archive = open_archive(args)
    if archive is None:
        return CANNOT_OPEN
    with archive:
        conference = load_or_say(archive, args.conference_id)
        if conference is None:
            return 1
        profile = archive.load_profile() if args.with_profile else None
    if not write_or_say(args.file, to_json(conference, profile)):
        return 1
    print(_("Wrote {title} to {file}").format(title=conference.title, file=args.file))
    return 0


def import_json(args: argparse.Namespace) -> int:
    """Read a file into the archive; nothing is written unless it is valid."""
    from cpmeeting.interchange.codec import FormatError
    from cpmeeting.interchange.document import read_file
    from cpmeeting.store.archive import ConferenceNotFound

    try:
        loaded = read_file(args.file)
    except (FormatError, OSError) as error:
        problem = str(error) if isinstance(error, FormatError) else error.strerror
        print(_("{file} is not a conference record that cpmeeting can read: {problem}")
              .format(file=args.file, problem=problem), file=sys.stderr)
        return BAD_FILE
    conference = loaded.conference
    archive = open_archive(args)
    if archive is None:
        return CANNOT_OPEN
    with archive:
        try:
            # Loading first lets save() write only the difference, in one transaction.
            archive.load(conference.id)
            exists = True
        except ConferenceNotFound:
            exists = False
        if exists and not args.replace:
            print(_("A conference with the id {id} is already in the archive; nothing was "
                    "imported. Add --replace to replace it.").format(id=conference.id),
                  file=sys.stderr)
            return 1
        archive.save(conference, label="Replaced from a file" if exists
                     else "Imported from a file")
    print(conference.id)
    print(_("Imported {title}").format(title=conference.title), file=sys.stderr)
    return 0
