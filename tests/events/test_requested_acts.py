"""What a request noun asks for ("calls to withdraw", "demands for the release of") is not coded as done."""

from __future__ import annotations

from event_coding import PUBLISHED, brief

from sanderling import code_text


def _types(text: str) -> list[str]:
    return [event for event, *_ in brief(text)]


def test_an_act_asked_for_in_a_rejected_request_is_not_done() -> None:
    types = _types("The Kremlin rejected calls to withdraw its troops from Syria.")
    assert "REJECT" in types and "RETREAT" not in types
    types = _types("The Burmese junta refused demands to release the jailed reporters.")
    assert "RETREAT" not in types
    types = _types("Tehran ignored British calls for the release of the detained sailors.")
    assert "REJECT" in types and "RETREAT" not in types


def test_an_act_asked_for_in_a_request_noun_is_not_done() -> None:
    types = _types("Ankara's demand for the extradition of the cleric was discussed in Washington on Monday.")
    assert "REQUEST" in types and "COOPERATE" not in types


def test_the_purpose_of_a_phone_call_is_still_coded() -> None:
    assert "CONSULT" in _types("Trump held a call with Erdogan to discuss the offensive.")


def test_the_act_itself_is_coded_when_done() -> None:
    assert "RETREAT" in _types("The Kremlin withdrew its troops from Syria on Monday.")


def _statuses(text: str, event_type: str) -> list[str]:
    return [e.status for e in code_text(text, published=PUBLISHED) if e.event == event_type]


def test_an_act_someone_refused_or_failed_to_do_is_negated() -> None:
    assert _statuses("Iran's refusal to release the British tanker angered London.", "RETREAT") == ["negated"]
    assert _statuses("Syria's refusal to hold talks with the rebels angered Moscow.", "CONSULT") == ["negated"]
    assert "asserted" in _statuses("Miliband's refusal to back Cameron's call for strikes angered Washington.", "REQUEST")


def test_a_place_in_what_is_asked_names_no_recipient() -> None:
    coded = brief("The Kremlin rejected calls to withdraw its troops from Syria.")
    assert not any(event == "REJECT" and "SYR" in recipients for event, _, _, recipients in coded)
    coded = brief("Turkish jets shelled a convoy heading to Afrin.")
    assert any(event == "ASSAULT" and "SYR" in recipients for event, _, _, recipients in coded)


def test_insisting_on_an_obligation_is_one_request() -> None:
    found = [e.event for e in code_text("Moscow insists that the Kurds should have a seat at the talks.", published=PUBLISHED)]
    assert found.count("REQUEST") == 1


def test_conditions_placed_on_an_act_are_demands() -> None:
    from event_coding import brief
    coded = brief("Bolton placed conditions on the withdrawal of US troops from Syria on Sunday.")
    assert any(event == "REQUEST" and actors == ["USA"] for event, _, actors, _ in coded)
    coded = brief("Russia has set conditions for its participation in the Geneva talks.")
    assert any(event == "REQUEST" and actors == ["RUS"] for event, _, actors, _ in coded)


def test_telling_a_party_to_act_asks_it_to() -> None:
    coded = [(e, a, r) for e, _, a, r in brief("Merkel told Turkey to halt its offensive.")]
    assert coded == [("REQUEST", ["DEU"], ["TUR"])]  # the halt is what is asked for, not done
    # Telling journalists what to expect asks nothing of a party; a passive names no one who asked.
    assert not any(e == "REQUEST" for e, *_ in brief("Trump told reporters to expect an announcement on Syria."))
    assert not any(e == "REQUEST" for e, *_ in brief("The Pentagon was told to plan for the withdrawal."))
    # What others do in a relative clause inside what is asked is not asked for.
    coded = brief("Trump told Moscow to get ready for US missiles, which the Russian military has vowed to shoot down.")
    assert any(e == "THREATEN" and a == ["RUS"] for e, _, a, _ in coded)


def test_what_was_done_before_a_demand_is_not_what_it_demands() -> None:
    coded = [(e, a) for e, _, a, _ in brief("After releasing the Greek soldiers, Turkey called for talks.")]
    assert ("RETREAT", ["TUR"]) in coded and ("REQUEST", ["TUR"]) in coded
    # A time clause inside what is alleged stays inside it.
    assert [e for e, *_ in brief("Greece accused Turkey of attacking its ships before holding talks.")] == ["ACCUSE"]
