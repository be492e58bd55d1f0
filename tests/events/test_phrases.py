"""Noun phrases and clauses that decide whether a trigger is an event of its own.

Whole pipeline on hand-written sentences.
"""

from __future__ import annotations

from datetime import date

from event_coding import PUBLISHED, brief

from sanderling import code_text


def test_a_carrier_noun_makes_its_modifier_the_event() -> None:
    sanctions = [c for c in brief("Washington reimposed a sanctions programme on Iran in November.") if c[0] == "SANCTION"]
    assert sanctions and sanctions[0][1].endswith("sanctions programme") and sanctions[0][3] == ["IRN"]
    bombing = [c for c in brief("Russia began a bombing campaign against rebels in Syria.") if c[0] == "ASSAULT"]
    assert len(bombing) == 1 and bombing[0][2] == ["RUS"]


def test_a_modifier_of_an_ordinary_noun_is_still_no_event() -> None:
    assert not any(e == "AID" for e, *_ in brief("French aid workers said Syria was dangerous."))


def test_what_already_happened_is_not_what_is_demanded() -> None:
    coded = brief("North Korea insisted Pompeo be removed from the talks, hours after announcing it had carried out a new weapons test.")
    assert any(e == "MOBILIZE" and a == ["PRK"] for e, _, a, _ in coded)
    # A demanded act stays inside the demand.
    assert not any(e == "RETREAT" for e, *_ in brief("Iran insisted that Israel withdraw its troops from Syria."))


def test_the_owner_of_an_effort_or_decision_acts_in_its_infinitive() -> None:
    assert ("CONSULT", "broker", ["RUS"], ["SYR"]) in brief("Russia's efforts to broker a Syrian peace deal stumbled on Wednesday.")
    expel = [c for c in brief("Iran's decision to expel two German diplomats surprised Berlin.") if c[0] == "SANCTION"]
    assert expel and expel[0][2] == ["IRN"]
    # An invitation names someone else to act.
    attend = [c for c in brief("Moscow's invitation to the Kurdish militia to attend talks in Sochi angered Turkey.") if c[0] == "CONSULT"]
    assert all(c[2] != ["RUS"] for c in attend)


def test_coming_under_attack_makes_the_subject_the_target() -> None:
    assert ("ASSAULT", "attack", ["PSE"], ["ISR"]) in brief("Israeli troops came under attack from Hamas militants near Gaza.")
    assert ("THREATEN", "threat", ["TUR"], ["SYR"]) in brief("The Syrian town is under increasing threat from Turkey.")


def test_an_unidentified_instrument_yields_to_the_one_who_wields_it() -> None:
    coded = brief("Turkish forces responded with hours of strikes from drones against the militants.")
    assert any(e == "ASSAULT" and a == ["TUR"] for e, _, a, _ in coded)


def test_an_object_said_to_act_is_an_actor_but_not_its_own_verbs_subject() -> None:
    coded = brief("China criticised Japan on Monday, and the US has accused it of helping Iran evade sanctions.")
    assert ("ACCUSE", "accused", ["USA"], ["JPN"]) in coded
    assert not any(r for e, t, _, r in brief("Russia denied it.") if e == "REJECT")


def test_a_noun_naming_the_same_event_again_is_one_event_and_a_denial_answers_its_accuser() -> None:
    coded = brief("France has accused Russia of hacking its elections, accusations which Moscow denies.")
    assert [c for c in coded if c[0] == "ACCUSE"] == [("ACCUSE", "accused", ["FRA"], ["RUS"])]
    assert ("REJECT", "denies", ["RUS"], ["FRA"]) in coded


def test_a_that_clause_of_a_demand_noun_is_its_content_and_names_the_addressee() -> None:
    coded = brief("Iran criticised Bolton for his insistence that Turkey not attack Kurdish forces in Syria.")
    assert not any(e == "ASSAULT" for e, *_ in coded)
    assert ("REQUEST", "insistence", ["USA"], ["TUR"]) in coded


def test_the_subject_of_a_demanded_act_is_the_addressee_not_what_it_concerns() -> None:
    assert ("REQUEST", "demanded", ["PSE"], ["USA"]) in brief(
        "Palestinian officials demanded on Friday that the United States match the European Union's support for Palestinian statehood."
    )


def test_the_state_blocking_coerces_anyone_else_blocking_protests() -> None:
    assert any(e == "PROTEST" for e, *_ in brief("Young Algerians blocked roads in Algiers on Sunday."))
    assert any(e == "PROTEST" for e, *_ in brief("Rebels in Ivory Coast blocked transport into Abidjan on Tuesday."))
    assert any(e == "COERCE" for e, *_ in brief("Israeli police blocked roads into East Jerusalem on Friday."))


def test_a_vow_to_attack_is_a_threat_not_a_promise() -> None:
    coded = brief("Hamas vowed to attack Israel.")
    assert ("THREATEN", "attack", ["PSE"], ["ISR"]) in coded and not any(e == "AGREE" for e, *_ in coded)
    assert any(e == "AGREE" for e, *_ in brief("Japan pledged to send aid to Syria."))


