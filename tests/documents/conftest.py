"""Fixtures for the document tests: an invented conference and the default profile."""

from __future__ import annotations

import pytest
from factories import family_conference

from cpmeeting.domain.profile import AuthorityProfile


@pytest.fixture
def conference():
    return family_conference()


@pytest.fixture
def profile():
    return AuthorityProfile()
