"""`cpmeeting list [--search TEXT]`: the conferences in the archive, newest first."""

from __future__ import annotations

import argparse
import sys

from cpmeeting.i18n import _


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the list command."""
    parser.add_argument("--search", metavar="TEXT", default="",
                        help=_("only conferences whose child names, date or status match"))
    parser.add_argument("--passphrase", action="store_true",
                        help=_("ask for the archive's passphrase (when there is no keyring; "
                               "or set CPMEETING_PASSPHRASE)"))


def run(args: argparse.Namespace) -> int:
    """Print one line per conference; exit 3 when the archive cannot be opened."""
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.engine import ArchiveLocked
    from cpmeeting.store.secrets import KeyNotFound, KeyringUnavailable, command_line_passphrase

    passphrase = command_line_passphrase(prompt=getattr(args, "passphrase", False))
    try:
        archive = Archive.open(getattr(args, "database", None), passphrase=passphrase)
    except (KeyringUnavailable, KeyNotFound, ArchiveLocked) as error:
        print(error, file=sys.stderr)
        return 3
    with archive:
        summaries = archive.list_conferences(args.search)
    if not summaries:
        print(_("No conferences match.") if args.search else _("The archive has no conferences."))
        return 0
    for summary in summaries:
        children = summary.children or _("No children yet")
        print(f"{summary.date.isoformat()}  {_(summary.kind.title):<40}  "
              f"{_(summary.status.value.replace('_', ' ')):<18}  {children}  [{summary.id}]")
    return 0
