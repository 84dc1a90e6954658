"""The earlier conferences of a case, read from the archive for the case timeline."""

from __future__ import annotations

from cpmeeting.domain.conference import Conference

from .archive import Archive, ConferenceNotFound


def earlier_conferences(archive: Archive, conference: Conference) -> list[Conference]:
    """The conferences before this one in its case, earliest first, following the links back
    (from the list's summaries, so only the chain's own records are loaded). A link to a
    conference no longer in the archive ends the chain there."""
    if conference.previous_conference_id is None:
        return []  # the case starts here: nothing to read
    previous_of = {s.id: s.previous_id for s in archive.list_conferences()}
    chain: list[Conference] = []
    seen = {conference.id}
    current = conference.previous_conference_id
    while current is not None and current in previous_of and current not in seen:
        seen.add(current)
        try:
            chain.append(archive.load(current))
        except ConferenceNotFound:
            break
        current = previous_of[current]
    return list(reversed(chain))
