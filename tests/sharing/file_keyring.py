"""A keyring in a file, for the window processes of the two-laptop tests only: their keys
must outlive a killed process. Plain text, so never chosen by itself (viable is False); the
tests select it with PYTHON_KEYRING_BACKEND."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = -1
    viable = False

    def _file(self) -> Path:
        return Path(os.environ["CPMEETING_DATA_DIR"]) / "test-keyring.json"

    def _all(self) -> dict:
        try:
            return json.loads(self._file().read_text())
        except (OSError, ValueError):
            return {}

    def get_password(self, service, username):
        return self._all().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        values = self._all()
        values[f"{service}/{username}"] = password
        self._file().write_text(json.dumps(values))

    def delete_password(self, service, username):
        values = self._all()
        values.pop(f"{service}/{username}", None)
        self._file().write_text(json.dumps(values))
