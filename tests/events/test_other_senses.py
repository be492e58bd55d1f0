"""Trigger words in a sense that reports no event (data/other_senses.tsv), and cues that an act was averted.

Whole pipeline on hand-written sentences; each rule is checked against the event reading it must keep.
"""

from __future__ import annotations

from event_coding import PUBLISHED, brief

from sanderling import code_text


def _types(text: str) -> list[str]:
    return [event for event, *_ in brief(text)]


def test_seizing_a_chance_is_no_seizure() -> None:
    assert "COERCE" not in _types("The Kremlin seized the opportunity to court the generals in Cairo.")
    assert "COERCE" in _types("Rebels seized the airport outside Benghazi on Monday.")


def test_a_request_for_comment_is_no_request() -> None:
    assert "REQUEST" not in _types("The Saudi embassy in Paris did not respond to a request for comment.")
    assert "REQUEST" in _types("Baghdad sent Ankara a request for military assistance.")


def test_pushing_back_with_no_one_pushed_is_resistance() -> None:
    assert "COERCE" not in _types("Tehran has little room to push back against the new sanctions.")
    assert "COERCE" in _types("Croatian police pushed the migrants back into Bosnia.")


def test_ceasing_to_be_is_no_ceasefire() -> None:
    assert "RETREAT" not in _types("Under the new government, Hungary has ceased to be a reliable partner of Brussels.")
    assert "RETREAT" in _types("The Houthis ceased hostilities along the Saudi border on Sunday.")


def test_admitting_refugees_concedes_nothing() -> None:
    assert "CONCEDE" not in _types("Canada admitted 2,000 Yazidi refugees last year.")
    assert "CONCEDE" in _types("The Russian defence ministry admitted responsibility for the strike on the hospital.")


def test_insisting_on_a_fact_is_a_claim_not_a_demand() -> None:
    assert "REQUEST" not in _types("The Egyptian minister insisted that the border crossing was closed for repairs.")
    assert "REQUEST" not in _types("Moscow insisted its jets had struck only militants.")
    assert "REQUEST" not in _types("Pakistan insisted it would not take part in the talks in Kabul.")
    assert "REQUEST" not in _types("The Iraqi prime minister insisted the Kurds are holding the oil fields illegally.")
    assert "REQUEST" in _types("Syrian opposition leaders insisted that Assad resign.")
    assert "REQUEST" in _types("Kenya insisted that Somali troops should leave the border town.")


def test_a_warning_of_what_a_thing_could_do_is_a_forecast() -> None:
    assert "THREATEN" not in _types("Economists warned the new tariffs could push Argentina into recession.")
    assert "THREATEN" not in _types("Diplomats in Munich warned that the fall of Raqqa does not mean an end to the insurgency in Iraq.")
    assert "THREATEN" not in _types("Ethiopian officials warned that Eritrea was moving tanks to the border.")
    assert "THREATEN" not in _types("The UN warned of a famine in Yemen.")
    # What the speaker's side could do, and what will be done, are still threats.
    assert "THREATEN" in _types("Moscow warned Kyiv of serious consequences.")
    assert "THREATEN" in _types("The Kremlin warned of retaliation against Kyiv.")
    assert "THREATEN" in _types("Beijing warned that any arms sale to Taiwan would be met with a firm response.")
    assert "THREATEN" in _types("Erdogan warned Washington that a Turkish operation against the Kurdish militia in Manbij is near.")
    assert "THREATEN" in _types("Iran warned that it could close the Strait of Hormuz.")
    assert "THREATEN" in _types("Pyongyang warned Seoul that its missiles could reach any city in the South.")


def test_an_averted_act_is_negated() -> None:
    coded = [e for e in code_text("Egyptian police prevented an attack on the cathedral in Cairo.", published=PUBLISHED) if e.event == "ASSAULT"]
    assert coded and all(e.status == "negated" for e in coded)
    avoided = [e for e in code_text("Greece and Turkey agreed to avoid a clash over the islands.", published=PUBLISHED) if e.event == "ASSAULT"]
    assert all(e.status == "negated" for e in avoided)
    blame = [e for e in code_text("Ankara's statements avoided blaming Damascus for the attack.", published=PUBLISHED) if e.event == "ACCUSE"]
    assert all(e.status == "negated" for e in blame)
    # What came after the averting did happen.
    later = [e for e in code_text("The town had avoided the war until a Turkish incursion into its hills in January.", published=PUBLISHED)
             if e.event == "ASSAULT"]
    assert all(e.status != "negated" for e in later)


def test_a_threat_that_something_is_or_poses_is_a_danger() -> None:
    assert "THREATEN" not in _types("Nigerian generals say Boko Haram remains a serious threat in the north-east.")
    assert "THREATEN" not in _types("Baghdad regards the militia as a threat to national security.")
    assert "THREATEN" not in _types("An emboldened Pyongyang could pose a threat to Japan.")
    # A threat someone makes is still coded.
    assert "THREATEN" in _types("Trump's threat to impose tariffs on Mexico angered officials in Mexico City.")
    assert "THREATEN" in _types("The American threats of military action alarmed Caracas.")


