"""Events stage on hand-written sentences: types, arguments, status, dates, places, derived events.

These run the whole pipeline (the real spaCy model) because the events stage
reads the parse and the other stages' findings; each test names the one
behaviour it checks.
"""

from __future__ import annotations

import pytest
from event_coding import PUBLISHED, countries, one

from sanderling import code_text


def test_active_verb_gives_actor_and_recipient() -> None:
    event = one("Iran accused Israel of sabotage on Monday.", "ACCUSE")
    assert countries(event.actor) == ["IRN"] and countries(event.recipient) == ["ISR"]
    assert event.trigger == "accused" and event.date == "2019-04-22" and event.date_basis == "explicit"


def test_passive_agent_is_the_actor() -> None:
    event = one("Syrian rebels were attacked by Russian aircraft on Tuesday.", "ASSAULT")
    assert countries(event.actor) == ["RUS"] and countries(event.recipient) == ["SYR"]


def test_reciprocal_meeting_puts_all_parties_in_actor() -> None:
    event = one("Chinese President Xi Jinping met French President Emmanuel Macron in Geneva on Monday.", "CONSULT")
    assert countries(event.actor) == ["CHN", "FRA"] and event.recipient == []
    assert event.location is not None and event.location.country_code == "CHE"


def test_meeting_the_host_at_home_is_a_visit() -> None:
    # The manual's CONSULT rule: where one side hosts and the other visits, the visitor acts and the host receives.
    event = one("Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.", "CONSULT")
    assert countries(event.actor) == ["CHN"] and countries(event.recipient) == ["FRA"]
    assert event.location is not None and event.location.country_code == "FRA"


def test_negation_and_denial_are_negated() -> None:
    assert one("Turkey did not sign the agreement with Greece.", "SUPPORT").status == "negated"
    assert one("Russia denied attacking Ukrainian ships.", "ASSAULT").status == "negated"


def test_plans_and_schedules_are_future() -> None:
    event = one("Japan's prime minister is due to visit China tomorrow.", "CONSULT")
    assert event.status == "future" and event.date == "2019-04-25"
    assert one("Germany plans to send troops to Mali.", "MOBILIZE").status == "future"


def test_conditionals_are_hypothetical() -> None:
    assert one("Iran could close the Strait of Hormuz if the US imposed new sanctions.", "SANCTION").status == "hypothetical"
    assert one("Iran might attack American ships in the Gulf.", "ASSAULT").status == "hypothetical"


def test_background_events_are_historical_and_dated() -> None:
    event = one("Iraq invaded Kuwait in 1990.", "ASSAULT")
    assert event.status == "historical" and event.date == "1990"


def test_undated_past_event_is_past_ref_and_present_perfect_is_today() -> None:
    assert one("Egypt criticised Ethiopia over the dam.", "ACCUSE").date == "PAST_REF"
    arrived = one("North Korean leader Kim Jong Un has arrived in Russia.", "CONSULT")
    assert arrived.date == "2019-04-24" and countries(arrived.recipient) == ["RUS"]


def test_light_verb_noun_carries_the_event() -> None:
    event = one("The United States imposed sanctions on Venezuela last week.", "SANCTION")
    assert countries(event.actor) == ["USA"] and countries(event.recipient) == ["VEN"]
    assert event.date == "2019-W16" and "sanctions" in event.trigger


def test_obligation_under_speech_is_a_request() -> None:
    event = one("France said Iran must stop enriching uranium.", "REQUEST")
    assert countries(event.actor) == ["FRA"] and countries(event.recipient) == ["IRN"]
    # implied._speech_above: a clause opening the sentence with "that" is its subject, however the parse hangs it
    assert not [e for e in code_text("That the Russian president has now announced a troop withdrawal must be taken with a barrel of salt.",
                                     published=PUBLISHED) if e.event == "REQUEST"]


def test_what_one_is_too_weak_to_do_is_not_done() -> None:
    """status: "too ADJ to" negates the infinitive."""
    assert one("Syrian rebels are too weak to attack Damascus.", "ASSAULT").status == "negated"
    # and what one is strong enough to do, one is only able to
    assert one("Syrian rebels are strong enough to attack Damascus.", "ASSAULT").status == "hypothetical"


def test_stated_plan_to_coerce_is_also_a_threat() -> None:
    events = code_text("Nato said it would tighten the naval blockade of Serbia.", published=PUBLISHED)
    assert {"COERCE", "THREATEN"} <= {e.event for e in events}


