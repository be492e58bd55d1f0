"""Events set years back are background (historical): a span of years they fill, a count of years back to them, a
course of events they belong to, a modifier of long duration. Acts only aimed at, allowed or tried are not told as
done: the infinitive of a noun of aim or permission lies ahead, what was tried in the past is left open, and an act
whose ease is judged is supposed."""

from __future__ import annotations

from event_coding import events_of


def _event(text: str, event_type: str, trigger: str):
    return next(e for e in events_of(text, event_type) if e.trigger.startswith(trigger))


def _status(text: str, event_type: str, trigger: str) -> str:
    return _event(text, event_type, trigger).status


def test_a_span_of_years_reaching_back_is_background() -> None:
    assert _status("Dozens of aid workers were abducted by militias over the past four years.", "ASSAULT", "abducted") == "historical"
    assert _status("For more than a decade, Chinese police detained Uighur activists.", "COERCE", "detained") == "historical"
    assert _status("Serbia has been blockading Kosovo's exports for two years.", "COERCE", "blockading") == "historical"


def test_a_span_of_days_or_a_penalty_is_news() -> None:
    assert _status("Dozens of aid workers were abducted by militias over the past four days.", "ASSAULT", "abducted") == "asserted"
    # "for ten years" after "jailed" is the length of the term, which reaches ahead.
    assert _status("An Egyptian court jailed the blogger for ten years on Tuesday.", "COERCE", "jailed") == "asserted"


def test_a_background_event_has_no_date_of_the_news() -> None:
    abducted = _event("Dozens of aid workers were abducted by militias over the past four years.", "ASSAULT", "abducted")
    assert abducted.date == "PAST_REF"


def test_an_event_counted_years_back_is_background() -> None:
    assert _status("It is six years since Ethiopia invaded Somalia.", "ASSAULT", "invaded") == "historical"
    expelled = _event("The African Union readmitted Egypt on Monday, a week after suspending it.", "SANCTION", "suspending")
    assert expelled.status == "asserted"  # a week back is the story's own days
    expelled = _event("The African Union readmitted Egypt on Monday, three years after suspending it.", "SANCTION", "suspending")
    assert expelled.status == "historical" and expelled.date == "PAST_REF"


def test_a_course_of_events_or_a_lasting_one_is_background() -> None:
    assert _status("The Tuareg have a long history of rebellion against the government in Bamako.", "ASSAULT", "rebellion") == "historical"
    assert _status("The Tamil Tigers have fought a decades-long insurgency against the Sri Lankan army.", "ASSAULT", "fought") == "historical"


def test_a_superlative_is_measured_against_the_years_not_set_in_them() -> None:
    assert _status("Rebels in Yemen launched the heaviest attack on the Saudi border in three years on Monday.", "ASSAULT", "launched") == "asserted"


def test_the_aim_of_a_bid_or_a_permission_lies_ahead() -> None:
    # The parse hangs the infinitive on the far verb when the bidder and his title stand between.
    assert _status("Fighting erupted in what was seen as a bid by Omar al-Bashir, Sudan's president, to eliminate the rebels in Darfur.",
                   "ASSAULT", "eliminate") == "future"
    assert _status("The council gave Nato a green light to bomb Libyan air defences.", "ASSAULT", "bomb") == "future"


def test_an_object_then_an_infinitive_is_the_verbs_purpose() -> None:
    # "used an attempt to justify": the infinitive is what the attempt was used for, not what was attempted.
    assert _status("Erdogan used a failed coup attempt to justify a crackdown on Kurdish politicians.", "COERCE", "justify") == "asserted"


def test_what_is_being_tried_lies_ahead_and_what_was_tried_is_open() -> None:
    assert _status("Kenyan diplomats are trying to reach a deal with Somalia.", "AGREE", "reach") == "future"
    tried = _event("Last month Kenyan diplomats tried to reach a deal with Somalia.", "AGREE", "reach")
    assert tried.status == "hypothetical" and tried.date != "FUTURE_REF"


