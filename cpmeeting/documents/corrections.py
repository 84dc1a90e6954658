"""The minutes' last section: the corrections made after circulation, those refused with the
chair's reason, and any family disagreement, attached as the family's own account.

The passages themselves are already corrected in the version that lists them."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cpmeeting.domain.correction_request import RequestKind, RequestStatus

from .common import CopyContext


def shown_in(ctx: CopyContext) -> list:
    """Every request in the professionals' copy; in a family member's copy only the family's
    own, since another's request may quote a passage kept out of that copy."""
    conference, audience = ctx.conference, ctx.audience
    if not audience.is_family:
        return list(conference.corrections)
    family = {person.id for person in conference.family}
    return [r for r in conference.corrections if r.invitee_id in family]


def corrections_story(ctx: CopyContext) -> list[Flowable]:
    """Nothing at all when nobody has asked for a correction."""
    t, requests = ctx.t, shown_in(ctx)
    if not requests:
        return []
    story: list[Flowable] = [ctx.para(t("Corrections and disagreements after circulation"), "h1")]
    for request in requests:
        if request.kind is RequestKind.DISAGREEMENT:
            if request.status is not RequestStatus.ATTACHED:
                continue
            story.append(ctx.para(t("The account of {name}, who disagrees with the minutes "
                                    "(received {date}); attached, not written into them:")
                                  .format(name=request.requested_by,
                                          date=ctx.words.date(request.requested_on)), "h2"))
            story.append(ctx.para(t("About: \u201c{passage}\u201d").format(passage=request.passage)))
            story.append(ctx.para(request.wording or request.reason))
            continue
        if request.status is RequestStatus.ACCEPTED:
            line = t("Version {version}: \u201c{passage}\u201d now reads \u201c{wording}\u201d, "
                     "as {name} asked on {date} ({reason}). Accepted by {chair}: {answer}")
        elif request.status is RequestStatus.REFUSED:
            line = t("Not changed: {name} asked on {date} for \u201c{passage}\u201d to read "
                     "\u201c{wording}\u201d ({reason}). Refused by {chair}: {answer}")
        else:
            line = t("Waiting for the chair: {name} asked on {date} for \u201c{passage}\u201d to "
                     "read \u201c{wording}\u201d ({reason}).")
        story.append(ctx.para(line.format(
            version=request.amended_version or "", passage=request.passage,
            wording=request.wording, name=request.requested_by,
            date=ctx.words.date(request.requested_on), reason=request.reason.rstrip("."),
            chair=request.decided_by, answer=request.decision_reason)))
    return story
