"""`cpmeeting translation export ID --for INVITEE_ID --lang pl --format xliff|po OUT` and
`cpmeeting translation import ID FILE [--for INVITEE_ID] [--translator NAME]`.

The free text of a family copy goes out to a translation service and comes back through
the archive. An import is all or nothing: one unknown unit, a wrong language or a malformed
file and nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpmeeting.i18n import _

from ._archive import add_passphrase_option, archived_conference
from ._files import BAD_FILE, write_or_say


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """The export and import subcommands."""
    sub = parser.add_subparsers(dest="direction", metavar="export|import", required=True)
    out = sub.add_parser("export", help=_("write a copy's free text for translators"))
    out.add_argument("conference_id", metavar="CONFERENCE_ID")
    out.add_argument("--for", dest="invitee_id", metavar="INVITEE_ID", required=True,
                     help=_("the family member the copy is for"))
    out.add_argument("--lang", required=True, help=_("the language of the copy (pl, cy, ur...)"))
    out.add_argument("--format", choices=("xliff", "po"), default="xliff")
    out.add_argument("file", metavar="OUT", type=Path)
    add_passphrase_option(out)
    back = sub.add_parser("import", help=_("read translations back from an XLIFF or PO file"))
    back.add_argument("conference_id", metavar="CONFERENCE_ID")
    back.add_argument("file", metavar="FILE", type=Path)
    back.add_argument("--for", dest="invitee_id", metavar="INVITEE_ID", default=None,
                      help=_("only the copy for this family member (default: any family copy)"))
    back.add_argument("--translator", default="", help=_("who translated the file"))
    add_passphrase_option(back)


def family_items(conference, language: str, invitee_id: str | None = None,
                 profile=None) -> list:
    """The work items of every family copy in this language (or just one), without repeats."""
    from cpmeeting.domain.copies import Audience
    from cpmeeting.domain.copy_text import work_items

    people = [p for p in conference.family if invitee_id in (None, p.id)]
    items: dict[str, object] = {}
    for person in people:
        for item in work_items(conference, Audience.family(person.id, language), profile):
            items.setdefault(item.unit.id, item)
    return list(items.values())


def run(args: argparse.Namespace) -> int:
    with archived_conference(args, args.conference_id) as (archive, conference):
        profile = archive.load_profile()  # its complaints procedure is translated too
        if args.direction == "export":
            return export(conference, args, profile)
        code, operation = import_file(conference, args, profile)
        if operation is not None:
            archive.save(conference, [operation])
        return code


def export(conference, args: argparse.Namespace, profile=None) -> int:
    """Write the units of one family copy in one language."""
    from cpmeeting.domain.copies import Audience, copies_allowed
    from cpmeeting.domain.copy_text import count, work_items
    from cpmeeting.interchange.po_units import to_po
    from cpmeeting.interchange.xliff import to_xliff

    person = conference.invitee(args.invitee_id)
    if person is None or not person.role.is_family:
        print(_("{id} is not a family member of this conference.").format(id=args.invitee_id),
              file=sys.stderr)
        return 1
    audience = Audience.family(person.id, args.lang)
    items = work_items(conference, audience, profile)
    permission = copies_allowed(conference, audience)
    write = to_xliff if args.format == "xliff" else to_po
    if not write_or_say(args.file, write(items, args.lang)):
        return 1
    if not permission.allowed:
        print(_("Only the plan's text: {reason}").format(reason=permission.render(_)))
    done = count(items)
    print(_("Wrote {total} units ({done} translated, {to_do} to do) to {file}").format(
        total=done.total, done=done.translated, to_do=done.to_do, file=args.file))
    return 0


def import_file(conference, args: argparse.Namespace, profile=None):
    """Apply a translated file to the conference: (0, the operation) only if every unit fits,
    (0, None) if the file changes nothing, else (exit code, None)."""
    from cpmeeting.domain.copy_text import (
        NOTHING_CHANGED,
        TranslationMismatch,
        import_operation,
        imported_changes,
    )
    from cpmeeting.interchange.po_units import read_translation_file

    try:
        language, units = read_translation_file(args.file.read_bytes())
        items = family_items(conference, language, args.invitee_id, profile)
        changes = imported_changes(items, language, units, args.translator)
    except OSError as error:
        print(_("Could not read {file}: {problem}").format(file=args.file,
                                                           problem=error.strerror), file=sys.stderr)
        return BAD_FILE, None
    except TranslationMismatch as error:
        print(_("Nothing imported: {problem}").format(problem=error.render(_)), file=sys.stderr)
        return BAD_FILE, None
    if not changes:
        # Saved, an empty import would still add an "Import translations" entry to the history.
        print(_(NOTHING_CHANGED))
        return 0, None
    operation = import_operation(changes, _("Import translations"))
    operation.apply(conference)
    print(_("{count} of {total} units changed ({language}).").format(
        count=len(changes), total=len(units), language=language))
    return 0, operation
