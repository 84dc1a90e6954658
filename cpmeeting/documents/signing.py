"""Chairs' signing keys and PAdES signatures (pyHanko), and checking a signed PDF.

Each chair has a key and certificate, kept as an encrypted PKCS#12 file in the data folder
with its passphrase in the keyring (or given by the caller where no keyring works). The
installation knows its signers by certificate fingerprint only, so no names sit in clear
in the data folder; certificates the authority trusts (its CA) are imported as PEM files.
"""

from __future__ import annotations

import hashlib
import io
import logging
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

import keyring
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from keyring.errors import KeyringError, NoKeyringError

from cpmeeting.file_modes import private_folder, write_private
from cpmeeting.paths import data_dir
from cpmeeting.store.secrets import SERVICE, KeyringUnavailable

from .layout import SignaturePlace
from .signers_seal import VOUCHING, SealState, seal, seal_state

NO_KEYRING_FOR_KEY = (
    "The chair's signing key is protected by a passphrase normally kept in this computer's "
    "keyring, but no keyring is available here. Set up a keyring, or give the signing "
    "passphrase (the window asks for it; the command line reads CPMEETING_SIGNING_PASSPHRASE)."
)


def signing_dir() -> Path:
    """The chairs' keys and the trusted signers, made (private) if missing. In a read-only
    data folder it is only read: where it was never made there is nothing to find."""
    from cpmeeting.store.write_faults import WriteFault, write_fault

    folder = data_dir() / "signing"
    try:
        private_folder(folder)
        private_folder(folder / "trusted")
    except OSError as error:
        if write_fault(error) is not WriteFault.READ_ONLY:
            raise
    return folder


def _known_file() -> Path:
    return signing_dir() / "known-signers.txt"


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def known_fingerprints() -> set[str]:
    path = _known_file()
    return set(path.read_text().split()) if path.exists() else set()


def _changing_list():
    """Whether the list may be re-sealed after cpmeeting changes it: not when it was already
    changed outside cpmeeting, or cannot be checked here (sealing it would vouch for that)."""
    return seal_state(signing_dir()) in VOUCHING


def _remember(cert: x509.Certificate) -> None:
    sealable = _changing_list()
    known = known_fingerprints() | {fingerprint(cert)}
    write_private(_known_file(), ("\n".join(sorted(known)) + "\n").encode("ascii"))
    if sealable:
        seal(signing_dir())


def key_id(name: str, authority: str) -> str:
    """A stable file name for a chair's key that does not reveal the name."""
    text = f"{' '.join(name.split()).casefold()}|{' '.join(authority.split()).casefold()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass
class SigningKey:
    """A chair's private key and certificate (with any chain from the authority)."""

    key: object
    certificate: x509.Certificate
    chain: list[x509.Certificate]

    @property
    def signer_name(self) -> str:
        return _common_name(self.certificate)


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _passphrase(kid: str, given: str | None, create: bool) -> str:
    if given:
        return given
    account = f"signing-key-{kid}"
    try:
        stored = keyring.get_password(SERVICE, account)
        if stored or not create:
            if stored is None:
                raise KeyringUnavailable(NO_KEYRING_FOR_KEY)
            return stored
        fresh = secrets.token_urlsafe(32)
        keyring.set_password(SERVICE, account, fresh)
        return fresh
    except (NoKeyringError, KeyringError):
        raise KeyringUnavailable(NO_KEYRING_FOR_KEY) from None


