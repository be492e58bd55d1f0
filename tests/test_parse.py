"""Parse stage: which blocks of an article are prose that can carry events."""

from __future__ import annotations

from pathlib import Path

from sanderling.parse import load_nlp, paragraphs, prose_sentences

ARTICLE = (
    "Troops shelled the town on Monday. Residents fled.\n\n"
    "Border talks\n\n"
    "The two sides met in Geneva.\n\n"
    "© AFP 2019"
)


def test_subheadings_and_credits_are_not_prose() -> None:
    kinds = [(ARTICLE[p.start:p.end], p.kind) for p in paragraphs(ARTICLE)]
    assert kinds == [
        ("Troops shelled the town on Monday. Residents fled.", "body"),
        ("Border talks", "subheading"),
        ("The two sides met in Geneva.", "body"),
        ("© AFP 2019", "credit"),
    ]


def test_prose_sentences_keep_offsets_and_skip_non_prose() -> None:
    doc = load_nlp()(ARTICLE)
    sentences = [s for s, _ in prose_sentences(doc)]
    assert [s.text for s in sentences] == ["Troops shelled the town on Monday.", "Residents fled.", "The two sides met in Geneva."]
    for sentence in sentences:
        assert ARTICLE[sentence.start_char:sentence.end_char] == sentence.text


def test_a_sentence_never_crosses_a_blank_line() -> None:
    doc = load_nlp()("Officials from both governments said on Monday that the delayed talks would resume\n\nthe ministry announced new sanctions.")
    assert len([s for s, _ in prose_sentences(doc)]) == 2


def test_the_array_rules_annotate_exactly_as_the_model_s_own_components() -> None:
    import spacy

    from sanderling.parse import MODEL_PACKAGE

    text = (Path(__file__).resolve().parents[1] / "examples" / "summit-2021-06-16.txt").read_text(encoding="utf-8")
    text += "\n\nThey ain't gonna stop. Y'all let's go, it's nothin' but there is a    gap. Which one did that?"
    stock = spacy.load(MODEL_PACKAGE)
    stock.add_pipe("sanderling_paragraph_breaks", before="parser")
    ours = load_nlp()
    assert "attribute_ruler" in stock.pipe_names and "attribute_ruler" not in ours.pipe_names
    expected = [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in stock(text)]
    found = [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in ours(text)]
    assert len(found) > 200
    assert found == expected
