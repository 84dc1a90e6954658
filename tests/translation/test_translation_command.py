"""`cpmeeting translation export|import` and `cpmeeting export --untranslated/--bilingual`."""

from __future__ import annotations

from translating import polish

from cpmeeting.cli import main
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.copy_text import work_items
from cpmeeting.interchange.po_units import to_po
from cpmeeting.interchange.xliff import to_xliff
from cpmeeting.store.archive import Archive


def test_export_then_import_through_the_archive(conference, mother, tmp_path, capsys):
    with Archive.open() as archive:
        archive.save(conference)
    out = tmp_path / "copy.xlf"
    code = main(["translation", "export", conference.id, "--for", mother.id, "--lang", "pl",
                 "--format", "xliff", str(out)])
    assert code == 0, capsys.readouterr().err
    assert b'trgLang="pl"' in out.read_bytes()
    items = work_items(conference, Audience.family(mother.id, "pl"))
    for number, item in enumerate(items):
        item.unit.text = polish(number)
        item.unit.status = item.unit.status.TRANSLATED
    out.write_bytes(to_xliff(items, "pl"))
    assert main(["translation", "import", conference.id, str(out),
                 "--translator", "Ewa Nowicka"]) == 0
    with Archive.open() as archive:
        stored = archive.load(conference.id)
    assert sorted(u.text for u in stored.translations) == sorted(polish(n) for n in range(len(items)))
    assert {u.translator for u in stored.translations} == {"Ewa Nowicka"}


def test_a_bad_file_changes_nothing(conference, mother, tmp_path, capsys):
    with Archive.open() as archive:
        archive.save(conference)
    items = work_items(conference, Audience.family(mother.id, "pl"))[:3]
    items[0].unit.text = "Matka"
    items[2].unit.id = "0" * 32
    path = tmp_path / "copy.xlf"
    path.write_bytes(to_xliff(items, "pl"))
    assert main(["translation", "import", conference.id, str(path)]) == 2
    assert "Unit 00000000000000000000000000000000 is not part" in capsys.readouterr().err
    with Archive.open() as archive:
        assert archive.load(conference.id).translations == []


def test_export_refuses_an_untranslated_polish_copy(conference, mother, tmp_path, capsys):
    with Archive.open() as archive:
        archive.save(conference)
    out = tmp_path / "pack"
    code = main(["export", conference.id, "--out", str(out), "--copy", f"family:{mother.id}:pl",
                 "--sign-as", "Imogen Castellane", "--waiver", "test"])
    assert code == 1
    assert "in Polish (polski) is not written" in capsys.readouterr().err
    assert not out.exists() or not list(out.glob("*.pdf"))
    with Archive.open() as archive:  # refused: not signed either
        assert not archive.load(conference.id).is_signed
    code = main(["export", conference.id, "--out", str(out), "--copy", f"family:{mother.id}:pl",
                 "--untranslated", "mark", "--bilingual",
                 "--sign-as", "Imogen Castellane", "--waiver", "test"])
    assert code == 0, capsys.readouterr().err
    assert len(list(out.glob("*.pdf"))) == 2


def _stored_with_polish_units(conference, mother) -> list:
    """Save the conference; its Polish copy's units, each given a translation (not stored)."""
    with Archive.open() as archive:
        archive.save(conference)
    items = work_items(conference, Audience.family(mother.id, "pl"))
    for number, item in enumerate(items):
        item.unit.text = polish(number)
        item.unit.status = item.unit.status.TRANSLATED
    return items


def test_a_nul_in_a_po_translation_is_refused_and_nothing_is_imported(conference, mother,
                                                                      tmp_path, capsys):
    # Babel reads a NUL from a PO file; printed, it came out as a missing-glyph box.
    items = _stored_with_polish_units(conference, mother)
    items[4].unit.text = "Matka\x00 prosi"
    path = tmp_path / "copy.po"
    path.write_bytes(to_po(items, "pl"))
    assert main(["translation", "import", conference.id, str(path)]) == 2
    assert (f"Nothing imported: Unit {items[4].unit.id}: the translation holds a control "
            "character (U+0000) at character 6") in capsys.readouterr().err
    with Archive.open() as archive:
        assert archive.load(conference.id).translations == []


def test_an_import_that_changes_nothing_says_so_and_adds_nothing_to_the_history(
        conference, mother, tmp_path, capsys):
    items = _stored_with_polish_units(conference, mother)
    path = tmp_path / "copy.xlf"
    path.write_bytes(to_xliff(items, "pl"))
    assert main(["translation", "import", conference.id, str(path)]) == 0
    with Archive.open() as archive:
        history = [entry.label for entry in archive.journal(conference.id)]
    assert history[-1] == "Import translations"
    capsys.readouterr()

    assert main(["translation", "import", conference.id, str(path)]) == 0
    assert capsys.readouterr().out == ("Nothing changed: every translation in the file is "
                                       "already in the record.\n")
    with Archive.open() as archive:
        assert [entry.label for entry in archive.journal(conference.id)] == history
