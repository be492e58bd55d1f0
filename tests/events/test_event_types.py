"""Which PLOVER type a real event takes when its trigger word has several readings.

Whole pipeline on hand-written sentences; each rule is checked against the reading it must keep.
"""

from __future__ import annotations

from event_coding import PUBLISHED, brief

from sanderling import code_text


def _types(text: str) -> list[str]:
    return [event for event, *_ in brief(text)]


def test_armed_groups_and_nations_occupy_by_force_protesters_by_sitting_in() -> None:
    assert "COERCE" in _types("Rebel fighters occupied the town of Kafr Nabl on Monday.")
    assert "PROTEST" not in _types("Rebel fighters occupied the town of Kafr Nabl on Monday.")
    assert "COERCE" in _types("Residents of the peninsula have lived under the Russian occupation since 2014.")
    assert "PROTEST" in _types("Students in Paris occupied the square outside the ministry on Sunday.")
    assert "PROTEST" in _types("Young Algerians occupied the square outside the ministry on Sunday.")


def test_admitting_that_something_is_so_states_a_fact() -> None:
    assert "CONCEDE" not in _types("The Polish government conceded that the new law had damaged relations with Israel.")
    assert "CONCEDE" not in _types("The Belgian minister admitted that the prison will not close this year.")
    assert "CONCEDE" in _types("The Polish government conceded defeat in the vote on Tuesday.")
    assert "CONCEDE" in _types("The Kenyan army acknowledged responsibility for the deaths of the civilians.")
    assert "CONCEDE" in _types("The Belgian interior ministry admitted its mistake on Monday.")


def test_set_phrases_that_borrow_an_event_word() -> None:
    assert "ACCUSE" not in _types("Hungary followed suit on Tuesday.")
    assert "ACCUSE" in _types("Lawyers filed a suit against the Kenyan government on Monday.")
    assert "ACCUSE" not in _types("The Kenyan police took charge of the investigation on Monday.")
    assert "REQUEST" not in _types("The Nigerian army pressed ahead with its offensive against Boko Haram on Monday.")
    assert "REQUEST" in _types("Washington pressed Ankara to release the pastor.")
    assert "MOBILIZE" not in _types("Officials in Brussels were scrambling to respond to the Italian budget.")
    assert "MOBILIZE" in _types("Egypt scrambled jets after the attack on Sinai.")
    assert "COERCE" not in _types("The Iranian government has acted in breach of the 2015 nuclear deal.")
    assert "COERCE" in _types("Hackers stole data from the Pentagon in a breach of its systems.")


def test_a_share_in_a_fight_or_a_process_is_no_aid() -> None:
    assert "AID" not in _types("Norway hopes its contribution to the peace talks in Havana will be remembered.")
    assert "AID" in _types("Norway announced a contribution of twenty million dollars to the UN refugee agency.")


def test_a_confirmation_hearing_investigates_no_one() -> None:
    assert "ACCUSE" not in _types("The US Senate held a confirmation hearing for the new ambassador to Turkey on Thursday.")
    assert "ACCUSE" in _types("Congress opened a hearing into Russian meddling on Thursday.")


def test_withdrawing_from_an_accord_or_a_body_or_withdrawing_aid_reduces_relations() -> None:
    assert "SANCTION" in _types("Hungary pulled out of the UN migration pact on Wednesday.")
    assert "SANCTION" in _types("Qatar announced its withdrawal from Opec on Monday.")
    assert "SANCTION" in _types("The Dutch government withdrew its funding for the Palestinian schools on Monday.")
    staff = [e for e in brief("All Canadian embassy staff will be withdrawn from Venezuela on Friday.") if e[0] == "SANCTION"]
    assert staff and staff[0][2] == ["CAN"]
    assert "RETREAT" in _types("Russia pulled its troops out of the Georgian border town on Monday.")
    assert "SANCTION" not in _types("Russia pulled its troops out of the Georgian border town on Monday.")


