"""`cpmeeting export-ssd CONFERENCE_ID --out FOLDER`: the case-management system's feed.

CSV files named after Standard Safeguarding Dataset tables, with the dataset's field names as
headers, and the same data as one JSON file. Refused, writing nothing, while a child has no
case-management id.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpmeeting.i18n import _

from ._archive import add_passphrase_option, archived_conference


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the export-ssd command."""
    parser.add_argument("conference_id", metavar="CONFERENCE_ID")
    parser.add_argument("--out", metavar="FOLDER", type=Path, required=True,
                        help=_("folder to write the CSV and JSON files into"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    """Write the files; exit 1 when refused (a missing id, a folder that cannot be written)."""
    from cpmeeting.interchange.ssd_export import MissingCaseIds, build_ssd_export, missing_case_ids
    from cpmeeting.interchange.ssd_files import write_export

    with archived_conference(args, args.conference_id, missing_exit=2) as (archive, conference):
        profile = archive.load_profile()
    try:
        export = build_ssd_export(conference, profile)
    except MissingCaseIds:
        names = ", ".join(child.display_name for child in missing_case_ids(conference))
        print(_("No case-management id for {children}: type each child's id (the authority's "
                "person id) on the child's views page, then export again. Nothing was "
                "written.").format(children=names), file=sys.stderr)
        return 1
    try:
        paths = write_export(export, args.out)
    except OSError as error:
        print(_("Could not write the files: {error}. Nothing was written.").format(
            error=error.strerror or error), file=sys.stderr)
        return 1
    for path in paths:
        print(path.name)
    print(_("{count} files in {folder}").format(count=len(paths), folder=args.out))
    return 0
