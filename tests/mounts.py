"""A tiny tmpfs as the data folder, filled to the last byte or made read-only (root only:
CI runs as root). Shared by the fault tests of the window and of the commands."""

from __future__ import annotations

import errno
import hashlib
import subprocess
from pathlib import Path

import pytest


def mount_tmpfs(mount_point: Path, size: str = "3m") -> None:
    """Mount a tmpfs of this size at mount_point; skip the test (saying why) where it cannot."""
    mount_point.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'}): the "
                    "full-disk and read-only tests need one")


def remount(mount_point: Path, mode: str) -> None:
    """mode "ro" or "rw"; read-only needs nothing open for writing on it."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True)


def unmount(mount_point: Path) -> None:
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the disk; the file to delete to free them."""
    filler = folder / "filler"
    with open(filler, "wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under folder with a hash of its content: equal means nothing was written."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}
