"""Events the sentence sets aside, supposes or awaits are not told as done: "without", "instead of", "in case",
the consequence of an "if", "potentially", and what is counted on or braced for."""

from __future__ import annotations

from event_coding import PUBLISHED, brief, countries, events_of, one

from sanderling import code_text


def _status(text: str, event_type: str, trigger: str) -> str:
    return next(e.status for e in events_of(text, event_type) if e.trigger.startswith(trigger))


def test_what_is_set_aside_did_not_happen() -> None:
    assert _status("Turkish troops pulled back without firing on Kurdish fighters.", "ASSAULT", "firing") == "negated"
    assert _status("Damascus wants an outright military victory instead of a negotiated settlement with the rebels.", "AGREE", "settlement") == "negated"
    assert _status("Rather than backing Washington, Britain should seek talks with Russia.", "SUPPORT", "backing") == "negated"


def test_what_is_provided_for_in_case_is_supposed() -> None:
    assert _status("Russian jets will strike in case Syrian rebels attack civilians.", "ASSAULT", "attack") == "hypothetical"


def test_the_consequence_of_a_condition_is_supposed_but_not_a_habit() -> None:
    assert _status("Iraqi soldiers will die if Iran attacks them.", "ASSAULT", "die") == "hypothetical"
    # A simple present with "if" tells what happens whenever the condition holds.
    assert _status("If reporters go outside, Syrian police beat them.", "ASSAULT", "beat") == "asserted"
    # "even if" does not make the main clause depend on the condition.
    assert _status("Russia will send troops to Syria even if Turkey objects.", "MOBILIZE", "send") == "future"


def test_a_potential_consequence_is_supposed_but_a_hedged_report_is_not() -> None:
    assert _status("France could give Turkey an excuse to launch an offensive, potentially triggering an attack on Kurdish fighters.",
                   "ASSAULT", "triggering") == "hypothetical"


def test_what_is_counted_on_or_braced_for_lies_ahead() -> None:
    assert _status("Washington is counting on support from France.", "SUPPORT", "support") == "future"
    assert _status("Kurdish fighters are bracing themselves for a Turkish attack.", "ASSAULT", "attack") == "future"
    # Only what the preposition takes is awaited, not a word deeper in it.
    assert _status("Kurdish fighters appealed to Damascus for help against the threat of a Turkish attack.", "THREATEN", "threat") != "future"


def test_a_contrasting_conjunct_does_not_share_the_negation() -> None:
    assert _status("Germany will not join the strikes on Syria, but supports French efforts.", "SUPPORT", "supports") == "asserted"


def test_an_event_a_clause_takes_as_given_keeps_its_own_status() -> None:
    # What a negated reaction reacts to was done; the negation is the reaction's.
    assert _status("Paris said it would not act on Trump's call to repatriate French fighters.", "REQUEST", "call") == "asserted"
    # A cause or time the clause hangs on happened, whatever the clause's negation.
    assert _status("The UN did not set a date for the ceasefire, following Russian objections.", "ACCUSE", "following") == "asserted"
    # A definite subject event is there; the verb's future or negation speaks of its effects.
    assert _status("The Russian refusal to make concessions will anger the United States.", "REJECT", "refusal") == "asserted"
    # But a verb of taking place, or one that carries the event out, still decides.
    assert _status("The talks between Russia and Turkey did not take place.", "CONSULT", "talks") == "negated"
    assert _status("Russia would not accept a ceasefire with Syrian rebels.", "AGREE", "accept") == "negated"


def test_what_stops_is_not_done_any_more() -> None:
    assert _status("Washington would no longer supply arms to Kurdish fighters, Ankara said.", "AID", "supply") == "negated"
    assert _status("The Kurds won’t be given arms by the United States.", "AID", "given") == "negated"


def test_not_until_puts_the_event_later() -> None:
    assert _status("American troops will not pull out of Syria until Isis is defeated.", "RETREAT", "pull") == "future"


def test_an_act_of_authority_is_done_when_decided() -> None:
    assert _status("British MPs criticised the decision of the Home Office to revoke the citizenship of an Isis fighter.", "SANCTION", "revoke") == "asserted"
    # A decision to withdraw troops still waits on the troops.
    assert _status("British MPs criticised Trump's decision to withdraw American troops from Syria.", "RETREAT", "withdraw") == "future"


