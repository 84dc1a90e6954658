"""The key lives in the keyring, or comes from a passphrase; never in clear on disk."""

from __future__ import annotations

import re

import pytest
from factories import full_conference

from cpmeeting.store.archive import Archive
from cpmeeting.store.engine import ArchiveLocked
from cpmeeting.store.secrets import KeyNotFound, KeyringUnavailable, database_key


def test_first_open_puts_a_random_key_in_the_keyring(memory_keyring, data_folder):
    Archive.open().close()
    key = memory_keyring.passwords[("cpmeeting", "database-key")]
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    # The key is in no file of the data folder.
    for path in data_folder.iterdir():
        assert key.encode() not in path.read_bytes()
        assert bytes.fromhex(key) not in path.read_bytes()


def test_the_same_key_opens_the_archive_again(memory_keyring):
    conference = full_conference()
    with Archive.open() as archive:
        archive.save(conference)
    with Archive.open() as archive:
        assert archive.load(conference.id) == conference
    assert len(memory_keyring.passwords) == 1


def test_without_a_keyring_opening_stops_with_what_to_do(no_keyring, data_folder):
    with pytest.raises(KeyringUnavailable) as raised:
        Archive.open()
    message = str(raised.value)
    assert "keyring" in message
    assert "passphrase" in message
    assert "CPMEETING_PASSPHRASE" in message
    assert list(data_folder.iterdir()) == []  # nothing written at all


def test_without_a_keyring_a_passphrase_works(no_keyring, data_folder):
    conference = full_conference()
    with Archive.open(passphrase="correct horse battery staple") as archive:
        archive.save(conference)
    with Archive.open(passphrase="correct horse battery staple") as archive:
        assert archive.load(conference.id) == conference
    # Only the salt is kept beside the database: 16 random bytes, no key.
    assert (data_folder / "cpmeeting.salt").stat().st_size == 16


def test_a_wrong_passphrase_is_refused_clearly(no_keyring):
    with Archive.open(passphrase="correct horse battery staple") as archive:
        archive.save(full_conference())
    with pytest.raises(ArchiveLocked, match="passphrase"):
        Archive.open(passphrase="incorrect horse")


def test_an_archive_made_with_a_passphrase_needs_it_even_with_a_keyring(no_keyring,
                                                                         memory_keyring):
    import keyring

    with Archive.open(passphrase="correct horse battery staple") as archive:
        archive.save(full_conference())
    keyring.set_keyring(memory_keyring)  # a keyring appears later
    with pytest.raises(KeyringUnavailable, match="passphrase"):
        Archive.open()
    Archive.open(passphrase="correct horse battery staple").close()
    assert memory_keyring.passwords == {}


def test_an_existing_archive_whose_key_is_gone_is_not_overwritten(memory_keyring):
    with Archive.open() as archive:
        archive.save(full_conference())
    memory_keyring.passwords.clear()
    with pytest.raises(KeyNotFound):
        Archive.open()
    assert memory_keyring.passwords == {}


def test_database_key_without_create_does_not_make_one(memory_keyring):
    with pytest.raises(KeyNotFound):
        database_key(create=False)
    assert memory_keyring.passwords == {}
