"""`cpmeeting check FILE.json`: quoracy, due dates and readiness of a conference file.

Needs no database. Exit code 0 when the record is ready for sign-off, 1 when something is
missing, 2 when the file cannot be read as a conference record.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.deadlines import DueDate, all_due_dates
from cpmeeting.domain.rules.explain import Finding, format_day, format_time
from cpmeeting.domain.rules.quoracy import QuoracyVerdict, check_quoracy
from cpmeeting.domain.rules.readiness import Readiness, check_readiness
from cpmeeting.domain.stages import Stage
from cpmeeting.i18n import _, ngettext
from cpmeeting.interchange.codec import FormatError
from cpmeeting.interchange.document import read_file

from ._files import BAD_FILE

READY, NOT_READY = 0, 1


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE.json", help=_("a conference interchange file"))
    parser.add_argument("--json", action="store_true",
                        help=_("print the result as JSON for a program"))


def run(args: argparse.Namespace) -> int:
    try:
        loaded = read_file(args.file)
    except (FormatError, OSError) as error:
        return _bad_file(args, error)
    profile = loaded.profile or AuthorityProfile()
    report = check_report(loaded.conference, profile, profile_given=loaded.profile is not None)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render_text(report))
    return READY if report["readiness"]["ready"] else NOT_READY


def _bad_file(args: argparse.Namespace, error: Exception) -> int:
    if isinstance(error, FormatError):
        path, problem = error.path, error.problem
    else:
        path, problem = "", error.strerror or str(error)
    message = _("{file} is not a conference record that cpmeeting can read: {problem}").format(
        file=args.file, problem=str(error) if isinstance(error, FormatError) else problem)
    if args.json:
        print(json.dumps({"error": {"path": path, "problem": problem, "message": message}},
                         ensure_ascii=False, indent=2))
    else:
        print(message, file=sys.stderr)
    return BAD_FILE


def decision_moment(conference: Conference):
    """Quoracy matters when the decision is taken: the latest decision time, if recorded."""
    moments = [d.decided_at for d in conference.decisions if d.decided_at is not None]
    return max(moments) if moments else None


def _finding(item: Finding) -> dict[str, Any]:
    return {"message": item.render(_), "stage": item.stage.value if item.stage else None,
            "record_id": item.record_id}


def _quoracy(verdict: QuoracyVerdict) -> dict[str, Any]:
    return {
        "quorate": verdict.quorate,
        "moment": verdict.moment.isoformat(timespec="minutes") if verdict.moment else None,
        "summary": verdict.headline.render(_) if verdict.headline else verdict.summary,
        "counted": [item.render(_) for item in verdict.counted],
        "not_counted": [item.render(_) for item in verdict.not_counted],
        "missing": [item.render(_) for item in verdict.missing],
    }


def _due(item: DueDate) -> dict[str, Any]:
    override = item.override
    return {
        "key": item.key, "title": item.render_title(_), "due": item.due.isoformat(),
        "basis": item.render_basis(_, plural=ngettext), "effective": item.effective.isoformat(),
        "override": None if override is None else {"on": override.on.isoformat(),
                                                   "reason": override.reason},
    }


def _readiness(readiness: Readiness) -> dict[str, Any]:
    return {"ready": readiness.ready, "missing": [_finding(item) for item in readiness.missing]}


def check_report(conference: Conference, profile: AuthorityProfile,
                 profile_given: bool = True) -> dict[str, Any]:
    """Everything `check` prints, as a JSON value."""
    return {
        "conference": {"id": conference.id, "title": conference.title,
                       "kind": conference.kind.value, "date": conference.date.isoformat()},
        "profile": {"name": profile.name, "from_file": profile_given},
        "quoracy": _quoracy(check_quoracy(conference, profile, decision_moment(conference))),
        "due_dates": [_due(item) for item in all_due_dates(conference, profile)],
        "readiness": _readiness(check_readiness(conference, profile)),
    }


def render_text(report: dict[str, Any]) -> str:
    """The report in plain English for a person."""
    from datetime import date, datetime

    lines = [report["conference"]["title"]]
    source = _("from the file") if report["profile"]["from_file"] else _("default rules")
    lines.append(_("Authority: {name} ({source})").format(name=report["profile"]["name"],
                                                          source=source))
    quoracy = report["quoracy"]
    lines.append("")
    if quoracy["moment"]:
        moment = format_time(datetime.fromisoformat(quoracy["moment"]))
        lines.append(_("Quoracy when the decision was taken at {time}:").format(time=moment))
    else:
        lines.append(_("Quoracy:"))
    lines.append("  " + quoracy["summary"])
    for heading, key in ((_("Counted:"), "counted"), (_("Not counted:"), "not_counted"),
                         (_("Still needed:"), "missing")):
        if quoracy[key]:
            lines.append("  " + heading)
            lines.extend(f"    - {text}" for text in quoracy[key])
    lines.append("")
    lines.append(_("Due dates:"))
    for item in report["due_dates"]:
        due = format_day(date.fromisoformat(item["due"]))
        lines.append(f"  {item['title']}: {due}")
        lines.append(f"    {item['basis']}")
        if item["override"]:
            lines.append("    " + _("Changed by the chair to {date}: {reason}").format(
                date=format_day(date.fromisoformat(item["override"]["on"])),
                reason=item["override"]["reason"]))
    lines.append("")
    readiness = report["readiness"]
    if readiness["ready"]:
        lines.append(_("Ready for sign-off: nothing is missing."))
    else:
        lines.append(_("Not ready for sign-off; still missing ({count}):").format(
            count=len(readiness["missing"])))
        for item in readiness["missing"]:
            stage = _(Stage(item["stage"]).title) if item["stage"] else ""
            lines.append(f"  - [{stage}] {item['message']}" if stage else f"  - {item['message']}")
    return "\n".join(lines)
