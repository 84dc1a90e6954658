"""`cpmeeting verify FILE.pdf`: valid, altered, or unknown signer, naming the signer.

Exit codes: 0 valid; 1 altered (or not signed, or not a readable PDF); 2 unknown signer (or
one it cannot vouch for). Where no keyring works the trusted-signers list is sealed with the
archive's passphrase: --passphrase asks for it (or CPMEETING_PASSPHRASE gives it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpmeeting.i18n import N_, _

from ._archive import add_passphrase_option

# Why the list of trusted signers could not be checked, where it was not changed outside.
_LIST_PROBLEMS = {
    "no keyring": N_(
        "cannot vouch for the signer: the file is unchanged since {signer} signed it, but "
        "the list of trusted signers is sealed with a secret kept in the keyring, and no "
        "keyring is available here. Verify on a computer with its keyring working."),
    "needs passphrase": N_(
        "cannot vouch for the signer: the file is unchanged since {signer} signed it, but "
        "the list of trusted signers is sealed with the archive's passphrase. Run verify "
        "again with --passphrase (or set CPMEETING_PASSPHRASE) to check it."),
    "wrong passphrase": N_(
        "cannot vouch for the signer: the file is unchanged since {signer} signed it, but "
        "the passphrase given is not the one the list of trusted signers was sealed with, "
        "so the list cannot be checked. Run verify again with the archive's passphrase; if "
        "you are sure it was right, the seal itself was changed outside cpmeeting: ask "
        "whoever looks after this computer."),
}

EXIT_CODES = {"valid": 0, "altered": 1, "not signed": 1, "unknown signer": 2, "cannot vouch": 2}


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the verify command."""
    parser.add_argument("file", metavar="FILE.pdf", type=Path, help=_("the signed PDF to check"))
    add_passphrase_option(parser)


def run(args: argparse.Namespace) -> int:
    """Print the verdict and the signer; the exit code says the same."""
    from cpmeeting.documents.signing import Verdict, verify_pdf
    from cpmeeting.store.secrets import command_line_passphrase

    try:
        data = args.file.read_bytes()
    except OSError as error:
        print(_("Cannot read {file}: {error}").format(file=args.file, error=error.strerror),
              file=sys.stderr)
        return 1
    result = verify_pdf(data, command_line_passphrase(prompt=args.passphrase))
    messages = {
        Verdict.VALID: _("valid: signed by {signer}{when}; unchanged since it was signed."),
        Verdict.ALTERED: _("altered: the file has changed since {signer} signed it; do not "
                           "rely on it."),
        Verdict.UNKNOWN_SIGNER: _("unknown signer: the file is unchanged since it was signed, "
                                  "but by {signer}, whose certificate this installation does "
                                  "not know."),
        Verdict.UNSIGNED: _("not signed: the file carries no signature."),
        Verdict.CANNOT_VOUCH: _("cannot vouch for the signer: the file is unchanged since "
                                "{signer} signed it, but this installation's list of trusted "
                                "signers was changed outside cpmeeting, so it cannot say whether "
                                "{signer} is one of them. Check the signer another way, and ask "
                                "whoever looks after this computer what changed the list."),
    }

    if result.list_state in _LIST_PROBLEMS:
        messages[Verdict.CANNOT_VOUCH] = _(_LIST_PROBLEMS[result.list_state])
    if result.changed_after:
        messages[Verdict.ALTERED] = _("altered: changed after signing. {signer}'s signature "
                                      "is intact, but the file was added to after it was "
                                      "signed (a page, an annotation or a form), so what it "
                                      "shows is not what was signed; do not rely on it.")
    if result.verdict is Verdict.ALTERED and not result.signer:
        messages[Verdict.ALTERED] = _("altered: the file is damaged or not a signed PDF; do "
                                      "not rely on it.")
    signer = result.signer
    when = ""
    if result.signed_at is not None:
        when = _(" on {moment}").format(moment=result.signed_at.strftime("%Y-%m-%d %H:%M %Z"))
    print(messages[result.verdict].format(signer=signer, when=when))
    return EXIT_CODES[result.verdict.value]