def test_the_means_of_an_effort_stands_as_the_effort_does() -> None:
    assert _status("Iran has tried to push back Islamic State fighters by arming Shia militias in Iraq.", "AID", "arming") == "asserted"
    assert _status("Iran plans to push back Islamic State fighters by arming Shia militias in Iraq.", "AID", "arming") == "future"


def test_a_conjunct_with_its_own_tense_is_outside_the_first_verbs_auxiliary() -> None:
    assert _status("Russia did not send troops and attacked Syrian rebels from the air.", "ASSAULT", "attacked") == "asserted"
    assert _status("Russia will send troops and attack Syrian rebels.", "ASSAULT", "attack") == "future"


def test_a_complement_is_only_as_real_as_the_verb_it_completes() -> None:
    assert _status("Russia will begin to withdraw its troops from Syria.", "RETREAT", "withdraw") == "future"
    assert _status("Russia could try to attack Turkish troops.", "ASSAULT", "attack") == "hypothetical"
    # A thing a preposition names is there already.
    assert _status("Britain would send the two men to America to stand trial on charges of terrorism.", "ACCUSE", "charges") == "asserted"


def test_an_open_question_is_supposed_whatever_is_said_of_it() -> None:
    assert _status("The Home Office would not comment on whether it would seek the extradition of the British fighters.", "REQUEST", "seek") == "hypothetical"


def test_what_comes_after_something_ahead_is_ahead() -> None:
    text = "Moscow said Russian troops would leave Afrin before Turkish jets bombed the Kurdish militia."
    assert _status(text, "ASSAULT", "bombed") == "future"
    # What follows is no plan its own actor states: Turkey threatens nothing here.
    assert "THREATEN" not in [e.event for e in code_text(text, published=PUBLISHED)]


def test_an_impending_event_lies_ahead() -> None:
    assert _status("Syrian civilians fled amid reports of an impending Turkish incursion.", "ASSAULT", "incursion") == "future"


def test_the_agent_of_a_conditional_passive_is_supposed() -> None:
    assert _status("If the American announcement is followed by a Russian withdrawal, Syria will suffer.", "RETREAT", "withdrawal") == "hypothetical"


def test_a_withdrawal_someone_else_expects_is_no_concession() -> None:
    types = [e.event for e in code_text("Lavrov said on Monday that Moscow expected Turkey to hand over Afrin to Damascus.", published=PUBLISHED)]
    assert "RETREAT" in types and "CONCEDE" not in types
    types = [e.event for e in code_text("Putin said Russia would withdraw its troops from Syria.", published=PUBLISHED)]
    assert "CONCEDE" in types


def test_what_is_begged_for_is_not_done_nor_conceded() -> None:
    assert _status("The UN begged Damascus to agree to a ceasefire in Ghouta.", "AGREE", "agree") == "future"
    types = [e.event for e in code_text("Erdogan pleaded with Russia to halt its offensive on Idlib.", published=PUBLISHED)]
    assert "CONCEDE" not in types


def test_an_infinitive_on_an_object_shares_the_clauses_plan_or_refusal() -> None:
    assert _status("The minister said Britain would not put officials' lives at risk to rescue British fighters in Syria.", "AID", "rescue") == "negated"
    assert _status("A new rebel army could wage a campaign to eliminate Isis fighters in Idlib.", "ASSAULT", "eliminate") == "hypothetical"


def test_in_case_parsed_inside_its_clause_still_supposes() -> None:
    assert _status("Syrian families feared for their relatives in case Isis raided their houses.", "COERCE", "raided") == "hypothetical"


def test_an_event_weighed_for_its_risks_is_supposed() -> None:
    assert _status("A direct clash between Turkish and Syrian troops risks a wider war.", "ASSAULT", "clash") == "hypothetical"


def test_a_semicolon_closes_a_clause_of_its_own() -> None:
    text = "Kurdish fighters have captured two British Isis members; London did not intend that they should be executed."
    assert _status(text, "ASSAULT", "captured") == "asserted"


def test_an_act_of_no_one_in_particular_is_supposed() -> None:
    text = "Canberra imposed sanctions that bring ten years in jail to anyone giving the Isis recruiter material support."
    assert _status(text, "AID", "material support") == "hypothetical"
    assert _status("Australian law punishes anyone giving material support to Isis.", "AID", "giving") == "hypothetical"


