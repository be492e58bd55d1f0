"""A call is a telephone conversation (CONSULT phone) or a call for something (REQUEST), by its grammar."""

from __future__ import annotations

from event_coding import brief


def _coded(text: str) -> list[tuple[str, list, list]]:
    return [(event, actors, recipients) for event, _, actors, recipients in brief(text)]


def test_a_call_with_someone_is_a_conversation() -> None:
    coded = _coded("Macron raised the fate of Idlib in a phone call with Putin on Tuesday.")
    assert ("CONSULT", ["FRA", "RUS"], []) in coded and not any(event == "REQUEST" for event, *_ in coded)
    assert ("CONSULT", ["TUR", "USA"], []) in _coded("Trump held a call with Erdogan on Sunday.")


def test_a_call_between_two_leaders_has_them_as_its_parties() -> None:
    coded = _coded("The Kurdish question came up in a call between Trump and Erdogan on Sunday.")
    assert ("CONSULT", ["TUR", "USA"], []) in coded


def test_speaking_to_someone_by_phone_is_a_conversation() -> None:
    # a conversation is both sides' act (trigger_roles.tsv reciprocal), as the gold codes calls
    assert ("CONSULT", ["RUS", "TUR"], []) in _coded("Putin spoke to Erdogan by phone on Tuesday.")


def test_a_call_for_something_stays_a_request() -> None:
    assert ("REQUEST", ["USA"], ["TUR"]) in _coded("Ankara rejected Washington's call for a ceasefire.")
    assert ("REQUEST", ["FRA"], ["IRN"]) in _coded("The French president's call on Tehran to free the prisoners went unanswered.")
    assert not any(event == "CONSULT" for event, *_ in _coded("Paris said it would not act on Washington's call."))


def test_calling_someone_on_a_day_is_not_calling_on_them() -> None:
    assert not any(event == "REQUEST" for event, *_ in _coded("Merkel called Erdogan on Wednesday about the refugee deal."))
    assert ("REQUEST", ["DEU"], ["TUR"]) in _coded("Germany called on Turkey to halt the offensive.")


def test_a_mediator_between_two_parties_is_the_actor() -> None:
    coded = _coded("Qatar launched a mediation effort between Saudi Arabia and the Emirates on Saturday.")
    assert any(event == "CONSULT" and actors == ["QAT"] for event, actors, _ in coded)


def test_a_call_home_or_among_messages_is_a_conversation() -> None:
    assert not any(event == "REQUEST" for event, *_ in _coded("The Iraqi minister made an urgent call home to ask about the floods."))
    assert not any(event == "REQUEST" for event, *_ in _coded("The Saudi envoy kept in touch with Tehran through texts, emails and the odd call."))


def test_a_phone_call_in_which_a_leader_urged_something_is_a_consultation_too() -> None:
    coded = _coded("Macron urged more dialogue with Russia in a phone call with Putin.")
    assert ("CONSULT", ["FRA", "RUS"], []) in coded and any(event == "REQUEST" for event, *_ in coded)


def test_what_a_caller_urges_while_calling_is_a_request_of_its_own() -> None:
    assert ("REQUEST", ["USA"], ["TUR"]) in _coded("Donald Trump called Erdoğan on Wednesday, urging him to curtail the operation.")


def test_speaking_on_or_over_the_phone_is_a_conversation() -> None:
    assert ("CONSULT", ["GBR", "USA"], []) in _coded("Donald Trump and Theresa May spoke on the phone on Thursday evening.")
    assert ("CONSULT", ["RUS", "TUR"], []) in _coded("Putin talked over the phone with Erdogan on Friday.")
    # speaking on the phone to someone makes them a party; speaking on a subject is no call
    assert ("CONSULT", ["FRA", "USA"], []) in _coded("Macron spoke on the phone to Trump.")
    assert not any(event == "CONSULT" for event, *_ in _coded("Macron spoke on the economy in Paris."))


def test_speaking_to_a_leader_is_a_conversation_and_to_the_press_a_statement() -> None:
    assert ("CONSULT", ["FRA", "GBR"], []) in _coded("Theresa May spoke to Emmanuel Macron on Tuesday.")
    for audience in ("reporters", "the BBC", "the nation", "a crowd of supporters"):
        assert not any(event == "CONSULT" for event, *_ in _coded(f"Theresa May spoke to {audience} on Tuesday.")), audience
    assert not any(event == "CONSULT" for event, *_ in _coded("Theresa May spoke with journalists in Brussels."))
    assert not any(event == "CONSULT" for event, *_ in _coded("Speaking to the Guardian by phone, the Turkish lawyer said he was free."))