def test_a_government_protests_in_words_a_crowd_in_the_street() -> None:
    assert "ACCUSE" in _types("The Chinese government protested at the sale of the fighter jets to Taiwan.")
    assert "PROTEST" not in _types("The Chinese government protested at the sale of the fighter jets to Taiwan.")
    assert "PROTEST" in _types("Palestinians in Hebron stayed away from work on Monday to protest at the new settlement.")
    assert "PROTEST" in _types("Thousands of Chileans protested in Santiago on Friday against the pension reform.")


def test_resigning_in_protest_is_a_resignation() -> None:
    coded = _types("The Brazilian environment minister resigned in protest at the new logging law.")
    assert "RETREAT" in coded and "PROTEST" not in coded
    assert "PROTEST" in _types("Brazilian farmers staged a protest in Brasilia on Monday.")


def test_a_state_that_joins_strikes_bombs_workers_who_join_one_stop_work() -> None:
    coded = _types("France joined the military strikes against the Syrian government on Saturday.")
    assert "ASSAULT" in coded and "PROTEST" not in coded
    assert "PROTEST" in _types("Thousands of Belgian teachers joined the strike on Monday.")


def test_air_or_logistical_support_is_material_aid() -> None:
    coded = _types("France provided logistical support to the Malian army last year.")
    assert "AID" in coded and "SUPPORT" not in coded
    assert "SUPPORT" in _types("Hungary expressed its support for the Polish government on Monday.")


def test_a_land_corridor_is_ground_not_access() -> None:
    assert "RETREAT" not in _types("Iran wants a land corridor from Tehran to the Mediterranean.")
    assert "RETREAT" in _types("The Syrian army opened a humanitarian corridor out of Ghouta on Tuesday.")


def test_a_warning_of_what_a_thing_would_be_or_bring_is_a_forecast() -> None:
    assert "THREATEN" not in _types("The Dutch minister warned that the repatriation of the fighters would be extremely difficult.")
    assert "THREATEN" not in _types("The Iranian president warned that the sanctions would only lead to more instability in the region.")
    assert "THREATEN" in _types("The Iranian president warned that any attack on Iranian soil would be met with a crushing response.")
    assert "THREATEN" in _types("The Dutch minister warned that our response would be swift.")


def test_a_party_that_takes_over_or_seizes_a_town_captures_it() -> None:
    """triggers.choose_entry: "took over Raqqa", "seized the town of Saraqeb" are captures in battle (ASSAULT, as "capture"
    and "retake"); what is seized that is no place stays COERCE seize."""
    assert [e.event for e in code_text("The US-led coalition took over Raqqa after a campaign of bombardment.", published=PUBLISHED)
            if e.trigger == "took over"] == ["ASSAULT"]
    assert [e.event for e in code_text("Syrian rebels seized the town of Saraqeb on Monday.", published=PUBLISHED)
            if e.trigger == "seized"] == ["ASSAULT"]
    assert [e.event for e in code_text("Turkish police seized the newspaper's offices on Monday.", published=PUBLISHED)
            if e.trigger == "seized"] == ["COERCE"]


def test_accepting_refugees_is_giving_them_refuge() -> None:
    """CAMEO 075 (grant asylum) is PLOVER AID; accepting an offer stays an agreement."""
    coded = brief("Canada accepted 25,000 Syrian refugees in 2016.")
    assert [(event, actors, recipients) for event, _, actors, recipients in coded] == [("AID", ["CAN"], ["SYR"])]
    assert "AGREE" in _types("Iran accepted the offer of talks on Monday.")
    # welcoming refugees is taking them in; welcoming a decision is support
    assert [event for event, *_ in brief("Turkey is welcoming 3.5 million Syrian refugees.")] == ["AID"]
    assert [event for event, *_ in brief("Turkey welcomed the decision.")] == ["SUPPORT"]
    # whoever owns a rescue was rescued
    rescued = [(actors, recipients) for event, _, actors, recipients in brief("A Canadian hostage has been freed. Officials hailed his rescue on Monday.")
               if event == "AID"]
    assert rescued and all("CAN" not in actors for actors, _ in rescued) and any("CAN" in recipients for _, recipients in rescued)


