"""`cpmeeting profile show|export|import|reset`: the authority's local variants of the rules.

Import writes nothing unless the whole file is valid (the interchange schema, then the
profile's own checks); the message names the field. Reset restores domain.md's defaults and
keeps the authority's name.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from cpmeeting.commands._archive import add_passphrase_option, opened_archive
from cpmeeting.commands._files import BAD_FILE, write_or_say
from cpmeeting.domain.profile import AuthorityProfile, Timescales
from cpmeeting.i18n import _, ngettext


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help=_("print the profile stored in the archive"))
    show.add_argument("--json", action="store_true",
                      help=_("print it as a profile file, for a program or to keep"))
    export = actions.add_parser("export", help=_("write the profile to a JSON file"))
    export.add_argument("file", metavar="FILE.json", type=Path)
    imported = actions.add_parser("import", help=_("replace the profile with one from a file"))
    imported.add_argument("file", metavar="FILE.json", type=Path)
    actions.add_parser("reset", help=_("restore the default rules (the name is kept)"))
    for action in actions.choices.values():
        add_passphrase_option(action)


def run(args: argparse.Namespace) -> int:
    if args.action == "import":
        return import_profile(args)
    with opened_archive(args) as archive:
        if args.action == "reset":
            archive.save_profile(AuthorityProfile(name=archive.load_profile().name))
            print(_("The profile now has the default rules."))
            return 0
        profile = archive.load_profile()
    if args.action == "export":
        return export_profile(profile, args.file)
    print(profile_text(profile, as_json=args.json), end="")
    return 0


def export_profile(profile: AuthorityProfile, file: Path) -> int:
    """Write the profile file."""
    from cpmeeting.interchange.profile_file import profile_to_json

    if not write_or_say(file, profile_to_json(profile)):
        return 1
    print(_("Wrote the profile of {name} to {file}").format(name=profile.name, file=file))
    return 0


def import_profile(args: argparse.Namespace) -> int:
    """Check the file first; only a valid profile reaches the archive."""
    from cpmeeting.interchange.codec import FormatError
    from cpmeeting.interchange.profile_file import read_profile_file

    try:
        profile = read_profile_file(args.file)
    except (FormatError, OSError) as error:
        problem = str(error) if isinstance(error, FormatError) else error.strerror
        print(_("{file} is not a profile that cpmeeting can read: {problem}")
              .format(file=args.file, problem=problem), file=sys.stderr)
        return BAD_FILE
    with opened_archive(args) as archive:
        archive.save_profile(profile)
    print(_("Imported the profile of {name}").format(name=profile.name))
    return 0


def profile_text(profile: AuthorityProfile, as_json: bool = False) -> str:
    """The profile for a person to read, or as a profile file."""
    if as_json:
        from cpmeeting.interchange.profile_file import profile_to_json

        return profile_to_json(profile)
    from cpmeeting.domain.rules.calendar import CALENDAR_NAMES
    from cpmeeting.domain.rules.profile_checks import (
        FRAMEWORK_TITLES,
        NATION_TITLES,
        TIMESCALE_TERMS,
        describe_quoracy,
    )

    lines = [
        _("Authority: {name}").format(name=profile.name),
        _("Nation: {nation} (bank holidays of {calendar})").format(
            nation=_(NATION_TITLES[profile.nation]), calendar=_(CALENDAR_NAMES[profile.nation])),
        _("Quoracy: {rule}").format(rule=describe_quoracy(profile.quoracy, _)),
        _("Timescales:"),
    ]
    defaults = Timescales()
    for item in dataclasses.fields(Timescales):
        value, default = getattr(profile.timescales, item.name), getattr(defaults, item.name)
        term = TIMESCALE_TERMS[item.name]
        amount = (ngettext("{count} month", "{count} months", value) if term.months
                  else ngettext("{count} working day", "{count} working days", value))
        mark = "" if value == default else "  " + _("(default: {default})").format(default=default)
        lines.append(f"  {_(term.title)}: {amount.format(count=value)}{mark}")
    lines += [
        _("Analysis framework: {framework}").format(
            framework=_(FRAMEWORK_TITLES[profile.analysis_framework])),
        _("Document marking: {marking}").format(marking=profile.marking or "-"),
        _("Complaints procedure:"), _indent(profile.complaints_procedure),
        _("Introduction script:"), _indent(profile.introduction_script),
    ]
    return "\n".join(lines) + "\n"


def _indent(text: str) -> str:
    return "\n".join(("  " + line).rstrip() for line in (text or "-").splitlines())