def test_only_officials_arriving_make_a_visit() -> None:
    assert "CONSULT" not in _types("Thousands of Afghan refugees arrived in Iran last month.")
    assert "CONSULT" not in _types("The British teenager married a Dutch fighter soon after arriving in Syria.")
    assert "CONSULT" in _types("The Chinese foreign minister arrived in Pyongyang on Tuesday.")
    assert "CONSULT" in _types("A delegation of the Syrian government arrived in Geneva for the talks.")


def test_seeking_to_do_is_trying_not_asking() -> None:
    assert "REQUEST" not in _types("Ankara has sought to reassure Moscow about its purchase of American jets.")
    assert "REQUEST" in _types("Baghdad sought assurances from Tehran about the militias.")


def test_a_pause_in_something_other_than_fighting_is_no_ceasefire() -> None:
    assert "RETREAT" not in _types("Britain agreed to a pause in its intelligence sharing with Washington.")
    assert "RETREAT" in _types("Israel and Hamas agreed to a pause in the fighting in Gaza.")


def test_backing_off_is_no_support() -> None:
    assert "SUPPORT" not in _types("Trump told Erdogan to back off from the Kurds.")
    assert "SUPPORT" in _types("Moscow backed the Syrian government.")


def test_refugees_admitted_concede_nothing() -> None:
    assert "CONCEDE" not in _types("The number of Syrian refugees admitted to Canada fell last year.")
    assert "CONCEDE" not in _types("The number of migrants admitted to Spain in 2018 is likely to reach 20,000, a fraction of the target.")


def test_the_likelihood_of_an_act_is_hypothetical() -> None:
    coded = [e for e in code_text("Canberra raised its threat level, citing the likelihood of attacks by Australians returning from Syria.",
                                  published=PUBLISHED) if e.event == "ASSAULT"]
    assert coded and all(e.status == "hypothetical" for e in coded)


def test_an_act_someone_would_prefer_is_not_done() -> None:
    coded = [e for e in code_text("Netanyahu would prefer the Iranian forces expelled from Syria.", published=PUBLISHED) if e.event == "SANCTION"]
    assert all(e.status != "asserted" for e in coded)


def test_figurative_objects_of_violent_verbs() -> None:
    assert "ASSAULT" not in _types("The Kurdish militia fought the extradition of its fighters to Iraq.")
    assert "ASSAULT" not in _types("The Iranian president struck a conciliatory tone in his speech to the UN.")
    assert "ASSAULT" not in _types("Russian lawmakers killed the bill on foreign agents.")
    assert "ASSAULT" in _types("Kurdish fighters fought Turkish troops near Afrin.")
    assert "ASSAULT" in _types("Israeli jets struck Iranian positions near Damascus.")


def test_attacking_a_decision_is_criticism() -> None:
    coded = _types("The Turkish president attacked the decision of the European court.")
    assert "ASSAULT" not in coded and "ACCUSE" in coded
    assert "ASSAULT" in _types("Militants attacked a police station in Sinai.")


def test_matches_and_votes_are_no_fights() -> None:
    assert "ASSAULT" not in _types("Japan beat South Korea in the final in Tokyo.")
    assert "ASSAULT" not in _types("France and Belgium will clash in the semi-final in Moscow.")
    assert "ASSAULT" not in _types("The Kenyan senator beat her rival in the primary in Nairobi.")
    assert "ASSAULT" in _types("Police beat protesters in Harare on Monday.")
    assert "ASSAULT" in _types("Indian and Chinese troops clashed in the Galwan valley.")
    assert "ASSAULT" in _types("Kurdish forces fought Turkish troops during the final days of the offensive.")


def test_asking_a_question_is_no_request() -> None:
    assert "REQUEST" not in _types("Asked about the strike in Idlib, the Russian ambassador said Moscow had no information.")
    assert "REQUEST" not in _types("The Iraqi foreign minister asked whether Washington could guarantee the border.")
    assert "REQUEST" not in _types("A Kurdish commander, who asked to be known only by his first name, said the town had fallen.")
    assert "REQUEST" in _types("Turkey asked Washington to hand over its bases in Syria.")
    assert "REQUEST" in _types("The Lebanese government asked the UN for more aid.")


def test_corroborating_is_no_support() -> None:
    assert "SUPPORT" not in _types("Paris will hand over evidence to support a prosecution of the two men in Belgium.")
    assert "SUPPORT" not in _types("The new figures back the claim that Egypt jailed thousands of protesters.")
    assert "SUPPORT" not in _types("The inspectors' report never supported the Russian version of events.")
    assert "SUPPORT" in _types("Germany supports the Kurdish militias in Syria.")
    assert "SUPPORT" in _types("Britain backed France's bid for a seat on the council.")