def test_a_vow_to_wage_war_is_a_threat() -> None:
    coded = brief("The rebels vowed to wage a guerrilla war against the Turkish army.")
    assert [e for e, *_ in coded if e in ("THREATEN", "AGREE")] == ["THREATEN"]
    assert ("ASSAULT", "waged war", ["RUS"], ["UKR"]) in [(e, "waged war", a, r) for e, _, a, r in brief("Russia waged war on Ukraine.")]


def test_a_vow_to_help_is_one_promise() -> None:
    agreements = [e for e in brief("Iran vowed to support the Syrian government.") if e[0] == "AGREE"]
    assert len(agreements) == 1 and agreements[0][2:] == (["IRN"], ["SYR"])


def test_an_oath_to_fight_looks_ahead_even_when_parsed_as_an_adverbial() -> None:
    coded = code_text("Ethnic Albanian rebels in Macedonia have sworn to fight the army.", published=PUBLISHED)
    assert {(e.event, e.status) for e in coded} >= {("ASSAULT", "future"), ("THREATEN", "asserted")}


def test_cancelling_restrictions_is_a_concession() -> None:
    assert any(e == "CONCEDE" for e, *_ in brief("Latvia's constitutional court cancelled restrictions on the Russian language."))


def test_a_lodged_protest_is_an_accusation_of_the_government_it_is_lodged_with() -> None:
    coded = brief("Serbia lodged an official protest with Albania, charging its neighbour with supporting dissidents.")
    assert ("ACCUSE", "lodged an official protest", ["SRB"], ["ALB"]) in coded
    # What the charge says was done is its content, not an event.
    assert not any(e == "SUPPORT" for e, *_ in coded)


def test_a_phone_call_is_reciprocal_and_a_mediator_stays_apart() -> None:
    assert ("CONSULT", "telephoned", ["RUS", "USA"], []) in brief("The US secretary of state telephoned the Russian foreign minister on Tuesday.")
    mediation = [c for c in brief("Qatar mediated between the Emirates and Saudi Arabia on Saturday.") if c[0] == "CONSULT"]
    assert mediation and mediation[0][2] == ["QAT"]


def test_who_is_engaged_or_involved_in_an_act_does_it() -> None:
    assert ("ASSAULT", "killings", ["IRN"], ["SYR"]) in brief("Iranian militias were involved in the killings of Syrian civilians.")


def test_a_place_under_an_agent_phrase_is_where_not_who() -> None:
    killed = [c for c in brief("A British soldier was killed by an IED in Syria on Thursday.") if c[0] == "ASSAULT"]
    assert killed and killed[0][2] == [] and killed[0][3] == ["GBR"]


def test_victims_reported_later_take_the_attacker_reported_before() -> None:
    text = (
        "Scores of Russian mercenaries were killed when US forces carried out air strikes in eastern Syria last week. "
        "Officials in Moscow said that dozens of Russians had been killed. "
        "Many Iranians were wounded in Iraq on Monday."
    )
    events = [e for e in code_text(text, published=PUBLISHED) if e.event == "ASSAULT"]
    later = next(e for e in events if "dozens" in e.text)
    assert [a.country for a in later.actor] == ["USA"] and "earlier report" in later.rule
    # Other victims do not take an attacker who did not attack them.
    assert not next(e for e in events if "Iranians" in e.text).actor


def test_who_orders_a_withdrawal_acts_else_who_moves_and_the_place_left_is_the_recipient() -> None:
    assert ("RETREAT", "withdrawal", ["USA"], ["SYR"]) in brief("The withdrawal of US soldiers from Syria began on Monday.")
    ordered = [c for c in brief("The United States speeded up the withdrawal of its forces from Panama on Wednesday.") if c[0] == "RETREAT"]
    assert ordered and ordered[0][2] == ["USA"] and ordered[0][3] == ["PAN"]


def test_a_relative_pronoun_stands_for_its_noun_and_an_object_pronoun_is_not_the_subject() -> None:
    coded = brief("Trump spoke with his Turkish counterpart, Recep Tayyip Erdogan, who had urged him to leave Syria.")
    assert ("REQUEST", "urged", ["TUR"], ["USA"]) in coded
    assert ("SUPPORT", "praised", ["USA"], ["RUS"]) in brief("Putin met Trump in Helsinki, and Trump praised him.")


def test_a_state_acting_at_home_with_no_place_named_acts_in_its_own_country() -> None:
    released = next(e for e in code_text("Turkey released a US pastor on Friday.", published=PUBLISHED) if e.event == "RETREAT")
    assert released.location is not None and released.location.country_code == "TUR" and released.location.resolution == "country"
    kidnapped = next(e for e in code_text("Islamic State kidnapped two journalists.", published=PUBLISHED) if e.event == "ASSAULT")
    assert kidnapped.location is None


