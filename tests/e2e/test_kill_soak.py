"""The short kill soak: the real window process killed with SIGKILL three times, and three
power-loss copies taken while it writes (benchmarks/kill_soak.py runs 100)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import kill_soak  # noqa: E402


@pytest.mark.slow
def test_three_hard_kills_lose_nothing_and_copies_open(tmp_path, monkeypatch):
    monkeypatch.setenv(kill_soak.KEY_ENV, kill_soak.KEY)
    kill_soak.install_fixed_keyring()
    rng = random.Random(7)
    figures = kill_soak.soak(tmp_path / "data", 3, rng)
    assert figures["problems"] == []
    assert (figures["kills"], figures["corrupt"], figures["lost"]) == (3, 0, 0)
    assert figures["acknowledged"] > 0
    copies = kill_soak.power_loss(tmp_path / "data", 3, rng)
    assert copies["problems"] == []
    assert (copies["copies"], copies["corrupt"], copies["not a prefix"]) == (3, 0, 0)
