"""Where events happen: the place attached to the event's words, its clause's, the same occasion's, the recent one."""

from __future__ import annotations

from sanderling import code_text
from sanderling.events.provenance import PlaceFound
from tests.events.event_coding import PUBLISHED, countries, events_of, one


def _country(event) -> str | None:
    return event.location.country_code if event.location is not None else None


def _found(event) -> PlaceFound | None:
    return event.placing.found if event.placing is not None else None


def test_a_place_deep_in_the_event_phrase_is_attached():
    killed = one("Government jets killed 12 farmers in a raid on a market in the northern province of Kunduz.", "ASSAULT")
    assert killed.location is not None and killed.location.resolved_place == "Kunduz"


def test_a_capital_after_a_scene_preposition_is_a_scene_not_a_participant():
    arrested = one("Police arrested 30 students in the capital city of Nairobi on Monday.", "COERCE")
    assert _country(arrested) == "KEN"


def test_a_countrys_part_after_a_scene_preposition_is_a_scene():
    """placing.place_phrase: "in Syria's north-west" is where, not Syria as a party; and forces of no named state
    gathering there are the country's (place_parties)."""
    massing = one("Pro-government forces are massing in Syria's north-west.", "MOBILIZE")
    assert _country(massing) == "SYR" and [a.country for a in massing.actor] == ["SYR"]
    rebellion = [e for e in code_text("Russia helped to foment a rebellion in Ukraine's industrial east.", published=PUBLISHED) if e.event == "ASSAULT"]
    assert rebellion and "UKR" in {r.country for r in rebellion[0].recipient}
    # forces sent somewhere are not of where they go
    deployed = one("Troops were deployed to Syria.", "MOBILIZE")
    assert all(a.country != "SYR" for a in deployed.actor)


def test_a_people_across_states_is_of_the_state_the_event_is_in():
    """place_parties._of_the_place: with Turkey the article's country, a Kurdish enclave inside Syria is Syria's."""
    text = "Turkey has resumed shelling a Kurdish enclave inside Syria. Turkey says Turkey is safe."
    shelling = [e for e in code_text(text, published=PUBLISHED) if e.trigger == "shelling"]
    assert shelling and [r.country for r in shelling[0].recipient] == ["SYR"]


def test_a_part_of_a_city_places_the_event_in_the_city():
    killed = one("A car bomb killed a Lebanese judge in a busy quarter of western Beirut.", "ASSAULT")
    assert _country(killed) == "LBN"


def test_a_removal_happens_where_it_starts():
    evacuated = one("Red Cross teams evacuated 40 injured civilians from the besieged town of Srebrenica.", "AID")
    assert evacuated.location is not None and evacuated.location.resolved_place == "Srebrenica"
    withdrawal = one("Israel completed the withdrawal of its troops from southern Lebanon on Monday.", "RETREAT")
    assert _country(withdrawal) == "LBN"


def test_a_place_of_another_occasion_clause_is_not_the_events():
    meet = one("The minister will meet Chinese officials on Friday, a month after negotiations in Geneva collapsed.", "CONSULT")
    assert _country(meet) != "CHE"


def test_a_clause_of_what_happens_alongside_shares_the_scene():
    killed = one("Two journalists were killed when government troops shelled a village in Idlib province.", "ASSAULT")
    assert _country(killed) == "SYR"


def test_coordinated_predicates_of_one_subject_share_the_place():
    ambushed = one("Rebels ambushed a convoy and killed nine soldiers in the town of Gao, officials said.", "ASSAULT")
    assert ambushed.trigger == "ambushed" and _country(ambushed) == "MLI"


def test_a_name_labelling_another_occasion_does_not_place_the_event():
    broker = one("Russia tried to broker a deal outside the Geneva process on Tuesday.", "CONSULT")
    assert _country(broker) != "CHE"
    talks = one("Iran and France held talks at the Munich security conference on Saturday.", "CONSULT")
    assert _country(talks) == "DEU"


def test_a_meeting_takes_the_venue_of_the_visit_it_belongs_to():
    events = events_of("President Ramaphosa arrived in Beijing on Monday for a state visit. The talks with President Xi will focus on trade.", "CONSULT")
    talks = next(e for e in events if e.trigger == "talks")
    assert _country(talks) == "CHN"


def test_a_withdrawal_of_forces_happens_where_they_fight():
    text = ("French troops fought Islamist militants in northern Mali on Tuesday. "
            "The French defence minister said on Wednesday that France will withdraw its soldiers next year.")
    withdraw = one(text, "RETREAT")
    assert _country(withdraw) == "MLI"


