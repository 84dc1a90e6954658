"""Writing a command's output file, saying plainly when it cannot be written."""

from __future__ import annotations

import sys
from pathlib import Path

from cpmeeting.i18n import _

BAD_FILE = 2


def write_or_say(file: Path, content: str | bytes) -> bool:
    """Write content (text as UTF-8) to file; False after saying on stderr why it could not."""
    try:
        if isinstance(content, bytes):
            file.write_bytes(content)
        else:
            file.write_text(content, encoding="utf-8")
    except OSError as error:
        print(_("Could not write {file}: {problem}").format(file=file, problem=error.strerror),
              file=sys.stderr)
        return False
    return True
