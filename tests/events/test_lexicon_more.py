"""More of the event lexicon: stated intentions, verb-and-object phrases, light verbs and carriers.

Whole pipeline on hand-written sentences.
"""

from __future__ import annotations

from event_coding import brief


def test_a_visit_someone_says_they_will_pay_is_also_an_agreement() -> None:
    coded = brief("The Spanish prime minister will visit Morocco next month, his office said.")
    assert any(e == "CONSULT" and a == ["ESP"] for e, _, a, _ in coded)
    assert any(e == "AGREE" and a == ["ESP"] and r == ["MAR"] for e, _, a, r in coded)


def test_a_strike_a_union_says_it_will_stage_is_a_threat() -> None:
    coded = brief("French rail unions said they would blockade the ports of Calais next week.")
    assert any(e == "THREATEN" and a == ["FRA"] for e, _, a, _ in coded)


def test_cutting_supplies_is_a_sanction_not_aid() -> None:
    coded = brief("The World Food Programme reduced food supplies to camps in Kenya on Monday.")
    assert any(e == "SANCTION" for e, *_ in coded)
    assert not any(e == "AID" for e, *_ in coded)
    coded = brief("Washington said it would prohibit all aid to the Nicaraguan army.")
    assert any(e == "SANCTION" and a == ["USA"] for e, _, a, _ in coded)


def test_workers_stopping_work_are_on_strike() -> None:
    assert any(e == "PROTEST" and a == ["GRC"] for e, _, a, _ in brief("Greek dock workers stopped work on Tuesday over pension cuts."))


def test_defacing_websites_is_a_cyber_attack() -> None:
    coded = brief("Russian hackers defaced Georgian government websites last week.")
    assert any(e == "COERCE" and r == ["GEO"] for e, _, _, r in coded)


def test_a_mission_carries_its_modifier() -> None:
    coded = brief("Norway undertook a mediation mission between Sri Lanka and the Tamil rebels.")
    assert any(e == "CONSULT" and a == ["NOR"] for e, _, a, _ in coded)


def test_an_amount_of_something_is_that_thing_for_a_verb_and_object_phrase() -> None:
    coded = brief("Japanese doctors handed over 300 kg of medicine to hospitals in Nepal.")
    assert any(e == "AID" and a == ["JPN"] for e, _, a, _ in coded)


def test_a_country_named_us_is_not_the_speaker() -> None:
    coded = brief("Iran's foreign minister said the US must lift its sanctions.")
    assert ("REQUEST", "said … must lift", ["IRN"], ["USA"]) in coded
    assert not any(e == "REQUEST" for e, *_ in brief("We must act now, the Danish minister said."))


def test_a_coordinated_verb_shares_a_passive_subject_but_a_participle_does_not() -> None:
    coded = brief("The Peruvian defence minister has been indicted for fraud and will resign.")
    assert any(e == "RETREAT" and a == ["PER"] for e, _, a, _ in coded)
    coded = brief("Two Kenyan activists were arrested and charged with treason.")
    assert not any(a == ["KEN"] for e, _, a, _ in coded)


def test_joint_exercises_of_two_countries_cooperate_one_country_mobilizes() -> None:
    coded = brief("Indian and Japanese warships began naval war games in the Bay of Bengal on Monday.")
    assert any(e == "COOPERATE" and a == ["IND", "JPN"] for e, _, a, _ in coded)
    coded = brief("China began military exercises near Taiwan on Monday.")
    assert any(e == "MOBILIZE" and a == ["CHN"] for e, _, a, _ in coded)
    assert not any(e == "COOPERATE" for e, *_ in coded)


def test_reopening_a_border_crossing_allows_access() -> None:
    coded = brief("Egypt reopened its border with Gaza on Saturday.")
    assert any(e == "RETREAT" and a == ["EGY"] and r == ["PSE"] for e, _, a, r in coded)


def test_conquest_compliance_and_frustration() -> None:
    assert ("ASSAULT", ["IMG"], ["SYR"]) in [(e, a, r) for e, _, a, r in brief("Isis militants conquered the Syrian city of Palmyra in 2015.")]
    assert ("CONCEDE", ["USA"], ["TUR"]) in [(e, a, r) for e, _, a, r in brief("The US president complied with the Turkish leader's demands.")]
    assert any(e == "ACCUSE" and a == ["FRA"] for e, _, a, _ in brief("The French foreign minister expressed frustration with Iran's nuclear programme."))


def test_a_town_that_fell_to_a_force_was_taken_by_it() -> None:
    """trigger_roles.tsv `inverse`: "fell to Isis" is Isis's act on the town."""
    assert ("ASSAULT", ["IMG"], ["SYR"]) in [(e, a, r) for e, _, a, r in brief("The Syrian town of Qaryatain fell to Isis in 2015.")]
    assert not any(e == "ASSAULT" for e, *_ in brief("The responsibility for the refugees fell to Britain."))
    assert not any(e == "ASSAULT" for e, *_ in brief("Syrian rebels fell back to the Turkish border."))


def test_cutting_relations_reduces_them_in_either_voice() -> None:
    for text in ("Egypt cut diplomatic relations with Qatar.", "Diplomatic relations with Qatar were cut by Egypt.", "Egypt broke off ties with Qatar."):
        assert [(e, a, r) for e, _, a, r in brief(text)] == [("SANCTION", ["EGY"], ["QAT"])], text


def test_ending_ones_own_measure_concedes_and_the_measure_is_no_new_act() -> None:
    assert [(e, a, r) for e, _, a, r in brief("Russia lifted its sanctions on Turkey.")] == [("CONCEDE", ["RUS"], ["TUR"])]
    assert [(e, a, r) for e, _, a, r in brief("Israel ended its siege of Gaza.")] == [("RETREAT", ["ISR"], ["PSE"])]
    assert [(e, a) for e, _, a, _ in brief("Greek workers ended their strike.")] == [("CONCEDE", ["GRC"])]


def test_granting_a_pardon_or_offering_an_apology_concedes() -> None:
    assert [(e, a) for e, _, a, _ in brief("Egypt granted a pardon to 300 prisoners.")] == [("CONCEDE", ["EGY"])]
    assert [(e, a, r) for e, _, a, r in brief("Egypt offered an apology to Italy.")] == [("CONCEDE", ["EGY"], ["ITA"])]


def test_ending_ones_own_aid_or_cooperation_reduces_it_and_gives_none() -> None:
    assert [(e, a, r) for e, _, a, r in brief("The United States ended its military aid to Pakistan.")] == [("SANCTION", ["USA"], ["PAK"])]
    assert [e for e, *_ in brief("The United States suspended its cooperation with Pakistan.")] == ["SANCTION"]
