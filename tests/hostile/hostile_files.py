"""Hostile files for the importing commands, and the judge of what each command did with one.

Shared by tests/hostile/test_hostile_files.py (1,000 examples) and
benchmarks/hostile_files.py (10,000). Each example starts from a real file cpmeeting wrote
(the demo conference as JSON, the profile, a family copy's XLIFF and PO) and breaks it: a
field set to a wrong type, a 5 MB string, deep nesting or an impossible date (2027-02-30);
a field removed or an unknown one added; an item repeated (duplicate ids); an id pointing at
nothing (a dangling reference); the bytes cut short or made invalid UTF-8; an XML entity bomb
or an external entity. The command runs in process (`cpmeeting.cli.main`, given the
already-open archive) and is judged: no traceback; a refusal says on stderr what is wrong,
naming the field where one was broken; the archive unchanged after a refusal (a hash of every
row, compared before and after; the tests also compare a few by export-json, in the real
program's own process).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import re
import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

FIVE_MB = 5 * 1024 * 1024
DEEP = 100_000
IMPOSSIBLE_DATE = "2027-02-30"

# Wrong values for any field: other types, huge text, deep nesting, dates that do not exist.
HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.just("x" * FIVE_MB), st.just(IMPOSSIBLE_DATE), st.just("2027-02-30T25:61:00"),
    st.just({}), st.just([]), st.just([None]), st.just({"id": None}),
    st.just("deep list"), st.just("deep object"),
)


DEEP_TEXT = {"deep list": b"[" * DEEP + b"]" * DEEP,
             "deep object": b'{"a":' * DEEP + b"1" + b"}" * DEEP}


def _placeholder(kind: str) -> str:
    """Stands in for a deeply nested value until the document is written (json cannot)."""
    return f"@@{kind}@@"


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a JSON document."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def _at(document: Any, path: tuple) -> Any:
    for part in path:
        document = document[part]
    return document


@dataclass
class Breakage:
    """What was done to the file; `field` is the name a refusal should mention, if any."""

    description: str
    field: str | None = None


def _whole_file(value: Any) -> bool:
    """A value that makes the whole file too large or too deep: refused as a file, before any
    field is looked at, and the message says so instead of naming a field."""
    return isinstance(value, str) and (len(value) >= FIVE_MB or value.startswith("@@deep"))


def _last_name(path: tuple) -> str | None:
    names = [p for p in path if isinstance(p, str)]
    return names[-1] if names else None


def _is_reference(path: tuple) -> bool:
    """A field that holds the id of another record (invitee_id, child_ids[2], not_for[0]...)."""
    name = _last_name(path) or ""
    return name != "id" and (name.endswith(("_id", "_ids")) or name in ("not_for",
                                                                        "substitute_for"))


@st.composite
def broken_json(draw, original: dict) -> tuple[bytes, Breakage]:
    """The document with one thing broken, serialised, maybe cut short or made invalid UTF-8."""
    document = copy.deepcopy(original)
    every = paths(document)
    kind = draw(st.sampled_from(["set", "delete", "unknown", "duplicate", "dangling", "bytes",
                                 "raw"]))
    breakage = Breakage(kind)
    if kind == "raw":
        data = draw(st.one_of(
            st.binary(max_size=200), st.sampled_from(list(DEEP_TEXT.values())),
            st.just(b""), st.just(b"\xff\xfe{}"),
            st.just(json.dumps("x" * FIVE_MB).encode()), st.just(b"null"), st.just(b"[]")))
        return data, Breakage("raw bytes")
    if kind == "set":
        path = draw(st.sampled_from(every))
        value = draw(HOSTILE_VALUES)
        if isinstance(value, str) and value in DEEP_TEXT:
            value = _placeholder(value)
        _at(document, path[:-1])[path[-1]] = value
        breakage = Breakage(f"set {path}", None if _whole_file(value) else _last_name(path))
    elif kind == "delete":
        keyed = [p for p in every if isinstance(p[-1], str)]
        path = draw(st.sampled_from(keyed))
        del _at(document, path[:-1])[path[-1]]
        breakage = Breakage(f"delete {path}", path[-1])
    elif kind == "unknown":
        objects = [p for p in [(), *every] if isinstance(_at(document, p), dict)]
        path = draw(st.sampled_from(objects))
        value = draw(HOSTILE_VALUES.filter(lambda v: not (isinstance(v, str) and v in DEEP_TEXT)))
        _at(document, path)["zz_unknown_field"] = value
        breakage = Breakage(f"unknown field at {path}",
                            None if _whole_file(value) else "zz_unknown_field")
    elif kind == "dangling":
        references = [p for p in every if _is_reference(p) and isinstance(_at(document, p), str)]
        if references:
            path = draw(st.sampled_from(references))
            _at(document, path[:-1])[path[-1]] = "0" * 32  # the form of an id, of nothing
            breakage = Breakage(f"dangling {path}", _last_name(path))
    elif kind == "duplicate":
        lists = [p for p in every if isinstance(_at(document, p), list) and _at(document, p)]
        if lists:
            path = draw(st.sampled_from(lists))
            items = _at(document, path)
            items.append(copy.deepcopy(items[draw(st.integers(0, len(items) - 1))]))
            breakage = Breakage(f"duplicate in {path}")
    data = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    for kind_of_deep, text in DEEP_TEXT.items():
        data = data.replace(json.dumps(_placeholder(kind_of_deep)).encode(), text)
    if kind == "bytes" or draw(st.integers(0, 9)) == 0:
        data, how = draw(_spoiled(data))
        breakage = Breakage(how)
    return data, breakage


@st.composite
def _spoiled(draw, data: bytes) -> tuple[bytes, str]:
    how = draw(st.sampled_from(["truncated", "invalid UTF-8", "NUL"]))
    at = draw(st.integers(0, max(0, len(data) - 1)))
    if how == "truncated":
        return data[:at], how
    if how == "invalid UTF-8":
        return data[:at] + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80",
                                                 b"\xf8\x88\x80\x80\x80"])) + data[at:], how
    return data[:at] + b"\x00" + data[at:], how


@st.composite
def _text_or_bytes(draw, kind: str, text: str, original: bytes) -> tuple[bytes, Breakage]:
    """Stray text inserted anywhere (kind "text"), or the bytes spoiled."""
    if kind == "text":
        inserted = draw(st.text(max_size=30))
        at = draw(st.integers(0, len(text)))
        return (text[:at] + inserted + text[at:]).encode("utf-8"), Breakage(kind)
    data, how = draw(_spoiled(original))
    return data, Breakage(how)


ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
"""


