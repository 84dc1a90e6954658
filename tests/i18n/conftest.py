"""The PDF reader of the document tests and the clock of the window tests, for the language
tests here (the invented conferences themselves are in tests/factories.py)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]


def _sample_module(folder: str, name: str):
    """Import a sample module that lives beside another folder's tests."""
    path = str(TESTS / folder)
    sys.path.insert(0, path)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(path)


@pytest.fixture
def pdf_text():
    return _sample_module("documents", "pdf_text")


@pytest.fixture
def gui_sample():
    return _sample_module("gui", "gui_sample")
