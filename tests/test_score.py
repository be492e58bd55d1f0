"""The SPEC §3 scorer on hand-made predictions: matching order, negation, attributes."""

from __future__ import annotations

from sanderling.evaluate.gold import GoldSentence
from sanderling.evaluate.score import assign_to_sentences, score_sentence


def _prediction(event: str, actor: list[str], recipient: list[str] = [], status: str = "asserted", date: str | None = None) -> dict:
    return {
        "event": event, "actor": [{"country": c} for c in actor], "recipient": [{"country": c} for c in recipient],
        "status": status, "date": date, "location": None, "trigger": "x", "start": 0, "end": 10,
    }


def _gold(event: str, actor: list[str], recipient: list[str] = [], status: str = "asserted", optional: bool = False, date: str | None = None) -> dict:
    return {"event": event, "actor": actor, "recipient": recipient, "status": status, "optional": optional, "date": date, "place_country": None}


SENTENCE = GoldSentence("s", 0, 10, [])


def _score(golds: list[dict], predictions: list[dict]) -> dict:
    return score_sentence(GoldSentence("s", 0, 10, golds), predictions, doc="d").as_dict()


def test_match_needs_type_and_intersecting_actor_countries() -> None:
    result = _score([_gold("CONSULT", ["PRK", "RUS"])], [_prediction("CONSULT", ["RUS"]), _prediction("ACCUSE", ["RUS"])])
    assert (result["matched"], result["predicted"], result["precision"], result["recall"]) == (1, 2, 0.5, 1.0)


def test_both_empty_actors_match_and_optional_is_neither_fp_nor_fn() -> None:
    result = _score([_gold("ASSAULT", []), _gold("COERCE", ["SYR"], optional=True)], [_prediction("ASSAULT", []), _prediction("COERCE", ["SYR"])])
    assert (result["matched"], result["required_gold"], result["precision"], result["recall"]) == (2, 1, 1.0, 1.0)
    missed = _score([_gold("COERCE", ["SYR"], optional=True)], [])
    assert missed["required_gold"] == 0 and missed["predicted"] == 0


def test_negated_gold_needs_a_negated_prediction() -> None:
    asserted = _score([_gold("AGREE", ["RUS"], status="negated")], [_prediction("AGREE", ["RUS"])])
    assert asserted["matched"] == 0 and asserted["predicted"] == 1
    negated = _score([_gold("AGREE", ["RUS"], status="negated")], [_prediction("AGREE", ["RUS"], status="negated")])
    assert negated["matched"] == 1 and negated["status_accuracy"] == 1.0


def test_recipient_agreement_is_preferred_and_attributes_are_scored() -> None:
    golds = [_gold("ACCUSE", ["USA"], ["RUS"], date="2019-W16"), _gold("ACCUSE", ["USA"], ["CHN"])]
    predictions = [_prediction("ACCUSE", ["USA"], ["CHN"], date="2019-W16"), _prediction("ACCUSE", ["USA"], ["RUS"], date="2019-W15")]
    result = _score(golds, predictions)
    assert result["matched"] == 2 and result["recipient_accuracy"] == 1.0
    assert result["date_accuracy"] == 0.0 and result["date_scored"] == 1


def test_predictions_go_to_the_sentence_they_overlap() -> None:
    sentences = [GoldSentence("a", 0, 50, []), GoldSentence("b", 51, 100, []), GoldSentence("missing", -1, -1, [])]
    first, second = dict(_prediction("AID", []), start=0, end=50), dict(_prediction("AID", []), start=51, end=99)
    outside = dict(_prediction("AID", []), start=200, end=260)
    assert assign_to_sentences(sentences, [first, second, outside]) == [[first], [second], []]
