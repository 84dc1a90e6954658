"""`cpmeeting export --copy easy-read:ID[:LANG] --copy child-letter:ID`: signed PDFs read back."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from test_export_refusal import is_signed, saved

from cpmeeting.cli import main
from cpmeeting.demo import DemoPeople, demo_conference
from cpmeeting.documents.signing import Verdict, verify_pdf

DAY = date(2026, 11, 23)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_easy_read_plan_and_the_childs_letter_from_the_command_line(tmp_path, capsys):
    demo = demo_conference(DAY)
    mother = DemoPeople(*demo.invitees).mother
    zofia = demo.children[0]
    conference_id = saved(demo)
    out = tmp_path / "out"
    code = main(["export", conference_id, "--out", str(out), "--copy", f"easy-read:{mother.id}:pl",
                 "--copy", f"child-letter:{zofia.id}", "--sign-as", "Helen Ashcombe"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    files = sorted(p.name for p in out.glob("*.pdf"))
    assert len(files) == 2, files
    easy = next(out.glob("easy-read-plan-for-marta-kowalska-pl-*.pdf"))
    letter = next(out.glob("letter-for-zofia-*.pdf"))
    for path in (easy, letter):
        assert verify_pdf(path.read_bytes()).verdict is Verdict.VALID
    easy_text = text_of(easy)
    assert "Złożyć wniosek" in easy_text  # the mother's action, in the demo's Polish translation
    assert "grudnia" in easy_text  # dates in Polish
    assert "Dear Zofia," in text_of(letter)


def test_a_letter_for_a_child_too_young_is_refused_before_signing(tmp_path, capsys):
    demo = demo_conference(DAY)
    leo = demo.children[1]
    conference_id = saved(demo)
    out = tmp_path / "out"
    code = main(["export", conference_id, "--out", str(out), "--copy", f"child-letter:{leo.id}",
                 "--sign-as", "Helen Ashcombe"])
    said = capsys.readouterr()
    assert code == 1
    assert "Leo Hartfield is 3" in said.err and "Nothing was signed" in said.err
    assert not out.exists() and not is_signed(conference_id)
    assert main(["export", conference_id, "--out", str(out), "--copy", "child-letter:nobody",
                 "--sign-as", "Helen Ashcombe"]) == 2
    assert "'nobody'" in capsys.readouterr().err
    assert main(["export", conference_id, "--out", str(out), "--copy", "easy-letter:x"]) == 2
