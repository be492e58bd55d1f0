"""Recipients the event's frame implies without naming them: the host of a visit, the source of what is sought,
where the withdrawing forces stand.

Hand-written sentences through the whole pipeline; each test names the rule it checks.
"""

from __future__ import annotations

from event_coding import PUBLISHED, brief, countries, events_of, one

from sanderling import code_text


def test_meeting_someone_in_their_own_country_is_a_visit_to_them() -> None:
    event = one("The Japanese foreign minister met Chinese officials in Beijing on Tuesday.", "CONSULT")
    assert countries(event.actor) == ["JPN"] and countries(event.recipient) == ["CHN"]


def test_whom_the_host_meets_at_home_is_the_visitor() -> None:
    event = one("The Kenyan president met the Ethiopian prime minister in Nairobi on Friday.", "CONSULT")
    assert countries(event.actor) == ["ETH"] and countries(event.recipient) == ["KEN"]


def test_a_meeting_elsewhere_or_with_someone_stays_reciprocal() -> None:
    for text in ("The Japanese foreign minister met Chinese officials in Geneva on Tuesday.",
                 "The Japanese foreign minister met with Chinese officials in Beijing on Tuesday.",
                 "The Japanese foreign minister met Chinese officials on Tuesday."):
        event = one(text, "CONSULT")
        assert countries(event.actor) == ["CHN", "JPN"] and event.recipient == [], text


def test_a_phone_call_to_someone_at_home_is_no_visit() -> None:
    event = one("The Japanese prime minister telephoned the Chinese premier in Beijing.", "CONSULT")
    assert countries(event.actor) == ["CHN", "JPN"] and event.recipient == []


def test_a_visitors_request_to_no_one_is_put_to_the_host() -> None:
    events = events_of("The Turkish president flew to Berlin on Monday, as Ankara seeks support for its economy.", "REQUEST")
    assert [(countries(e.actor), countries(e.recipient)) for e in events] == [(["TUR"], ["DEU"])]


def test_a_request_beside_someone_elses_visit_keeps_no_recipient() -> None:
    events = events_of("The Turkish president flew to Berlin on Monday, as Greece seeks support for its economy.", "REQUEST")
    assert all(e.recipient == [] for e in events)


def test_whom_a_thing_is_demanded_or_sought_from_is_the_addressee() -> None:
    assert countries(one("China demanded an apology from Japan on Monday.", "REQUEST").recipient) == ["JPN"]
    assert countries(one("Kiev sought assurances from Washington on Monday.", "REQUEST").recipient) == ["USA"]


def test_gatherers_of_unknown_country_have_no_host() -> None:
    assert not [e for e in brief("Delegates gathered in Vienna on Monday.") if e[3]]
    assert countries(one("Kenyan officials arrived in Kampala on Monday.", "CONSULT").recipient) == ["UGA"]


def test_a_withdrawal_is_from_where_the_article_has_the_forces() -> None:
    text = ("French troops have fought jihadists in Mali since 2013. "
            "On Thursday Paris said it would withdraw its soldiers by the spring.")
    found = [e for e in code_text(text, published=PUBLISHED) if e.trigger == "withdraw"]
    assert {e.event for e in found} == {"RETREAT", "CONCEDE"}
    assert all(countries(e.actor) == ["FRA"] and countries(e.recipient) == ["MLI"] for e in found)


def test_a_withdrawal_the_article_places_nowhere_keeps_no_recipient() -> None:
    assert one("Paris said on Thursday it would withdraw its soldiers by the spring.", "RETREAT").recipient == []


def test_a_named_origin_outranks_the_article() -> None:
    text = ("French troops have fought jihadists in Mali since 2013. "
            "On Thursday Paris said it would withdraw its soldiers from Niger by the spring.")
    assert countries(one(text, "RETREAT").recipient) == ["NER"]


def test_a_participle_that_names_no_one_deals_with_its_clauses_partner() -> None:
    text = "Hungary has built close ties with Russia, importing most of its gas."
    event = one(text, "COOPERATE")
    assert countries(event.actor) == ["HUN"] and countries(event.recipient) == ["RUS"]


def test_victims_of_a_result_participle_are_where_the_blow_fell() -> None:
    events = events_of("Israel struck Gaza on Monday, killing ten people.", "ASSAULT")
    assert [(e.trigger, countries(e.recipient)) for e in events] == [("struck", ["PSE"]), ("killing", ["PSE"])]
    assert countries(one("Kenyan police detained 30 activists on Friday.", "COERCE").recipient) == ["KEN"]


def test_a_quantified_country_is_no_party() -> None:
    event = one("The US has taken in the most refugees through resettlement programmes of any country.", "AID")
    assert event.recipient == [] or all(r.country != "USA" for r in event.recipient)


def test_opposing_an_invitation_opposes_the_inviter_not_the_invited() -> None:
    event = one("Greece opposed an invitation to Turkish officials to attend the EU's summit.", "REJECT")
    assert countries(event.actor) == ["GRC"] and countries(event.recipient) == ["EUR"]
    event = one("Iran accepted an invitation from Russia to attend the talks.", "AGREE")
    assert countries(event.recipient) == ["RUS"]


def test_an_invitation_of_unknown_origin_names_no_recipient() -> None:
    assert one("Greece opposed an invitation to Turkish officials to attend the summit.", "REJECT").recipient == []