def test_a_clause_joined_to_a_reported_one_is_reported_too() -> None:
    """ "would" in the second of two reported clauses is the future in the past, not a supposition."""
    event = one("A Kurdish commander said the offensive would be halted and all Kurdish units in Syria would redeploy to the Turkish border.",
                "MOBILIZE")
    assert event.status == "future"


def test_reported_speech_codes_the_reported_event() -> None:
    event = one("Officials said Syrian troops had shelled the town of Idlib.", "ASSAULT")
    assert countries(event.actor) == ["SYR"]


def test_opinion_and_speech_alone_are_not_events() -> None:
    assert code_text("The minister said the economy was growing slowly.", published=PUBLISHED) == []


def test_every_event_is_traceable_to_its_sentence() -> None:
    text = "Protesters marched in Caracas on Tuesday. Later, police arrested dozens of them."
    for event in code_text(text, published=PUBLISHED):
        assert text[event.start:event.end] == event.text
        assert event.trigger and event.rule and event.score is not None
        assert 0 < event.confidence < 1


@pytest.mark.parametrize(("text", "event_type"), [
    ("Israeli jets bombed targets in Gaza overnight.", "ASSAULT"),
    ("Thousands of protesters rallied against the government in Khartoum.", "PROTEST"),
    ("Japan pledged $10m in humanitarian aid to Syria.", "AID"),
    ("Police arrested the opposition leader in Moscow.", "COERCE"),
    ("Russia and Ukraine agreed to resume talks.", "AGREE"),
])
def test_common_news_events_are_found(text: str, event_type: str) -> None:
    assert event_type in {e.event for e in code_text(text, published=PUBLISHED)}


def test_present_perfect_of_a_span_is_background() -> None:
    event = one("Since 2015, Turkey has attacked Kurdish militants in northern Iraq.", "ASSAULT")
    assert event.status == "historical"
    assert one("Turkey has attacked Kurdish militants in northern Iraq.", "ASSAULT").status == "asserted"


def test_trigger_words_as_modifiers_are_not_events() -> None:
    assert "AID" not in {e.event for e in code_text("German aid workers arrived in Kabul on Monday.", published=PUBLISHED)}


def test_a_negated_governing_clause_negates_the_event() -> None:
    assert one("Britain did not send troops to attack Syrian forces.", "ASSAULT").status == "negated"


def test_victims_take_the_perpetrator_and_time_of_the_attack_that_killed_them() -> None:
    event = one("Ten Syrian soldiers were killed when Israeli jets bombed an airbase last week.", "ASSAULT")
    killed = [e for e in code_text("Ten Syrian soldiers were killed when Israeli jets bombed an airbase last week.", published=PUBLISHED) if e.trigger == "killed"]
    assert killed and countries(killed[0].actor) == ["ISR"] and countries(killed[0].recipient) == ["SYR"]
    assert killed[0].date == "2019-W16" and event.date == "2019-W16"


def test_compound_actors_all_act() -> None:
    event = one("Russian and Syrian officials accused Turkey of supporting terrorists.", "ACCUSE")
    assert countries(event.actor) == ["RUS", "SYR"] and countries(event.recipient) == ["TUR"]


def test_an_apposition_naming_another_country_stays_apart() -> None:
    events = code_text("Pakistan, a key US ally, has refused to deploy troops in Iraq and has urged its citizens to leave.", published=PUBLISHED)
    refusal = next(e for e in events if e.event == "REJECT")
    assert countries(refusal.actor) == ["PAK"]
    urged = [e for e in events if e.trigger == "urged"]
    assert all(e.status == "asserted" for e in urged)


def test_phrases_keep_word_order_and_went_is_past() -> None:
    strike = one("Teachers in Nairobi went on strike on Monday.", "PROTEST")
    assert strike.status == "asserted" and strike.date == "2019-04-22"
    assert "PROTEST" not in {e.event for e in code_text("Russian jets carried out strikes on the town of Idlib.", published=PUBLISHED)}


def test_a_purpose_clause_shares_its_heads_status_and_time() -> None:
    fought = code_text("US troops have fought to liberate the town since September 2014.", published=PUBLISHED)
    assert {(e.trigger, e.status, e.date) for e in fought} >= {("fought", "historical", "2014-09")}
    assert one("Pompeo is due to visit Cairo on Tuesday to reassure Egypt.", "SUPPORT").status == "future"


def test_participle_clauses_share_the_past_perfect_of_their_verb() -> None:
    text = "The US had stuck to its Kurdish allies, viewing them as a safe bet, and rejecting Turkey's complaints."
    assert one(text, "REJECT").status == "historical"


