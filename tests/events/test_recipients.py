"""Recipients the text gives only as people, or leaves implicit: the conventions that give them a country.

Hand-written sentences through the whole pipeline; each test names the rule it checks.
"""

from __future__ import annotations

from event_coding import PUBLISHED, brief, countries, events_of, one
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sanderling import code_text
from sanderling.events.arguments import complement_subjects


def test_countryless_victims_take_the_country_of_the_event_place() -> None:
    event = one("Gunmen killed 12 villagers at a market in Kano on Friday.", "ASSAULT")
    assert countries(event.recipient) == ["NGA"]


def test_countryless_recipients_without_a_place_are_the_actors_own() -> None:
    assert countries(one("Kenyan police detained 30 activists on Friday.", "COERCE").recipient) == ["KEN"]


def test_a_place_abroad_outranks_the_actors_country() -> None:
    assert countries(one("Kenyan police detained 30 activists in Uganda on Friday.", "COERCE").recipient) == ["UGA"]


def test_a_recipient_with_a_country_keeps_countryless_ones_as_they_are() -> None:
    event = one("Israeli troops wounded two Palestinian teenagers and a journalist on Friday.", "ASSAULT")
    assert [a.country for a in event.recipient] == ["PSE", None]


def test_protest_with_no_target_is_aimed_at_the_state_of_its_place() -> None:
    event = one("Thousands of workers marched in Santiago on Monday.", "PROTEST")
    assert countries(event.actor) == ["CHL"] and countries(event.recipient) == ["CHL"]


def test_protest_with_no_place_is_aimed_at_the_protesters_own_state() -> None:
    assert countries(one("Chilean students demonstrated on Monday.", "PROTEST").recipient) == ["CHL"]


def test_curfew_with_no_target_is_imposed_on_the_place() -> None:
    event = one("Indian authorities imposed a curfew in Srinagar on Sunday.", "COERCE")
    assert countries(event.actor) == ["IND"] and countries(event.recipient) == ["IND"]


def test_a_demand_with_no_addressee_is_left_without_recipient() -> None:
    assert one("Chinese officials demanded compensation on Monday.", "REQUEST").recipient == []


def test_an_ultimatum_threatens_whoever_must_meet_its_condition() -> None:
    event = one("Turkey threatened to close its border crossings unless Greece returned the migrants.", "THREATEN")
    assert countries(event.actor) == ["TUR"] and countries(event.recipient) == ["GRC"]
    event = one("China threatened to suspend the talks if Japan goes ahead with the visit.", "THREATEN")
    assert countries(event.recipient) == ["JPN"]


def test_a_verb_and_object_trigger_reads_prepositions_on_its_object() -> None:
    assert countries(one("Egypt shared evidence with Italy about the murder.", "COOPERATE").recipient) == ["ITA"]
    assert countries(one("The Colombian government accepted demands from Venezuela on Monday.", "CONCEDE").recipient) == ["VEN"]


def test_a_protest_is_aimed_at_whom_its_own_words_defy_or_accuse() -> None:
    event = one("Students rallied in Manila in defiance of the Chinese government.", "PROTEST")
    assert countries(event.actor) == ["PHL"] and countries(event.recipient) == ["CHN"]
    assert countries(one("Students rallied in Manila on Friday.", "PROTEST").recipient) == ["PHL"]


def test_an_object_it_of_an_accusation_is_the_country_named_before_not_the_accuser() -> None:
    event = one("Iran hosted Iraqi officials on Monday, and Saudi Arabia accused it of meddling.", "ACCUSE")
    assert countries(event.actor) == ["SAU"] and countries(event.recipient) == ["IRN"]


def test_a_denied_thing_it_is_not_an_actor() -> None:
    assert one("The police found a bomb and France denied it.", "REJECT").recipient == []


def test_a_denial_answers_the_accuser_of_the_previous_sentence() -> None:
    events = code_text("Ukraine accused Russia of shelling a hospital on Monday. The Kremlin denied the allegations.", published=PUBLISHED)
    denial = next(e for e in events if e.event == "REJECT")
    assert countries(denial.actor) == ["RUS"] and countries(denial.recipient) == ["UKR"]


