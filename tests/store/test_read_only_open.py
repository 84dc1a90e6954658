"""The archive in a folder that cannot be written opens read-only, writing nothing beside it,
and still shows the saves a killed window left in its -wal file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from mounts import folder_state, remount
from sqlalchemy.exc import OperationalError

from cpmeeting.store.archive import Archive

PASSPHRASE = "a passphrase for the tests"

SAVE_THEN_DIE = f"""
import os, sys
sys.path.insert(0, "tests")
from factories import sample_conference
from cpmeeting.store.archive import Archive
archive = Archive.open(passphrase={PASSPHRASE!r})
conference = sample_conference()
archive.save(conference)
print(conference.id, flush=True)
os._exit(0)  # as a kill would: no checkpoint, the save is only in the -wal file
"""


def test_a_read_only_folder_shows_the_saves_a_killed_window_left_and_writes_nothing(
        tiny_disk, no_keyring):
    done = subprocess.run([sys.executable, "-c", SAVE_THEN_DIE], capture_output=True,
                          text=True, check=True,
                          env={**os.environ,
                               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    conference_id = done.stdout.strip()
    assert (tiny_disk / "cpmeeting.db-wal").stat().st_size > 0
    remount(tiny_disk, "ro")
    before = folder_state(tiny_disk)
    with Archive.open(passphrase=PASSPHRASE) as archive:
        assert archive.read_only
        assert [s.id for s in archive.list_conferences()] == [conference_id]
        conference = archive.load(conference_id)
        conference.venue = "Changed in a read-only folder"
        with pytest.raises(OperationalError, match="readonly"):
            archive.save(conference)
    assert folder_state(tiny_disk) == before
