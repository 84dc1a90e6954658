"""Right-to-left and complex scripts in PDFs: read back what was drawn, where, in what order."""

from __future__ import annotations

import io
import subprocess

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont as FontFile
from pdf_reading import drawn_words, embedded_fonts, lines_of, outline
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from cpmeeting.documents.scripts import ScriptParagraph, mirror_table, paragraph, shape
from cpmeeting.documents.text import styles
from cpmeeting.paths import RESOURCES

ARABIC = (
    "قرر المؤتمر أن الطفل يحتاج إلى خطة حماية تبدأ اليوم وسيقوم الأخصائي الاجتماعي بزيارة "
    "الأسرة كل أسبوعين وستعقد المجموعة الأساسية اجتماعها الأول خلال عشرة أيام عمل وتشرح "
    "المدرسة ما لاحظته في الصف وتقدم الممرضة تقريرا عن صحة الطفل ونموه"
)
URDU = ("کانفرنس نے فیصلہ کیا کہ بچے کو تحفظ کے منصوبے کی ضرورت ہے سوشل ورکر ہر دو ہفتے بعد "
        "خاندان سے ملاقات کریں گے اور بنیادی گروپ دس دنوں میں پہلی میٹنگ کرے گا")
WIDTH = 220  # points: narrow, so the paragraph takes several lines


def render(*flowables) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, leftMargin=50, rightMargin=595 - 50 - WIDTH).build(list(flowables))
    return out.getvalue()


def test_an_arabic_paragraph_wraps_over_lines_that_read_right_to_left_top_to_bottom():
    pdf = render(paragraph(ARABIC, styles()["body"], "ar"))
    lines = lines_of(drawn_words(pdf))
    assert len(lines) >= 4
    # Reading each line from its right end to its left, top line first, gives the text.
    read = [w.text for line in lines for w in sorted(line, key=lambda w: -w.right)]
    assert read == ARABIC.split()
    # Right-aligned: every line ends at the same right edge, the last one is shorter.
    rights = [max(w.right for w in line) for line in lines]
    assert max(rights) - min(rights) < 12
    assert min(w.left for w in lines[-1]) > min(w.left for w in lines[0])


def test_latin_names_and_numbers_inside_arabic_keep_their_own_order():
    text = "تحدثت سارة أحمد (Sarah Ahmed) نيابة عن المدرسة في 12 مارس 2026 بوضوح"
    words = {w.text: w for w in drawn_words(render(paragraph(text, styles()["body"], "ar")))}
    assert words["Sarah"].left < words["Ahmed"].left  # the English name reads left to right
    assert words["تحدثت"].left > words["سارة"].left > words["نيابة"].left  # Arabic right to left
    assert words["12"].left > words["2026"].left  # '12 مارس 2026' in right-to-left order
    assert words["12"].left > words["مارس"].left > words["2026"].left


def test_urdu_is_set_in_nastaliq_and_reads_right_to_left():
    pdf = render(paragraph(URDU, styles()["body"], "ur"))
    lines = lines_of(drawn_words(pdf))
    assert len(lines) >= 3
    assert [w.text for line in lines for w in sorted(line, key=lambda w: -w.right)] == URDU.split()
    assert any("NotoNastaliqUrdu" in name for name in embedded_fonts(pdf))


