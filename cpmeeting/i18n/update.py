"""Re-extract the catalogs' templates from the code, update every catalog, compile them.

    python -m cpmeeting.i18n.update            # templates, catalogs and their .mo files
    python -m cpmeeting.i18n.update --check    # exit 1 if a template is out of date (CI)

Domain `cpmeeting` is the interface (the window, the command line, messages from the store);
domain `documents` is the fixed text of the minutes, plan and family copies. The domain
model's N_ text (stage titles, grounds, categories...) is shown in both, so it is in both.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from cpmeeting.paths import REPO_ROOT, TRANSLATIONS

from .catalogs import (
    DOCUMENT_LANGUAGES,
    DOCUMENTS,
    DOMAINS,
    INTERFACE,
    INTERFACE_LANGUAGES,
    STATUS_HEADERS,
    UNCHECKED,
    add_headers,
    catalog_status,
    compile_po,
    load_catalog,
    po_path,
    read_headers,
    template_path,
)

SOURCES: dict[str, tuple[str, ...]] = {
    INTERFACE: ("cpmeeting/gui", "ui", "cpmeeting/store", "cpmeeting/commands", "cpmeeting/cli.py",
                "cpmeeting/__main__.py", "cpmeeting/domain"),
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
LANGUAGES: dict[str, tuple[str, ...]] = {
    INTERFACE: INTERFACE_LANGUAGES,
    DOCUMENTS: DOCUMENT_LANGUAGES,
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


def _po_text(catalog: Catalog, headers: dict[str, str]) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=False, omit_header=False,
             ignore_obsolete=False, include_previous=False)
    return add_headers(buffer.getvalue().decode("utf-8"), headers)


def _strings(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def _template_messages(catalog: Catalog) -> list[tuple]:
    return sorted((m.id if isinstance(m.id, str) else "\0".join(m.id), m.context or "")
                  for m in catalog if m.id)


def update_domain(domain: str, root: Path = TRANSLATIONS) -> list[Path]:
    """Write the domain's template and update its catalogs; the paths written.

    The pseudo-locale needs no file: cpmeeting.i18n.catalogs makes it from the template.
    """
    template = extract(domain)
    pot = template_path(domain, root)
    pot.parent.mkdir(parents=True, exist_ok=True)
    written = [pot] if _write(pot, _po_text(template, {
        "X-Produced-By": "cpmeeting.i18n.update (template)"})) else []
    for language in LANGUAGES[domain]:
        target = po_path(domain, language, root)
        if target.is_file():
            headers = {k: v for k, v in read_headers(target).items() if k in STATUS_HEADERS}
            with target.open("rb") as source:
                catalog = read_po(source, locale=language)
            # No fuzzy guesses: a near-miss translation in a family's copy is worse than none.
            catalog.update(template, no_fuzzy_matching=True)
            # Keep retired messages only where someone translated them (they may come back).
            for key in [k for k, m in catalog.obsolete.items() if not any(_strings(m))]:
                del catalog.obsolete[key]
        else:
            headers = {"X-Produced-By": "", "X-Translation-Status": UNCHECKED}
            catalog = Catalog(locale=language, domain=domain, project="cpmeeting",
                              charset="utf-8", fuzzy=False)
            catalog.update(template)
        target.parent.mkdir(parents=True, exist_ok=True)
        if _write(target, _po_text(catalog, headers)):
            written.append(target)
    return written


_DATES = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"\n', re.M)


def _write(path: Path, text: str) -> bool:
    """Write a catalog unless only its dates would change (no churn in version control)."""
    if path.is_file() and _DATES.sub("", path.read_text(encoding="utf-8")) == _DATES.sub("", text):
        return False
    path.write_text(text, encoding="utf-8")
    return True


def compile_all(root: Path = TRANSLATIONS) -> list[Path]:
    """Build a .mo beside every .po (the install and bundle step)."""
    built = []
    for po_file in sorted(root.glob("*/LC_MESSAGES/*.po")):
        mo_file = po_file.with_suffix(".mo")
        mo_file.write_bytes(compile_po(po_file))
        built.append(mo_file)
    load_catalog.cache_clear()
    return built


def stale_templates(root: Path = TRANSLATIONS) -> list[str]:
    """Domains whose committed template lacks or holds messages the code no longer matches."""
    stale = []
    for domain in DOMAINS:
        path = template_path(domain, root)
        if not path.is_file():
            stale.append(domain)
            continue
        with path.open("rb") as source:
            committed = read_po(source)
        if _template_messages(committed) != _template_messages(extract(domain)):
            stale.append(domain)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cpmeeting.i18n.update",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether the templates match the code")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_templates()
        for domain in stale:
            print(f"{domain}.pot is out of date: run python -m cpmeeting.i18n.update")
        return 1 if stale else 0
    for domain in DOMAINS:
        for path in update_domain(domain):
            print(f"updated {path.relative_to(REPO_ROOT)}")
    print(f"compiled {len(compile_all())} catalogs")
    for domain in DOMAINS:
        for language in LANGUAGES[domain]:
            status = catalog_status(domain, language)
            if status is not None:
                print(f"{domain}/{language}: {status.translated} of {status.total} translated, "
                      f"{status.status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
