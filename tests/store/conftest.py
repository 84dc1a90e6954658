"""Store test set-up: an empty PostgreSQL database for the server tests."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("CPMEETING_TEST_PG_URL")


@pytest.fixture
def pg_url():
    """The test server's URL, its database emptied, so migrations run from the first."""
    if not PG_URL:
        pytest.skip("CPMEETING_TEST_PG_URL is not set (start a server with .ci/start-postgres)")
    engine = create_engine(PG_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG_URL