@st.composite
def broken_xliff(draw, original: bytes) -> tuple[bytes, Breakage]:
    """The XLIFF file with one thing broken."""
    text = original.decode("utf-8")
    kind = draw(st.sampled_from(["bomb", "external", "text", "bytes", "duplicate", "deep",
                                 "attribute", "huge"]))
    if kind in ("bomb", "external"):
        body = text.split("?>", 1)[1]
        entity = "&lol3;" if kind == "bomb" else "&secret;"
        body = body.replace("<target", f"<target>{entity}</target><target", 1)
        head = ENTITY_BOMB if kind == "bomb" else EXTERNAL_ENTITY
        return head + body.encode("utf-8"), Breakage(kind)
    if kind == "duplicate":
        start = text.index("<unit")
        end = text.index("</unit>", start) + len("</unit>")
        return (text[:end] + text[start:end] + text[end:]).encode("utf-8"), Breakage(kind)
    if kind == "deep":
        return _in_first_target(text, "<g>" * 20_000 + "</g>" * 20_000), Breakage(kind)
    if kind == "attribute":
        name = draw(st.sampled_from(["trgLang", "srcLang", "id", "version", "state"]))
        value = draw(st.sampled_from(["", "zz", "x" * 1000, "../../etc", IMPOSSIBLE_DATE]))
        marker = f'{name}="'
        if marker in text:
            start = text.index(marker) + len(marker)
            end = text.index('"', start)
            text = text[:start] + value + text[end:]
        return text.encode("utf-8"), Breakage(f"attribute {name}={value[:20]!r}")
    if kind == "huge":
        return huge_translation("xliff", original), Breakage(kind)
    return draw(_text_or_bytes(kind, text, original))


