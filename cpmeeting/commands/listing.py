"""`cpmeeting list [--search TEXT]`: the conferences in the archive, newest first."""

from __future__ import annotations

import argparse

from cpmeeting.i18n import _

from .interchange import CANNOT_OPEN, add_passphrase_option, open_archive


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the list command."""
    parser.add_argument("--search", metavar="TEXT", default="",
                        help=_("only conferences whose child names, date or status match"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    """Print one line per conference; exit 3 when the archive cannot be opened."""
    archive = open_archive(args)
    if archive is None:
        return CANNOT_OPEN
    with archive:
        summaries = archive.list_conferences(args.search)
    if not summaries:
        print(_("No conferences match.") if args.search else _("The archive has no conferences."))
        return 0
    from cpmeeting.domain.summary import case_places, case_reference

    places = case_places(summaries)  # within what is listed (the search finds the whole case)
    for summary in summaries:
        children = summary.children or _("No children yet")
        place, count = places[summary.id]
        case = _("case {reference}, {place} of {count}").format(
            reference=case_reference(summary.case), place=place, count=count)
        print(f"{summary.date.isoformat()}  {_(summary.kind.title):<40}  "
              f"{_(summary.status.value.replace('_', ' ')):<18}  {children}  ({case})  "
              f"[{summary.id}]")
    return 0
