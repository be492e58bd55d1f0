"""What a clause of agreeing or committing finds about the past happened; what it binds one to lies ahead."""

from __future__ import annotations

from event_coding import PUBLISHED, events_of

from sanderling import code_text


def _event(text: str, event_type: str, trigger: str):
    return next(e for e in events_of(text, event_type) if e.trigger.startswith(trigger))


def test_a_past_finding_agreed_on_is_no_plan() -> None:
    found = _event("Both Russia and Turkey agreed that Syrian troops had shelled the town.", "ASSAULT", "shelled")
    assert found.status == "asserted"
    assert found.date == "PAST_REF"
    assert _event("Russia agreed that its jets bombed the hospital in Idlib.", "ASSAULT", "bombed").status == "asserted"


def test_what_is_agreed_or_promised_for_later_lies_ahead() -> None:
    assert _event("Russia and Ukraine agreed to release their prisoners.", "RETREAT", "release").status == "future"
    assert _event("Syrian rebels promised that they would withdraw from the city.", "RETREAT", "withdraw").status == "future"
    assert _event("Syrian rebels agreed that they would withdraw from the city.", "RETREAT", "withdraw").status == "future"


def test_a_vow_about_any_such_act_supposes() -> None:
    vowed = "Obama had vowed that any use of chemical weapons by Assad would cross a red line, warranting direct military intervention."
    assert _event(vowed, "ASSAULT", "warranting").status == "hypothetical"


def test_an_ability_is_no_act_until_it_was_used() -> None:
    assert _event("The International Criminal Court, which can prosecute war crimes, opened its session in Geneva.", "ACCUSE", "prosecute").status == "hypothetical"
    assert _event("Syrian rebels can attack the city from the hills.", "ASSAULT", "attack").status == "hypothetical"
    assert _event("The Israeli army is able to strike Iranian targets deep inside Syria.", "ASSAULT", "strike").status == "hypothetical"
    # Being able to in the past tells the act done; will be able to looks ahead.
    assert _event("The Israeli army was able to strike Iranian targets deep inside Syria.", "ASSAULT", "strike").status == "asserted"
    assert _event("The Israeli army will be able to strike Iranian targets deep inside Syria.", "ASSAULT", "strike").status == "future"


def test_a_wish_that_tells_what_kind_a_group_is_is_no_plan() -> None:
    assert _event("Kurdish groups that want to kill Islamic State fighters are gathering in Raqqa.", "ASSAULT", "kill").status == "hypothetical"
    # The actor's own stated wish is its plan.
    assert _event("The United States wants to withdraw its troops from Syria.", "RETREAT", "withdraw").status == "future"


def test_an_act_only_weighed_is_supposed_and_concedes_nothing() -> None:
    weighed = "Russia said it would be ludicrous to attempt to withdraw its troops from Syria."
    assert _event(weighed, "RETREAT", "withdraw").status == "hypothetical"
    assert not [e for e in code_text(weighed, published=PUBLISHED) if e.event == "CONCEDE"]
    means = "Turkey said it would be ludicrous to attempt to address the situation in Idlib through humanitarian corridors."
    assert _event(means, "RETREAT", "humanitarian corridors").status == "hypothetical"
    # A known event the weighed act is about stays told.
    assert _event("The Kurdish leader said it is important to understand the attack of the Turkish army.", "ASSAULT", "understand").status == "asserted"


def test_a_retreat_only_tried_for_is_no_announced_concession() -> None:
    assert not [e for e in code_text("Russia is trying to withdraw its troops from Syria.", published=PUBLISHED) if e.event == "CONCEDE"]
    assert [e for e in code_text("Russia plans to withdraw its troops from Syria.", published=PUBLISHED) if e.event == "CONCEDE"]


def test_what_would_have_been_is_supposed_either_way() -> None:
    assert _event("Without American help, Kurdish fighters would have been massacred by Isis.", "ASSAULT", "massacred").status == "hypothetical"
    assert _event("Without this, the Yazidi woman would not have been accepted back by Iraq.", "AGREE", "accepted").status == "hypothetical"
    counter = "If Russia had not intervened, Syrian rebels would have captured Damascus."
    assert _event(counter, "ASSAULT", "intervened").status == "hypothetical"
    assert _event(counter, "ASSAULT", "captured").status == "hypothetical"
    # Reported, "would have" by a deadline is a future perfect.
    assert _event("Turkish officials said the troops would have withdrawn from Afrin by March.", "RETREAT", "withdrawn").status == "future"