def test_poppler_reads_the_arabic_words_in_the_same_places(tmp_path):
    """An independent reader: pdftotext's word boxes agree on the right-to-left order."""
    path = tmp_path / "ar.pdf"
    path.write_bytes(render(paragraph(ARABIC, styles()["body"], "ar")))
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    import re

    boxes = [(float(y), -float(x), word) for x, y, word in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', html)]
    # poppler reverses the letters of right-to-left words it was given in logical order.
    words = [w for _, _, w in sorted(boxes, key=lambda b: (round(b[0] / 5), b[1]))]
    assert [w if w in ARABIC.split() else w[::-1] for w in words] == ARABIC.split()


def _conjunct() -> tuple[int, str]:
    """HarfBuzz's glyph for the Bengali conjunct ক্ষ (three characters, one glyph)."""
    path = RESOURCES / "fonts" / "scripts" / "NotoSansBengali-Regular.ttf"
    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
    buffer = hb.Buffer()
    buffer.add_str("ক্ষ")
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    assert len(buffer.glyph_infos) == 1
    return buffer.glyph_infos[0].codepoint, str(path)


def test_bengali_conjuncts_are_shaped_into_the_pdf():
    pdf = render(paragraph("ক্ষমা চাই, স্বাস্থ্য ভালো।", styles()["body"], "bn"))
    words = drawn_words(pdf)
    assert [w.text for w in words] == ["ক্ষমা", "চাই,", "স্বাস্থ্য", "ভালো।"]
    assert words[0].glyphs < len("ক্ষমা")  # fewer glyphs than characters: shaped
    gid, path = _conjunct()
    original = FontFile(path)
    wanted = outline(original, original.getGlyphOrder()[gid])
    (subset,) = [f for name, f in embedded_fonts(pdf).items() if "Bengali" in name]
    assert any(outline(subset, name) == wanted for name in subset.getGlyphOrder())


@pytest.mark.parametrize(("language", "text"), [
    ("pa", "ਬੱਚੇ ਦੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ"),
    ("ti", "ናይ ሓለዋ መደብ"),
    ("bn", "শিশু সুরক্ষা পরিকল্পনা"),
    ("ur", "بچے کا تحفظ"),
])
def test_every_script_has_its_glyphs(language, text):
    flowable = paragraph(text, styles()["body"], language)
    assert isinstance(flowable, ScriptParagraph)
    assert all(g.gid != 0 for g in shape(text, flowable.main_font, language == "ur"))
    order = sorted(drawn_words(render(flowable)), key=lambda w: w.left, reverse=language == "ur")
    assert [w.text for w in order] == text.split()


def test_latin_diacritics_come_back_unchanged(tmp_path):
    text = "Zażółć gęślą jaźń; Ștefan și Țara; Ŵyn ŷ Ąžuolas"
    flowable = paragraph(text, styles()["body"], "pl")
    assert isinstance(flowable, Paragraph)
    path = tmp_path / "pl.pdf"
    path.write_bytes(render(flowable))
    import pypdf

    assert " ".join(pypdf.PdfReader(path).pages[0].extract_text().split()) == text


def test_a_long_arabic_paragraph_splits_across_pages():
    long_text = " ".join([ARABIC] * 30)
    pdf = render(paragraph(long_text, styles()["body"], "ar"))
    import pypdf

    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2
    read = []
    for page in range(pages):
        for line in lines_of(drawn_words(pdf, page)):
            read += [w.text for w in sorted(line, key=lambda w: -w.right)]
    assert read == long_text.split()


def test_tables_are_mirrored_for_right_to_left_languages():
    rows, widths, commands = mirror_table(
        [["name", "role", "1"], ["Sara", "school", "2"]], [150, 100, 30],
        [("BACKGROUND", (0, 0), (0, -1), "grey"), ("ALIGN", (2, 0), (2, -1), "LEFT")], "ar")
    assert rows == [["1", "role", "name"], ["2", "school", "Sara"]]
    assert widths == [30, 100, 150]
    assert ("BACKGROUND", (2, 0), (2, -1), "grey") in commands
    assert ("ALIGN", (0, 0), (0, -1), "RIGHT") in commands
    assert commands[0] == ("ALIGN", (0, 0), (-1, -1), "RIGHT")
    Table(rows, colWidths=widths)  # still a valid table
    same = mirror_table([["a", "b"]], None, [], "pl")
    assert same == ([["a", "b"]], None, [])


def test_english_free_text_in_an_urdu_copy_keeps_its_order_and_the_documents_alignment():
    text = "Home conditions improved."
    flowable = paragraph(text, styles()["body"], "ur")
    words = drawn_words(render(flowable))
    assert [w.text for w in sorted(words, key=lambda w: w.left)] == text.split()
    assert max(w.right for w in words) > WIDTH - 40  # set against the right margin


def test_an_isolated_value_keeps_its_brackets_inside_a_right_to_left_line():
    from cpmeeting.documents.scripts import isolate

    value = "Police (DC Frost)"
    text = "درخواست کنندہ: " + isolate(value)
    words = drawn_words(render(paragraph(text, styles()["body"], "ur")))
    latin = sorted((w for w in words if w.text.isascii()), key=lambda w: w.left)
    assert " ".join(w.text for w in latin) == value  # "(DC ... Frost)" reads left to right
    urdu = [w for w in words if not w.text.isascii()]
    assert min(w.left for w in urdu) > max(w.left for w in latin)  # the label comes first, right
    # Without the isolate, the closing bracket would take the paragraph's direction.
    plain = drawn_words(render(paragraph("درخواست کنندہ: " + value, styles()["body"], "ur")))
    assert [w.text for w in sorted(plain, key=lambda w: w.left)][0] != "Police"


def test_isolates_never_reach_a_latin_paragraph():
    from cpmeeting.documents.scripts import isolate

    flowable = paragraph("Wnioskujący: " + isolate("Example Unit"), styles()["body"], "pl")
    assert "\u2068" not in flowable.text and "\u2069" not in flowable.text


def test_a_word_wider_than_the_column_is_cut_instead_of_running_over():
    long_word = "حماية" * 30
    flowable = paragraph(long_word + " الطفل", styles()["body"], "ar")
    flowable.wrap(100, 1000)
    assert all(line.width <= 100 for line in flowable._lines)
    assert "".join(w.text for w in drawn_words(render(flowable))
                   if w.text != "الطفل") == long_word


def test_decomposed_latin_letters_print_composed():
    import unicodedata

    import pypdf

    text = "Ștefan și Țara, Zażółć gęślą jaźń"
    pdf = render(paragraph(unicodedata.normalize("NFD", text), styles()["body"], "ro"))
    assert pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().strip() == text


def test_a_name_in_a_third_script_gets_its_own_font():
    pdf = render(paragraph("শিশু সুরক্ষা: سارة أحمد", styles()["body"], "bn"))
    names = " ".join(embedded_fonts(pdf))
    assert "Bengali" in names and "NaskhArabic" in names
    assert {w.text for w in drawn_words(pdf)} == {"শিশু", "সুরক্ষা:", "سارة", "أحمد"}


def test_brackets_in_right_to_left_text_are_mirrored():
    from cpmeeting.documents.scripts import _face, script_font

    font = script_font("nastaliq", False)
    glyph_of = _face(font).ttf.face.charToGlyph
    glyphs = shape("[ابھی]", font, True)  # visual order: leftmost first
    assert (glyphs[0].cluster, glyphs[0].gid) == (5, glyph_of[ord("[")])  # "]" drawn as "["
    assert (glyphs[-1].cluster, glyphs[-1].gid) == (0, glyph_of[ord("]")])
