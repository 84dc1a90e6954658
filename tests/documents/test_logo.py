"""The authority's logo heads every page of the documents; a logo that cannot be one is refused."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from pypdf import PdfReader

from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.logo import MAX_LOGO_BYTES, LogoRefused, checked_logo
from cpmeeting.domain.rules.profile_checks import profile_errors
from cpmeeting.interchange.codec import FormatError
from cpmeeting.interchange.profile_file import profile_from_json, profile_to_json


def image_file(kind: str, size=(240, 80)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (31, 78, 121)).save(out, format=kind)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_logo_is_an_image_at_the_head_of_every_page(conference, profile, kind):
    profile.logo = checked_logo(image_file(kind))
    for rendered in (build_minutes(conference, profile), build_plan(conference, profile)):
        reader = PdfReader(io.BytesIO(rendered.pdf))
        assert len(reader.pages) == rendered.pages
        for page in reader.pages:
            (logo,) = page.images
            assert logo.image.size == (240, 80)
            # Still the header text beside it.
            assert "Ava Thornbury, Leo Thornbury" in page.extract_text()


def test_without_a_logo_the_pages_carry_no_image(conference, profile):
    reader = PdfReader(io.BytesIO(build_minutes(conference, profile).pdf))
    assert all(not page.images for page in reader.pages)


def test_a_50_mb_logo_is_refused_with_its_size_and_the_limit():
    with pytest.raises(LogoRefused) as refused:
        checked_logo(b"\x89PNG\r\n\x1a\n" + bytes(50 * 1024 * 1024))
    message = str(refused.value)
    assert "51201 KB" in message and f"at most {MAX_LOGO_BYTES // 1024} KB" in message
    assert "smaller copy" in message


@pytest.mark.parametrize("data", [b"GIF89a not wanted", b"%PDF-1.7", b"<svg/>"])
def test_what_is_not_a_png_or_jpeg_is_refused(data):
    with pytest.raises(LogoRefused, match="not a PNG or JPEG image"):
        checked_logo(data)


def test_a_profile_file_with_a_broken_logo_names_the_field(profile):
    document = json.loads(profile_to_json(profile))
    document["profile"]["logo"] = "bm90IGFuIGltYWdl"  # "not an image"
    with pytest.raises(FormatError) as error:
        profile_from_json(json.dumps(document))
    assert error.value.path == "profile.logo"
    assert "not a PNG or JPEG" in str(error.value)


def test_the_logo_travels_in_the_profile_file(profile):
    profile.logo = checked_logo(image_file("PNG"))
    assert profile_from_json(profile_to_json(profile)).logo == profile.logo
    assert profile_errors(profile) == []
