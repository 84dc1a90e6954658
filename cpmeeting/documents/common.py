"""What the minutes and the plan share: the context of one copy, names, furniture, sign-off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from cpmeeting.domain.conference import Child, Conference
from cpmeeting.domain.copies import Audience, recipient
from cpmeeting.domain.copy_text import COMPLAINTS_FIELD
from cpmeeting.domain.logo import logo_bytes
from cpmeeting.domain.people import Invitee
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.signoff import latest_sign_off
from cpmeeting.i18n.notices import translation_notice

from .labels import capacity
from .layout import PageFurniture, SignatureBlock, SignaturePlace, Wording, render
from .text import paragraph
from .translated import FreeTextPrinter


@dataclass
class Rendered:
    """A laid-out document: its bytes, page count and where its signature block is."""

    pdf: bytes
    pages: int
    signature: SignaturePlace | None = None


@dataclass
class CopyContext:
    """One copy of one document: the record, the authority, who it is for, in which language."""

    conference: Conference
    profile: AuthorityProfile
    audience: Audience = field(default_factory=Audience.professionals)
    copy_date: date | None = None
    # The earlier conferences of the case, earliest first (the case timeline of a review).
    case: Sequence[Conference] = ()

    def __post_init__(self) -> None:
        self.words = Wording(self.audience.language)
        self.language = self.audience.language
        self.free = FreeTextPrinter(self.conference, self.audience, self.t)

    def say(self, record_id: str, field: str, english: str) -> str:
        """Free text as this copy prints it: translated, bilingual or marked (translated.py)."""
        return self.free(record_id, field, english)

    def t(self, message: str) -> str:
        return self.words.t(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.words.ngettext(singular, plural, count)

    def name(self, invitee_id: str | None, fallback: str = "") -> str:
        person = self.conference.invitee(invitee_id)
        return person.name if person else (fallback or self.t("Not recorded"))

    def child_name(self, child: Child) -> str:
        return child.display_name if child.display_name != "Unborn baby" else self.t("Unborn baby")

    def children_names(self, ids: list[str] | None = None) -> str:
        chosen = [c for c in self.conference.children if not ids or c.id in ids]
        return ", ".join(self.child_name(c) for c in chosen) or self.t("All children")

    def capacity(self, person: Invitee) -> str:
        """'Role, agency' or a family member's relationship (free text, so translated)."""
        if person.role.is_family and person.relationship:
            return self.say(person.id, "relationship", person.relationship)
        return capacity(person, self.t)

    def para(self, text: str, style: str = "body") -> Flowable:
        return paragraph(text, style, self.language)

    def table_heading(self, text: str, style: str = "h2") -> list[Flowable]:
        """A heading followed by a table: moved to the next page if less than 3 cm is left."""
        return [CondPageBreak(30 * mm), self.para(text, f"{style}-table")]

    def furniture(self, document_title: str) -> PageFurniture:
        c = self.conference
        label = ""
        person = recipient(c, self.audience)
        if person is not None:
            label = self.t("Copy for {name}, {date}").format(
                name=person.name, date=self.words.date(self.copy_date or date.today()))
        version = self.t("version {number}").format(number=c.version)
        return PageFurniture(
            marking=self.profile.marking.upper(),
            header_left=", ".join(self.child_name(ch) for ch in c.children),
            header_right=f"{self.t(c.kind.title)}, {self.words.date(c.date)}",
            footer_left=f"{document_title}, {version}",
            page_template=self.t("Page {page} of {pages}"),
            copy_label=label,
            language=self.language,
            notice=(translation_notice(self.language) or "") if self.audience.is_family else "",
            logo=logo_bytes(self.profile.logo),
        )

    def finish(self, story: list[Flowable], title: str) -> Rendered:
        """The story closed with the complaints procedure and the sign-off, laid out as a PDF."""
        closing, place = self.signature_story()
        story = [*story, *self.complaints_story(), *closing]
        pdf, pages = render(story, self.furniture(title), title, self.profile.name)
        return Rendered(pdf, pages, place)

    def complaints_story(self) -> list[Flowable]:
        """The authority's complaints procedure, closing the minutes and the plan."""
        text = self.profile.complaints_procedure.strip()
        if not text:
            return []
        said = self.say(self.conference.id, COMPLAINTS_FIELD, self.profile.complaints_procedure)
        return [KeepTogether([self.para(self.t("If you are unhappy with the conference"), "h1"),
                              self.para(said)])]

    def signature_story(self) -> tuple[list[Flowable], SignaturePlace | None]:
        """The closing sign-off: history of versions and the visible signature block."""
        c = self.conference
        story: list[Flowable] = [self.para(self.t("Sign-off"), "h1")]
        for s in c.sign_offs:
            line = self.t("Version {version} signed by {name} ({role}) on {date} at {time}.")
            story.append(self.para(line.format(version=s.version, name=s.signed_by,
                                               role=s.role, date=self.words.date(s.signed_at.date()),
                                               time=self.words.time(s.signed_at)), "small"))
            if s.readiness_waiver:
                waiver = self.say(c.id, f"sign_off.{s.version}.readiness_waiver", s.readiness_waiver)
                story.append(self.para(self.t("Signed before every item was complete, because: {reason}")
                                       .format(reason=waiver), "small"))
        for a in c.amendments:
            line = self.t("Version {version} opened by {name} on {date} at {time}: {reason}")
            story.append(self.para(line.format(version=a.version, name=a.made_by,
                                               date=self.words.date(a.made_at.date()),
                                               time=self.words.time(a.made_at),
                                               reason=self.say(c.id, f"amendment.{a.version}.reason", a.reason)),
                                   "small"))
        current = latest_sign_off(c)
        if current is None:
            story.append(self.para(self.t("Draft: this version has not been signed."), "muted"))
            return story, None
        place = SignaturePlace()
        block = SignatureBlock([
            self.t("Signed electronically by {name}").format(name=current.signed_by),
            current.role,
            self.t("{date} at {time}").format(date=self.words.date(current.signed_at.date()),
                                              time=self.words.time(current.signed_at)),
            self.t("Version {number}; check with: cpmeeting verify").format(number=current.version),
        ], place, self.language)
        story.append(KeepTogether([Spacer(1, 4 * mm), block]))
        return story, place
