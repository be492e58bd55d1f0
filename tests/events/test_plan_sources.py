"""Whose words make a plan a promise, threat, refusal or announced concession (events/plan_sources.py).

Whole pipeline on hand-written sentences.
"""

from __future__ import annotations

from event_coding import PUBLISHED, brief, countries

from sanderling import code_text


def _types(text: str) -> list[str]:
    return [e.event for e in code_text(text, published=PUBLISHED)]


def test_a_plan_its_own_side_announces_is_a_threat_a_forecast_by_others_is_not() -> None:
    assert "THREATEN" in _types("Ankara said it would attack Kurdish fighters within days.")
    assert "THREATEN" not in _types("Analysts said Turkey would attack Kurdish fighters within days.")
    assert "THREATEN" not in _types("A former state department official said Turkey would attack the Kurds.")
    # The threatened side foretelling an attack on itself is no threat by the attacker.
    assert "THREATEN" not in _types("The Iranian foreign minister said the US would attack Iran.")


def test_the_articles_own_future_schedules_and_promises_nothing() -> None:
    assert not any(e == "AGREE" for e, *_ in brief("The Kenyan president will visit Uganda next month."))
    announced = brief("The Kenyan president will visit Uganda next month, his office said.")
    assert any(e == "AGREE" and a == ["KEN"] for e, _, a, _ in announced)


def test_a_plan_asked_about_believed_or_unconfirmed_is_stated_by_no_one() -> None:
    assert not {"THREATEN", "REJECT"} & set(_types("It is unclear whether Turkey would halt its offensive in Syria."))
    assert "THREATEN" not in _types("Iraqi officials said they believed Iranian militias would attack the base.")
    assert "REJECT" not in _types("Syria has not confirmed that its delegation will attend the talks in Geneva.")
    assert "REJECT" in _types("Egypt said it would not attend the talks in Geneva.")
    # The question may be a second one, or ask about the very word of intent.
    asked = "Diplomats tried to learn how many troops the US would keep, and, separately, how quickly Turkish troops plan to attack Kurdish towns."
    assert "THREATEN" not in _types(asked)
    assert "AGREE" not in _types("It remains unclear how far Turkey is ready to invest in the Syrian reconstruction.")


def test_getting_ready_is_a_threat_only_when_the_side_says_so() -> None:
    assert "THREATEN" not in _types("Kenyan troops were readying for an assault on the town.")
    assert "THREATEN" in _types("Ethiopian forces are preparing to attack the rebels, the prime minister said.")


def test_a_stated_plan_covers_every_act_it_joins() -> None:
    threats = [e for e in code_text("Russia said it would shoot down the missiles and attack their launchers.", published=PUBLISHED)
               if e.event == "THREATEN"]
    assert len(threats) == 2 and all(countries(e.actor) == ["RUS"] for e in threats)


def test_effects_foretold_are_no_promise() -> None:
    assert "AGREE" not in _types("Pulling American troops out of Syria will encourage Iran, the senator said.")


def test_only_a_withdrawal_its_side_decides_or_announces_is_a_concession() -> None:
    assert "CONCEDE" in _types("Paris announced on Monday that its troops would leave Mali.")
    assert "CONCEDE" in _types("The Pentagon was told to plan for the withdrawal of US soldiers from Syria.")
    # The noun's "that" clause, whichever way the parse hangs it.
    assert "CONCEDE" in _types("The minister was speaking in the wake of the surprise announcement by Donald Trump that American troops will leave Syria.")
    assert "CONCEDE" not in _types("Analysts said an American withdrawal from Syria would embolden Turkey.")
    assert "CONCEDE" not in _types("A US withdrawal from Syria will leave the Kurds exposed.")
    assert "CONCEDE" not in _types("“Withdrawal of American forces from Syria would be a huge mistake,” the senator said.")
    assert "CONCEDE" not in _types("There are fears that Iraq will release the prisoners.")
    # An offer to withdraw is an agreement, not yet a concession.
    offered = _types("Iraqi officials said they were willing to hand over the prisoners to Syria.")
    assert "AGREE" in offered and "CONCEDE" not in offered


def test_a_plan_stated_long_before_the_story_is_background() -> None:
    concession = next(e for e in code_text("Donald Trump’s surprise decision last December to withdraw US troops from Syria angered the Kurds.",
                                           published=PUBLISHED) if e.event == "CONCEDE")
    assert (concession.date, concession.status) == ("2018-12", "historical")
    threat = next(e for e in code_text("In January 2018 Turkey said it would attack the Kurdish town of Afrin.", published=PUBLISHED) if e.event == "THREATEN")
    assert (threat.date, threat.status) == ("2018-01", "historical")
    threat = next(e for e in code_text("On Monday Turkey said it would attack the Kurdish town of Afrin.", published=PUBLISHED) if e.event == "THREATEN")
    assert (threat.date, threat.status) == ("2019-04-22", "asserted")