def test_a_tried_attack_is_an_attack_and_a_trying_under_way_is_done() -> None:
    assert _status("Gunmen tried to storm the Kenyan embassy in Kabul on Monday.", "ASSAULT", "storm") == "asserted"
    assert _status("Two Kenyan medics were wounded while trying to assist refugees in Somalia.", "AID", "assist") == "asserted"


def test_an_act_whose_ease_is_judged_is_supposed() -> None:
    assert _status("The fighting in Yemen has made it harder to deliver aid to Hodeidah.", "AID", "deliver") == "hypothetical"


def test_an_early_part_or_the_whole_of_a_long_conflict_is_background() -> None:
    assert _status("Early in the civil war, Libyan troops shot protesters in Benghazi.", "ASSAULT", "shot") == "historical"
    assert _status("At the start of the uprising, Libyan troops shot protesters in Benghazi.", "ASSAULT", "shot") == "historical"
    assert _status("Qatar has backed the Libyan rebels throughout the war.", "SUPPORT", "backed") == "historical"
    # a later part of it may be the news
    assert _status("Later in the war, Libyan troops shot protesters in Benghazi.", "ASSAULT", "shot") == "asserted"


def test_once_before_a_past_verb_is_formerly() -> None:
    assert _status("Qatar once backed the Nusra Front and now backs Ahrar al-Sham.", "SUPPORT", "backed") == "historical"
    assert _status("Qatar once backed the Nusra Front and backs Ahrar al-Sham.", "SUPPORT", "backs") == "asserted"


def test_the_toll_of_a_war_in_the_perfect_is_background_but_a_new_death_is_not() -> None:
    assert _status("Thousands of Afghan soldiers have died in the war.", "ASSAULT", "died") == "historical"
    assert _status("More than 300,000 Yemenis have been killed as a result of the conflict.", "ASSAULT", "killed") == "historical"
    assert _status("Three Afghan soldiers died in the war on Monday.", "ASSAULT", "died") == "asserted"


def test_what_someone_is_urged_or_pressed_to_do_is_not_done_but_what_they_were_persuaded_to_do_is() -> None:
    assert _status("Kenya urged Uganda to repatriate the refugees and put the smugglers on trial.", "ACCUSE", "put") == "hypothetical"
    assert _status("Kenyan diplomats have been pressing Somali clans to cooperate with the African Union.", "COOPERATE", "cooperate") == "future"
    assert _status("Kenya persuaded Uganda to withdraw its troops from Somalia.", "RETREAT", "withdraw") == "asserted"


def test_what_was_decided_lies_ahead_unless_the_deciding_does_it() -> None:
    withdraw = _event("Trump decided to withdraw troops from Syria.", "RETREAT", "withdraw")
    assert (withdraw.status, withdraw.date) == ("future", "FUTURE_REF")
    # An act of authority is done by deciding it, as "his decision to revoke her citizenship" is.
    assert _status("The Home Office decided to revoke Begum's British citizenship.", "SANCTION", "revoke") == "asserted"


def test_what_is_yet_to_be_done_is_not_done() -> None:
    assert _status("Russia has yet to withdraw its troops from Crimea.", "RETREAT", "withdraw") == "negated"
    assert _status("Russia has withdrawn its troops yet again.", "RETREAT", "withdrawn") == "asserted"
    # only the infinitive itself: what a decision still to be made is about stays as it was
    text = "The White House is still yet to make any decision on possible attacks on Syria."
    assert _status(text, "ASSAULT", "attacks") == "hypothetical"


def test_an_intent_to_attack_a_place_is_a_planned_attack() -> None:
    attack = _event("Erdogan has declared his intent to attack the enclave of Rojava.", "ASSAULT", "attack")
    assert (attack.status, attack.date) == ("future", "FUTURE_REF")