def test_a_partys_complaint_or_offer_is_aimed_at_who_answers_it() -> None:
    assert ("ACCUSE", "deflecting Ankara’s vehement complaints", ["TUR"], ["USA"]) in brief(
        "The US had stuck to its Kurdish allies, deflecting Ankara’s vehement complaints.")
    assert ("AGREE", "rejected Israel’s offer", ["ISR"], ["IRN"]) in brief("Iran rejected Israel’s offer of talks.")


def test_who_attends_anothers_talks_meets_the_host() -> None:
    coded = brief("The Syrian opposition said it would not attend Russia’s talks in Sochi.")
    assert ("CONSULT", "attend Russia’s talks", ["SYR"], ["RUS"]) in coded
    assert ("REJECT", "attend Russia’s talks", ["SYR"], ["RUS"]) in coded


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    coded = brief("Hamas issued a statement demanding that Israel release its prisoners.")
    assert ("REQUEST", "demanding", ["PSE"], ["ISR"]) in coded


def test_the_town_referred_to_again_is_the_town_named_before() -> None:
    text = (
        "Two soldiers were wounded in a roadside bomb blast in Manbij, northern Syria, on Monday.\n\n"
        "The Syrian town is under increasing threat from Turkey."
    )
    threat = next(e for e in code_text(text, published=PUBLISHED) if e.event == "THREATEN")
    assert threat.location is not None and threat.location.extracted_place == "Manbij"


def test_the_means_of_a_response_is_the_event_and_has_its_tense() -> None:
    text = "In April, Washington expelled ten Russian diplomats. Moscow retaliated by expelling American diplomats."
    events = code_text(text, published=date(2021, 6, 16))
    assert not any(e.trigger == "retaliated" for e in events)
    expelled = next(e for e in events if e.trigger.startswith("expelling"))
    assert (expelled.event, expelled.date, expelled.status) == ("SANCTION", "2021-04", "historical")


def test_expelled_people_are_not_of_the_expelling_state_and_joint_actors_are_not_targets() -> None:
    expelled = next(e for e in code_text("Washington expelled ten diplomats on Monday.", published=PUBLISHED) if e.event == "SANCTION")
    assert all(r.country != "USA" for r in expelled.recipient)
    agreed = next(e for e in code_text("Biden met Putin in Geneva. Both leaders agreed to return their ambassadors.", published=PUBLISHED) if e.event == "AGREE")
    assert sorted(a.country for a in agreed.actor) == ["RUS", "USA"] and not any(r.country for r in agreed.recipient)


def test_a_reason_is_not_the_subjects_own_act() -> None:
    events = code_text("Washington expelled ten diplomats over alleged interference in the election.", published=PUBLISHED)
    assert not any(e.event == "COERCE" and any(a.country == "USA" for a in e.actor) for e in events)


def test_a_visit_needs_someone_to_make_it() -> None:
    assert not code_text("Russian and North Korean flags were flying on lamp posts in Vladivostok.", published=PUBLISHED)
    arrived = [e for e in code_text("Kim's train arrived in Vladivostok in the afternoon.", published=PUBLISHED) if e.event == "CONSULT"]
    assert arrived and [a.country for a in arrived[0].actor] == ["PRK"]


def test_meeting_demands_is_not_a_meeting() -> None:
    coded = brief("The US said it would not meet the hostage-takers' demands to release prisoners in Iraq.")
    assert any(e == "REJECT" and a == ["USA"] for e, _, a, _ in coded)
    # A meeting phrase stays reciprocal.
    assert any(e == "CONSULT" and a == ["ISR", "PSE"] and not r for e, _, a, r in brief("Israel held peace talks with the Palestinians in Cairo."))


def _coded(text: str) -> list[tuple[str, list, list]]:
    return [(e, a, r) for e, _, a, r in brief(text)]


def test_a_passive_light_verb_lends_its_agent_and_objects_to_its_subject_noun() -> None:
    assert _coded("New sanctions were imposed on Iran by the United States.") == [("SANCTION", ["USA"], ["IRN"])]
    assert _coded("An offensive was launched against the Kurds in Syria by Turkey.")[0][:2] == ("ASSAULT", ["TUR"])
    # An event noun under a verb that is not light keeps its own parties: the condemning is France's, not the attack.
    assert ("ASSAULT", ["FRA"], []) not in _coded("The attack on the embassy was condemned by France.")


def test_the_subject_of_a_passive_verb_and_object_phrase_is_its_object() -> None:
    assert _coded("American troops were sent to Syria.") == [("MOBILIZE", ["USA"], ["SYR"])]
    assert _coded("Sanctions on Iran were lifted by the United States.") == [("CONCEDE", ["USA"], ["IRN"])]
    assert _coded("Russian missiles were fired at Kiev.") == [("ASSAULT", ["RUS"], ["UKR"])]
    # An attack that is launched has no victims to report: with no one named it is no event.
    assert _coded("Thousands could flee if an attack is launched.") == []


def test_missiles_fired_at_a_target_strike_it_and_a_test_has_none() -> None:
    assert _coded("Russia fired missiles at Kiev.") == [("ASSAULT", ["RUS"], ["UKR"])]
    assert [e for e, *_ in _coded("North Korea fired a missile on Thursday.")] == ["MOBILIZE"]
