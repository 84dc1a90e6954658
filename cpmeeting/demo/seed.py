"""Putting the demonstration conference into an archive, for a first run and the screenshots.

`archive` is any store with the Archive's methods (list_conferences, save, directory,
save_directory_entry); this package imports no database code.
"""

from __future__ import annotations

from datetime import date

from ..domain.directory import DirectoryEntry
from .conference import demo_conference


def ensure_demo(archive) -> None:
    """An archive with no conference gets the invented demonstration conference."""
    if not archive.list_conferences():
        add_demo(archive)


def add_demo(archive) -> None:
    """The invented demonstration conference to practise on (the set-up assistant's last
    step), and its practitioners in an empty directory, so a new conference can invite them."""
    conference = demo_conference(date.today())
    if not archive.directory():
        for person in conference.invitees:
            if person.role.is_professional:
                archive.save_directory_entry(DirectoryEntry(
                    name=person.name, role=person.role, agency=person.agency,
                    group=person.group, involvement=person.involvement))
    # The conference last: where a full disk stops this part way, trying again (with the
    # directory no longer empty) adds it once, not twice.
    archive.save(conference, label="Demonstration conference created")
