"""Shared test set-up: offscreen Qt, a temporary data folder, and an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    """Every test gets its own empty data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(folder))
    return folder
