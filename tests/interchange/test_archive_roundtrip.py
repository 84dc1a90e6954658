"""Export then import through the encrypted archive loses nothing, for any sound conference."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings

from cpmeeting.interchange.document import from_json, to_json
from cpmeeting.store.archive import Archive

from .strategies import conferences


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(conferences())
def test_file_to_archive_to_file_is_lossless(conference):
    conference.id = uuid.uuid4().hex
    text = to_json(conference)
    with Archive.open() as archive:
        archive.save(from_json(text).conference)
    with Archive.open() as archive:
        assert to_json(archive.load(conference.id)) == text
