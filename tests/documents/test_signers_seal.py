"""A change to the trusted-signers list made outside cpmeeting is noticed, and `verify` then
cannot vouch for any signer."""

from __future__ import annotations

from datetime import datetime

import keyring
import keyring.backends.fail
import pytest
from cryptography.hazmat.primitives import serialization

from cpmeeting.cli import main
from cpmeeting.documents.plan import build_plan
from cpmeeting.documents.signers_seal import SEAL_ACCOUNT, SealState, seal_state
from cpmeeting.documents.signing import (
    Verdict,
    _self_signed,
    chair_key,
    fingerprint,
    sign_pdf,
    signing_dir,
    trust_certificate,
    verify_pdf,
)
from cpmeeting.domain.signoff import sign


@pytest.fixture
def signed(conference, profile, tmp_path):
    sign(conference, profile, "Imogen Castellane", "Independent chair", datetime(2026, 11, 20, 12, 5))
    rendered = build_plan(conference, profile)
    key = chair_key("Imogen Castellane", profile.name)
    path = tmp_path / "plan.pdf"
    path.write_bytes(sign_pdf(rendered.pdf, key, rendered.signature))
    return path


def stranger_pdf(conference, profile, tmp_path):
    stranger = _self_signed("Mallory Strangeways", "Elsewhere Council")
    path = tmp_path / "stranger.pdf"
    path.write_bytes(sign_pdf(build_plan(conference, profile).pdf, stranger, None))
    return path, stranger


def test_the_list_cpmeeting_wrote_is_sealed_and_vouches(signed):
    assert seal_state(signing_dir()) is SealState.SEALED
    assert verify_pdf(signed.read_bytes()).verdict is Verdict.VALID


def test_a_signer_added_by_hand_is_noticed_and_not_vouched_for(signed, conference, profile,
                                                                tmp_path, capsys):
    pdf, stranger = stranger_pdf(conference, profile, tmp_path)
    known = signing_dir() / "known-signers.txt"
    known.write_text(known.read_text() + fingerprint(stranger.certificate) + "\n")
    assert seal_state(signing_dir()) is SealState.BROKEN
    for path in (pdf, signed):
        result = verify_pdf(path.read_bytes())
        assert result.verdict is Verdict.CANNOT_VOUCH
    assert main(["verify", str(pdf)]) == 2
    out = capsys.readouterr().out
    assert out.startswith("cannot vouch for the signer")
    assert "Mallory Strangeways" in out and "changed outside cpmeeting" in out


def test_a_certificate_dropped_into_trusted_is_noticed(signed, conference, profile, tmp_path):
    pdf, stranger = stranger_pdf(conference, profile, tmp_path)
    (signing_dir() / "trusted" / "mallory.pem").write_bytes(
        stranger.certificate.public_bytes(serialization.Encoding.PEM))
    assert verify_pdf(pdf.read_bytes()).verdict is Verdict.CANNOT_VOUCH


def test_a_removed_seal_or_a_copied_one_is_noticed(signed, memory_keyring):
    seal_file = signing_dir() / "known-signers.seal"
    seal_file.unlink()
    assert verify_pdf(signed.read_bytes()).verdict is Verdict.CANNOT_VOUCH
    seal_file.write_text("0" * 64)
    assert seal_state(signing_dir()) is SealState.BROKEN


def test_cpmeeting_does_not_bless_a_list_changed_outside_it(signed, conference, profile,
                                                           tmp_path):
    pdf, stranger = stranger_pdf(conference, profile, tmp_path)
    known = signing_dir() / "known-signers.txt"
    known.write_text(known.read_text() + fingerprint(stranger.certificate) + "\n")
    chair_key("Hester Oakridge", profile.name)  # cpmeeting adds a signer of its own
    assert seal_state(signing_dir()) is SealState.BROKEN
    assert verify_pdf(pdf.read_bytes()).verdict is Verdict.CANNOT_VOUCH


def test_a_list_from_before_seals_is_sealed_as_found(signed, memory_keyring):
    (signing_dir() / "known-signers.seal").unlink()
    memory_keyring.passwords.pop(("cpmeeting", SEAL_ACCOUNT))
    assert seal_state(signing_dir()) is SealState.UNSEALED
    assert verify_pdf(signed.read_bytes()).verdict is Verdict.VALID
    assert seal_state(signing_dir()) is SealState.SEALED


def test_trusting_a_certificate_through_cpmeeting_keeps_the_seal(signed, conference, profile,
                                                                 tmp_path):
    pdf, stranger = stranger_pdf(conference, profile, tmp_path)
    trust_certificate(stranger.certificate.public_bytes(serialization.Encoding.PEM))
    assert seal_state(signing_dir()) is SealState.SEALED
    assert verify_pdf(pdf.read_bytes()).verdict is Verdict.VALID


def test_without_a_keyring_verify_says_it_cannot_check_the_list(signed, capsys):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert main(["verify", str(signed)]) == 2
    assert "no keyring is available" in capsys.readouterr().out


# An install with no keyring: the seal is keyed by the archive's passphrase

PASSPHRASE = "correct horse battery staple"
SIGNING_PASSPHRASE = "the chair's own key passphrase"


