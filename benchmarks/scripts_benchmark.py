"""How long script-aware paragraphs and family copies take: prints figures, asserts nothing.

    PYTHONPATH=. python benchmarks/scripts_benchmark.py
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from factories import family_conference  # noqa: E402

from cpmeeting.documents.minutes import build_minutes  # noqa: E402
from cpmeeting.documents.scripts import paragraph  # noqa: E402
from cpmeeting.documents.text import styles  # noqa: E402
from cpmeeting.domain.copies import Audience  # noqa: E402
from cpmeeting.domain.people import Role  # noqa: E402
from cpmeeting.domain.profile import AuthorityProfile  # noqa: E402

SAMPLES = {
    "ar": "قرر المؤتمر أن الطفل يحتاج إلى خطة حماية وسيقوم الأخصائي الاجتماعي بزيارة الأسرة كل "
          "أسبوعين وستعقد المجموعة الأساسية اجتماعها الأول خلال عشرة أيام عمل",
    "ur": "کانفرنس نے فیصلہ کیا کہ بچے کو تحفظ کے منصوبے کی ضرورت ہے سوشل ورکر ہر دو ہفتے بعد "
          "خاندان سے ملاقات کریں گے اور بنیادی گروپ دس دنوں میں پہلی میٹنگ کرے گا",
    "bn": "সম্মেলন সিদ্ধান্ত নিয়েছে যে শিশুটির একটি সুরক্ষা পরিকল্পনা প্রয়োজন সমাজকর্মী প্রতি দুই "
          "সপ্তাহে পরিবারের সাথে দেখা করবেন",
    "pl": "Konferencja zdecydowała, że dziecko potrzebuje planu ochrony; pracownik socjalny "
          "będzie odwiedzał rodzinę co dwa tygodnie.",
}


def paragraphs(language: str, count: int) -> tuple[float, int]:
    """Seconds to lay out and write `count` distinct paragraphs, and the pages they fill."""
    story = [paragraph(f"{SAMPLES[language]} {n}", styles()["body"], language)
             for n in range(count)]
    out = io.BytesIO()
    start = time.perf_counter()
    document = SimpleDocTemplate(out)
    document.build(story)
    return time.perf_counter() - start, document.page


def family_copy(language: str) -> tuple[float, int]:
    conference = family_conference()
    mother = next(p for p in conference.invitees if p.role is Role.PARENT)
    start = time.perf_counter()
    rendered = build_minutes(conference, AuthorityProfile(), Audience.family(mother.id, language))
    return time.perf_counter() - start, rendered.pages


if __name__ == "__main__":
    for language in SAMPLES:
        paragraphs(language, 5)  # warm up: fonts, shaping caches
        seconds, pages = paragraphs(language, 300)
        print(f"{language}: 300 paragraphs, {pages} pages in {seconds:.2f} s "
              f"({seconds / 300 * 1000:.1f} ms a paragraph)")
    for language in ("en", "pl", "ar", "ur", "bn", "ti"):
        family_copy(language)
        seconds, pages = family_copy(language)
        print(f"family copy of the minutes in {language}: {pages} pages in {seconds:.2f} s")