def _save(path: Path, key: SigningKey, passphrase: str) -> None:
    blob = pkcs12.serialize_key_and_certificates(
        b"cpmeeting chair", key.key, key.certificate, key.chain or None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    write_private(path, blob)
    _remember(key.certificate)


def _self_signed(name: str, authority: str) -> SigningKey:
    private = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, authority or "cpmeeting"),
                         x509.NameAttribute(NameOID.TITLE, "Conference chair")])
    now = datetime.now(UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=False, crl_sign=False, encipher_only=False,
                          decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(private.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
            .add_extension(usage, critical=True).sign(private, hashes.SHA256()))
    return SigningKey(private, cert, [])


def chair_key(name: str, authority: str, passphrase: str | None = None) -> SigningKey:
    """The chair's key: loaded from the data folder, or made (self-signed) on first use."""
    kid = key_id(name, authority)
    path = signing_dir() / f"{kid}.p12"
    if path.exists():
        secret = _passphrase(kid, passphrase, create=False)
        private, cert, chain = pkcs12.load_key_and_certificates(path.read_bytes(),
                                                                secret.encode("utf-8"))
        return SigningKey(private, cert, list(chain))
    secret = _passphrase(kid, passphrase, create=True)
    key = _self_signed(name, authority)
    _save(path, key, secret)
    return key


class KeyFileRefused(ValueError):
    """A PKCS#12 file that gives no key; reason says why, for the message a person reads."""

    NOT_PKCS12, WRONG_PASSWORD, NO_KEY = "not pkcs12", "wrong password", "no key"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_pkcs12(data: bytes, file_passphrase: str) -> SigningKey:
    """The key and certificate in a PKCS#12 file; KeyFileRefused when it is not one (damaged,
    or another kind of file), the password is wrong, or it holds no key."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        private, cert, chain = pkcs12.load_key_and_certificates(
            data, file_passphrase.encode("utf-8"))
    except ValueError:
        # cryptography says the same for both; a file whose structure reads is a PKCS#12
        # file, so then it is the password.
        try:
            asn1_pkcs12.Pfx.load(data)["auth_safe"]["content"].native  # noqa: B018
        except Exception:  # noqa: BLE001 - any parse failure: not a PKCS#12 file
            raise KeyFileRefused(KeyFileRefused.NOT_PKCS12) from None
        raise KeyFileRefused(KeyFileRefused.WRONG_PASSWORD) from None
    if private is None or cert is None:
        raise KeyFileRefused(KeyFileRefused.NO_KEY)
    return SigningKey(private, cert, list(chain))


def keep_chair_key(key: SigningKey, name: str, authority: str,
                   passphrase: str | None = None) -> None:
    """Keep this key as the chair's (in place of any self-signed one) and trust its chain."""
    kid = key_id(name, authority)
    _save(signing_dir() / f"{kid}.p12", key, _passphrase(kid, passphrase, create=True))
    for extra in key.chain:
        trust_certificate(extra.public_bytes(serialization.Encoding.PEM))


def import_pkcs12(data: bytes, file_passphrase: str, name: str, authority: str,
                  passphrase: str | None = None) -> SigningKey:
    """Take a chair's key issued by the authority (PKCS#12) in place of a self-signed one."""
    key = load_pkcs12(data, file_passphrase)
    keep_chair_key(key, name, authority, passphrase)
    return key


def trust_certificate(data: bytes) -> str:
    """Trust a certificate (PEM or DER) the authority issued or uses; returns its fingerprint."""
    cert = (x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data))
    fp = fingerprint(cert)
    sealable = _changing_list()
    write_private(signing_dir() / "trusted" / f"{fp[:24]}.pem",
                  cert.public_bytes(serialization.Encoding.PEM))
    if sealable:
        seal(signing_dir())
    return fp


def _trusted() -> list[x509.Certificate]:
    return [x509.load_pem_x509_certificate(p.read_bytes())
            for p in sorted((signing_dir() / "trusted").glob("*.pem"))]


