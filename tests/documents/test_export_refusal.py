"""A command-line export that is refused leaves the record as it was: not signed, not saved,
no files; the refusal names the copy's language in words, and progress names each file once."""

from __future__ import annotations

import io
import os
from datetime import date

import pytest
from pypdf import PdfReader

from cpmeeting.cli import main
from cpmeeting.demo import DemoPeople, blank_demo_conference, demo_conference, demo_profile
from cpmeeting.documents.pack import UntranslatedCopy, check_export
from cpmeeting.documents.signing import Verdict, verify_pdf
from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.signoff import NotReady

DAY = date(2026, 11, 23)


def saved(conference) -> str:
    from cpmeeting.store.archive import Archive

    with Archive.open(passphrase=os.environ.get("CPMEETING_PASSPHRASE")) as archive:
        archive.save(conference)
    return conference.id


def is_signed(conference_id: str) -> bool:
    from cpmeeting.store.archive import Archive

    with Archive.open(passphrase=os.environ.get("CPMEETING_PASSPHRASE")) as archive:
        return archive.load(conference_id).is_signed


@pytest.fixture
def demo():
    return demo_conference(DAY)


def test_an_untranslated_copy_refuses_the_export_without_signing(demo, tmp_path, capsys):
    father = DemoPeople(*demo.invitees).father
    conference_id = saved(demo)
    out = tmp_path / "out"
    code = main(["export", conference_id, "--out", str(out), "--copy",
                 f"family:{father.id}:ur", "--sign-as", "Helen Ashcombe"])
    said = capsys.readouterr()
    assert code == 1
    assert f"The copy for {father.name} in Urdu (اردو) is not written" in said.err
    assert "still to translate" in said.err and "--untranslated mark" in said.err
    assert not out.exists()
    assert not is_signed(conference_id)
    assert main(["list"]) == 0
    assert "awaiting sign off" in capsys.readouterr().out

    # Marked instead of refused, the same command signs, saves and writes each file once.
    code = main(["export", conference_id, "--out", str(out), "--copy",
                 f"family:{father.id}:ur", "--untranslated", "mark",
                 "--sign-as", "Helen Ashcombe"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    files = sorted(out.glob("*.pdf"))
    progress = [line for line in printed.splitlines() if line.startswith("[")]
    assert [line.split("] ")[1] for line in progress] == sorted(p.name for p in files)
    assert progress[0].startswith(f"[1/{len(files)}]")
    assert is_signed(conference_id)
    for path in files:
        data = path.read_bytes()
        assert verify_pdf(data).verdict is Verdict.VALID
        assert PdfReader(io.BytesIO(data)).pages[0].extract_text().strip()


def test_a_record_not_ready_is_refused_before_the_copies_are_checked(tmp_path, capsys):
    conference_id = saved(blank_demo_conference(DAY))
    out = tmp_path / "out"
    assert main(["export", conference_id, "--out", str(out),
                 "--sign-as", "Helen Ashcombe"]) == 1
    assert "Not ready for sign-off" in capsys.readouterr().err
    assert not out.exists() and not is_signed(conference_id)


def test_no_signing_key_refuses_before_signing(demo, tmp_path, capsys, no_keyring, monkeypatch):
    monkeypatch.setenv("CPMEETING_PASSPHRASE", "an invented archive passphrase")
    monkeypatch.delenv("CPMEETING_SIGNING_PASSPHRASE", raising=False)
    conference_id = saved(demo)
    assert main(["export", conference_id, "--out", str(tmp_path / "out"),
                 "--sign-as", "Helen Ashcombe"]) == 3
    assert capsys.readouterr().err.strip()
    assert not is_signed(conference_id)


def test_a_mistyped_invitee_id_is_refused_before_signing(demo, tmp_path, capsys):
    conference_id = saved(demo)
    assert main(["export", conference_id, "--out", str(tmp_path / "out"),
                 "--copy", "family:nobody", "--sign-as", "Helen Ashcombe"]) == 2
    assert "'nobody'" in capsys.readouterr().err
    assert not is_signed(conference_id)


def test_check_export_says_which_copy_and_changes_nothing(demo):
    father = DemoPeople(*demo.invitees).father
    refusing = Audience.family(father.id, "ur", untranslated=Untranslated.REFUSE)
    with pytest.raises(UntranslatedCopy) as refused:
        check_export(demo, demo_profile(), [Audience.professionals(), refusing],
                     "Helen Ashcombe")
    assert refused.value.audience == refusing and refused.value.to_do > 0
    blank = blank_demo_conference(DAY)
    with pytest.raises(NotReady):
        check_export(blank, demo_profile(), [], "Helen Ashcombe")
    assert not demo.is_signed and not blank.is_signed