def test_a_past_meeting_does_not_take_the_present_summits_venue():
    text = ("The Iranian president arrived in Moscow on Tuesday for talks with Vladimir Putin. "
            "The Iranian president held two meetings with Putin in 2017.")
    past = [e for e in events_of(text, "CONSULT") if e.status == "historical"]
    assert past and not any(_found(e) is PlaceFound.SAME_OCCASION for e in past)


def test_forces_moved_with_no_agent_named_are_the_side_moving_them():
    demobilized = one("Some 500 rebels operating in Macedonia have been demobilized since the accord, commanders said.", "RETREAT")
    assert [a.country for a in demobilized.actor] == ["MKD"]


def test_a_scene_said_deeper_in_the_events_words_places_it():
    resigned = one("Georgia's president resigned on Sunday as the opposition threatened to storm his office in Tbilisi.", "RETREAT")
    assert _country(resigned) == "GEO"


def test_a_town_inside_the_country_chosen_is_the_finer_place():
    text = "Italian police put a British student under investigation in Italy for rioting during the summit in Genoa."
    investigation = next(e for e in code_text(text, published=PUBLISHED) if e.location is not None and e.location.country_code == "ITA")
    assert investigation.location.resolved_place == "Genoa"


def test_places_of_another_subject_a_description_or_a_destination_do_not_place_the_event():
    assert one("Donald Trump has told France it must take back 100 fighters captured in Syria.", "REQUEST").location is None
    assert one("Three Canadian soldiers have been killed this year, according to the Pentagon.", "ASSAULT").location is None
    assert one("The president urged the European Union to bring 20,000 refugees to Europe.", "REQUEST").location is None
    content = one("Britain accused Russia of saying that the West had lost its standing in the Middle East.", "ACCUSE")
    assert content.location is None


def test_the_venue_in_a_relative_clause_of_the_occasion_places_its_talks():
    text = "Kazakhstan has invited Syrian rebels to a round of talks, which will bring the delegations together in the Kazakh capital of Astana next week."
    talks = next(e for e in events_of(text, "CONSULT") if e.trigger == "talks")
    assert _country(talks) == "KAZ"


def test_a_meeting_takes_the_venue_given_in_the_next_sentence():
    text = ("The Syrian opposition said it would not attend talks planned for next month. It rejected Moscow's invitation "
            "to a congress of Syrian dialogue, which will bring 30 delegations together in the Russian city of Sochi.")
    talks = next(e for e in events_of(text, "CONSULT") if "talks" in e.trigger)
    assert _country(talks) == "RUS"


def test_a_resignation_lends_no_place_to_a_war():
    text = ("The defence secretary resigned in Washington on Thursday. "
            "US jets carried out airstrikes against the militants on Friday.")
    strikes = one(text, "ASSAULT")
    assert _found(strikes) is not PlaceFound.SAME_OCCASION


def test_a_war_takes_the_theatre_where_most_of_its_fighting_is_placed():
    text = ("US troops fought Isis in eastern Syria on Monday. US jets bombed Isis positions in Syria on Tuesday. "
            "A senator compared the decision to the US withdrawal from Iraq in 2011. "
            "American officials said the US would withdraw its troops soon.")
    withdraw = [e for e in events_of(text, "RETREAT") if e.trigger == "withdraw"]
    assert withdraw and _country(withdraw[0]) == "SYR"


def test_a_finer_place_lies_inside_the_country_chosen_not_near_it():
    launched = one("Government forces launched an attack in eastern Ghouta, near Damascus, on Sunday.", "ASSAULT")
    assert launched.location is not None and launched.location.extracted_place != "Damascus"


def test_a_comment_clause_does_not_place_the_event():
    text = "Washington and Ankara released opposing accounts of the phone call, highlighting tensions over Kurdish fighters in Syria."
    call = next(e for e in code_text(text, published=PUBLISHED) if e.event == "CONSULT")
    assert _country(call) != "SYR"


def test_pulling_forces_out_of_a_country_happens_there():
    pulled = one("The US will pull its troops out of Syria.", "RETREAT")
    assert _country(pulled) == "SYR"


def test_the_town_a_protest_shuts_down_is_its_scene():
    strike = one("Opposition supporters in Kenya staged a general strike which brought Nairobi to a standstill.", "PROTEST")
    assert strike.location is not None and strike.location.resolved_place == "Nairobi"
    strike = one("Trade unions in Nigeria called a national strike that crippled Lagos on Monday.", "PROTEST")
    assert strike.location is not None and strike.location.resolved_place == "Lagos"


