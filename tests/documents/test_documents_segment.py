"""Sentence splitting with offsets, paragraph layout, and linear time on large text."""

from __future__ import annotations

import time

import pytest

from flashpoint.documents.segment import (
    MAX_QUOTE_CHARS,
    is_caseless,
    join_paragraphs,
    paragraph_spans,
    split_sentences,
)


def _sentences(text: str) -> list[str]:
    layout = join_paragraphs([text])
    spans = split_sentences(layout.text, layout.paragraphs)
    return [layout.text[s.start : s.end] for s in spans]


SPLITS = [
    ("Shells hit the market. Two people died.", ["Shells hit the market.", "Two people died."]),
    (
        "Was it a drone? Nobody knows! The army is silent.",
        ["Was it a drone?", "Nobody knows!", "The army is silent."],
    ),
    ("Gen. Salim Idris arrived. He met Col. Hassan.", ["Gen. Salim Idris arrived.", "He met Col. Hassan."]),
    ("Mr. and Mrs. Khalil fled. Dr. Nour stayed.", ["Mr. and Mrs. Khalil fled.", "Dr. Nour stayed."]),
    (
        "Lt. Gen. Ali and Maj. Sami met Capt. Omar and Sgt. Adel.",
        ["Lt. Gen. Ali and Maj. Sami met Capt. Omar and Sgt. Adel."],
    ),
    (
        "Brig. Gen. Rami spoke to Gov. Faris and Sen. Cole.",
        ["Brig. Gen. Rami spoke to Gov. Faris and Sen. Cole."],
    ),
    ("Rep. Diaz visited St. Elias church.", ["Rep. Diaz visited St. Elias church."]),
    (
        "The clashes began on Sept. 3 and ended on Oct. 9. Dozens died.",
        ["The clashes began on Sept. 3 and ended on Oct. 9.", "Dozens died."],
    ),
    (
        "It happened on Jan. 5, not Dec. 28. Both dates were cited.",
        ["It happened on Jan. 5, not Dec. 28.", "Both dates were cited."],
    ),
    (
        "The U.S. Army and the U.N. Security Council disagreed. Talks failed.",
        ["The U.S. Army and the U.N. Security Council disagreed.", "Talks failed."],
    ),
    ("Britain (U.K.) voted. France abstained.", ["Britain (U.K.) voted.", "France abstained."]),
    (
        "Weapons, e.g. rifles, were seized. Ammunition, i.e. shells, too.",
        ["Weapons, e.g. rifles, were seized.", "Ammunition, i.e. shells, too."],
    ),
    ("Trucks, tanks etc. Were all destroyed?", ["Trucks, tanks etc. Were all destroyed?"]),
    (
        "The No. 4 brigade held approx. 12 km of the front.",
        ["The No. 4 brigade held approx. 12 km of the front."],
    ),
    ("Assad vs. the rebels. A new phase.", ["Assad vs. the rebels.", "A new phase."]),
    (
        "J. Smith of the agency confirmed it. A. B. Khan did not.",
        ["J. Smith of the agency confirmed it.", "A. B. Khan did not."],
    ),
    ("Prices rose 3.5 percent. The rate was 0.75.", ["Prices rose 3.5 percent.", "The rate was 0.75."]),
    (
        "He said 2.5 million people fled. 1,200 returned.",
        ["He said 2.5 million people fled.", "1,200 returned."],
    ),
    (
        '"We will not retreat. Our forces are ready," the commander said. He left.',
        ['"We will not retreat. Our forces are ready," the commander said.', "He left."],
    ),
    (
        "\u201cWe will not retreat. Our forces are ready,\u201d he said. He left.",
        ["\u201cWe will not retreat. Our forces are ready,\u201d he said.", "He left."],
    ),
    ('He said "it is over." The rest followed.', ['He said "it is over."', "The rest followed."]),
    (
        "The mayor said. \u201cWe need help.\u201d Nobody came.",
        ["The mayor said.", "\u201cWe need help.\u201d", "Nobody came."],
    ),
    (
        'An unbalanced "quote here. Then another sentence.',
        ['An unbalanced "quote here.', "Then another sentence."],
    ),
    (
        "The strike killed five (including two children.) Rescuers dug.",
        ["The strike killed five (including two children.)", "Rescuers dug."],
    ),
    (
        "They met at 10 a.m. Monday in Aleppo. It ended at 4 p.m. The talks failed.",
        ["They met at 10 a.m. Monday in Aleppo.", "It ended at 4 p.m.", "The talks failed."],
    ),
    ("Wait... The convoy moved.", ["Wait...", "The convoy moved."]),
    ("The army entered al-Bab. al-Qaeda denied it.", ["The army entered al-Bab. al-Qaeda denied it."]),
    ("  Leading and trailing space.   ", ["Leading and trailing space."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=[f"split-{i}" for i in range(len(SPLITS))])
def test_sentence_splitting_table(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_long_quotation_is_split_like_prose() -> None:
    quote = " ".join(f"We struck target number {i} near the river crossing last night." for i in range(8))
    text = f'The spokesman said, "{quote}" He did not take questions.'
    sentences = _sentences(text)
    assert len(quote) > MAX_QUOTE_CHARS
    assert len(sentences) == 9
    assert (
        sentences[0] == 'The spokesman said, "We struck target number 0 near the river crossing last night.'
    )
    assert sentences[-2] == 'We struck target number 7 near the river crossing last night."'
    assert sentences[-1] == "He did not take questions."


def test_caseless_text_splits_before_lower_case() -> None:
    text = "the army denied the report.  a spokesman said gen. lopez was safe. the patrol returned."
    assert is_caseless(text)
    assert _sentences(text) == [
        "the army denied the report.",
        "a spokesman said gen. lopez was safe.",
        "the patrol returned.",
    ]
    assert not is_caseless("The Army denied the Report from Aleppo.")


def test_offsets_index_the_text_and_paragraphs_are_respected() -> None:
    paragraphs = ["Headline without a stop", "First one. Second one.", "Third \u201cquoted.\u201d Fourth."]
    layout = join_paragraphs(paragraphs)
    assert layout.text == "\n\n".join(paragraphs)
    assert [layout.text[s:e] for s, e in layout.paragraphs] == paragraphs
    sentences = split_sentences(layout.text, layout.paragraphs)
    texts = [layout.text[s.start : s.end] for s in sentences]
    assert texts == [
        "Headline without a stop",
        "First one.",
        "Second one.",
        "Third \u201cquoted.\u201d",
        "Fourth.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2, 2]
    for sentence in sentences:
        start, end = layout.paragraphs[sentence.paragraph]
        assert start <= sentence.start < sentence.end <= end
        assert (
            layout.text[sentence.start : sentence.end] == layout.text[sentence.start : sentence.end].strip()
        )


def test_paragraph_spans_of_free_text() -> None:
    text = "  First block\nstill first  \n\n \n\nSecond\n\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First block\nstill first", "Second"]


def test_empty_input_has_no_sentences() -> None:
    assert split_sentences("", ()) == ()
    assert join_paragraphs([]).text == ""


def test_large_text_is_split_in_linear_time() -> None:
    unit = 'Gen. Ali said "the U.S. convoy left. It was 3.5 km away," rescuers said. Shells fell! Why? '
    small = unit * 2_000  # 180 KB
    large = unit * 20_000  # 1.8 MB, one huge paragraph

    def timed(text: str) -> tuple[float, int]:
        layout = join_paragraphs([text])
        start = time.perf_counter()
        count = len(split_sentences(layout.text, layout.paragraphs))
        return time.perf_counter() - start, count

    small_time, small_count = timed(small)
    large_time, large_count = timed(large)
    assert large_count == 10 * small_count == 60_000
    assert large_time < 30 * max(small_time, 1e-3)  # linear: 10x the text, far from 100x the time
