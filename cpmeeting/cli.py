"""The command line. No arguments opens the window; each subcommand lives in its own module.

Subcommand modules are imported only when used, so `cpmeeting check` never loads Qt.
Each module named here provides `add_arguments(parser)` and `run(args) -> int`. A command that
cannot go on (no archive, no such conference) says why on stderr and raises CommandStopped
(commands/_archive.py), whose exit code is the process's.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
from typing import TYPE_CHECKING

from cpmeeting.i18n import interface_translations

if TYPE_CHECKING:
    from cpmeeting.store.archive import Archive

# name: (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("cpmeeting.commands.demo", "Create an invented demonstration conference."),
    "check": ("cpmeeting.commands.check", "Check a conference file: quoracy, due dates, readiness."),
    "export-json": ("cpmeeting.commands.interchange", "Write a conference to a JSON file."),
    "import-json": ("cpmeeting.commands.interchange", "Read a conference from a JSON file."),
    "profile": ("cpmeeting.commands.profile", "Show, export, import or reset the authority profile."),
    "new-review": ("cpmeeting.commands.review",
                   "Start a review conference from the signed conference before it."),
    "list": ("cpmeeting.commands.listing", "List the conferences in the archive."),
    "export": ("cpmeeting.commands.export", "Write the minutes, plan and copies as PDF files."),
    "verify": ("cpmeeting.commands.verify", "Check the signature on a PDF."),
    "audit": ("cpmeeting.commands.audit",
              "Show a conference's history (who, when, what), or verify its journal."),
    "export-ssd": ("cpmeeting.commands.ssd",
                   "Write a conference as Standard Safeguarding Dataset CSV and JSON files."),
    "translation": ("cpmeeting.commands.translation",
                    "Export or import the free text of a family copy for translation."),
    "self-test": ("cpmeeting.commands.self_test",
                  "Check that this installed copy works: archive, catalogs, scripts, signed PDF."),
}


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    """The parser for argv: with the arguments of the commands it names, in the interface's
    language. Built once per such pair, since a program may run many commands (benchmarks)."""
    named = tuple(name for name in COMMANDS if name in argv)
    return _parser(named, interface_translations())


@functools.lru_cache(maxsize=16)
def _parser(named: tuple[str, ...], _translations: object) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpmeeting",
        description="Child protection conferences: run the meeting, keep the record, "
        "produce the minutes. With no command, opens the window.",
    )
    parser.add_argument("--database", metavar="URL",
                        help="database URL (default: the encrypted file in the data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        command_parser.set_defaults(module=module_name)
        # Only the command asked for is imported, to add its arguments and run it.
        if name in named:
            importlib.import_module(module_name).add_arguments(command_parser, name)
    return parser


def main(argv: list[str] | None = None, archive: Archive | None = None) -> int:
    """Run the command in argv. A program that runs many commands against one archive it holds
    open (the hostile-file runs) passes it as archive: it is used instead of opening, and
    decrypting, the archive again for each command, and it stays open afterwards."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    if args.command is None:
        from cpmeeting.gui.app import run_window

        return run_window(database_url=args.database)
    from cpmeeting.commands._archive import HELD_ARCHIVE, CommandStopped

    setattr(args, HELD_ARCHIVE, archive)

    module = importlib.import_module(args.module)
    try:
        return module.run(args)
    except CommandStopped as stop:  # the command has said why on stderr
        return stop.exit_code
