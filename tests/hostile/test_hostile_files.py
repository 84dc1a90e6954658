"""Hostile files given to import-json, profile import and translation import (XLIFF, PO):
no traceback, a message naming what is wrong, and the archive unchanged after a refusal.

Each target runs EXAMPLES examples here (hypothesis, derandomized so CI sees the same ones);
benchmarks/hostile_files.py runs 10,000 and prints the counts.
"""

from __future__ import annotations

import pytest
from hostile_files import TARGETS, Tally, make_samples, run_examples

EXAMPLES = 40  # per target: 160 in all, about 25 s of one core


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