def test_a_rejection_by_someone_not_accused_keeps_no_recipient() -> None:
    events = code_text("Ukraine accused Russia of shelling a hospital on Monday. Meanwhile Poland rejected the proposal.", published=PUBLISHED)
    assert next(e for e in events if e.event == "REJECT").recipient == []


def test_whoever_is_under_attack_or_threat_is_the_recipient() -> None:
    event = one("Syrian villages came under attack from Turkish jets on Sunday.", "ASSAULT")
    assert countries(event.actor) == ["TUR"] and countries(event.recipient) == ["SYR"]
    event = one("A Kenyan journalist was placed under investigation in Uganda.", "ACCUSE")
    assert event.actor == [] and countries(event.recipient) == ["KEN"]


def test_whoever_comes_to_someones_aid_helps_them() -> None:
    # The owner of the noun is helped; the one who comes helps.
    event = one("Britain is coming to Baghdad's aid on both sides of the border.", "AID")
    assert countries(event.actor) == ["GBR"] and countries(event.recipient) == ["IRQ"]
    event = one("Assad relies on Iran, which came to his rescue in 2015.", "AID")
    assert countries(event.actor) == ["IRN"] and countries(event.recipient) == ["SYR"]
    # Not a verb of coming: the owner gives the aid.
    event = one("Russia's aid to Syria grew last year.", "AID")
    assert countries(event.actor) == ["RUS"] and countries(event.recipient) == ["SYR"]


def test_an_instrument_without_country_yields_to_the_governing_subject() -> None:
    event = one("Israeli forces responded with strikes from drones against the gunmen.", "ASSAULT")
    assert countries(event.actor) == ["ISR"]


def test_fighting_against_someone_is_directed_and_with_someone_is_an_alliance() -> None:
    event = one("A British soldier fighting against Islamic State has died.", "ASSAULT")
    assert countries(event.actor) == ["GBR"] and countries(event.recipient) == ["IMG"]
    event = one("French troops fought with Malian soldiers against jihadists near Gao.", "ASSAULT")
    assert countries(event.actor) == ["FRA", "MLI"]


def test_fighting_between_sides_stays_reciprocal() -> None:
    event = one("Armenian forces clashed with Azerbaijani troops on Tuesday.", "ASSAULT")
    assert countries(event.actor) == ["ARM", "AZE"] and event.recipient == []


def test_a_withdrawal_or_mobilisation_of_own_forces_has_no_own_country_recipient() -> None:
    assert one("The Pentagon began the withdrawal of US soldiers on Monday.", "RETREAT").recipient == []
    assert [a.country for a in one("Britain mobilised army reservists on Tuesday.", "MOBILIZE").recipient] in ([], [None])


def test_a_demand_is_addressed_to_the_subject_of_its_that_clause_only() -> None:
    event = one("Germany demanded that Russia end its attacks on Ukraine.", "REQUEST")
    assert countries(event.actor) == ["DEU"] and countries(event.recipient) == ["RUS"]