def test_what_a_party_is_unwilling_or_unable_to_do_is_not_done() -> None:
    assert _status("Iran is unwilling to negotiate with the United States.", "CONSULT", "negotiate") == "negated"
    assert _status("The British government is unable to provide support to its nationals in Syria.", "SUPPORT", "provide") == "negated"
    assert _status("Iran is willing to negotiate with the United States.", "CONSULT", "negotiate") == "future"


def test_going_into_a_meeting_is_no_plan_for_it() -> None:
    """Only "going to" with an infinitive looks ahead."""
    assert _status("The US position going into the call with Turkey's president was firm.", "CONSULT", "call") != "future"
    assert _status("Turkey is going to strike Kurdish positions in Syria.", "ASSAULT", "strike") == "future"


def test_what_a_need_or_an_opportunity_is_for_is_not_done() -> None:
    """status_cues.tsv `noun` rows marked hypothetical: "the need to find a compromise" is owed, not done; the noun's
    infinitive only, not an event deeper in it ("a duty to react to the use of chemical weapons": the use was made),
    and "no opportunity to vilify" is vilifying at every turn."""
    text = "The talks added urgency to the need to find a compromise with Turkey."
    assert [e.status for e in code_text(text, published=PUBLISHED, keep_unattributed=True) if e.event == "CONCEDE"] == ["hypothetical"]
    text = "France says it has a duty to react to the use of chemical weapons by Syria."
    assert [e.status for e in code_text(text, published=PUBLISHED) if e.event == "ASSAULT"] == ["asserted"]
    text = "Trump misses no opportunity to vilify Iran."
    assert [e.status for e in code_text(text, published=PUBLISHED, keep_unattributed=True) if e.event == "ACCUSE"] == ["asserted"]


def test_what_was_wrongly_believed_or_reported_did_not_happen() -> None:
    """status_cues.tsv `mistaken`: an adverb of error on the verb above the event ("mistakenly thought to be killed");
    on the event's own verb it only judges it ("falsely accused Iran" still accuses)."""
    text = "Prakash was mistakenly thought to be killed in a US-led bombing of Mosul."
    assert [e.status for e in code_text(text, published=PUBLISHED) if e.event == "ASSAULT"] == ["negated"]
    text = "Israel falsely accused Iran of the attack."
    assert [e.status for e in code_text(text, published=PUBLISHED) if e.event == "ACCUSE"] == ["asserted"]
    # only verbs of believing or telling: "trying to falsely justify a full-scale attack" still plans the attack
    text = "Russia is trying to falsely justify a full-scale attack on Idlib."
    assert "negated" not in [e.status for e in code_text(text, published=PUBLISHED) if e.event == "ASSAULT"]


def test_an_attempted_attack_is_an_attack_whoever_makes_the_attempt() -> None:
    """status._aimed_at: "an attempt to kill him" is an ASSAULT told as done (PLOVER codes attempted killings), as the
    verb "attempted to kill" is; arguments._noun_owner: who makes the attempt, or whose "by" it is, does it."""
    made = [e for e in code_text("Syrian rebels made an attempt to kill President Assad on Monday.", published=PUBLISHED) if e.event == "ASSAULT"]
    assert [(e.status, sorted(a.country for a in e.actor)) for e in made] == [("asserted", ["SYR"])]
    by = [e for e in code_text("There was an attempt by Isis fighters to kill Baghdadi.", published=PUBLISHED) if e.event == "ASSAULT"]
    assert [(e.status, sorted(a.country for a in e.actor)) for e in by] == [("asserted", ["IMG"])]
    # a decision or plan to act still lies ahead, and is the decider's
    decided = [e for e in code_text("Senator Rand Paul welcomed the decision by Donald Trump to withdraw US troops from Syria.", published=PUBLISHED)
               if e.event == "RETREAT"]
    assert [(e.status, sorted(a.country for a in e.actor)) for e in decided] == [("future", ["USA"])]


def test_an_agreement_named_by_what_it_is_about_is_background() -> None:
    """status._standing_agreement: "the Iran nuclear deal" torpedoed or criticised was concluded before the story;
    "signed the peace deal" makes one, and "its own deal" or "the proposed deal" is still being made."""
    text = "Donald Trump's torpedoing of the Iran nuclear deal is an act of diplomatic vandalism."
    assert [(e.status, e.date) for e in code_text(text, published=PUBLISHED) if e.event == "AGREE"] == [("historical", "PAST_REF")]
    for text in ("Russia is pushing forward its own peace deal for Syria.", "Russia is pushing forward the proposed peace deal for Syria."):
        statuses = [e.status for e in code_text(text, published=PUBLISHED) if e.event == "AGREE"]
        assert statuses and "historical" not in statuses, text


