"""Opening the archive for a command, and loading the conference it names.

Every command that reads the archive says the same things when it cannot: the keyring or
passphrase problem (exit 3), or that no conference has the id given (an exit code the
command chooses). The context managers here say it on stderr and stop the command with
`CommandStopped`, which the command line turns into the exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from cpmeeting.i18n import _

if TYPE_CHECKING:
    from cpmeeting.domain.conference import Conference
    from cpmeeting.store.archive import Archive

CANNOT_OPEN = 3
CANNOT_WRITE = 4
# The attribute of the parsed arguments that carries an archive the caller holds open.
HELD_ARCHIVE = "held_archive"


class CommandStopped(Exception):
    """The command has said on stderr why it stops; the process exits with exit_code."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase", action="store_true",
                        help=_("ask for the archive's passphrase (when there is no keyring; "
                               "or set CPMEETING_PASSPHRASE)"))


@contextmanager
def opened_archive(args: argparse.Namespace) -> Iterator[Archive]:
    """The archive named by --database (or the default), open for the block and closed after.

    When it cannot be opened (no keyring, no key, a wrong passphrase, no data folder) the
    reason is said on stderr and the command stops with exit code 3. A change the archive
    refuses (a full disk, a read-only data folder) is said too, and stops it with exit code 4;
    the transaction it was in leaves the archive as it was. An archive the caller already
    holds open (`cli.main(argv, archive=...)`) is used as it is, and left open for the caller.
    """
    from sqlalchemy.exc import OperationalError

    from cpmeeting.paths import DataFolderUnusable

    held = getattr(args, HELD_ARCHIVE, None)
    if held is not None:
        try:
            yield held
        except (OSError, OperationalError) as error:
            stop_for_write_fault(error, held)
            raise
        return
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.engine import ArchiveLocked
    from cpmeeting.store.secrets import KeyNotFound, KeyringUnavailable, command_line_passphrase
    from cpmeeting.store.write_faults import (
        ArchiveNeedsUpdate,
        NoArchiveYet,
        folder_unusable_message,
    )

    passphrase = command_line_passphrase(prompt=getattr(args, "passphrase", False))
    try:
        archive = Archive.open(getattr(args, "database", None), passphrase=passphrase)
    except DataFolderUnusable as error:
        print(folder_unusable_message(error), file=sys.stderr)
        raise CommandStopped(CANNOT_OPEN) from None
    except (KeyringUnavailable, KeyNotFound, ArchiveLocked, NoArchiveYet,
            ArchiveNeedsUpdate) as error:
        print(error, file=sys.stderr)
        raise CommandStopped(CANNOT_OPEN) from None
    except OperationalError as error:  # a new archive on a full disk, say
        stop_for_write_fault(error, None)
        raise
    with archive:
        try:
            yield archive
        except (OSError, OperationalError) as error:
            stop_for_write_fault(error, archive)
            raise


def stop_for_write_fault(error: BaseException | None, archive: Archive | None) -> None:
    """If error is a full disk or a read-only folder (or a busy archive), say so and what to
    do, and stop the command with exit code 4; otherwise return (it is some other error).
    With no error: the archive was opened read-only, and the command is about to change it."""
    from cpmeeting.paths import data_dir
    from cpmeeting.store.write_faults import WriteFault, command_refused, write_fault

    fault = WriteFault.READ_ONLY if error is None else write_fault(error)
    if archive is not None and archive.waiting_for_space:
        fault = WriteFault.FULL  # (it refuses as a read-only file would)
    if fault is None:
        return
    print(command_refused(fault, data_dir()), file=sys.stderr)
    raise CommandStopped(CANNOT_WRITE) from None


@contextmanager
def archived_conference(args: argparse.Namespace, conference_id: str,
                        missing_exit: int = 1) -> Iterator[tuple[Archive, Conference]]:
    """The open archive and the conference with this id in it, for the block.

    No archive stops the command as `opened_archive` does; no conference with the id is said
    on stderr and stops it with missing_exit.
    """
    from cpmeeting.store.archive import ConferenceNotFound

    with opened_archive(args) as archive:
        try:
            conference = archive.load(conference_id)
        except ConferenceNotFound as error:
            print(error, file=sys.stderr)
            raise CommandStopped(missing_exit) from None
        yield archive, conference