def test_an_obligation_is_owed_not_done() -> None:
    assert _event("The Syrian government must allow humanitarian access to Idlib.", "RETREAT", "allow").status == "hypothetical"
    assert _event("Turkey needs to withdraw its troops from Syria.", "RETREAT", "withdraw").status == "hypothetical"
    assert _event("The Syrian government has to allow humanitarian access to Idlib.", "RETREAT", "allow").status == "hypothetical"
    # What one had to do, one did; "must have" hedges a report.
    assert _event("The Syrian government had to allow humanitarian access to Idlib.", "RETREAT", "allow").status == "asserted"
    assert _event("Syrian troops must have killed dozens of civilians in the town.", "ASSAULT", "killed").status == "asserted"


def test_what_has_yet_to_be_done_is_not_done() -> None:
    assert _event("The OPCW has yet to give a formal verdict on the chemical attack in Douma.", "SANCTION", "give").status == "negated"
    # Only the act owed, not what the act would tell.
    assert _event("The Syrian government has yet to announce that it has retaken Douma.", "ASSAULT", "retaken").status == "asserted"


def test_stopping_an_act_leaves_it_going_on() -> None:
    assert _event("Britain must stop selling arms to Saudi Arabia.", "AID", "selling").status == "asserted"
    assert _event("Britain could begin to withdraw its troops from Iraq.", "RETREAT", "withdraw").status == "hypothetical"


def test_a_goal_on_the_way_is_not_reached() -> None:
    supposed = "The US envoy said if an agreement could be reached, the path to a UN-monitored ceasefire in Syria would be the next step."
    assert _event(supposed, "RETREAT", "ceasefire").status == "hypothetical"
    assert _event("Russia and Turkey took steps towards a ceasefire in Idlib.", "RETREAT", "ceasefire").status == "future"


def test_a_supposition_made_long_ago_keeps_its_past_time() -> None:
    back_then = "When the Syrian civil war started in March 2011, most British journalists thought Bashar al-Assad would be deposed by Christmas."
    deposed = _event(back_then, "COERCE", "deposed")
    assert deposed.status == "hypothetical"
    assert deposed.date.startswith("2011")
    # Supposed now, it lies ahead.
    assert _event("Turkish officials say the Syrian army could attack Idlib next month.", "ASSAULT", "attack").date == "2019-05"


def test_what_a_failed_attempt_aimed_at_did_not_happen() -> None:
    assert _event("Attempts by Syrian rebels to force the jihadists out of Idlib have failed.", "ASSAULT", "force").status == "negated"
    assert _event("Attempts by Syrian rebels to force the jihadists out of Idlib continue.", "ASSAULT", "force").status == "future"


def test_what_a_refusal_waits_for_is_a_condition() -> None:
    assert _event("US troops would not leave Syria without first receiving guarantees from Turkey.", "AGREE", "receiving").status == "hypothetical"
    assert _event("US troops did not leave Syria without receiving guarantees from Turkey.", "AGREE", "receiving").status == "asserted"
    assert _event("Turkish troops pulled back without firing on Kurdish fighters.", "ASSAULT", "firing").status == "negated"


def test_what_one_heads_for_or_argues_for_is_not_reached() -> None:
    assert _event("The Gulf states are slowly moving towards recognition of the Syrian government.", "SUPPORT", "recognition").status == "future"
    assert _event("The US defence secretary went to argue for standing by the Kurdish fighters in Syria.", "SUPPORT", "standing").status == "future"


def test_once_with_a_present_tense_waits() -> None:
    assert _event("The Kurdish fighters are exposed to Turkish attacks once US forces leave Syria.", "RETREAT", "leave").status == "future"
    assert _event("Once US forces left Syria, Turkish troops attacked the Kurds.", "RETREAT", "left").status == "asserted"
