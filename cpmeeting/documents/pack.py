"""The pack the chair hands out: minutes, plan and the chosen copies, each a signed PDF."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copies import Audience, CopyPermission, copies_allowed, recipient
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.signoff import check_sign_off

from .common import Rendered
from .minutes import build_minutes
from .plan import build_plan
from .signing import SigningKey, sign_pdf
from .translated import UntranslatedText, check_translated

Progress = Callable[[int, int, str], None]
STEPS_PER_FILE = 2  # lay out, then sign and write


class NotSigned(Exception):
    """The record has not been signed off, so there is nothing to hand out yet."""


class UntranslatedCopy(UntranslatedText):
    """UntranslatedText that says which chosen copy it refuses, so a message can name whose."""

    def __init__(self, audience: Audience, refused: UntranslatedText) -> None:
        super().__init__(refused.to_do, refused.language)
        self.audience = audience


@dataclass(frozen=True)
class EasyReadCopy:
    """The easy-read plan for one family member, in the language of the audience."""

    audience: Audience


@dataclass(frozen=True)
class ChildLetterCopy:
    """The letter to a child who can read; made only because the chair chose it."""

    child_id: str
    language: str = "en"


Copy = Audience | EasyReadCopy | ChildLetterCopy


@dataclass
class PackResult:
    """What was written, and which copies were refused with why."""

    files: list[Path] = field(default_factory=list)
    pages: int = 0
    refused: list[CopyPermission] = field(default_factory=list)

    def details(self) -> dict[str, object]:
        """What the record's journal keeps of an export: which files, how many pages."""
        return {"files": [path.name for path in self.files], "pages": self.pages}


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "copy"


def planned_documents(conference: Conference, copies: list[Copy]
                      ) -> tuple[list[tuple[str, Copy, str]], list[CopyPermission]]:
    """(kind, copy, file stem) for each document to write, and the refusals."""
    stem = f"{conference.date.isoformat()}-v{conference.version}"
    jobs: list[tuple[str, Copy, str]] = []
    refused: list[CopyPermission] = []
    for copy in copies or [Audience.professionals()]:
        if isinstance(copy, ChildLetterCopy):
            child = conference.child(copy.child_id)
            name = child.given_name if child else copy.child_id
            jobs.append(("child_letter", copy, f"letter-for-{_slug(name)}{_language_tag(copy.language)}-{stem}"))
            continue
        if isinstance(copy, EasyReadCopy):
            person = recipient(conference, copy.audience)
            tag = f"for-{_slug(person.name)}" if person else "family"
            jobs.append(("easy_read", copy, f"easy-read-plan-{tag}"
                         f"{_language_tag(copy.audience.language)}-{stem}"))
            continue
        audience = copy
        person = recipient(conference, audience)
        tag = f"copy-for-{_slug(person.name)}" if person else "professionals"
        if audience.language not in ("", "en"):  # one copy per language, none overwritten
            tag += f"-{audience.language}" + ("-bilingual" if audience.bilingual else "")
        permission = copies_allowed(conference, audience)
        if permission.allowed:
            jobs.append(("minutes", audience, f"minutes-{tag}-{stem}"))
        else:
            refused.append(permission)
        if person is None or person.role.is_family:
            jobs.append(("plan", audience, f"plan-{tag}-{stem}"))
    return jobs, refused


def _language_tag(language: str) -> str:
    return "" if language in ("", "en") else f"-{language}"


def build_document(kind: str, copy: Copy, conference: Conference, profile: AuthorityProfile,
                   copy_date: date | None = None, case: Sequence[Conference] = ()) -> Rendered:
    """Lay out one planned document (planned_documents' kind and copy)."""
    if kind == "easy_read":
        from .easy_read import build_easy_read

        return build_easy_read(conference, profile, copy.audience, copy_date)
    if kind == "child_letter":
        from .child_letter import build_child_letter

        return build_child_letter(conference, profile, copy.child_id, copy.language, copy_date)
    if kind == "minutes":
        return build_minutes(conference, profile, copy, copy_date, case)
    return build_plan(conference, profile, copy, copy_date)


def check_copies(conference: Conference, profile: AuthorityProfile,
                 copies: list[Copy]) -> None:
    """Raise UntranslatedCopy if a chosen copy refuses text still to translate, NoLetter if
    a letter to a child cannot be made."""
    from cpmeeting.domain.child_letter import letter_facts

    jobs, _refused = planned_documents(conference, copies)
    for kind, copy, _stem in jobs:
        if kind == "child_letter":
            letter_facts(conference, copy.child_id)
            continue
        audience = copy.audience if kind == "easy_read" else copy
        try:
            check_translated(conference, audience, plan_only=kind != "minutes", profile=profile)
        except UntranslatedText as refused:
            raise UntranslatedCopy(audience, refused) from None


def check_export(conference: Conference, profile: AuthorityProfile, copies: list[Copy],
                 sign_as: str = "", waiver: str = "") -> None:
    """Raise whatever would refuse this export, changing nothing: UntranslatedCopy, then for
    an unsigned record what sign() would refuse with (NotReady, ValueError).

    Call it before signing off, so a refused export leaves the record unsigned.
    """
    check_copies(conference, profile, copies)
    if not conference.is_signed:
        check_sign_off(conference, profile, sign_as, waiver)


def files_written(report: Progress) -> Progress:
    """A Progress for build_pack that calls report(file, files, name) once per file written,
    for a log of files rather than a bar of steps."""
    def progress(done: int, total: int, name: str) -> None:
        if done % STEPS_PER_FILE == 0:
            report(done // STEPS_PER_FILE, total // STEPS_PER_FILE, name)
    return progress


def build_pack(conference: Conference, profile: AuthorityProfile, folder: Path,
               copies: list[Copy], signer: SigningKey, progress: Progress | None = None,
               copy_date: date | None = None, case: Sequence[Conference] = ()) -> PackResult:
    """Write the signed PDFs into folder; progress(done, total, file name) after each step.

    A copy in another language carries its own choices (Audience.bilingual, .untranslated);
    with Untranslated.REFUSE and free text still to translate, raises UntranslatedCopy
    before any file is written. To sign off first, call check_export before signing.
    `case`: the earlier conferences of the case, earliest first (a review's timeline).
    """
    if not conference.is_signed:
        raise NotSigned("Sign off the record before exporting the minutes and plan.")
    check_copies(conference, profile, copies)  # refuse before writing anything
    jobs, refused = planned_documents(conference, copies)
    folder.mkdir(parents=True, exist_ok=True)
    total = STEPS_PER_FILE * len(jobs)
    result = PackResult(refused=refused)
    done = 0
    for kind, copy, stem in jobs:
        rendered: Rendered = build_document(kind, copy, conference, profile, copy_date, case)
        done += 1
        if progress:
            progress(done, total, f"{stem}.pdf")
        signed = sign_pdf(rendered.pdf, signer, rendered.signature,
                          reason=f"Chair's sign-off, version {conference.version}")
        path = folder / f"{stem}.pdf"
        path.write_bytes(signed)
        result.files.append(path)
        result.pages += rendered.pages
        done += 1
        if progress:
            progress(done, total, path.name)
    return result
