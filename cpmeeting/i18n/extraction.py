"""Finding every marked string in the code: the templates' content, for `update` and `xx`."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.frontend import parse_mapping_cfg

from cpmeeting.paths import REPO_ROOT

from .domains import DOCUMENTS, INTERFACE

SOURCES: dict[str, tuple[str, ...]] = {
    INTERFACE: ("cpmeeting/gui", "ui", "cpmeeting/store", "cpmeeting/commands", "cpmeeting/cli.py",
                "cpmeeting/__main__.py", "cpmeeting/domain", "cpmeeting/interchange"),
    DOCUMENTS: ("cpmeeting/documents", "cpmeeting/domain", "cpmeeting/i18n/notices.py"),
}
# Domain modules whose messages only the window and the command line show (rule checks,
# operation names, sign-off errors): left out of the documents catalog so that nobody pays to
# translate them into eleven languages. If a document starts printing one, the pseudo-locale
# test of the documents finds it in English; then remove the module from this list.
INTERFACE_ONLY: dict[str, tuple[str, ...]] = {
    DOCUMENTS: ("cpmeeting/domain/rules/quoracy.py", "cpmeeting/domain/rules/stage_checks.py",
                "cpmeeting/domain/rules/exclusion_checks.py", "cpmeeting/domain/meeting_ops.py",
                "cpmeeting/domain/signoff.py", "cpmeeting/domain/copies.py",
                "cpmeeting/domain/rules/profile_checks.py", "cpmeeting/domain/translation.py",
                "cpmeeting/domain/copy_text.py"),
    INTERFACE: (),
}
# `t` is the documents' Wording.t / context.t, which translates through the documents catalog;
# the minutes' `_field(ctx, label, value)` translates its second argument.
KEYWORDS = {"_": None, "N_": None, "t": None, "ngettext": (1, 2), "_field": (2,),
            "N_plural": (1, 2)}


def _method_map() -> tuple[list[tuple[str, str]], dict]:
    with (REPO_ROOT / "babel.cfg").open(encoding="utf-8") as config:
        return parse_mapping_cfg(config)


def extract(domain: str, root: Path = REPO_ROOT) -> Catalog:
    """A template catalog of every marked string in the domain's sources."""
    method_map, options_map = _method_map()
    template = Catalog(domain=domain, project="cpmeeting", charset="utf-8",
                       msgid_bugs_address="", fuzzy=False)
    for source in SOURCES[domain]:
        path = root / source
        if path.is_dir():
            found = ((source + "/" + filename, lineno, message, comments, context)
                     for filename, lineno, message, comments, context in
                     extract_from_dir(path, method_map, options_map, keywords=KEYWORDS,
                                      comment_tags=("TRANSLATORS:",), strip_comment_tags=True))
        elif path.is_file():
            found = ((source, lineno, message, comments, context)
                     for lineno, message, comments, context in
                     extract_from_file("python", path, keywords=KEYWORDS,
                                       comment_tags=("TRANSLATORS:",), strip_comment_tags=True))
        else:
            continue
        for filename, lineno, message, comments, context in found:
            if filename in INTERFACE_ONLY[domain]:
                continue
            if isinstance(message, str) and not message.strip():
                continue
            template.add(message, None, [(filename, lineno)], auto_comments=comments,
                         context=context)
    return template
