"""`check` gives a report, never a traceback, for every record the format accepts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from cpmeeting.commands.check import check_report, render_text
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.interchange.document import from_json, to_json

from .strategies import conferences, records


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conferences(), records(AuthorityProfile))
def test_every_valid_file_gets_a_report(conference, profile):
    loaded = from_json(to_json(conference, profile))
    report = check_report(loaded.conference, loaded.profile)
    text = render_text(report)
    assert report["conference"]["title"] in text
    assert ("Ready for sign-off" in text) == report["readiness"]["ready"]