def _asn1(cert: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(pdf: bytes, key: SigningKey, place: SignaturePlace | None, reason: str = "",
             field_name: str = "ChairSignature") -> bytes:
    """Sign the PDF (PAdES B-B), with the signature field over the visible block if any."""
    from asn1crypto import keys as asn1_keys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    private = asn1_keys.PrivateKeyInfo.load(key.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    registry = SimpleCertificateStore.from_certs([_asn1(c) for c in key.chain])
    signer = signers.SimpleSigner(signing_cert=_asn1(key.certificate), signing_key=private,
                                  cert_registry=registry)
    meta = signers.PdfSignatureMetadata(field_name=field_name, reason=reason or None,
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        name=key.signer_name)
    spec = None
    if place is not None and place.page_index >= 0:
        spec = fields.SigFieldSpec(field_name, on_page=place.page_index,
                                   box=tuple(round(v, 2) for v in place.box))
    # The visible block is drawn by the document itself (in its own font); the field's own
    # appearance stays empty so it does not cover it.
    style = TextStampStyle(stamp_text=" ", border_width=0)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer, stamp_style=style, new_field_spec=spec).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()


class Verdict(StrEnum):
    VALID = "valid"
    ALTERED = "altered"
    UNKNOWN_SIGNER = "unknown signer"
    # Intact, but the list of trusted signers was changed outside cpmeeting (or cannot be
    # checked here): no signer is vouched for.
    CANNOT_VOUCH = "cannot vouch"
    UNSIGNED = "not signed"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    signer: str = ""
    signed_at: datetime | None = None
    list_state: SealState | None = None  # for CANNOT_VOUCH: why
    # For ALTERED: the signature itself is intact, but the file was added to after it
    # (an incremental update: a page, an annotation, a form field).
    changed_after: bool = False


def verify_pdf(data: bytes, passphrase: str | None = None) -> Verification:
    """Valid (intact, by a signer this installation knows), altered, or unknown signer; the
    archive's passphrase checks a trusted-signers list sealed with it (no keyring)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs path-building failures for self-signed certificates at ERROR; the verdict
    # below already says "unknown signer", so keep the console calm.
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception:
        return Verification(Verdict.ALTERED)
    if not signatures:
        return Verification(Verdict.UNSIGNED)
    for earlier in signatures[:-1]:
        # Each earlier signature intact, and after it only further signatures added.
        problem = _earlier_problem(earlier)
        if problem is not None:
            return problem
    signature = signatures[-1]
    try:
        cert = x509.load_der_x509_certificate(signature.signer_cert.dump())
        name = _common_name(cert)
        state = seal_state(signing_dir(), passphrase)
        vouching = state in VOUCHING
        if not vouching:
            roots = []
        elif fingerprint(cert) in known_fingerprints():
            roots = [cert]
        else:
            roots = _trusted()
        status = validate_pdf_signature(
            signature, ValidationContext(trust_roots=[_asn1(c) for c in roots]))
    except Exception:
        return Verification(Verdict.ALTERED)
    when = status.signer_reported_dt
    if not (status.intact and status.valid) or _changed_after(status):
        return Verification(Verdict.ALTERED, name, when,
                            changed_after=bool(status.intact and status.valid))
    if not vouching:
        return Verification(Verdict.CANNOT_VOUCH, name, when, state)
    if state is SealState.UNSEALED:
        seal(signing_dir(), passphrase)  # a list from before seals: sealed as found, once
    if not status.trusted:
        return Verification(Verdict.UNKNOWN_SIGNER, name, when)
    return Verification(Verdict.VALID, name, when)


def _earlier_problem(signature) -> Verification | None:
    """ALTERED for a signature that is not the last one, if it is broken or the file was
    changed after it other than by adding signatures; None when it holds."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        cert = x509.load_der_x509_certificate(signature.signer_cert.dump())
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[]))
    except Exception:
        return Verification(Verdict.ALTERED)
    intact = bool(status.intact and status.valid)
    if intact and not _changed_after(status, allowed=ModificationLevel.FORM_FILLING):
        return None
    return Verification(Verdict.ALTERED, _common_name(cert), status.signer_reported_dt,
                        changed_after=intact)


def _changed_after(status, allowed=None) -> bool:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return False
    level = status.modification_level
    return level is None or level > (allowed or ModificationLevel.LTA_UPDATES)
