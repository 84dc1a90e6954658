"""The whole pack: signed minutes, plan and copies, with progress, from code, CLI and window."""

from __future__ import annotations

from datetime import datetime

import pytest
from pdf_text import all_text

from cpmeeting.cli import main
from cpmeeting.documents.pack import NotSigned, build_pack
from cpmeeting.documents.signing import Verdict, chair_key, verify_pdf
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.signoff import sign

AT = datetime(2026, 11, 20, 12, 5)


def test_pack_writes_signed_files_with_progress_for_the_whole_pack(conference, profile, tmp_path):
    sign(conference, profile, "Imogen Castellane", "Independent chair", AT)
    mother = next(p for p in conference.invitees if p.relationship == "Mother")
    father = conference.exclusions[0].invitee_id
    steps = []
    result = build_pack(conference, profile, tmp_path / "pack",
                        [Audience.professionals(), Audience.family(mother.id),
                         Audience.family(father)],
                        chair_key("Imogen Castellane", profile.name),
                        progress=lambda done, total, name: steps.append((done, total)))
    names = sorted(p.name for p in result.files)
    assert names == sorted([
        "minutes-professionals-2026-11-20-v1.pdf", "plan-professionals-2026-11-20-v1.pdf",
        "minutes-copy-for-delphine-thornbury-2026-11-20-v1.pdf",
        "plan-copy-for-delphine-thornbury-2026-11-20-v1.pdf",
        "plan-copy-for-caspar-thornbury-2026-11-20-v1.pdf"])
    assert [d for d, _t in steps] == list(range(1, len(steps) + 1))
    assert {t for _d, t in steps} == {len(steps)} == {2 * len(result.files)}
    assert len(result.refused) == 1 and "Caspar Thornbury" in result.refused[0].render()
    for path in result.files:
        assert verify_pdf(path.read_bytes()).verdict is Verdict.VALID
    mother_copy = (tmp_path / "pack" / "minutes-copy-for-delphine-thornbury-2026-11-20-v1.pdf")
    assert "Police shared details of the October call-outs." not in all_text(mother_copy.read_bytes())


def test_pack_refuses_an_unsigned_record(conference, profile, tmp_path):
    with pytest.raises(NotSigned):
        build_pack(conference, profile, tmp_path, [], chair_key("Imogen Castellane", profile.name))


def test_export_command_signs_and_writes_from_the_archive(conference, tmp_path, capsys):
    from cpmeeting.store.archive import Archive

    with Archive.open() as archive:
        archive.save(conference)
    out = tmp_path / "out"
    assert main(["export", conference.id, "--out", str(out)]) == 1
    assert "not signed off" in capsys.readouterr().err
    mother = next(p for p in conference.invitees if p.relationship == "Mother")
    code = main(["export", conference.id, "--out", str(out), "--copy", "professionals",
                 "--copy", f"family:{mother.id}", "--sign-as", "Imogen Castellane"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "[1/4]" in printed and "[4/4]" in printed  # each file once
    assert len(list(out.glob("*.pdf"))) == 4
    with Archive.open() as archive:
        assert archive.load(conference.id).is_signed
    assert main(["verify", str(next(out.glob("minutes-professionals-*.pdf")))]) == 0


def test_copies_in_two_languages_for_one_person_do_not_overwrite_each_other(
        conference, profile, tmp_path):
    sign(conference, profile, "Imogen Castellane", "Independent chair", AT)
    mother = next(p for p in conference.invitees if p.relationship == "Mother")
    result = build_pack(conference, profile, tmp_path / "pack",
                        [Audience.family(mother.id, "pl"), Audience.family(mother.id, "ur"),
                         Audience.family(mother.id, "pl", bilingual=True)],
                        chair_key("Imogen Castellane", profile.name))
    names = {p.name for p in result.files}
    assert len(names) == len(result.files) == 6
    assert "minutes-copy-for-delphine-thornbury-pl-2026-11-20-v1.pdf" in names
    assert "plan-copy-for-delphine-thornbury-ur-2026-11-20-v1.pdf" in names
    assert "plan-copy-for-delphine-thornbury-pl-bilingual-2026-11-20-v1.pdf" in names