def test_victims_of_an_attack_on_others_share_its_target() -> None:
    text = "Dozens of Russian contractors were killed when US aircraft bombed Syrian government forces near Deir Ezzor."
    event = next(e for e in events_of(text, "ASSAULT") if e.trigger == "killed")
    assert countries(event.actor) == ["USA"] and countries(event.recipient) == ["RUS", "SYR"]


def test_the_relative_pronoun_object_is_the_noun_it_stands_for() -> None:
    event = next(e for e in events_of("Britain will try the Isis fighters that Kurdish forces captured in Syria.", "ASSAULT") if e.trigger == "captured")
    assert countries(event.recipient) == ["IMG"]


def test_a_withdrawal_that_says_where_from_is_not_placed_by_the_article() -> None:
    text = ("French troops have fought jihadists in Mali since 2013. "
            "On Thursday the president said France would pull back from its role as the region's policeman.")
    assert all(e.recipient == [] or countries(e.recipient) != ["MLI"] for e in events_of(text, "RETREAT"))


def test_an_armed_groups_retreat_is_not_placed_by_the_article() -> None:
    text = "Isis fighters attacked a village in Iraq on Monday. On Tuesday Isis withdrew its fighters."
    assert all(e.recipient == [] for e in events_of(text, "RETREAT"))


def test_another_leaders_withdrawal_places_no_other() -> None:
    text = ("Senators said Trump's decision to withdraw troops was a mistake, and compared it to Obama's withdrawal from Iraq.")
    found = {e.trigger: countries(e.recipient) for e in events_of(text, "RETREAT")}
    assert found.get("withdrawal") == ["IRQ"] and found.get("withdraw", []) == []


def test_a_definite_event_noun_names_again_the_event_just_told() -> None:
    text = "The Kenyan president urged Uganda to reopen the border on Monday. The president's appeal came after weeks of protests."
    appeal = next(e for e in events_of(text, "REQUEST") if "appeal" in e.trigger)
    assert countries(appeal.actor) == ["KEN"] and countries(appeal.recipient) == ["UGA"]


def test_a_reciprocal_event_noun_stays_reciprocal() -> None:
    text = "Japan accused China of hacking its networks. The talks between Japan and China resumed on Monday."
    talks = one(text, "CONSULT")
    assert talks.recipient == []


def test_a_stance_on_the_move_is_aimed_at_who_acted_before() -> None:
    text = "Turkey expelled two Iranian diplomats on Monday. Iran condemned the move."
    event = next(e for e in events_of(text, "ACCUSE") if "condemn" in e.trigger)
    assert countries(event.actor) == ["IRN"] and countries(event.recipient) == ["TUR"]


def test_a_stance_on_an_act_with_its_own_owner_keeps_it() -> None:
    text = "Turkey expelled two Iranian diplomats on Monday. Iran condemned the move by Israel."
    event = next(e for e in events_of(text, "ACCUSE") if "condemn" in e.trigger)
    assert countries(event.recipient) == ["ISR"]


def test_a_quantified_plural_still_names_its_group() -> None:
    event = one("France said it would prosecute any French Isis members who return.", "ACCUSE")
    assert countries(event.recipient) == ["IMG"]


def test_a_visit_mentioned_inside_a_request_does_not_address_it() -> None:
    text = "In a speech in Cairo, pitched as the centrepiece of his regional tour, the American envoy called for unity against Iran."
    assert all(e.recipient == [] or countries(e.recipient) != ["EGY"] for e in events_of(text, "REQUEST"))


def test_a_relative_clauses_noun_is_a_party_only_if_it_names_one() -> None:
    event = one("The poison was used in the Salisbury incident, which the UK has blamed on the Kremlin.", "ACCUSE")
    assert countries(event.actor) == ["GBR"] and countries(event.recipient) == ["RUS"]


def test_talks_shunned_in_a_mediators_story_are_the_mediators() -> None:
    text = "Qatar's efforts to broker a truce in Sudan stalled after Sudanese rebels said they would not attend talks."
    found = [e for e in code_text(text, published=PUBLISHED) if e.trigger == "attend talks"]
    assert found and all(countries(e.actor) == ["SDN"] and countries(e.recipient) == ["QAT"] for e in found)


def test_talks_attended_with_no_mediator_keep_no_host() -> None:
    found = [e for e in code_text("The rebels said they would not attend talks.", published=PUBLISHED) if e.trigger == "attend talks"]
    assert all(e.recipient == [] for e in found)


def test_the_country_where_refuge_is_sought_is_asked() -> None:
    event = one("Thousands of Afghan families sought refuge in Pakistan last winter.", "REQUEST")
    assert countries(event.actor) == ["AFG"] and countries(event.recipient) == ["PAK"]


def test_disapproval_for_someone_names_them() -> None:
    event = one("Students in Lima marched to show their disapproval for the Chilean government.", "ACCUSE")
    assert countries(event.recipient) == ["CHL"]


def test_whom_a_complaint_is_about_outranks_whom_it_is_made_to() -> None:
    event = one("Cyprus complained to the European Union over Turkish drilling in its waters.", "ACCUSE")
    assert countries(event.actor) == ["CYP"] and countries(event.recipient) == ["TUR"]
    event = one("Japan complained to China about the detention of its citizens.", "ACCUSE")
    assert countries(event.recipient) == ["CHN"]
