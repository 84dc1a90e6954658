"""`cpmeeting new-review PREVIOUS_ID --date YYYY-MM-DD [--time HH:MM]`: the next conference of
the case, started from the signed one before it (domain/review.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time

from cpmeeting.i18n import _, ngettext

from ._archive import add_passphrase_option, archived_conference


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date: write it as YYYY-MM-DD, for example 2027-03-01")
            .format(text=text)) from None


def _clock(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a time: write it as HH:MM, for example 10:00")
            .format(text=text)) from None


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("previous_id", metavar="PREVIOUS_ID",
                        help=_("the id of the signed conference the review follows "
                               "(`cpmeeting list` shows ids)"))
    parser.add_argument("--date", dest="on", metavar="YYYY-MM-DD", type=_day, required=True,
                        help=_("the date of the review"))
    parser.add_argument("--time", dest="at", metavar="HH:MM", type=_clock, default=None,
                        help=_("its start time"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    """Save the new review and print its id; nothing is written when the review is refused."""
    from cpmeeting.domain.review import ReviewRefused, start_review
    from cpmeeting.domain.rules.deadlines import conference_due_date

    with archived_conference(args, args.previous_id) as (archive, previous):
        try:
            review = start_review(previous, args.on, args.at)
        except ReviewRefused as refusal:
            print(_(refusal.template).format(**refusal.params), file=sys.stderr)
            return 1
        archive.save(review)
        due = conference_due_date(review, archive.load_profile())
    print(review.id)
    print(_("Started {title}, following the conference of {date}.").format(
        title=review.title, date=previous.date.isoformat()), file=sys.stderr)
    if due is not None:
        print(_("Due by {due}: {basis}.").format(due=due.effective.isoformat(),
                                                 basis=due.render_basis(_, plural=ngettext)), file=sys.stderr)
        if review.date > due.effective:
            print(_("The review date is after the date it is due by."), file=sys.stderr)
    return 0