def test_an_announced_withdrawal_concedes_when_announced_not_when_it_begins() -> None:
    text = "France said on Monday that the withdrawal of French troops from Mali would begin next week."
    concession = next(e for e in code_text(text, published=PUBLISHED) if e.event == "CONCEDE")
    assert concession.date == "2019-04-22"


def test_a_ceasefire_or_withdrawal_a_speaker_says_will_begin_is_the_speakers_concession() -> None:
    """trigger_events._announcer: the noun names no one who withdraws, so the side announcing it does; one only
    reported as under way, or whose fate is weighed, is no announcement."""
    begin = brief("Shoigu, the Russian defence minister, said a ceasefire would begin on Tuesday in the Damascus suburb.")
    assert any(event == "CONCEDE" and actors == ["RUS"] for event, _, actors, _ in begin)
    hold = brief("Russia had announced earlier this year that a ceasefire would take hold in eastern Ghouta.")
    assert any(event == "CONCEDE" and actors == ["RUS"] for event, _, actors, _ in hold)
    assert not brief("The UN said the ceasefire was holding.")
    assert "CONCEDE" not in _types("Bolton said the withdrawal would depend on conditions inside Syria.")


def test_what_one_is_instructed_to_do_is_the_instructed_ones_and_not_yet_done() -> None:
    """trigger_roles.tsv object_control and status_cues.tsv aim: "instructed the Kurds to surrender a town"."""
    surrender = [e for e in code_text("The Trump administration instructed the Iraqi army to surrender the town.", published=PUBLISHED)
                 if e.event == "RETREAT"]
    assert surrender and [a.country for a in surrender[0].actor] == ["IRQ"] and surrender[0].status != "asserted"


def test_a_side_that_says_it_will_widen_its_own_offensive_threatens() -> None:
    coded = [event for event in code_text("Turkey has said it will extend its incursion in Syria to the town of Manbij.", published=PUBLISHED)]
    assert any(e.event == "THREATEN" and [a.country for a in e.actor] == ["TUR"] for e in coded)


def test_a_party_said_to_be_behind_a_hostile_act_is_accused_by_the_speaker() -> None:
    """implied.find_blames: "responsible for", "behind", "to blame for" a hostile act, said or believed of a party."""
    def accusations(text: str) -> list[tuple[list, list]]:
        return [(actors, recipients) for event, _, actors, recipients in brief(text) if event == "ACCUSE"]
    assert accusations("France said it had proof that the Syrian regime was responsible for the chemical attack in Douma.") == [(["FRA"], ["SYR"])]
    assert accusations("Theresa May said Russia was behind the poisoning of Sergei Skripal in Salisbury.") == [(["GBR"], ["RUS"])]
    assert accusations("The US and its allies believe the Syrian regime was behind the attack.") == [(["USA"], ["SYR"])]
    assert accusations("Cabinet ministers agreed it was highly likely that Iran was to blame for the attacks on tankers.") == [([], ["IRN"])]
    # the accusation is where it was said, not where the act blamed happened
    accused = next(e for e in code_text("May said on Monday that Russia was behind the attack in Salisbury.", published=PUBLISHED, keep_unattributed=True)
                   if e.event == "ACCUSE")
    assert accused.location is None and accused.date == "2019-04-22"
    # no one named, nothing hostile, a denial, or the speaker's own part: no accusation
    assert accusations("A US military spokesman said they were investigating who was behind the attack.") == []
    assert accusations("Russia said Turkey was responsible for security in Idlib.") == []
    assert accusations("Russia denied it was behind the attack in Salisbury.") == []
    assert accusations("Britain said we were responsible for the strike on the base.") == []


def test_a_party_told_it_will_pay_for_what_it_does_is_threatened_by_the_speaker() -> None:
    """implied.find_penalties: a price for what the party does or fails to do; a bare forecast of suffering is none."""
    coded = brief("Turkey said the Kurds would face consequences if they did not withdraw from Manbij.")
    assert any(event == "THREATEN" and actors == ["TUR"] for event, _, actors, _ in coded)
    coded = brief("Iran said the US would pay a heavy price for its crimes.")
    assert [(event, actors, recipients) for event, _, actors, recipients in coded] == [("THREATEN", ["IRN"], ["USA"])]
    assert not any(event == "THREATEN" for event, *_ in brief("Officials said civilians in Idlib would suffer most."))


def test_an_announced_withdrawal_is_to_come_and_conceded_when_announced() -> None:
    events = code_text("Putin announced a substantial troop withdrawal from Syria on Monday.", published=PUBLISHED)
    retreat = next(e for e in events if e.event == "RETREAT")
    concession = next(e for e in events if e.event == "CONCEDE")
    assert (retreat.status, retreat.date) == ("future", "FUTURE_REF")
    assert (concession.status, concession.date, countries(concession.actor)) == ("asserted", "2019-04-22", ["RUS"])
    # a withdrawal completed is done, and concedes nothing new
    done = code_text("The US completed the withdrawal of its troops from Iraq on Monday.", published=PUBLISHED)
    assert [e.event for e in done] == ["RETREAT"] and done[0].status == "asserted"