def huge_translation(kind: str, original: bytes) -> bytes:
    """The XLIFF or PO file with 5 MB put at the start of its first translation."""
    if kind == "xliff":
        return _in_first_target(original.decode("utf-8"), "x" * FIVE_MB)
    text = original.decode("utf-8")
    # The first translation after the header's (msgstr "" then the header's lines).
    at = text.index('\nmsgstr "', text.index('\nmsgstr "') + 1) + len('\nmsgstr "')
    return (text[:at] + "x" * FIVE_MB + text[at:]).encode("utf-8")


def _in_first_target(text: str, inserted: str) -> bytes:
    """The XLIFF file with text put at the start of its first translation."""
    opening = re.search(r"<target[^>]*>", text)
    return (text[:opening.end()] + inserted + text[opening.end():]).encode("utf-8")


@st.composite
def broken_po(draw, original: bytes) -> tuple[bytes, Breakage]:
    """The PO file with one thing broken."""
    text = original.decode("utf-8")
    kind = draw(st.sampled_from(["text", "bytes", "duplicate", "header", "huge", "quote"]))
    if kind == "duplicate":
        start = text.index("\n#.")  # the first unit (the header has no extracted comment)
        end = text.index("\n\n", start + 1)
        return (text + text[start:end] + "\n").encode("utf-8"), Breakage(kind)
    if kind == "header":
        value = draw(st.sampled_from(["", "zz", "x" * 1000, "pl\\n\\nLanguage: cy"]))
        return text.replace("Language: ", f"Language: {value}", 1).encode(), Breakage(kind)
    if kind == "huge":
        return huge_translation("po", original), Breakage(kind)
    if kind == "quote":
        at = draw(st.integers(0, len(text)))
        return (text[:at] + '"' + text[at:]).encode(), Breakage(kind)
    return draw(_text_or_bytes(kind, text, original))


# Running and judging


@dataclass
class Tally:
    tried: int = 0
    accepted: int = 0
    refused: int = 0
    tracebacks: list[str] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)       # refused with nothing on stderr
    unnamed: list[str] = field(default_factory=list)      # a broken field not named
    changed: list[str] = field(default_factory=list)      # archive changed after a refusal

    @property
    def failed(self) -> int:
        return len(self.tracebacks) + len(self.silent) + len(self.unnamed) + len(self.changed)

    def line(self, name: str) -> str:
        return (f"{name:18} tried {self.tried:6}  accepted {self.accepted:6}  refused "
                f"{self.refused:6}  tracebacks {len(self.tracebacks)}  silent {len(self.silent)}"
                f"  field not named {len(self.unnamed)}  archive changed {len(self.changed)}")


def fingerprint(archive) -> str:
    """A hash of every row of every table but the journal, and of the journal its number of
    entries and newest sequence number per conference: equal before and after a command that
    wrote nothing. Each conference row holds the hash of its journal's newest entry, which is
    chained over every entry before it, so the entries themselves need not be read (their
    hash comes after the whole record in each row: reading it reads every record ever kept).
    Much cheaper than exporting every conference with export-json, which it stands in for."""
    from sqlalchemy import func, select

    from cpmeeting.store import schema

    digest = hashlib.blake2b()
    journal = schema.journal.c
    with archive.engine.connect() as connection:
        for table in schema.metadata.sorted_tables:
            query = (select(journal.conference_id, func.count(), func.max(journal.seq))
                     .group_by(journal.conference_id)
                     if table is schema.journal else select(table))
            digest.update(table.name.encode())
            for row in sorted(repr(tuple(row)) for row in connection.execute(query)):
                digest.update(row.encode())
    return digest.hexdigest()


def run_command(argv: list[str], archive=None) -> tuple[int | None, str, str | None]:
    """Exit code, stderr, and the traceback if one escaped. With archive, the command uses that
    open archive instead of opening the data folder's again."""
    from cpmeeting.cli import main

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv, archive=archive)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 2
    except BaseException:  # noqa: BLE001 - exactly what is being looked for
        return None, err.getvalue(), traceback.format_exc()
    return code, err.getvalue(), None


