"""Tests of the pure domain core: no Qt, no database."""