def test_allying_with_a_side_is_cooperation_and_waging_an_insurgency_is_fighting() -> None:
    coded = [(event, actors, recipients) for event, _, actors, recipients in brief("Kurdish militants have now allied with Syrian regime forces in Idlib.")]
    assert ("COOPERATE", ["SYR"], ["SYR"]) in coded
    assert "ASSAULT" in _types("The PKK has waged an insurgency against the Turkish state since 1984.")


def test_troops_that_support_a_force_give_it_material_help() -> None:
    assert "AID" in _types("US troops are supporting the Syrian Democratic Forces in the north.")
    assert "SUPPORT" in _types("Russia supported the Syrian government in the vote.")


def test_miners_and_drivers_who_strike_stop_work() -> None:
    from event_coding import brief
    assert [e for e, *_ in brief("Greek miners began a strike on Monday.")] == ["PROTEST"]
    assert [e for e, *_ in brief("Greek truck drivers continued their strike.")] == ["PROTEST"]


def test_an_exercise_held_with_another_is_joint() -> None:
    from event_coding import brief
    assert [(e, a, r) for e, _, a, r in brief("Russia held military drills with Belarus.")] == [("COOPERATE", ["RUS"], ["BLR"])]
    assert [e for e, *_ in brief("Russia held military drills near the Ukrainian border.")] == ["MOBILIZE"]


def test_fighters_driven_out_of_a_town_are_fought_and_people_driven_out_are_expelled() -> None:
    assert ("ASSAULT", "drove Isis militants out", ["SYR"], ["IMG"]) in brief("The Syrian army drove Isis militants out of their last stronghold.")
    assert ("ASSAULT", "drove Islamic State out", ["USA"], ["IMG"]) in brief("US troops drove Islamic State out of Raqqa.")
    assert [e[0] for e in brief("Myanmar's army forced 700,000 Rohingya out of the country.")] == ["SANCTION"]


def test_blocking_a_resolution_or_bid_rejects_it_and_blocking_a_road_or_access_restricts() -> None:
    assert ("REJECT", "blocked", ["TUR"], ["SWE"]) in brief("Turkey blocked Sweden's bid to join Nato.")
    assert [e[0] for e in brief("Attempts to refer Syria to the court have been blocked by Russia.")] == ["REJECT"]
    assert [e[0] for e in brief("Israeli forces blocked the entrance to the village.")] == ["COERCE"]


def test_gathering_evidence_investigates() -> None:
    coded = brief("UN inspectors collected evidence against the Syrian government in Douma.")
    assert ("ACCUSE", "collected evidence", ["UNO"], ["SYR"]) in coded
    assert any(event == "ACCUSE" for event, *_ in brief("Mattis said Washington was gathering evidence about who carried out the attack."))


def test_being_angry_at_or_critical_of_someone_disapproves() -> None:
    assert ("ACCUSE", "is angry", ["TUR"], ["USA"]) in brief("Turkey is angry at continuing US support for the Kurds.")
    assert ("ACCUSE", "been critical", ["DEU"], ["RUS"]) in brief("Germany has been critical of Russia's role in Syria.")
    assert ("ACCUSE", "was furious", ["IRN"], ["SAU"]) in brief("Iran was furious with Saudi Arabia over the executions.")
    # a mood with no one it is aimed at, or "critical" as crucial, is no accusation
    assert not any(event == "ACCUSE" for event, *_ in brief("Britain is critical to the alliance, Macron said in Paris."))
    assert not any(event == "ACCUSE" for event, *_ in brief("The Turkish president was angry, his aides said."))
