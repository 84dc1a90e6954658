"""`cpmeeting export-json CONFERENCE_ID FILE.json` and `cpmeeting import-json FILE.json...`.

Import writes nothing unless every file is valid and the case chains (each conference's
previous_conference_id) have no loop; an existing conference with the same id is kept unless
--replace is given, and then replaced, all in one transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpmeeting.i18n import _

from ._archive import add_passphrase_option, archived_conference, opened_archive
from ._files import BAD_FILE, write_or_say


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "export-json":
        parser.add_argument("conference_id", metavar="CONFERENCE_ID")
        parser.add_argument("file", metavar="FILE.json", type=Path)
        parser.add_argument("--with-profile", action="store_true",
                            help=_("include the authority profile in the file"))
    else:
        parser.add_argument("files", metavar="FILE.json", type=Path, nargs="+",
                            help=_("one or more conference files (the conferences of a case "
                                   "may come together)"))
        parser.add_argument("--replace", action="store_true",
                            help=_("replace a conference with the same id in the archive"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    return export_json(args) if args.command == "export-json" else import_json(args)


def export_json(args: argparse.Namespace) -> int:
    """Write one conference from the archive to a file."""
    from cpmeeting.interchange.document import to_json

    with archived_conference(args, args.conference_id) as (archive, conference):
        profile = archive.load_profile() if args.with_profile else None
    if not write_or_say(args.file, to_json(conference, profile)):
        return 1
    print(_("Wrote {title} to {file}").format(title=conference.title, file=args.file))
    return 0


def import_json(args: argparse.Namespace) -> int:
    """Read files into the archive; nothing is written unless every file is valid and the
    case chains they make with the archive have no loop."""
    from cpmeeting.interchange.codec import FormatError
    from cpmeeting.interchange.document import read_file

    conferences = []
    files: dict[str, Path] = {}
    for file in args.files:
        try:
            loaded = read_file(file)
        except (FormatError, OSError) as error:
            problem = str(error) if isinstance(error, FormatError) else error.strerror
            print(_("{file} is not a conference record that cpmeeting can read: {problem}")
                  .format(file=file, problem=problem), file=sys.stderr)
            return BAD_FILE
        conference = loaded.conference
        if conference.id in files:
            print(_("{file} and {other} hold the same conference (id {id}); nothing was "
                    "imported.").format(file=file, other=files[conference.id], id=conference.id),
                  file=sys.stderr)
            return BAD_FILE
        files[conference.id] = file
        conferences.append(conference)
    with opened_archive(args) as archive:
        stored = {s.id: s.previous_id for s in archive.list_conferences()}
        existing = [c.id for c in conferences if c.id in stored]
        if existing and not args.replace:
            print(_("A conference with the id {id} is already in the archive; nothing was "
                    "imported. Add --replace to replace it.").format(id=existing[0]),
                  file=sys.stderr)
            return 1
        loop = chain_loop_message(stored, conferences, files)
        if loop is not None:
            print(loop, file=sys.stderr)
            return BAD_FILE
        for conference in conferences:
            if conference.id in stored:
                # Loading first lets save() write only the difference.
                archive.load(conference.id)
        archive.save_many(conferences, label="Imported from a file")
    for conference in conferences:
        print(conference.id)
        print(_("Imported {title}").format(title=conference.title), file=sys.stderr)
    return 0


def chain_loop_message(stored: dict[str, str | None], conferences: list,
                       files: dict[str, Path]) -> str | None:
    """Why the case chain would loop once these conferences are in the archive, or None."""
    from cpmeeting.domain.review import chain_loop

    links = dict(stored)
    links.update({c.id: c.previous_conference_id for c in conferences})
    loop = chain_loop(links)
    if loop is None:
        return None
    where = [_("{file} (id {id})").format(file=files[i], id=i) if i in files
             else _("the archive's conference {id}").format(id=i) for i in loop]
    return _("The case chain goes round in a loop, so nothing was imported. In this list "
             "each conference follows the next one, and the last follows the first: {chain}. "
             "Correct previous_conference_id in one of these files.").format(
                 chain="; ".join(where))
