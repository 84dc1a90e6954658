"""Identifiers for records that other records point at."""

import uuid


def new_id() -> str:
    """A fresh random identifier (32 hex characters)."""
    return uuid.uuid4().hex