def test_a_stated_refusal_is_a_reject_and_an_actor_noun_is_no_trigger() -> None:
    events = code_text("The Syrian opposition said it would not attend the talks in Sochi.", published=PUBLISHED)
    rejections = [e for e in events if e.event == "REJECT"]
    assert len(rejections) == 1 and countries(rejections[0].actor) == ["SYR"] and rejections[0].status == "asserted"
    assert any(e.event == "CONSULT" and e.status == "negated" for e in events)


def test_a_refusal_to_meet_is_the_refusers_towards_the_other_side() -> None:
    """derived.stated_intent: a meeting of both sides has both as actors, but saying one will not meet is one side's act
    towards the other; a word of unwillingness states a refusal as "will not" does (trigger_roles.tsv `refusal`)."""
    said = [e for e in code_text("Iran said it will not negotiate with the United States.", published=PUBLISHED) if e.event == "REJECT"]
    assert [(countries(e.actor), countries(e.recipient)) for e in said] == [(["IRN"], ["USA"])]
    unwilling = [e for e in code_text("Iran is unwilling to negotiate with the United States.", published=PUBLISHED) if e.event == "REJECT"]
    assert [(countries(e.actor), countries(e.recipient)) for e in unwilling] == [(["IRN"], ["USA"])]


def test_who_blocks_decides_protest_or_coercion() -> None:
    assert one("Protesters blocked roads in Algiers on Monday.", "PROTEST").mode == "obstruct"
    assert "COERCE" in {e.event for e in code_text("Israeli troops blocked roads into Gaza on Monday.", published=PUBLISHED)}


def test_an_ultimatum_is_a_threat_not_a_concession() -> None:
    events = code_text("Nigeria will withdraw its troops from Chad unless the rebels agree to a ceasefire.", published=PUBLISHED)
    kinds = {e.event for e in events}
    assert "THREATEN" in kinds and "CONCEDE" not in kinds


def test_an_offer_to_act_is_an_agreement() -> None:
    events = code_text("Syria says it is willing to withdraw its troops from Lebanon.", published=PUBLISHED)
    agree = [e for e in events if e.event == "AGREE"]
    assert agree and countries(agree[0].actor) == ["SYR"] and agree[0].status == "asserted"
    assert any(e.event == "RETREAT" and e.status == "future" for e in events)


def test_a_participle_takes_the_noun_it_describes_as_actor() -> None:
    event = one("A British soldier fighting against Islamic State was wounded in Syria.", "ASSAULT")
    fighting = [e for e in code_text("A British soldier fighting against Islamic State was wounded in Syria.", published=PUBLISHED) if e.trigger == "fighting"]
    assert fighting and "GBR" in countries(fighting[0].actor)
    assert event


def test_a_participle_that_tells_the_same_act_again_is_that_act() -> None:
    """ "hit Idlib, targeting drones": one attack; "called for a solution, urging calm": one demand."""
    strikes = [e for e in code_text("Russian jets hit Idlib on Monday, targeting weapons stores of the jihadists.", published=PUBLISHED)
               if e.event == "ASSAULT"]
    assert len(strikes) == 1 and strikes[0].trigger == "hit"
    demands = [e for e in code_text("The Belgian minister on Sunday called for a European solution, urging calm reflection.", published=PUBLISHED)
               if e.event == "REQUEST"]
    assert len(demands) == 1
    # a different act beside the verb stays its own
    told = code_text("Netanyahu warned of a war with Iran on Monday, accusing Tehran of building bases in Syria.", published=PUBLISHED)
    assert any(e.event == "ACCUSE" for e in told)


def test_a_meeting_with_someone_told_as_the_backdrop_had_the_subject_as_its_other_side() -> None:
    meeting = one("Speaking after a meeting with Theresa May on Monday, the Turkish prime minister said Ankara would stay.", "CONSULT")
    assert sorted(countries(meeting.actor)) == ["GBR", "TUR"]


def test_an_act_with_no_known_doer_is_left_out_unless_its_victims_are_the_news() -> None:
    text = "The British government is being urged to move rapidly to help the families. Five soldiers were wounded in the blast."
    assert [e.event for e in code_text(text, published=PUBLISHED)] == ["ASSAULT"]
    kept = code_text(text, published=PUBLISHED, keep_unattributed=True)
    assert [(e.event, e.actor) for e in kept] == [("REQUEST", []), ("ASSAULT", [])]
    assert [e.index for e in code_text(text, published=PUBLISHED)] == [0]
