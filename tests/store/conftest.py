"""An open encrypted archive for the store tests."""

from __future__ import annotations

import pytest

from cpmeeting.store.archive import Archive


@pytest.fixture
def archive():
    """An encrypted archive in the test's data folder."""
    opened = Archive.open()
    yield opened
    opened.close()