def test_a_misparsed_where_clause_is_not_the_content_of_a_threat() -> None:
    # The parser sometimes hangs "where, it said, 100 people were killed" on the verb as its complement.
    words = ["Iran", "threatened", "the", "city", "where", "people", "were", "killed", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "advmod", "nsubjpass", "auxpass", "ccomp", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "WRB", "NNS", "VBD", "VBN", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    assert complement_subjects(doc[1]) == []
    doc = Doc(Vocab(), words=["Iran", "demanded", "that", "Iraq", "withdraw"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp"], tags=["NNP", "VBD", "IN", "NNP", "VB"])
    assert [t.text for t in complement_subjects(doc[1])] == ["Iraq"]


def test_into_names_the_target_of_a_verb() -> None:
    event = one("Chinese hackers tried to hack into the computers of Indian officials.", "COERCE")
    assert countries(event.actor) == ["CHN"] and countries(event.recipient) == ["IND"]


def test_a_demand_noun_is_addressed_to_the_subject_of_its_that_clause() -> None:
    event = one("The European Union repeated its demand that Serbia recognise Kosovo.", "REQUEST")
    assert countries(event.actor) == ["EUR"] and countries(event.recipient) == ["SRB"]


def test_a_noun_joined_to_an_event_lends_it_no_party() -> None:
    sanctions = [e for e in code_text("Erdogan has long criticised Trump's sanctions on Iran and subservience towards Israel.", published=PUBLISHED)
                 if e.event == "SANCTION"]
    assert sanctions and all(countries(e.recipient) == ["IRN"] for e in sanctions)
    meetings = [e for e in code_text("Kim has held four meetings with Xi, three with Moon and two with Trump.", published=PUBLISHED) if e.event == "CONSULT"]
    assert len(meetings) == 3


def test_a_participle_with_an_agent_after_its_clause_is_a_passive() -> None:
    """ "Kurdish militias hold sway, supported by US troops": the troops help the militias, not the reverse."""
    event = one("Kurdish militias in Syria still hold sway in the north-east, supported by about 2,000 US troops.", "AID")
    assert countries(event.actor) == ["USA"] and countries(event.recipient) == ["SYR"]
    fronted = one("Backed by Russian air power, Syrian troops retook the town of Deraa.", "SUPPORT")
    assert countries(fronted.actor) == ["RUS"] and countries(fronted.recipient) == ["SYR"]


def test_the_agent_of_a_passive_hung_on_its_time_is_still_its_agent() -> None:
    """ "captured at the start of this year by the SDF": the parse hangs "by" on the time; the SDF captured him."""
    event = one("Alexanda Kotey, who was captured at the start of this year by the Syrian Democratic Forces, is British.", "ASSAULT")
    assert countries(event.actor) == ["SYR"]
    # a "by" that dates ("by the end of the year") names no one
    assert all(not e.actor for e in events_of("The fighters were captured at the start of the year by the end of the month.", "ASSAULT"))


def test_two_leaders_joined_by_and_are_both_parties_however_the_parse_hangs_them() -> None:
    """ "Donald Trump and Theresa May" may be parsed as one name modifying the other."""
    event = one("Donald Trump and Theresa May met in London on Thursday.", "CONSULT")
    assert countries(event.actor) == ["GBR", "USA"]
    assert [a.name for a in event.actor] == ["Donald Trump", "Theresa May"]


def test_an_arrest_told_with_no_one_who_made_it_was_made_by_the_state_where_it_happened() -> None:
    """trigger_roles.tsv `authority`: only a state's authorities arrest, convict or deport."""
    assert countries(one("Thirty people were detained in Tehran on Friday.", "COERCE").actor) == ["IRN"]
    assert countries(one("Police arrested 30 people in Istanbul on Friday.", "COERCE").actor) == ["TUR"]
    # a named doer keeps the act: "by Kurdish forces"
    assert countries(one("Two men were arrested by Kurdish forces in northern Syria.", "COERCE").actor) == ["SYR"]
    assert countries(one("Kenyan police detained 30 activists in Uganda on Friday.", "COERCE").actor) == ["KEN"]


def test_a_countrys_adjective_on_a_place_noun_says_which_state_made_the_arrest() -> None:
    """places/data/demonym_place_nouns.txt: "on a Turkish beach" is in Turkey, so Turkey's authorities acted."""
    beach = one("Joe Robinson, a former British soldier, was arrested on a Turkish beach last year.", "COERCE")
    assert countries(beach.actor) == ["TUR"] and countries(beach.recipient) == ["GBR"]
    prison = one("A British aid worker was detained in an Iranian prison for two years.", "COERCE")
    assert countries(prison.actor) == ["IRN"]
    # a court is a body, not a place, and a hyphenated pair names no one country
    assert countries(one("A British man was convicted by a Turkish court on Friday.", "SANCTION").actor) == ["TUR"]
    assert countries(one("A British man was arrested at a joint Turkish-Russian checkpoint.", "COERCE").actor) == []


def test_a_later_act_of_authority_on_the_same_person_is_by_the_state_that_acted_before() -> None:
    """discourse.custodians_from_earlier: "He was convicted in September" after his arrest in Turkey is Turkey's;
    a group's members ("suspected Isis fighters") may be held by anyone, and take no custodian."""
    text = ("Joe Robinson, a former British soldier, was arrested on a Turkish beach last year. "
            "Robinson was convicted in September and sentenced to seven years in prison.")
    convicted = next(e for e in events_of(text, "SANCTION") if e.trigger == "convicted")
    assert countries(convicted.actor) == ["TUR"] and countries(convicted.recipient) == ["GBR"]
    fighters = ("Two Isis fighters were detained by Kurdish forces in Syria on Monday. "
                "Canada has struggled to find evidence to prosecute suspected Isis fighters.")
    assert not [e for e in code_text(fighters, published=PUBLISHED) if e.trigger == "prosecute" and "SYR" in countries(e.actor)]


def test_a_sentence_to_years_in_prison_is_a_passive_not_a_state() -> None:
    """ "sentenced to ten years" is done to its subject, unlike "opposed to" (arguments.verb_frame)."""
    event = one("The journalist was sentenced to ten years in prison in Cairo.", "SANCTION")
    assert countries(event.actor) == ["EGY"] and [a.text for a in event.recipient] == ["The journalist"]


def test_the_object_of_fight_is_the_other_side() -> None:
    """ "fought Isis" is "fought against Isis", not a fight Isis joins on the Kurds' side."""
    event = one("Kurdish forces in Syria fought Islamic State in Raqqa last year.", "ASSAULT")
    assert countries(event.actor) == ["SYR"] and countries(event.recipient) == ["IMG"]
    # a fight's object that is no party ("a last stand", "an insurgency") leaves the fight as it was
    stand = one("Isis is fighting yet another last stand near Deir ez-Zor in Syria.", "ASSAULT")
    assert "IMG" in countries(stand.actor) and stand.recipient == []


def test_an_authoritys_act_told_by_a_participle_or_a_relative_clause_is_done_to_its_noun() -> None:
    """ "a British soldier jailed in Turkey", "the soldier, who was jailed in Turkey": the soldier was jailed
    (arguments.verb_frame), not Turkey; "forces backed by Washington" only describes them and stays uncoded."""
    reduced = one("A British soldier jailed in Turkey has returned home.", "COERCE")
    assert countries(reduced.actor) == ["TUR"] and countries(reduced.recipient) == ["GBR"]
    relative = one("The British soldier, who was jailed in Turkey, has returned home.", "COERCE")
    assert countries(relative.actor) == ["TUR"] and countries(relative.recipient) == ["GBR"]
    detained = one("Two Iranian sailors detained by Britain were released on Monday.", "COERCE")
    assert countries(detained.actor) == ["GBR"] and countries(detained.recipient) == ["IRN"]
    assert not [e for e in code_text("Kurdish forces backed by Washington hold the north.", published=PUBLISHED) if e.event == "SUPPORT"]


def test_a_victim_killed_while_fighting_did_the_fighting_not_the_killing() -> None:
    """neighbours.share_perpetrators: "killed while fighting against Isis" has no known killer; "killed when
    US forces carried out air strikes" was killed by the forces."""
    killing = [e for e in events_of("A British soldier who was killed by a roadside bomb while fighting against Islamic State in Syria has been named.", "ASSAULT")
               if e.trigger == "killed"]
    assert killing and killing[0].actor == [] and countries(killing[0].recipient) == ["GBR"]
    struck = [e for e in events_of("Russians were killed when US forces carried out air strikes.", "ASSAULT") if e.trigger == "killed"]
    assert struck and countries(struck[0].actor) == ["USA"]


def test_the_fallen_were_killed_by_those_they_fought() -> None:
    """trigger_events._fell_fighting: "killed fighting Isis" was killed by Isis, whatever the parse makes of the words;
    fighting alongside someone names an ally, who killed no one."""
    for text in ("Other Britons killed fighting Isis in the past year include Mehmet Aksoy.",
                 "Scurfield and Evans are among four British men killed fighting Isis since 2014.",
                 "A Briton died fighting against Islamic State in Syria last year.",
                 "A Canadian volunteer who died while fighting against Islamic State was buried on Monday."):
        fallen = [e for e in events_of(text, "ASSAULT") if e.trigger in ("killed", "died")]
        assert fallen and countries(fallen[0].actor) == ["IMG"], text
        assert {r.country for r in fallen[0].recipient} & {"GBR", "CAN"} and "IMG" not in {r.country for r in fallen[0].recipient}, text
    ally = [e for e in events_of("She was one of eight British nationals killed fighting alongside the Kurdish People's Protection Units (YPG).", "ASSAULT")
            if e.trigger == "killed"]
    assert ally and ally[0].actor == [] and countries(ally[0].recipient) == ["GBR"]


def test_who_attends_or_faces_a_court_proceeding_is_the_accused() -> None:
    """trigger_events._proceeding_frame: the accused is the recipient of a trial or hearing; the state where it is held
    holds it (trigger_roles.tsv authority); a court that opens one holds it."""
    arrived = [e for e in events_of("The Turkish journalist was cheered by a crowd as he arrived for a preliminary hearing.", "ACCUSE")
               if e.trigger == "hearing"]
    assert arrived and arrived[0].actor == [] and countries(arrived[0].recipient) == ["TUR"]
    stand = [e for e in events_of("Two British men may stand trial in America on terrorism charges.", "ACCUSE") if "trial" in e.trigger]
    assert stand and countries(stand[0].actor) == ["USA"] and countries(stand[0].recipient) == ["GBR"]
    opened = one("A Turkish court opened the trial of the German journalist on Monday.", "ACCUSE")
    assert countries(opened.actor) == ["TUR"] and countries(opened.recipient) == ["DEU"]


def test_a_charge_with_no_one_bringing_it_is_brought_by_the_court_just_told_of() -> None:
    """discourse.courts_nearby: the court or police of the accused's own state, named in the sentence or just before."""
    text = "The British soldier arrived at Westminster magistrates court on Wednesday. He has been charged with one count of terrorism."
    charged = [e for e in code_text(text, published=PUBLISHED) if e.trigger == "charged"]
    assert charged and countries(charged[0].actor) == ["GBR"] and countries(charged[0].recipient) == ["GBR"]
    # a court of another state is no prosecutor of this one's citizens
    text = "A Turkish court heard the case on Monday. The British soldier has been charged with terrorism."
    charged = [e for e in code_text(text, published=PUBLISHED, keep_unattributed=True) if e.trigger == "charged"]
    assert charged and "TUR" not in {a.country for a in charged[0].actor}


def test_where_people_are_sent_is_no_party_to_the_sending() -> None:
    """trigger_roles.tsv sending: "expelled to Iran" says where they went; "opposed to" is still a state."""
    expelled = one("In 1964 the Syrian fighters were expelled to Iran.", "SANCTION")
    assert countries(expelled.recipient) == ["SYR"]
    opposed = one("Israel is opposed to French mediation.", "REJECT")
    assert countries(opposed.actor) == ["ISR"] and countries(opposed.recipient) == ["FRA"]


def test_those_who_flee_undergo_the_flight_and_its_cause_is_the_actor() -> None:
    """PLOVER codes flight as SANCTION expel with the causative agent as actor (trigger_roles.tsv `inverse`)."""
    fled = one("Thousands of Syrians fled the fighting in Afrin on Monday.", "SANCTION")
    assert fled.actor == [] and countries(fled.recipient) == ["SYR"]
    caused = one("Thousands of Yazidis were fleeing from Islamic State in Sinjar.", "SANCTION")
    assert countries(caused.actor) == ["IMG"]
    # where they went says nothing of who they are
    assert not [e for e in code_text("The family fled to Lebanon in 2015.", published=PUBLISHED) if e.event == "SANCTION"]
    # nor does the place they left say who drove them out
    left = one("Two Syrian doctors fled from their home in Hama after repeated attacks.", "SANCTION")
    assert left.actor == [] and countries(left.recipient) == ["SYR"]


def test_whose_attack_killed_the_victims_is_the_killing_actor() -> None:
    """trigger_events._frame: the attack noun under a verb of dying or being killed is the same event, and says who."""
    gaza = one("Three children were killed in an Israeli airstrike on Gaza on Monday.", "ASSAULT")
    assert countries(gaza.actor) == ["ISR"] and "PSE" in {r.country for r in gaza.recipient}
    died = one("Russians died in an American airstrike near Deir Ezzor.", "ASSAULT")
    assert countries(died.actor) == ["USA"] and countries(died.recipient) == ["RUS"]
    # in a reciprocal fight, the other side killed them
    clashes = one("Dozens of Russian nationals were killed last week in clashes with US forces.", "ASSAULT")
    assert countries(clashes.actor) == ["USA"] and countries(clashes.recipient) == ["RUS"]
    # a weapon's noun names no one, and the victims of a named attacker are not taken to be its own people
    assert one("Her husband was killed in a drone strike.", "ASSAULT").actor == []
    victim = one("Ms Jones died in a US drone strike in Raqqa.", "ASSAULT")
    assert countries(victim.actor) == ["USA"] and "USA" not in {r.country for r in victim.recipient}


def test_the_attack_that_killed_is_one_event_and_whose_attack_it_was_killed() -> None:
    """trigger_events._frame and retold.drop_subjects_of_their_verb: "An Israeli airstrike killed three Palestinians"."""
    strike = events_of("An Israeli airstrike killed three Palestinians in Gaza.", "ASSAULT")
    assert len(strike) == 1 and countries(strike[0].actor) == ["ISR"] and countries(strike[0].recipient) == ["PSE"]
    bombing = events_of("A suicide bombing claimed by the Islamic State has killed four Americans in north-eastern Syria.", "ASSAULT")
    assert len(bombing) == 1 and countries(bombing[0].actor) == ["IMG"] and countries(bombing[0].recipient) == ["USA"]
    # the noun's own time dates the killing
    arena = events_of("The Manchester Arena attack in May 2017 killed 22 people.", "ASSAULT")
    assert [(e.date, e.status) for e in arena] == [("2017-05", "historical")]


def test_the_attack_a_relative_clause_says_killed_is_that_killing() -> None:
    """ "the chemical attack in Damascus, which killed at least 50 people": one event, dated by the attack's own time
    (the parse may hang the clause on the place)."""
    text = "France said the Syrian regime was responsible for Saturday's chemical attack in Douma, which killed at least 50 people."
    attack = events_of(text, "ASSAULT")
    assert len(attack) == 1 and attack[0].trigger == "killed" and attack[0].date == "2019-04-20"
    assert len(events_of("The bombing, which killed 12 people in Kabul, was claimed by the Taliban.", "ASSAULT")) == 1


def test_attacks_a_party_is_responsible_for_are_its_own() -> None:
    assert countries(one("Isis fighters were responsible for the attacks in Paris.", "ASSAULT").actor) == ["IMG"]
    assert not brief("The ministry is responsible for the protection of civilians.")


def test_the_dead_and_the_wounded_of_one_blow_are_one_toll() -> None:
    toll = events_of("An Israeli airstrike killed three Palestinians and wounded 12 in Gaza on Tuesday.", "ASSAULT")
    assert len(toll) == 1 and toll[0].trigger == "killed"
    either = events_of("RAF airstrikes have killed or wounded 4,315 Isis fighters in Syria since 2014, the Ministry of Defence said.", "ASSAULT")
    assert len(either) == 1 and countries(either[0].actor) == ["GBR"]
    # different victims by different sides stay apart, and so do acts that are no toll
    assert len(events_of("Syrian troops killed three Turkish soldiers and Turkish troops wounded two Syrians.", "ASSAULT")) == 2
    assert len(events_of("Syrian troops shelled Idlib and killed three civilians.", "ASSAULT")) == 2


def test_the_attacker_named_again_is_the_one_just_told_of() -> None:
    """discourse.perpetrators_from_earlier: "the bomber" after the bombing Isis claimed."""
    text = ("A suicide bombing claimed by the Islamic State has killed four Americans in north-eastern Syria. "
            "The bomber struck on Tuesday inside a restaurant in the town of Manbij.")
    struck = next(e for e in events_of(text, "ASSAULT") if e.trigger == "struck")
    assert countries(struck.actor) == ["IMG"]
    # a first mention of unknown gunmen stays unknown
    assert countries(one("Gunmen attacked a checkpoint in Sinai.", "ASSAULT").actor) == [None]



def test_the_attack_named_again_killed_by_the_hand_of_the_one_just_told_of() -> None:
    """ "The attack has killed scores": the definite attack noun is the Turkish assault told before."""
    text = ("A Turkish military assault on the city of Afrin continued for a fifth day on Wednesday. "
            "The attack has killed scores of civilians.")
    killed = next(e for e in events_of(text, "ASSAULT") if e.trigger == "killed")
    assert countries(killed.actor) == ["TUR"]
    # with no attack told before it names no one, and names no event
    assert not [e for e in code_text("The attack has killed scores of civilians.", published=PUBLISHED) if e.event == "ASSAULT"]


def test_a_kind_named_by_its_examples_is_those_examples() -> None:
    """arguments._examples: "countries like Jordan, Lebanon and Turkey", "states such as Iran and Syria"."""
    aid = one("Russia has sold weapons to states such as Iran and Syria.", "AID")
    assert countries(aid.recipient) == ["IRN", "SYR"]
    support = one("Ministers gathered in Brussels to support countries like Jordan, Lebanon and Turkey.", "SUPPORT")
    assert countries(support.recipient) == ["JOR", "LBN", "TUR"]


def test_the_object_of_forcing_or_persuading_does_what_it_was_brought_to_do() -> None:
    """arguments.clause_subject with trigger_roles.tsv `object_control`."""
    assert countries(one("Russia forced Turkey to withdraw its troops.", "RETREAT").actor) == ["TUR"]
    persuaded = events_of("Merkel persuaded Erdogan to reopen the border.", "REQUEST")[0]
    assert (countries(persuaded.actor), countries(persuaded.recipient)) == (["DEU"], ["TUR"])
    assert countries(one("Merkel persuaded Erdogan to reopen the border.", "RETREAT").actor) == ["TUR"]
    # what a government orders a newspaper to do it imposes
    text = "Nicaragua's Sandinista government today ordered the opposition newspaper La Prensa to suspend publication indefinitely."
    assert countries(one(text, "COERCE").actor) == ["NIC"]
    # an event that persuaded someone asked nothing
    persuaded = code_text("A chemical attack persuaded Trump to launch missile strikes.", published=PUBLISHED)
    assert not [e for e in persuaded if e.event == "REQUEST"]


def test_a_subject_the_parse_reads_into_an_opening_time_acts() -> None:
    """arguments._subject_read_as_time: "In September Turkey persuaded Russia"."""
    persuaded = events_of("In September Turkey persuaded Russia to hold off.", "REQUEST")[0]
    assert countries(persuaded.actor) == ["TUR"]


def test_who_holds_or_carries_out_an_event_named_by_a_noun_acts() -> None:
    """arguments.noun_frame: "talks sponsored by the United Nations", "a deal brokered by Russia and Turkey"."""
    talks = one("Talks, sponsored by the United Nations, are expected in Geneva this week.", "CONSULT")
    assert countries(talks.actor) == ["UNO"]
    deal = one("Eastern Ghouta is one of the zones created under a deal brokered by Russia and Turkey.", "AGREE")
    assert countries(deal.actor) == ["RUS", "TUR"]
    # a participle that only describes the noun names no doer: "talks welcomed by the UN" are not the UN's
    welcomed = code_text("Talks between Syria and Turkey, welcomed by the United Nations, opened in Geneva.", published=PUBLISHED)
    assert [e for e in welcomed if e.event == "CONSULT"] and all("UNO" not in countries(e.actor) for e in welcomed if e.event == "CONSULT")


def test_whose_allies_they_are_is_no_party_of_their_acts() -> None:
    """arguments.MentionIndex relational: "its allies" are not Turkey."""
    text = "Turkey and its allies fighting Isis have clashed with the Kurds."
    fighting = [e for e in code_text(text, published=PUBLISHED) if e.trigger == "fighting"]
    assert fighting and all("TUR" not in countries(e.actor) for e in fighting)


def test_who_draws_receives_or_faces_criticism_or_aid_undergoes_it_and_its_from_phrase_gives_it() -> None:
    assert [(e, a, r) for e, _, a, r in brief("Italy received medical aid from China.")] == [("AID", ["CHN"], ["ITA"])]
    assert ("ACCUSE", ["FRA"], ["TUR"]) in [(e, a, r) for e, _, a, r in brief("The Turkish offensive drew condemnation from France.")]
    # ("growing" is a participle the parse may make the verb): whoever faces criticism is its target, not its author
    assert [(e, a, r) for e, _, a, r in brief("Myanmar faces growing international criticism over its treatment of the Rohingya.")] == [("ACCUSE", [], ["MMR"])]


def test_who_is_thanked_praised_or_punished_for_doing_something_did_it() -> None:
    assert ("RETREAT", ["TUR"]) in [(e, a) for e, _, a, _ in brief("Russia praised Turkey for withdrawing its troops from Syria.")]
    assert ("MOBILIZE", ["IRN"]) in [(e, a) for e, _, a, _ in brief("The US sanctioned Iran for testing ballistic missiles.")]


def test_with_the_backing_of_x_x_gives_the_backing_and_at_the_hands_of_x_x_does_it() -> None:
    assert ("SUPPORT", "backing", ["RUS"], ["SYR"]) in brief("Syrian troops retook the town with the backing of Russian jets.")
    assert ("SUPPORT", "support", ["TUR"], ["SYR"]) in brief("The Syrian rebels, with the support of Turkey, captured Afrin.")
    persecution = one("Christians in Iran face persecution at the hands of the Iranian government.", "COERCE")
    assert countries(persecution.actor) == ["IRN"]


def test_whose_plan_or_idea_is_put_forward_does_what_it_plans() -> None:
    assert ("AID", "fund", ["SAU"], ["IRQ"]) in brief("Saudi Arabia announced a plan to fund Iraqi reconstruction.")
    assert ("MOBILIZE", "send troops", ["TUR"], ["QAT"]) in brief("Turkey unveiled a proposal to send troops to Qatar.")
    restoring = one("Emirati officials floated the idea of restoring ties with Assad.", "SUPPORT")
    assert countries(restoring.actor) == ["ARE"] and restoring.status == "hypothetical"
    # a plan rejected is not the rejecter's
    assert [e for e in brief("Russia rejected the plan to withdraw troops from Syria.") if e[0] == "RETREAT" and e[2] == ["RUS"]] == []


def test_people_backed_or_armed_by_a_state_are_not_taken_for_its_own() -> None:
    assert [(e, a, r) for e, _, a, r in brief("Turkey armed the rebels.")] == [("AID", ["TUR"], [])]
    # an authority's own people still are ("Nigerian police jailed 52 activists")
    assert [(e, a, r) for e, _, a, r in brief("Nigerian police jailed 52 activists.")] == [("COERCE", ["NGA"], ["NGA"])]


def test_the_parties_an_act_is_between_are_its_actors_when_no_one_else_does_it() -> None:
    deal = one("The town was handed over as part of a deal between Trump and Erdogan.", "AGREE")
    assert (countries(deal.actor), deal.recipient) == (["TUR", "USA"], [])
    assert ("AGREE", "agreement", ["CAN", "IRQ"], []) in brief("Canada repatriated its citizens under an agreement between Ottawa and Baghdad.")
    # a go-between named outside the phrase stays the doer of its mediation
    assert [e[2] for e in brief("Qatar brokered a deal between Israel and Hamas.")] == [["QAT"]]


def test_whose_act_a_demand_asks_for_is_its_recipient() -> None:
    assert ("REQUEST", "called for", ["SYR"], ["USA"]) in brief("The Kurdish-led SDF called for US support.")
    assert [e[3] for e in brief("France called for a UN-led investigation of the attack.") if e[0] == "REQUEST"] == [["UNO"]]
    # the one an appeal is for, or a plain word on the act, is no one asked
    assert [e[3] for e in brief("His British family issued an appeal for his release.") if e[0] == "REQUEST"] == [[]]
    assert [e[3] for e in brief("The Turkish PKK renounced demands for a separate state.") if e[0] == "REQUEST"] == [[]]
