"""Bidirectional text (UAX #9): embedding levels with isolates, and the visual order of runs.

Pure Python on top of python-bidi's reference algorithm; no drawing here. The documents'
script-aware paragraphs (documents/scripts.py) use it to order each line for display.
"""

from __future__ import annotations

from bidi import algorithm as uax9

ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
PDI = "\u2069"
ISOLATE_CONTROLS = "\u2066\u2067\u2068\u2069"
# Embeddings and overrides would make python-bidi drop characters; paragraphs never need them.
_EMBEDDINGS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))


def without_embeddings(text: str) -> str:
    """Text without the legacy embedding and override controls (isolates are kept)."""
    return text.translate(_EMBEDDINGS)


def paragraph_level(text: str) -> int:
    """0 or 1: the direction of the first strong character (rule P2), left to right if none."""
    return uax9.get_base_level(text) if text else 0


def _resolved(text: str, base_level: int) -> list[int]:
    """UAX #9 levels up to rule I2 for text without isolates (python-bidi's algorithm)."""
    storage = uax9.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    uax9.get_embedding_levels(text, storage)
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    levels = [ch["level"] for ch in storage["chars"]]
    return levels if len(levels) == len(text) else [base_level] * len(text)


def _isolates(text: str) -> list[tuple[int, int]]:
    """The outermost isolates as (opener, closer) indexes; an unclosed one runs to the end."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in ISOLATE_OPENERS:
            if depth == 0:
                start = i
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    if depth:
        spans.append((start, len(text)))
    return spans


def levels(text: str, base_level: int) -> list[int]:
    """The resolved bidi embedding level of every character (UAX #9 up to rule I2).

    python-bidi's reference algorithm predates isolates (FSI/LRI/RLI ... PDI), so they are
    done here: the outer text sees an isolate as neutral characters (rule X6a), and its
    content is resolved as a paragraph of its own, raised to the next level of its direction.
    Text from the record is isolated this way so that a name or an English sentence keeps its
    punctuation inside a right-to-left line.
    """
    spans = _isolates(text)
    if not spans:
        return _resolved(text, base_level)
    outer = list(text)
    for start, end in spans:
        outer[start:end + 1] = "\ufffc" * (min(end, len(text) - 1) - start + 1)
    resolved = _resolved("".join(outer), base_level)
    for start, end in spans:
        content = text[start + 1:end]
        opener = text[start]
        direction = {"\u2066": 0, "\u2067": 1}.get(opener, paragraph_level(content)
                                                     if content else 0)
        embedding = base_level + 1
        if embedding % 2 != direction:
            embedding += 1  # the least level above the paragraph's with the right parity
        inner = levels(content, direction)
        resolved[start + 1:end] = [level + embedding - direction for level in inner]
    return resolved



def visual_order(run_levels: list[int]) -> list[int]:
    """Indexes of a line's runs from left to right (rule L2), given each run's level."""
    order = list(range(len(run_levels)))
    if not order:
        return order
    top = max(run_levels)
    odd = [level for level in run_levels if level % 2] or [top + 1]
    for level in range(top, min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order