def restore(archive, samples: Samples) -> None:
    """Put the archive back as the samples left it, after an accepted file: conferences it
    added deleted, the sample conference and the profile as they were. Each example then
    starts from the same archive and costs the same: left in, what the accepted files added
    would be hashed after every later example, and re-saved by every profile import."""
    for summary in archive.list_conferences():
        if summary.id != samples.conference_id:
            archive.delete(summary.id)
    archive.load(samples.conference_id)  # so that save writes only the difference
    archive.save(samples.record, label="Put back after a hostile-file example")
    if archive.load_profile() != samples.authority_profile:
        archive.save_profile(samples.authority_profile)


def judge(tally: Tally, archive, before: str, argv: list[str], breakage: Breakage,
          samples: Samples) -> str:
    """Run one example against the open archive and record the verdict; returns the
    fingerprint to compare the next one with. After an accepted file the archive is restored
    to the samples."""
    tally.tried += 1
    code, stderr, trace = run_command(argv, archive)
    label = breakage.description[:120]
    if trace is not None:
        tally.tracebacks.append(f"{label}\n{trace[-1500:]}")
        return fingerprint(archive)
    if code == 0:
        tally.accepted += 1
        restore(archive, samples)
        return fingerprint(archive)
    tally.refused += 1
    if not stderr.strip():
        tally.silent.append(label)
    elif breakage.field and breakage.field not in stderr:
        tally.unnamed.append(f"{label}: {stderr.strip()[:300]}")
    after = fingerprint(archive)
    if after != before:
        tally.changed.append(label)
    return after


@dataclass
class Samples:
    """The real files the examples start from, made in the current data folder's archive."""

    conference_id: str
    conference: dict
    profile: dict
    xliff: bytes
    po: bytes
    record: Any  # the conference, and the profile, as restore() puts them back
    authority_profile: Any


def make_samples(archive, folder: Path) -> Samples:
    from cpmeeting.demo import demo_conference
    from cpmeeting.interchange.document import to_json
    from cpmeeting.interchange.profile_file import profile_to_json

    conference = demo_conference(date(2026, 11, 20))
    archive.save(conference)
    mother = next(p for p in conference.family if p.language == "pl")
    files = {}
    for kind in ("xliff", "po"):
        path = folder / f"copy.{kind}"
        code, stderr, trace = run_command(["translation", "export", conference.id, "--for",
                                           mother.id, "--lang", "pl", "--format", kind,
                                           str(path)], archive)
        assert code == 0 and trace is None, stderr or trace
        files[kind] = path.read_bytes()
    profile = archive.load_profile()
    return Samples(conference.id, json.loads(to_json(conference)),
                   json.loads(profile_to_json(profile)), files["xliff"], files["po"],
                   conference, profile)


def command_for(target: str, samples: Samples, file: Path) -> list[str]:
    if target == "import-json":
        return ["import-json", str(file), "--replace"]
    if target == "profile import":
        return ["profile", "import", str(file)]
    return ["translation", "import", samples.conference_id, str(file)]


def strategy_for(target: str, samples: Samples):
    return {"import-json": broken_json(samples.conference),
            "profile import": broken_json(samples.profile),
            "translation xliff": broken_xliff(samples.xliff),
            "translation po": broken_po(samples.po)}[target]


TARGETS = ("import-json", "profile import", "translation xliff", "translation po")


def run_examples(target: str, samples: Samples, archive, file: Path, tally: Tally,
                 examples: int, seed: int | None = None) -> None:
    """Give the command `examples` broken files, judging each into tally."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as with_seed

    state = {"before": fingerprint(archive)}

    @settings(max_examples=examples, derandomize=seed is None, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy_for(target, samples))
    def one(example):
        data, breakage = example
        file.write_bytes(data)
        state["before"] = judge(tally, archive, state["before"],
                                command_for(target, samples, file), breakage, samples)

    (with_seed(seed)(one) if seed is not None else one)()