def test_what_no_one_did_did_not_happen() -> None:
    assert _status("None of the big powers support the Turkish offensive.", "SUPPORT", "support") == "negated"
    assert _status("Neither Russia nor Iran attended the talks in Astana.", "CONSULT", "attended") == "negated"
    assert _status("No one was killed when the rocket hit a market in Kabul.", "ASSAULT", "killed") == "negated"
    assert _status("No fewer than 20 people were killed in Idlib on Monday.", "ASSAULT", "killed") == "asserted"
    # a verb that only reacts to the event does not undo it
    assert _status("None of the Gulf states condemned Turkey's attack on Afrin.", "ASSAULT", "condemned") == "asserted"


def test_what_is_weighed_or_feared_is_only_possible() -> None:
    assert _status("Malaysia is considering suspending relations with Brunei.", "SANCTION", "suspending") == "hypothetical"
    assert _status("The United States is weighing new sanctions against Iran.", "SANCTION", "weighing") == "hypothetical"
    assert _status("Britain is mulling a withdrawal of its troops from Iraq.", "RETREAT", "mulling") == "hypothetical"
    assert _status("Turkey fears an attack on its border by Syria.", "ASSAULT", "fears") == "hypothetical"
    # What is recommended is asked for, not done.
    assert _status("The panel recommended that the US impose sanctions on Russia.", "SANCTION", "impose") == "future"


def test_a_definite_event_weighed_already_happened() -> None:
    assert _status("The US considered the Syrian attack on its embassy an act of war.", "ASSAULT", "attack") == "asserted"


def test_what_one_has_no_intention_or_plan_to_do_is_not_done_and_is_its_own() -> None:
    withdrawal = next(e for e in events_of("Japan has no intention of withdrawing its troops from Iraq.", "RETREAT"))
    assert withdrawal.status == "negated" and [a.country for a in withdrawal.actor] == ["JPN"]
    release = next(e for e in events_of("Israel has no plans to release Palestinian prisoners.", "RETREAT"))
    assert release.status == "negated" and [a.country for a in release.actor] == ["ISR"]
    # ("no plans" is no announcement of a concession)
    assert not any(e.event == "CONCEDE" for e in code_text("Israel has no plans to release Palestinian prisoners.", published=PUBLISHED))


def test_what_one_is_poised_about_or_on_the_verge_to_do_lies_ahead() -> None:
    assert _status("Israel is poised to launch a ground invasion of Gaza.", "ASSAULT", "launch") == "future"
    assert _status("Russia is about to invade Ukraine.", "ASSAULT", "invade") == "future"
    expulsion = next(e for e in events_of("Egypt is on the verge of expelling the Turkish ambassador.", "SANCTION"))
    assert expulsion.status == "future" and [a.country for a in expulsion.actor] == ["EGY"]


def test_what_is_likely_unlikely_or_reluctantly_faced_is_only_possible() -> None:
    assert _status("Russia is unlikely to release the Ukrainian sailors.", "RETREAT", "release") == "hypothetical"
    assert _status("Russia is reluctant to withdraw its troops from Syria.", "RETREAT", "withdraw") == "hypothetical"


def test_what_is_ruled_out_is_not_done_and_a_hostile_act_not_ruled_out_is_threatened() -> None:
    assert _status("Russia ruled out withdrawing its troops from Syria.", "RETREAT", "withdrawing") == "negated"
    coded = [(e, a, r) for e, _, a, r in brief("Israel has not ruled out a military strike on Iran.")]
    assert coded == [("THREATEN", ["ISR"], ["IRN"])]
    # Talks not ruled out stay possible; no threat in that.
    assert _status("The Syrian opposition has not ruled out attending the conference in Sochi.", "CONSULT", "attending") == "hypothetical"


def test_what_a_threat_is_of_has_not_happened() -> None:
    """status_cues.tsv `of_noun` threat: "the threat of a Turkish attack" is an attack that may come."""
    attack = one("The Syrian Kurds fear the threat of a Turkish attack.", "ASSAULT")
    assert attack.status == "hypothetical" and countries(attack.actor) == ["TUR"]
