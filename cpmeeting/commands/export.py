"""`cpmeeting export CONFERENCE_ID --out FOLDER [--copy professionals] [--copy family:ID]`.

Writes the signed minutes, plan and the chosen copies. A record not yet signed off can be
signed here with --sign-as NAME (and --waiver REASON when the readiness check fails).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from cpmeeting.i18n import _, ngettext

from ._archive import add_passphrase_option, archived_conference, stop_for_write_fault

SIGNING_PASSPHRASE_ENV = "CPMEETING_SIGNING_PASSPHRASE"


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the export command."""
    parser.add_argument("conference_id", metavar="CONFERENCE_ID")
    parser.add_argument("--out", metavar="FOLDER", type=Path, required=True,
                        help=_("folder to write the PDF files into"))
    parser.add_argument("--copy", action="append", default=[], metavar="AUDIENCE",
                        help=_("'professionals', 'family:INVITEE_ID[:LANGUAGE]', "
                               "'easy-read:INVITEE_ID[:LANGUAGE]' (the easy-read plan) or "
                               "'child-letter:CHILD_ID[:LANGUAGE]' (a letter to a child who can "
                               "read); repeat for several (default: professionals)"))
    parser.add_argument("--sign-as", metavar="NAME", default="",
                        help=_("sign the record off as this chair first, if it is not signed"))
    parser.add_argument("--role", default="Independent chair", help=_("the signer's role"))
    parser.add_argument("--waiver", metavar="REASON", default="",
                        help=_("why sign-off need not wait for the readiness check"))
    add_passphrase_option(parser)
    parser.add_argument("--untranslated", choices=("refuse", "mark"), default="refuse",
                        help=_("family copies in another language: refuse while free text is "
                               "untranslated, or mark it and print the English"))
    parser.add_argument("--bilingual", action="store_true",
                        help=_("family copies in another language: that language, then English"))


def parse_copy(text: str, bilingual: bool = False, untranslated: str = "mark"):
    """'professionals', 'family:ID[:LANG]', 'easy-read:ID[:LANG]' or 'child-letter:ID[:LANG]'
    as what the pack writes (an Audience, EasyReadCopy or ChildLetterCopy)."""
    from cpmeeting.documents.pack import ChildLetterCopy, EasyReadCopy
    from cpmeeting.domain.copies import Audience, Untranslated

    if text == "professionals":
        return Audience.professionals()
    kind, _sep, rest = text.partition(":")
    if kind not in ("family", "easy-read", "child-letter") or not rest:
        raise ValueError(_("Unknown copy {copy!r}: use professionals, family:INVITEE_ID, "
                           "easy-read:INVITEE_ID or child-letter:CHILD_ID.").format(copy=text))
    record_id, _sep, language = rest.partition(":")
    if kind == "child-letter":
        return ChildLetterCopy(record_id, language or "en")
    audience = Audience.family(record_id, language or "en", bilingual, Untranslated(untranslated))
    return EasyReadCopy(audience) if kind == "easy-read" else audience


def _untranslated(conference, error) -> str:
    """Whose copy is refused and why, naming the language as the window does."""
    from cpmeeting.domain.copies import recipient
    from cpmeeting.i18n.locales import language_label

    person = recipient(conference, error.audience)
    return ngettext(
        "The copy for {name} in {language} is not written: {count} piece of free text is "
        "still to translate. Translate it (cpmeeting translation export, then import), or "
        "add --untranslated mark. Nothing was signed or written.",
        "The copy for {name} in {language} is not written: {count} pieces of free text are "
        "still to translate. Translate them (cpmeeting translation export, then import), or "
        "add --untranslated mark. Nothing was signed or written.",
        error.to_do).format(name=person.name if person else "",
                            language=language_label(error.language), count=error.to_do)


def _unknown_id(conference, copy) -> str:
    """What is wrong with the id a copy names, or '' if the conference has it."""
    from cpmeeting.documents.pack import ChildLetterCopy, EasyReadCopy

    if isinstance(copy, ChildLetterCopy):
        if conference.child(copy.child_id) is None:
            return _("No child with the id {id!r} is part of this conference.").format(
                id=copy.child_id)
        return ""
    audience = copy.audience if isinstance(copy, EasyReadCopy) else copy
    if audience.is_family and conference.invitee(audience.invitee_id) is None:
        return _("No invitee with the id {id!r} is part of this conference.").format(
            id=audience.invitee_id)
    if isinstance(copy, EasyReadCopy):
        person = conference.invitee(audience.invitee_id)
        if audience.invitee_id is None or not person.role.is_family:
            return _("An easy-read plan is for a family member: give their invitee id.")
    return ""


