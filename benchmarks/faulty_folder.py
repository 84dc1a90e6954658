"""Every command as a person runs it, on a data folder that is read-only, full, or cannot be made.

Each command runs as its own process (the installed `cpmeeting`, no keyring, the archive on a
passphrase) against the demo conference, signed once, in a 3 MB tmpfs that is then remounted
read-only, or filled to the last byte; and against a data folder whose place a file takes.
Prints, per condition: commands tried, those that did what was asked (the readers; verify
says "cannot vouch" with no keyring), those refused in words (exit 4 for a change; 3 for
anything needing the archive when there is no folder), tracebacks, answers with nothing
said, and whether the archive changed (the conference as export-json writes it, before and
after; for the folder that cannot be made, whether anything was made).
The target is 0 tracebacks, 0 silent refusals and an unchanged archive. Root only (mounts).
Run: sudo python benchmarks/faulty_folder.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mounts import fill, remount  # noqa: E402

ENV = {"CPMEETING_PASSPHRASE": "a benchmark passphrase",
       "CPMEETING_SIGNING_PASSPHRASE": "a signing passphrase",
       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def cpmeeting(folder: Path, *words: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cpmeeting", *words], capture_output=True,
                          text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, **ENV, "CPMEETING_DATA_DIR": str(folder)})


def commands(conference_id: str, unsigned: str,
             work: Path) -> tuple[list[list[str]], list[list[str]]]:
    """(those that only read, those that change the records)."""
    pdf = next((work / "signed").glob("*.pdf"))
    changed = work / "changed.json"
    readers = [["list"], ["list", "--due"], ["export-json", conference_id, str(work / "r.json")],
               ["audit", conference_id], ["audit", "verify", conference_id],
               ["export", conference_id, "--out", str(work / "again")], ["verify", str(pdf)],
               ["check", str(changed)], ["profile", "show"],
               ["profile", "export", str(work / "profile.json")]]
    writers = [["demo"], ["import-json", str(changed), "--replace"], ["profile", "reset"],
               ["profile", "import", str(work / "profile.json")],
               ["new-review", conference_id, "--date", "2027-03-01"],
               ["export", unsigned, "--out", str(work / "unsigned"), "--sign-as",
                "Imogen Castellane", "--waiver", "benchmark"]]  # (signing is a change)
    return readers, writers


def record(folder: Path, conference_id: str, work: Path) -> str:
    out = work / "record.json"
    assert cpmeeting(folder, "export-json", conference_id, str(out)).returncode == 0
    return out.read_text(encoding="utf-8")


def run_condition(name: str, folder: Path, conference_id: str, unsigned: str, work: Path,
                  expected_refusal: int = 4) -> dict[str, object]:
    readers, writers = commands(conference_id, unsigned, work)
    counts = {"condition": name, "tried": 0, "did it": 0, "refused in words": 0,
              "tracebacks": 0, "silent refusals": 0}
    for words, reads in [(w, True) for w in readers] + [(w, False) for w in writers]:
        done = cpmeeting(folder, *words)
        said = bool(done.stdout.strip() or done.stderr.strip())
        counts["tried"] += 1
        if "Traceback" in done.stderr:
            counts["tracebacks"] += 1
            print(f"  traceback: {' '.join(words)}\n{done.stderr[-600:]}", file=sys.stderr)
        elif done.returncode == expected_refusal and done.stderr.strip():
            counts["refused in words"] += 1
        elif reads and done.returncode in (0, 1, 2) and said:  # verify: 2 "cannot vouch"
            counts["did it"] += 1
        else:
            counts["silent refusals"] += 1
            print(f"  unexpected: {' '.join(words)} exit {done.returncode}: "
                  f"{done.stderr[-300:]}", file=sys.stderr)
    return counts


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="cpmeeting-faulty-"))
    rows = []
    try:
        for name in ("read-only", "full"):
            mount = base / name
            mount.mkdir()
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                            str(mount)], check=True)
            try:
                work = base / f"{name}-work"
                work.mkdir()
                assert cpmeeting(mount, "demo").returncode == 0
                conference_id = cpmeeting(mount, "list").stdout.rsplit("[", 1)[1].strip()[:-1]
                assert cpmeeting(mount, "export", conference_id, "--out", str(work / "signed"),
                                 "--sign-as", "Imogen Castellane", "--waiver",
                                 "benchmark").returncode == 0
                assert cpmeeting(mount, "demo").returncode == 0
                unsigned = next(line.rsplit("[", 1)[1].strip()[:-1] for line in
                                cpmeeting(mount, "list").stdout.splitlines()
                                if conference_id not in line)
                assert cpmeeting(mount, "profile", "export",
                                 str(work / "profile.json")).returncode == 0
                before = record(mount, conference_id, work)
                changed = json.loads(before)
                changed["conference"]["venue"] = "Another meeting room"
                (work / "changed.json").write_text(json.dumps(changed), encoding="utf-8")
                filler = None
                if name == "read-only":
                    remount(mount, "ro")
                else:
                    filler = fill(mount)
                counts = run_condition(name, mount, conference_id, unsigned, work)
                if filler is not None:
                    filler.unlink()
                else:
                    remount(mount, "rw")
                counts["archive changed"] = record(mount, conference_id, work) != before
                rows.append(counts)
            finally:
                subprocess.run(["umount", "-l", str(mount)], check=False)
        # (the files of the last condition serve: a signed PDF, a record, a profile)
        blocker = base / "in-the-way"
        blocker.write_text("a file where the data folder should be")
        counts = run_condition("cannot be made", blocker / "cpmeeting", conference_id,
                               unsigned, work, expected_refusal=3)
        counts["archive changed"] = (blocker / "cpmeeting").exists()
        rows.append(counts)
    finally:
        subprocess.run(["rm", "-rf", str(base)], check=False)
    columns = list(rows[0])
    print(" | ".join(columns))
    for row in rows:
        print(" | ".join(str(row[c]) for c in columns))
    return 0 if all(r["tracebacks"] == 0 and r["silent refusals"] == 0 and
                    not r["archive changed"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
