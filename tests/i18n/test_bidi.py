"""Bidi levels and visual order, checked against an independent UAX #9 implementation."""

from __future__ import annotations

import bidi
from hypothesis import given, settings
from hypothesis import strategies as st

from cpmeeting.i18n.bidi import PDI, levels, paragraph_level, visual_order

# Letters of both directions, European and Arabic digits, spaces and unmirrored punctuation.
WORDS = st.lists(st.text(alphabet="abcXYZ\u05d0\u05d1\u0627\u0628\u062a0129\u0661\u0662.,:;-!?",
                         min_size=1, max_size=6), min_size=1, max_size=8)


def display(text: str, base: int) -> str:
    order = visual_order(levels(text, base))
    return "".join(text[i] for i in order)


@settings(max_examples=300)
@given(WORDS, st.sampled_from([0, 1]))
def test_lines_are_ordered_as_the_rust_unicode_bidi_crate_orders_them(words, base):
    text = " ".join(words)
    assert display(text, base) == bidi.get_display(text, base_dir="LR"[base])


@given(st.lists(st.integers(0, 5), max_size=12))
def test_visual_order_is_a_permutation(run_levels):
    assert sorted(visual_order(run_levels)) == list(range(len(run_levels)))


@given(WORDS, WORDS)
def test_an_isolate_stays_in_one_piece_above_the_paragraph_level(outside, inside):
    inner = " ".join(inside)
    text = "\u0627\u0628 " + " ".join(outside) + " \u2068" + inner + PDI + " \u062a"
    resolved = levels(text, 1)
    start = text.index("\u2068") + 1
    assert all(level >= 2 for level in resolved[start:start + len(inner)])
    order = visual_order(resolved)
    positions = sorted(order.index(i) for i in range(start, start + len(inner)))
    assert positions == list(range(positions[0], positions[0] + len(inner)))  # contiguous


def test_paragraph_level_follows_the_first_strong_character():
    assert paragraph_level("12 \u0627\u0628 abc") == 1
    assert paragraph_level("abc \u0627") == 0
    assert paragraph_level("") == 0