def test_a_penalty_the_law_provides_or_someone_faces_is_no_sanction() -> None:
    assert "SANCTION" not in _types("The two Belgians could face the death penalty if they are tried in Iraq.")
    assert "SANCTION" not in _types("Kenya has kept the death penalty on its statute books.")
    assert "SANCTION" not in _types("Two Reuters reporters in Myanmar face long prison sentences.")
    assert "SANCTION" in _types("A court in Ankara sentenced the British volunteer to seven years in prison.")
    assert "SANCTION" in _types("Washington imposed penalties on Iranian banks.")


def test_sanctioning_a_deal_or_a_strike_is_approving_it() -> None:
    assert "SANCTION" not in _types("The deal was sanctioned by the UN security council.")
    assert "SANCTION" not in _types("The move was quietly sanctioned by Moscow.")
    assert "SANCTION" in _types("Russia was sanctioned by the United States on Monday.")


def test_what_declines_with_no_object_or_complement_falls_and_refuses_nothing() -> None:
    assert "REJECT" not in _types("Support for the Russian president has declined sharply since the annexation.")
    assert "REJECT" not in _types("Attacks on Muslims in Canada are declining.")
    assert "REJECT" in _types("Iran declined to attend the talks in Geneva.")
    assert "REJECT" in _types("Germany declined the Turkish offer of talks.")


def test_dying_aged_83_is_a_natural_death() -> None:
    assert "ASSAULT" not in _types("Jalal Talabani, the former president of Iraq, who has died aged 83, was a Kurdish leader.")
    assert "ASSAULT" not in _types("The Iraqi poet died at the age of 90 in Baghdad.")
    assert "ASSAULT" in _types("A British soldier fighting against Islamic State has died in an explosion in Syria.")


def test_volunteering_for_a_force_is_joining_it_not_an_offer() -> None:
    assert "AGREE" not in _types("Joe Robinson volunteered for the Kurdish YPG in 2015.")
    assert "AGREE" not in _types("A Canadian nurse volunteered to fight against Islamic State in 2016.")
    assert "AGREE" in _types("Britain volunteered to host the talks in March.")


def test_only_officials_huddle_or_tour_to_meet() -> None:
    assert "CONSULT" not in _types("Afif Ahmed has huddled with his family in the ruins of his shop in Douma since Sunday.")
    assert "CONSULT" in _types("Putin huddled with Erdogan in Sochi on Monday.")
    assert "CONSULT" not in _types("Robinson toured Afghanistan with the Duke of Lancaster's Regiment in 2012.")
    assert "CONSULT" in _types("The French president toured Mali on Monday.")


def test_rallying_followers_is_no_demonstration() -> None:
    assert "PROTEST" not in _types("Islamic State regularly rallied followers to join it.")
    assert "PROTEST" in _types("Thousands rallied in Caracas on Monday against Maduro.")


def test_reaffirming_a_position_restates_it_and_reaffirming_support_is_one_event() -> None:
    assert "SUPPORT" not in _types("The Turkish president reaffirmed late last month Turkey will not countenance Assad remaining in power.")
    assert "SUPPORT" not in _types("The UN must reaffirm the primacy of existing security council resolutions on Syria.")
    assert "SUPPORT" in _types("Washington reaffirmed ties with Seoul on Monday.")
    assert _types("Russia reaffirmed its support for the Syrian government on Monday.") == ["SUPPORT"]


def test_having_or_giving_up_chemical_weapons_is_no_attack() -> None:
    assert "ASSAULT" not in _types("Syria still has chemical weapons.")
    assert "ASSAULT" not in _types("Russia claims not to possess any chemical weapons.")
    assert "ASSAULT" in _types("Assad used chemical weapons against civilians.")


def test_being_resigned_to_something_is_accepting_it() -> None:
    assert "RETREAT" not in _types("Gulf states are now resigned to Assad staying in power.")
    assert "RETREAT" in _types("The Syrian foreign minister resigned to spend more time with his family.")


def test_taking_control_of_a_chamber_is_winning_it() -> None:
    assert "COERCE" not in _types("Democrats will take control of the House next month.")
    assert {"COERCE", "ASSAULT"} & set(_types("Isis fighters took control of the town of Raqqa."))


def test_nothing_denying_someone_a_victory_is_no_rejection() -> None:
    assert "REJECT" not in _types("Nothing can now deny Bashar al-Assad a final victory in Syria.")
    assert "REJECT" in _types("Iran denied the accusation on Tuesday.")


def test_met_with_gunfire_or_firing_judges_is_no_meeting_and_no_shooting() -> None:
    assert not any(e == "CONSULT" for e, *_ in brief("Kenyan protesters were met with gunfire in Nairobi."))
    assert not any(e == "ASSAULT" for e, *_ in brief("The Zimbabwean president fired 20 judges."))


def test_coming_under_fire_for_something_is_being_criticised_but_for_hours_is_being_shot_at() -> None:
    assert not any(e == "ASSAULT" for e, *_ in brief("The Brazilian president came under fire for the alleged embezzlement."))
    assert any(e == "ASSAULT" for e, *_ in brief("The convoy of Syrian troops came under fire for three hours from a tank."))