@pytest.fixture
def signed_with_passphrase(no_keyring, conference, profile, tmp_path, monkeypatch):
    """A PDF signed on an install whose archive was opened with a passphrase (no keyring)."""
    from cpmeeting.store.archive import Archive

    monkeypatch.delenv("CPMEETING_PASSPHRASE", raising=False)
    with Archive.open(passphrase=PASSPHRASE):
        sign(conference, profile, "Imogen Castellane", "Independent chair",
             datetime(2026, 11, 20, 12, 5))
        rendered = build_plan(conference, profile)
        key = chair_key("Imogen Castellane", profile.name, SIGNING_PASSPHRASE)
        path = tmp_path / "plan.pdf"
        path.write_bytes(sign_pdf(rendered.pdf, key, rendered.signature))
    return path


def verify_with(path, capsys, passphrase: str | None, monkeypatch) -> tuple[int, str]:
    if passphrase is None:
        monkeypatch.delenv("CPMEETING_PASSPHRASE", raising=False)
    else:
        monkeypatch.setenv("CPMEETING_PASSPHRASE", passphrase)
    code = main(["verify", str(path)])
    return code, capsys.readouterr().out


def test_a_passphrase_only_install_seals_its_list_and_verify_vouches(signed_with_passphrase,
                                                                      capsys, monkeypatch):
    seal_text = (signing_dir() / "known-signers.seal").read_text()
    assert seal_text.startswith("passphrase:") and PASSPHRASE not in seal_text
    assert PASSPHRASE.encode() not in (signing_dir() / "known-signers.salt").read_bytes()
    code, out = verify_with(signed_with_passphrase, capsys, PASSPHRASE, monkeypatch)
    assert code == 0 and out.startswith("valid: signed by Imogen Castellane")


def test_verify_asks_for_the_passphrase_on_stdin_with_the_option(signed_with_passphrase,
                                                                  capsys, monkeypatch):
    import io

    code, out = verify_with(signed_with_passphrase, capsys, None, monkeypatch)
    assert code == 2 and "--passphrase" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["verify", "--passphrase", str(signed_with_passphrase)]) == 0
    assert capsys.readouterr().out.startswith("valid:")


def test_a_wrong_passphrase_is_told_apart_from_a_changed_list(signed_with_passphrase,
                                                              conference, profile, tmp_path,
                                                              capsys, monkeypatch):
    code, wrong = verify_with(signed_with_passphrase, capsys, "wrong horse", monkeypatch)
    assert code == 2 and wrong.startswith("cannot vouch for the signer")
    assert "not the one the list of trusted signers was sealed with" in wrong
    assert "again with the archive's passphrase" in wrong
    assert seal_state(signing_dir(), "wrong horse") is SealState.WRONG_PASSPHRASE

    pdf, stranger = stranger_pdf(conference, profile, tmp_path)
    known = signing_dir() / "known-signers.txt"
    known.write_text(known.read_text() + fingerprint(stranger.certificate) + "\n")
    code, changed = verify_with(pdf, capsys, PASSPHRASE, monkeypatch)
    assert code == 2 and "changed outside cpmeeting" in changed
    assert "Mallory Strangeways" in changed and changed != wrong
    assert seal_state(signing_dir(), PASSPHRASE) is SealState.BROKEN


def test_a_removed_passphrase_seal_is_noticed(signed_with_passphrase):
    (signing_dir() / "known-signers.seal").unlink()
    assert seal_state(signing_dir(), PASSPHRASE) is SealState.BROKEN
    assert verify_pdf(signed_with_passphrase.read_bytes(), PASSPHRASE).verdict \
        is Verdict.CANNOT_VOUCH


def test_a_passphrase_only_list_from_before_seals_is_sealed_as_found(signed_with_passphrase):
    (signing_dir() / "known-signers.seal").unlink()
    (signing_dir() / "known-signers.salt").unlink()
    assert seal_state(signing_dir()) is SealState.NEEDS_PASSPHRASE
    assert seal_state(signing_dir(), PASSPHRASE) is SealState.UNSEALED
    assert verify_pdf(signed_with_passphrase.read_bytes(), PASSPHRASE).verdict is Verdict.VALID
    assert seal_state(signing_dir(), PASSPHRASE) is SealState.SEALED


def test_cpmeeting_does_not_seal_over_a_seal_made_with_another_passphrase(
        signed_with_passphrase, conference, profile, tmp_path, capsys, monkeypatch):
    from cpmeeting.documents.signers_seal import seal
    from cpmeeting.store.archive import Archive

    pdf, stranger = stranger_pdf(conference, profile, tmp_path)
    known = signing_dir() / "known-signers.txt"
    known.write_text(known.read_text() + fingerprint(stranger.certificate) + "\n")
    seal(signing_dir(), "a passphrase of Mallory's")  # a seal forged to match the change
    with Archive.open(passphrase=PASSPHRASE):
        chair_key("Hester Oakridge", profile.name, SIGNING_PASSPHRASE)  # cpmeeting adds one
    assert seal_state(signing_dir(), PASSPHRASE) is SealState.WRONG_PASSPHRASE
    code, out = verify_with(pdf, capsys, PASSPHRASE, monkeypatch)
    assert code == 2 and "the seal itself was changed outside cpmeeting" in out