def test_shutting_down_a_city_is_not_censorship():
    # The strike's effect is no event of its own; people who shut a city down obstruct, police restrict.
    assert [e.event for e in code_text("Unions in Chile held a general strike that shut down Santiago.", published=PUBLISHED)] == ["PROTEST"]
    protest = one("Thai protesters shut down Bangkok on Monday.", "PROTEST")
    assert protest.mode == "obstruct" and _country(protest) == "THA"
    assert one("The Egyptian government shut down an opposition newspaper.", "COERCE").mode == "censor"


def test_a_blocked_bridge_or_crossing_is_where_the_blockade_happens():
    blocked = one("Angry Bulgarian farmers blocked the Kapitan Andreevo border crossing with tractors on Monday.", "PROTEST")
    assert blocked.location is not None and blocked.location.resolved_place == "Kapitan Andreevo"
    blocked = one("Danish fishermen blocked the Oresund Bridge for two hours in a row over quotas.", "PROTEST")
    assert blocked.location is not None and blocked.location.resolved_place == "Oresund Bridge"


def test_a_people_modifier_of_what_is_blocked_is_not_the_scene():
    blocks = one("Canada will scrap a policy that blocks US migrants from seeking asylum.", "COERCE")
    assert _country(blocks) != "USA"


def test_a_speakers_later_statements_are_made_where_the_speaker_was_speaking():
    text = ("Speaking in Brussels on Monday, the US defence secretary, Mark Esper, said Washington would keep its promises to Nato. "
            "\"The situation is complicated,\" Esper said. \"We are going to withdraw our troops from Afghanistan,\" he said.")
    events = code_text(text, published=PUBLISHED)
    conceded = next(e for e in events if e.event == "CONCEDE")
    withdrawal = next(e for e in events if e.event == "RETREAT")
    assert conceded.location is not None and conceded.location.resolved_place == "Brussels"
    assert _country(withdrawal) == "AFG"  # the withdrawal itself happens where the troops are


def test_a_speakers_place_does_not_come_from_what_was_said_or_another_time():
    said = ("\"After the shelling of Aleppo, our commander insisted on joining the unit to defend Aleppo,\" said Ahmed Hassan, a Syrian fighter. "
            "\"We will not accept a ceasefire,\" Hassan said.")
    assert all(_found(e) is not PlaceFound.SPEAKING for e in code_text(said, published=PUBLISHED))
    later = ("Esper said on Monday the US would keep its promises to Nato. \"The situation is complicated,\" Esper said. "
             "Nato ministers met in Brussels a week later. Turkey said it had attacked Kurdish forces. The talks ended without a deal. "
             "\"We are going to withdraw our troops from Afghanistan,\" Esper said.")
    conceded = next(e for e in code_text(later, published=PUBLISHED) if e.event == "CONCEDE")
    assert _country(conceded) != "BEL"


def test_a_city_labelling_an_event_is_its_scene_not_its_party():
    massacres = one("Isis fighters carried out the Bataclan massacre, the worst of the Paris attacks, in November 2015.", "ASSAULT")
    assert all(a.country != "FRA" for a in massacres.actor)
    claimed = one("Isis claimed the Manila attacks on Monday.", "ASSAULT")
    assert [a.country for a in claimed.actor] == ["IMG"] and _country(claimed) == "PHL"
    condemned = one("Turkey condemned the Manila attacks on Monday.", "ACCUSE")
    assert _country(condemned) != "PHL"
    assert not any(r.sector == "GOV" and r.country == "PHL" for r in condemned.recipient)


def test_two_cities_before_the_event_noun_are_its_sides():
    talks = one("An official familiar with the Baghdad–Washington talks said the deal was close.", "CONSULT")
    assert sorted(a.country for a in talks.actor) == ["IRQ", "USA"]


def test_protesters_no_one_names_are_the_people_of_the_protests_place() -> None:
    from event_coding import brief
    assert [(e, a) for e, _, a, _ in brief("Protests erupted across Iran on Friday.")] == [("PROTEST", ["IRN"])]
    assert [(e, a) for e, _, a, _ in brief("Thousands protested in Tehran on Friday.")] == [("PROTEST", ["IRN"])]
    # the place may be only in the protest's clause: protesters named there are its people, and are reported
    protest = [e for e in code_text("Protesters tried to block a busy Los Angeles freeway.", published=PUBLISHED) if e.event == "PROTEST"]
    assert [countries(e.actor) for e in protest] == [["USA"]]
