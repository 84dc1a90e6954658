"""Two real windows in two processes on one PostgreSQL server: what the sharing tests and the
team benchmark drive. Each window is tests/sharing/peer.py."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PEER = Path(__file__).with_name("peer.py")
ROOT = Path(__file__).resolve().parents[2]


class Peer:
    """One window, answering one JSON line per command."""

    def __init__(self, url: str, conference_id: str, name: str, role: str, device: str,
                 watch: bool = False, display: str | None = None,
                 data: str | None = None) -> None:
        self.data = data or tempfile.mkdtemp(prefix=f"cpmeeting-{device}-")
        env = {**os.environ, "CPMEETING_DATA_DIR": self.data, "CPMEETING_USER": name,
               "CPMEETING_ROLE": role, "CPMEETING_DEVICE": device,
               "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": os.pathsep.join([str(ROOT), str(PEER.parent)]),
               "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
               "QT_LOGGING_RULES": "qt.qpa.*=false"}
        if display is not None:  # a real window on this X display (screenshots)
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        self.seen: list[tuple[str, float]] = []
        self.process = subprocess.Popen(
            [sys.executable, str(PEER), url, conference_id, *(["--watch"] if watch else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        ready = self._answer()
        assert ready.get("ready"), ready

    def _answer(self) -> dict:
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError(f"the window process ended (exit {self.process.wait()})")
            answer = json.loads(line)
            if "seen" in answer:
                self.seen.append((answer["seen"], answer["t"]))
                continue
            if "error" in answer:
                raise RuntimeError(answer["error"])
            return answer

    def do(self, what: str, **details) -> dict:
        self.process.stdin.write(json.dumps({"do": what, **details}) + "\n")
        self.process.stdin.flush()
        return self._answer()

    def state(self) -> dict:
        return self.do("state")

    def wait_for(self, condition, what: str, seconds: float = 30) -> dict:
        """The window's state once condition(state) holds (the test fails naming what it
        waited for, if it never does)."""
        deadline = time.monotonic() + seconds
        while True:
            state = self.state()
            if condition(state):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"never happened: {what}; last state {state}")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: the laptop dies, with no chance to tidy up."""
        self.process.kill()
        self.process.wait()

    def close(self, keep_data: bool = False) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(RuntimeError, BrokenPipeError, OSError):
                self.do("quit")
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if not keep_data:
            shutil.rmtree(self.data, ignore_errors=True)


class Server:
    """A PostgreSQL server of the test's own on loopback, which the test may stop and start."""

    def __init__(self) -> None:
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        if not found:
            raise FileNotFoundError("PostgreSQL is not installed (Debian: postgresql)")
        self.bin = found[-1].parent
        self.dir = Path(tempfile.mkdtemp(prefix="cpmeeting-pg-own-"))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", str(self.dir / "data"), "-U", "postgres", "-A", "trust",
                  "--no-sync", "-E", "UTF8")
        self.start()
        subprocess.run([self.bin / "createdb", "-h", "127.0.0.1", "-p", str(self.port),
                        "-U", "postgres", "shared"], check=True)
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/shared"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if os.getuid() == 0:  # initdb and the server refuse to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "log"), "-w",
                  "-o", f"-c listen_addresses=127.0.0.1 -p {self.port} "
                        f"-c unix_socket_directories={self.dir} -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
