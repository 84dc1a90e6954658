"""An invented conference whose mother reads Polish (signed or not), and its profile."""

from __future__ import annotations

from datetime import datetime

import pytest
from translating import DAY

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.signoff import sign


@pytest.fixture
def conference():
    record = demo_conference(DAY)
    record.translations.clear()
    return record


@pytest.fixture
def signed(conference):
    sign(conference, demo_profile(), "Imogen Castellane", "Independent chair",
         datetime(2026, 11, 23, 13, 0), "test waiver")
    return conference


@pytest.fixture
def profile():
    return demo_profile()


@pytest.fixture
def mother(conference):
    return next(p for p in conference.family if p.language == "pl")


@pytest.fixture
def polish_copy(mother) -> Audience:
    return Audience.family(mother.id, "pl")
