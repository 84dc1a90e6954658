"""`cpmeeting list [--search TEXT] [--due]`: the conferences in the archive, newest first;
with --due, only those whose plan or minutes are still to be sent, saying when they are due."""

from __future__ import annotations

import argparse

from cpmeeting.i18n import _

from ._archive import add_passphrase_option, opened_archive


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the list command."""
    parser.add_argument("--search", metavar="TEXT", default="",
                        help=_("only conferences whose child names, date or status match"))
    parser.add_argument("--due", action="store_true",
                        help=_("only conferences whose plan or minutes are still to be sent"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    """Print one line per conference; exit 3 when the archive cannot be opened."""
    with opened_archive(args) as archive:
        summaries = archive.list_conferences(args.search)
    if getattr(args, "due", False):
        return _list_owed(summaries)
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


def _list_owed(summaries) -> int:
    """What is owed, soonest due first, in words ("Minutes due in 3 days", "Plan LATE")."""
    from datetime import date

    from cpmeeting.domain.rules.circulation_due import owed_words
    from cpmeeting.i18n import ngettext

    today = date.today()
    owed = sorted(((day, what, summary) for summary in summaries
                   for what, day in summary.owed()), key=lambda item: item[0])
    if not owed:
        print(_("Nothing is owed: every plan and set of minutes has been sent."))
        return 0
    for day, what, summary in owed:
        words = owed_words(what, day, today, _, ngettext)
        children = summary.children or _("No children yet")
        print(f"{day.isoformat()}  {words:<24}  {summary.date.isoformat()}  {children}  "
              f"[{summary.id}]")
    return 0
