"""Writes the window makes itself, outside the save guard: a dialog's OK (the authority profile,
a directory entry, the set-up assistant), an export's note in the record's history, a signing
key made on first use.

Where the archive or the data folder refuses one (a full disk, a folder made read-only, the
archive held by another program) the person is told what is wrong and what to do, in the save
guard's words (store/write_faults.py), instead of a traceback. The write's transaction rolls
back, so nothing is half-written, and the dialog stays open with what was typed, to try again
once there is room. Any other error is not a write fault and goes on up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from cpmeeting.i18n import _


def refusal(error: BaseException,
            words: Callable[..., str] | None = None) -> str | None:
    """What is wrong and what to do, when error is a refused write (a full disk, a read-only
    folder, a busy archive); None for any other error. words(fault, folder) says it
    (store/write_faults.py change_refused unless given)."""
    from cpmeeting.paths import data_dir
    from cpmeeting.store.write_faults import change_refused, write_fault

    fault = write_fault(error)
    if fault is None:
        return None
    return (words or change_refused)(fault, Path(data_dir()))


def written(parent: QWidget | None, write: Callable[[], object], archive=None) -> bool:
    """Run write; True when it was stored. A refused write is said in a message box over
    parent (the dialog, which stays open) and gives False; any other error goes on up.
    archive: the one written to, opened for writing first if it was opened on a full disk
    (else its refusal would read as a read-only folder, and go on after space is freed)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if archive is not None:
            archive.ensure_writable()
        write()
    except (OSError, SQLAlchemyError) as error:
        words = refusal(error)
        if words is None:
            raise
        QMessageBox.warning(parent, _("Not saved"), words)
        return False
    return True


def refused_or_raise(error: BaseException, words: Callable[..., str] | None = None) -> str:
    """The words for a refused write (see refusal), to show where the dialog says things;
    any other error is raised again."""
    said = refusal(error, words)
    if said is None:
        raise error
    return said
