"""`cpmeeting audit ID [--full]`: the record's history in words (who, when, what), and
`cpmeeting audit verify ID`: exit 0 with "intact", or 1 naming the first broken entry.

Text kept from a family member or marked confidential is shown only with --full.
"""

from __future__ import annotations

import argparse
import sys

from cpmeeting.i18n import _

from ._archive import add_passphrase_option, opened_archive

BROKEN = 1


def add_arguments(parser: argparse.ArgumentParser, _name: str) -> None:
    parser.add_argument("words", nargs="+", metavar="[verify] CONFERENCE_ID",
                        help=_("the conference; `verify ID` checks the journal instead"))
    parser.add_argument("--full", action="store_true",
                        help=_("show the text of confidential entries too"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    verify = args.words[0] == "verify" and len(args.words) == 2
    if len(args.words) != (2 if verify else 1):
        print(_("Usage: cpmeeting audit CONFERENCE_ID [--full], or cpmeeting audit verify "
                "CONFERENCE_ID"), file=sys.stderr)
        return 2
    conference_id = args.words[-1]
    with opened_archive(args) as archive:
        entries = archive.journal(conference_id)
        if not entries and not any(s.id == conference_id for s in archive.list_conferences()):
            print(_("No conference with id {id} in the archive.").format(id=conference_id),
                  file=sys.stderr)
            return 1
        problem = archive.check_journal(conference_id)
        if verify:
            if problem is None:
                print(_("intact: {count} entries, and the record is what they add up to")
                      .format(count=len(entries)))
                return 0
            print(_("broken: {problem}").format(problem=problem))
            return BROKEN
        for line in history_lines(entries, args.full):
            print(line)
        if problem is not None:
            print(_("Warning: the journal is broken: {problem}").format(problem=problem))
    return 0


def history_lines(entries, full: bool = False) -> list[str]:
    """One line per entry: number, time, who (role, computer), what."""
    from cpmeeting.domain.conference import Conference
    from cpmeeting.domain.journal import EntryKind
    from cpmeeting.interchange.codec import FormatError, decode
    from cpmeeting.interchange.operation_codec import decode_operation
    from cpmeeting.interchange.operation_words import describe_operation

    lines = []
    state = None
    for entry in entries:
        what = entry.label
        detail = ""
        try:
            if entry.kind is EntryKind.RECORD:
                state = decode(entry.payload, Conference, f"entry {entry.seq}")
                detail = _("the whole record ({count} minute entries)").format(
                    count=len(state.minutes))
            elif entry.kind is EntryKind.OPERATION:
                detail = describe_operation(entry.payload, state, full)
                if state is not None:
                    decode_operation(entry.payload).apply_to(state)
            else:
                files = entry.payload.get("files", []) if isinstance(entry.payload, dict) else []
                detail = _("{count} files").format(count=len(files)) if files else ""
        except (FormatError, ValueError, TypeError) as error:
            detail = _("cannot be read by this copy: {problem}").format(problem=error)
            state = None
        who = f"{entry.author} ({entry.role.replace('_', ' ')}, {entry.device})"
        lines.append(f"{entry.seq:>5}  {entry.at:%Y-%m-%d %H:%M:%S}  {who}  {what}"
                     + (f": {detail}" if detail else ""))
    return lines
