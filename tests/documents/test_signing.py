"""Signed PDFs verify as valid; one changed byte is 'altered'; a stranger's key is 'unknown signer'."""

from __future__ import annotations

from datetime import datetime

import keyring
import keyring.backends.fail
import pytest

from cpmeeting.cli import main
from cpmeeting.documents.plan import build_plan
from cpmeeting.documents.signing import (
    SigningKey,
    Verdict,
    _self_signed,
    chair_key,
    sign_pdf,
    trust_certificate,
    verify_pdf,
)
from cpmeeting.domain.signoff import sign
from cpmeeting.store.secrets import KeyringUnavailable


@pytest.fixture
def signed_plan(conference, profile):
    sign(conference, profile, "Imogen Castellane", "Independent chair", datetime(2026, 11, 20, 12, 5))
    rendered = build_plan(conference, profile)
    key = chair_key("Imogen Castellane", profile.name)
    return sign_pdf(rendered.pdf, key, rendered.signature), rendered


def test_signed_file_is_valid_and_names_the_signer(signed_plan):
    result = verify_pdf(signed_plan[0])
    assert result.verdict is Verdict.VALID
    assert result.signer == "Imogen Castellane"


def test_visible_signature_block_on_the_last_page(signed_plan):
    from pdf_text import page_texts

    pdf, rendered = signed_plan
    assert rendered.signature.page_index == rendered.pages - 1
    last = page_texts(pdf)[-1]
    assert "Signed electronically by Imogen Castellane" in last
    assert "Independent chair" in last and "20 November 2026 at 12:05" in last


def test_one_changed_byte_in_the_content_is_altered(signed_plan):
    pdf = bytearray(signed_plan[0])
    start = pdf.index(b"stream", pdf.index(b"/Contents")) + 8
    pdf[start + 20] ^= 0x01
    assert verify_pdf(bytes(pdf)).verdict is Verdict.ALTERED


def test_changed_visible_text_is_altered(signed_plan):
    pdf = signed_plan[0]
    # Re-write one uncompressed metadata string inside the signed range.
    marker = pdf.index(b"/Creator (")
    changed = pdf[:marker + 10] + b"X" + pdf[marker + 11:]
    assert verify_pdf(changed).verdict is Verdict.ALTERED


def test_file_signed_by_a_key_this_installation_does_not_know(conference, profile):
    sign(conference, profile, "Imogen Castellane", "Independent chair", datetime(2026, 11, 20, 12, 5))
    rendered = build_plan(conference, profile)
    stranger = _self_signed("Mallory Strangeways", "Elsewhere Council")
    result = verify_pdf(sign_pdf(rendered.pdf, stranger, rendered.signature))
    assert result.verdict is Verdict.UNKNOWN_SIGNER
    assert result.signer == "Mallory Strangeways"


def test_certificates_the_authority_trusts_make_a_signer_known(conference, profile):
    from cryptography.hazmat.primitives import serialization

    rendered = build_plan(conference, profile)
    other: SigningKey = _self_signed("Hester Oakridge", "Example Borough Council")
    signed = sign_pdf(rendered.pdf, other, None)
    assert verify_pdf(signed).verdict is Verdict.UNKNOWN_SIGNER
    trust_certificate(other.certificate.public_bytes(serialization.Encoding.PEM))
    assert verify_pdf(signed).verdict is Verdict.VALID


def test_key_is_made_once_and_reused(profile):
    first = chair_key("Imogen Castellane", profile.name)
    again = chair_key("Imogen  castellane", profile.name)
    assert first.certificate == again.certificate


def test_without_a_keyring_a_passphrase_is_needed(profile):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        chair_key("Imogen Castellane", profile.name)
    made = chair_key("Imogen Castellane", profile.name, passphrase="correct horse")
    assert chair_key("Imogen Castellane", profile.name, passphrase="correct horse").certificate \
        == made.certificate
    with pytest.raises(ValueError):
        chair_key("Imogen Castellane", profile.name, passphrase="wrong")


def test_verify_command_answers_and_exit_codes(signed_plan, tmp_path, capsys, conference, profile):
    good = tmp_path / "plan.pdf"
    good.write_bytes(signed_plan[0])
    assert main(["verify", str(good)]) == 0
    assert "valid: signed by Imogen Castellane" in capsys.readouterr().out

    bad = tmp_path / "altered.pdf"
    data = bytearray(signed_plan[0])
    start = data.index(b"stream", data.index(b"/Contents")) + 8
    data[start + 20] ^= 0x01
    bad.write_bytes(bytes(data))
    assert main(["verify", str(bad)]) == 1
    assert capsys.readouterr().out.startswith("altered")

    stranger = tmp_path / "stranger.pdf"
    rendered = build_plan(conference, profile)
    stranger.write_bytes(sign_pdf(rendered.pdf, _self_signed("Mallory Strangeways", "X"), None))
    assert main(["verify", str(stranger)]) == 2
    assert "unknown signer" in capsys.readouterr().out


def test_no_names_in_clear_in_the_data_folder(signed_plan, data_folder):
    assert any(data_folder.rglob("*.p12"))
    for path in data_folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"Castellane" not in raw


def test_key_imported_from_the_authoritys_pkcs12_signs_as_valid(conference, profile):
    from datetime import UTC, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from cpmeeting.documents.signing import import_pkcs12

    now = datetime.now(UTC)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("Example Borough CA"))
          .issuer_name(name("Example Borough CA")).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - timedelta(days=1))
          .not_valid_after(now + timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    chair_private = ec.generate_private_key(ec.SECP256R1())
    chair_cert = (x509.CertificateBuilder().subject_name(name("Imogen Castellane"))
                  .issuer_name(ca.subject).public_key(chair_private.public_key())
                  .serial_number(2).not_valid_before(now - timedelta(days=1))
                  .not_valid_after(now + timedelta(days=365)).sign(ca_key, hashes.SHA256()))
    blob = pkcs12.serialize_key_and_certificates(
        b"chair", chair_private, chair_cert, [ca],
        serialization.BestAvailableEncryption(b"from the authority"))
    key = import_pkcs12(blob, "from the authority", "Imogen Castellane", profile.name)
    assert chair_key("Imogen Castellane", profile.name).certificate == chair_cert
    rendered = build_plan(conference, profile)
    result = verify_pdf(sign_pdf(rendered.pdf, key, rendered.signature))
    assert result.verdict is Verdict.VALID and result.signer == "Imogen Castellane"
