"""`cpmeeting demo`: put the invented demonstration conference in the archive (or a file)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cpmeeting.i18n import _

from ._archive import add_passphrase_option, opened_archive
from ._files import write_or_say


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--json", metavar="FILE", type=Path,
                        help=_("write the demo as an interchange file instead (no database)"))
    parser.add_argument("--blank", action="store_true",
                        help=_("the same family and practitioners, with nothing recorded yet, "
                               "to run the meeting yourself"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    from cpmeeting.demo import blank_demo_conference, demo_conference, demo_profile

    build = blank_demo_conference if args.blank else demo_conference
    conference = build(date.today())
    if args.json is not None:
        from cpmeeting.interchange.document import to_json

        if not write_or_say(args.json, to_json(conference, demo_profile())):
            return 1
        print(_("Wrote the demo conference to {file}. Check it with: cpmeeting check {file}")
              .format(file=args.json))
        return 0
    with opened_archive(args) as archive:
        archive.save(conference, label="Demonstration conference created")
    print(conference.id)
    print(_("Created the demo conference {title} (invented people, for trying cpmeeting out). "
            "To open it, start `cpmeeting` and choose it from the list of conferences; "
            "`cpmeeting list` shows it too.").format(title=conference.title))
    return 0
