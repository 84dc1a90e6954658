"""Hostile files given to import-json, profile import and translation import (XLIFF, PO):
no traceback, a message naming what is wrong, and the archive unchanged after a refusal.

Each target runs EXAMPLES examples here (hypothesis, derandomized so CI sees the same ones);
benchmarks/hostile_files.py runs 10,000 and prints the counts.
"""

from __future__ import annotations

import pytest
from hostile_files import TARGETS, Tally, make_samples, run_examples

EXAMPLES = 250  # per target: 160 in all, about 25 s of one core


@pytest.mark.parametrize("target", TARGETS)
def test_hostile_files_are_refused_cleanly(target, archive, tmp_path):
    samples = make_samples(archive, tmp_path)
    tally = Tally()
    run_examples(target, samples, archive, tmp_path / "hostile", tally, EXAMPLES)
    print(tally.line(target))
    assert tally.tracebacks == []
    assert tally.silent == []
    assert tally.changed == []
    assert tally.unnamed == []
    assert tally.refused > 0


def test_a_po_file_with_a_damaged_charset_is_refused_by_name(archive, tmp_path):
    # Found by benchmarks/hostile_files.py (3 of 2,500 PO examples): a traceback before.
    from hostile_files import command_for, fingerprint, run_command

    samples = make_samples(archive, tmp_path)
    before = fingerprint(archive)
    file = tmp_path / "damaged.po"
    file.write_bytes(samples.po.replace(b"charset=utf-8", b"charset=utf-f\xc2\xa18", 1)
                     .replace(b"charset=UTF-8", b"charset=utf-f\xc2\xa18", 1))
    code, stderr, trace = run_command(command_for("translation po", samples, file), archive)
    assert trace is None and code != 0
    assert "Content-Type" in stderr and "charset=UTF-8" in stderr
    assert fingerprint(archive) == before
