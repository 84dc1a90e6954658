"""`cpmeeting verify FILE.pdf`: valid, altered, or unknown signer, naming the signer.

Exit codes: 0 valid; 1 altered (or not signed, or not a readable PDF); 2 unknown signer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpmeeting.i18n import _

EXIT_CODES = {"valid": 0, "altered": 1, "not signed": 1, "unknown signer": 2}


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    """Options of the verify command."""
    parser.add_argument("file", metavar="FILE.pdf", type=Path, help=_("the signed PDF to check"))


def run(args: argparse.Namespace) -> int:
    """Print the verdict and the signer; the exit code says the same."""
    from cpmeeting.documents.signing import Verdict, verify_pdf

    try:
        data = args.file.read_bytes()
    except OSError as error:
        print(_("Cannot read {file}: {error}").format(file=args.file, error=error.strerror),
              file=sys.stderr)
        return 1
    result = verify_pdf(data)
    messages = {
        Verdict.VALID: _("valid: signed by {signer}{when}; unchanged since it was signed."),
        Verdict.ALTERED: _("altered: the file has changed since {signer} signed it; do not "
                           "rely on it."),
        Verdict.UNKNOWN_SIGNER: _("unknown signer: the file is unchanged since it was signed, "
                                  "but by {signer}, whose certificate this installation does "
                                  "not know."),
        Verdict.UNSIGNED: _("not signed: the file carries no signature."),
    }
    if result.verdict is Verdict.ALTERED and not result.signer:
        messages[Verdict.ALTERED] = _("altered: the file is damaged or not a signed PDF; do "
                                      "not rely on it.")
    signer = result.signer
    when = ""
    if result.signed_at is not None:
        when = _(" on {moment}").format(moment=result.signed_at.strftime("%Y-%m-%d %H:%M %Z"))
    print(messages[result.verdict].format(signer=signer, when=when))
    return EXIT_CODES[result.verdict.value]
