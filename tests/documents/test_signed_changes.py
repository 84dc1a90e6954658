"""A signed PDF added to after signing (an incremental update) is "changed after signing"; a
second signature on the same file, and a stranger's valid signature."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from cpmeeting.cli import main
from cpmeeting.documents.plan import build_plan
from cpmeeting.documents.signing import Verdict, _self_signed, chair_key, sign_pdf, verify_pdf
from cpmeeting.domain.signoff import sign


@pytest.fixture
def signed(conference, profile) -> bytes:
    sign(conference, profile, "Imogen Castellane", "Independent chair", datetime(2026, 11, 20, 12, 5))
    rendered = build_plan(conference, profile)
    return sign_pdf(rendered.pdf, chair_key("Imogen Castellane", profile.name), rendered.signature)


def appended(pdf: bytes, change) -> bytes:
    """The PDF with an incremental update appended after its signature."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue().startswith(pdf)  # the signed bytes are untouched
    return out.getvalue()


def add_annotation(writer) -> None:
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    note = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Text"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(40)] * 4),
        generic.NameObject("/Contents"): generic.TextStringObject("Not decided at conference")}))
    page[generic.NameObject("/Annots")] = generic.ArrayObject([note])
    writer.update_container(page)


def add_page(writer) -> None:
    first = writer.root["/Pages"]["/Kids"][0].get_object()
    writer.insert_page(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Page"),
        generic.NameObject("/MediaBox"): first["/MediaBox"],
        generic.NameObject("/Resources"): generic.DictionaryObject()}))


@pytest.mark.parametrize("change", [add_annotation, add_page], ids=["annotation", "new page"])
def test_an_update_appended_after_signing_is_changed_after_signing(signed, change, tmp_path,
                                                                   capsys):
    changed = appended(signed, change)
    result = verify_pdf(changed)
    assert result.verdict is Verdict.ALTERED and result.changed_after
    assert result.signer == "Imogen Castellane"
    path = tmp_path / "changed.pdf"
    path.write_bytes(changed)
    assert main(["verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("altered: changed after signing") and "Imogen Castellane" in out


def test_a_second_signature_by_a_known_signer_is_valid(signed, profile):
    again = sign_pdf(signed, chair_key("Hester Oakridge", profile.name), None,
                     field_name="SecondSignature")
    result = verify_pdf(again)
    assert result.verdict is Verdict.VALID and result.signer == "Hester Oakridge"


def test_a_second_signature_by_a_stranger_is_named_as_unknown(signed):
    stranger = _self_signed("Mallory Strangeways", "Elsewhere Council")
    result = verify_pdf(sign_pdf(signed, stranger, None, field_name="StrangerSignature"))
    assert result.verdict is Verdict.UNKNOWN_SIGNER and result.signer == "Mallory Strangeways"


def test_a_change_between_two_signatures_is_caught(signed, profile):
    changed = appended(signed, add_annotation)
    again = sign_pdf(changed, chair_key("Hester Oakridge", profile.name), None,
                     field_name="SecondSignature")
    result = verify_pdf(again)
    assert result.verdict is Verdict.ALTERED and result.changed_after
    assert result.signer == "Imogen Castellane"


def test_a_strangers_valid_signature_is_unknown_not_valid(conference, profile):
    rendered = build_plan(conference, profile)
    stranger = _self_signed("Mallory Strangeways", "Elsewhere Council")
    result = verify_pdf(sign_pdf(rendered.pdf, stranger, rendered.signature))
    assert result.verdict is Verdict.UNKNOWN_SIGNER and not result.changed_after