def run(args: argparse.Namespace) -> int:
    """Load, check, sign off if asked, and write the pack; exit 1 when refused, 3 if no archive.

    Every check that can refuse the export runs before the record is signed or saved.
    """
    from cpmeeting.documents.pack import UntranslatedCopy, build_pack, check_export, files_written
    from cpmeeting.documents.signing import chair_key
    from cpmeeting.domain.child_letter import NoLetter
    from cpmeeting.domain.signoff import NotReady, RecordLocked, sign_off_operation
    from cpmeeting.store.secrets import KeyringUnavailable

    try:
        copies = [parse_copy(text, args.bilingual, args.untranslated) for text in args.copy]
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    # A wrong passphrase is said plainly too (ArchiveLocked); a missing id exits 2.
    with archived_conference(args, args.conference_id, missing_exit=2) as (archive, conference):
        profile = archive.load_profile()
        for copy in copies:  # a mistyped id is refused, not signed and skipped
            refusal = _unknown_id(conference, copy)
            if refusal:
                print(refusal, file=sys.stderr)
                return 2
        if not conference.is_signed and not args.sign_as.strip():
            print(_("The record is not signed off. Add --sign-as NAME to sign it as the "
                    "chair (with --waiver REASON if the readiness check fails)."),
                  file=sys.stderr)
            return 1
        try:
            check_export(conference, profile, copies, args.sign_as, args.waiver)
        except UntranslatedCopy as error:
            print(_untranslated(conference, error), file=sys.stderr)
            return 1
        except NoLetter as error:
            print(_(error.template).format(**error.params) + " " + _("Nothing was signed or "
                                                                      "written."), file=sys.stderr)
            return 1
        except NotReady as error:
            print(_("Not ready for sign-off:"), file=sys.stderr)
            for finding in error.missing:
                print(f"  - {finding.render(_)}", file=sys.stderr)
            return 1
        except (RecordLocked, ValueError) as error:
            print(_(str(error)), file=sys.stderr)
            return 1
        if not conference.is_signed and archive.read_only:
            stop_for_write_fault(None, archive)  # signing is a change (and may make a key)
        # The key and the folder can refuse too: both before the record is signed.
        chair = (conference.sign_offs[-1].signed_by if conference.is_signed
                 else args.sign_as.strip())
        try:
            key = chair_key(chair, profile.name, os.environ.get(SIGNING_PASSPHRASE_ENV))
        except KeyringUnavailable as error:
            print(error, file=sys.stderr)
            return 3
        except ValueError:
            print(_("That signing passphrase does not open the chair's key."), file=sys.stderr)
            return 1
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            print(_("Could not write the files: {error}").format(error=error.strerror or error),
                  file=sys.stderr)
            return 1
        if not conference.is_signed:
            signing = sign_off_operation(conference, profile, args.sign_as, args.role,
                                         datetime.now().replace(microsecond=0), args.waiver)
            signing.apply(conference)
            archive.save(conference, [signing])

        def show(done: int, total: int, name: str) -> None:
            print(_("[{done}/{total}] {file}").format(done=done, total=total, file=name),
                  flush=True)

        try:
            from cpmeeting.store.case import earlier_conferences

            result = build_pack(conference, profile, args.out, copies, key,
                                progress=files_written(show),
                                case=earlier_conferences(archive, conference))
        except OSError as error:
            print(_("Could not write the files: {error}").format(error=error.strerror or error),
                  file=sys.stderr)
            return 1
        _note_export(archive, conference.id, result.details())
    for reason in result.refused:
        print(_("Not written: {reason}").format(reason=reason.render(_)))
    print(_("{count} files, {pages} pages, in {folder}").format(
        count=len(result.files), pages=result.pages, folder=args.out))
    return 0


def _note_export(archive, conference_id: str, details: dict) -> None:
    """The export in the record's history; where the archive cannot be written (a full disk,
    a read-only data folder) the files are still there, and that is said."""
    from sqlalchemy.exc import OperationalError

    from cpmeeting.store.write_faults import write_fault

    try:
        archive.record_event(conference_id, "Exported the signed minutes and plan", details)
    except OperationalError as error:
        if write_fault(error) is None and not archive.read_only:
            raise
        print(_("The files are written, but the export is not noted in the record's history: "
                "the archive cannot be written to just now (a full disk, or a read-only data "
                "folder)."), file=sys.stderr)
