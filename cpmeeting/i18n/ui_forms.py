"""Babel extractor for Qt Designer forms (ui/*.ui): their translatable texts, as msgids.

babel.cfg maps `**.ui` to `extract_ui`, so `python -m cpmeeting.i18n.update` puts the forms'
labels, titles and accessible names in the interface catalog beside the Python code's; at run
time gui/forms.py's FormTranslator looks them up there with `_`. A <string> marked notr="true"
(an object's name, a style sheet) is not text a person reads, so it is left out; a form's
`extracomment` reaches the translator as a comment. Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any
from xml.parsers import expat


def extract_ui(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
               options: dict[str, Any]) -> Iterator[tuple[int, None, str, list[str]]]:
    """Yield (line, None, text, comments) for every translatable <string> of a .ui file."""
    found: list[tuple[int, str, list[str]]] = []
    current: dict[str, Any] | None = None

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal current
        if name == "string" and attributes.get("notr") != "true":
            comments = [attributes["extracomment"]] if attributes.get("extracomment") else []
            current = {"line": parser.CurrentLineNumber, "text": [], "comments": comments}

    def text(data: str) -> None:
        if current is not None:
            current["text"].append(data)

    def end(name: str) -> None:
        nonlocal current
        if name == "string" and current is not None:
            message = "".join(current["text"])
            if message.strip():
                found.append((current["line"], message, current["comments"]))
            current = None

    parser = expat.ParserCreate()
    # A form is ours, but refuse what an XML bomb needs all the same: no entity declarations.
    parser.EntityDeclHandler = _refuse_entities
    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    parser.EndElementHandler = end
    parser.ParseFile(fileobj)
    for line, message, comments in found:
        yield line, None, message, comments


def _refuse_entities(name: str, *_rest: object) -> None:
    raise ValueError(f"a Designer form declares the entity {name}; forms never need one")
