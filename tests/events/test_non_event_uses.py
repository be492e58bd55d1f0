"""Trigger words used in a sense, or in a clause, that reports no event (data/other_senses.tsv).

Whole pipeline on hand-written sentences; each rule is checked against the event reading it must keep.
"""

from __future__ import annotations

from event_coding import PUBLISHED, brief

from sanderling import code_text


def _types(text: str) -> list[str]:
    return [event for event, *_ in brief(text)]


def test_a_panic_attack_is_an_illness() -> None:
    assert "ASSAULT" not in _types("The Yemeni minister has suffered panic attacks since the bombing of his home.")
    assert "ASSAULT" in _types("Saudi jets carried out attacks on Hodeidah on Monday.")


def test_summoning_courage_summons_no_one() -> None:
    assert "ACCUSE" not in _types("The Iraqi envoy finally summoned the courage to call his family in Mosul.")
    assert "ACCUSE" in _types("Berlin summoned the Turkish ambassador over the arrests.")


def test_a_source_who_refused_to_be_named_rejects_nothing() -> None:
    assert "REJECT" not in _types("A Lebanese official, who refused to be named, said the convoy had turned back.")
    assert "REJECT" not in _types("A French diplomat, who declined to be identified, said talks would resume.")
    assert "REJECT" in _types("Hungary refused to accept the migrants.")


def test_a_credit_line_is_no_aid() -> None:
    assert "AID" not in _types("Turkish troops entered Afrin on Sunday.\nReuters contributed to this report")
    assert "AID" in _types("Norway contributed $20m to the UN refugee agency.")


def test_recalling_is_remembering_unless_an_envoy_is_called_home() -> None:
    assert "SANCTION" not in _types("“The shelling never stopped,” a Syrian doctor recalls.")
    assert "SANCTION" not in _types("The Iraqi general recalled the day Mosul fell.")
    assert "SANCTION" in _types("The Netherlands recalled its ambassador to Iran.")


def test_relief_felt_is_no_aid() -> None:
    assert "AID" not in _types("The Afghan minister expressed relief that the hostages were safe.")
    assert "AID" not in _types("To the relief of Kenyan officials, the Somali delegation stayed.")
    assert "AID" in _types("The UN delivered relief to Yemen on Tuesday.")


def test_to_the_dismay_of_is_a_feeling_not_a_statement() -> None:
    assert "ACCUSE" not in _types("To the dismay of Brussels, the Polish government pressed ahead.")
    assert "ACCUSE" in _types("Germany expressed dismay at the Russian decision.")


def test_a_conviction_shared_is_a_belief() -> None:
    assert "SANCTION" not in _types("The German chancellor shares those convictions about Russia.")


def test_endangering_integrity_or_stability_is_no_threat() -> None:
    assert "THREATEN" not in _types("Ankara is fighting militias that threaten the territorial integrity of Turkey.")
    assert "THREATEN" in _types("Iran threatened Israel with retaliation.")


def test_what_someone_considers_a_threat_is_a_danger() -> None:
    assert "THREATEN" not in _types("Washington plans a Kurdish border force, a prospect that Turkey considers a grave threat.")
    assert "THREATEN" in _types("Russia issued a threat against Ukraine on Monday.")


def test_how_high_support_runs_is_opinion() -> None:
    assert "SUPPORT" not in _types("In the south, support for the Taliban is high.")
    assert "SUPPORT" not in _types("Popular support for the Kenyan opposition has grown.")
    assert "SUPPORT" in _types("France offered its support for the Iraqi government.")


def test_meeting_a_response_or_a_deadline_is_no_meeting() -> None:
    assert "CONSULT" not in _types("The Saudi proposal has met a mixed response in Europe.")
    assert "CONSULT" not in _types("The Italian plan was met with silence in Brussels.")
    assert "CONSULT" not in _types("Turkey failed to meet its commitment to the Kurds.")
    assert "CONSULT" in _types("Macron met Putin in Paris on Monday.")


def test_speaking_with_an_accent_is_no_meeting() -> None:
    assert "CONSULT" not in _types("Speaking with a Scottish accent, the British fighter told the Kurdish guards his name.")
    assert "CONSULT" in _types("The Iraqi president spoke with Erdogan on Tuesday.")


def test_stepping_into_a_debate_is_no_intervention() -> None:
    assert "ASSAULT" not in _types("The Dutch prime minister intervened in the debate over returning fighters.")
    assert "ASSAULT" in _types("Russia intervened in the Syrian war in 2015.")


def test_figurative_objects_of_destroying_testing_and_killing() -> None:
    assert "ASSAULT" not in _types("The row could destroy Russia's understanding with Turkey.")
    assert "MOBILIZE" not in _types("The dispute has tested relations between Washington and Ankara.")
    assert "ASSAULT" not in _types("The purge killed off any challenge to Erdogan.")
    assert "ASSAULT" in _types("Russian jets destroyed a hospital in Idlib.")
    assert "MOBILIZE" in _types("North Korea tested a missile on Sunday.")


def test_set_phrases_after_a_preposition() -> None:
    assert "COOPERATE" not in _types("Washington sold the jets to Turkey in exchange for its silence.")
    assert "REJECT" not in _types("The Turkish president said the Kurds were in denial.")
    assert "COOPERATE" in _types("Israel and Hamas agreed to an exchange of prisoners.")


def test_a_bid_to_do_something_is_an_attempt() -> None:
    assert "REQUEST" not in _types("In a bid to calm Ankara, Washington delayed the training of Kurdish units.")
    assert "REQUEST" in _types("Serbia submitted a bid for membership of the European Union.")


def test_seeking_victory_asks_no_one() -> None:
    assert "REQUEST" not in _types("Russia and Iran seek an outright military victory in Syria.")
    assert "REQUEST" in _types("Iraq sought help from Iran.")


def test_leading_the_charge_accuses_no_one() -> None:
    assert "ACCUSE" not in _types("Israel has led the charge against Iranian forces in Syria.")
    assert "ACCUSE" in _types("Turkish prosecutors brought charges against the German journalist.")


def test_a_great_deal_is_an_amount() -> None:
    assert "AGREE" not in _types("The Iraqi minister has a great deal of questions to answer.")
    assert "AGREE" in _types("Iran and the EU reached a deal on Tuesday.")


def test_as_someone_once_warned_is_no_threat() -> None:
    assert "THREATEN" not in _types("As Kissinger warned, China will not wait for the US.")
    assert "THREATEN" in _types("China warned Washington of serious consequences.")


def test_a_warning_of_what_another_country_may_meet_is_a_forecast() -> None:
    assert "THREATEN" not in _types("The Pentagon warned that Russian forces could meet resistance in Idlib.")
    # What the warner's own side may do, or what another may be made to face, is still a threat.
    assert "THREATEN" in _types("The Pentagon warned that Russia could face sanctions.")
    assert "THREATEN" in _types("The Pentagon warned that the US could pull its troops out of Iraq.")
    assert "THREATEN" in _types("Turkey warned that Syria could be hit hard.")


def test_a_base_equipped_with_shelters_is_no_aid() -> None:
    assert "AID" not in _types("Turkish troops took the base, equipped with 20 aircraft shelters.")
    assert "AID" in _types("The US equipped the Kurdish militia with rifles.")


def test_dying_of_an_illness_is_no_assault() -> None:
    assert "ASSAULT" not in _types("The Syrian poet died of lung cancer in Paris.")
    assert "ASSAULT" not in _types("The former Iraqi minister died from complications following pneumonia.")
    assert "ASSAULT" in _types("Three Afghan soldiers died in a Taliban attack on Sunday.")


def test_opposing_an_attempt_is_no_fight() -> None:
    assert "ASSAULT" not in _types("The Saudi-led coalition has fought every UN attempt to constrain it.")
    assert "ASSAULT" in _types("The Syrian army fought rebels near Idlib.")


def test_it_is_striking_remarks_on_what_follows() -> None:
    assert "ASSAULT" not in _types("It is striking how little the Afghan map has changed.")
    assert "ASSAULT" in _types("Israel is striking Iranian positions near Damascus.")


def test_what_anyone_does_in_general_is_no_event() -> None:
    assert "ASSAULT" not in _types("The UN envoy said those who kill and those who maim must answer for it.")
    assert "SUPPORT" not in _types("Anyone who supports the Assad regime is wrong, Erdogan said.")
    assert "CONSULT" not in _types("Everyone meets the Iraqi president eventually.")
    assert "SANCTION" not in _types("Greece wants to limit the number of people fleeing to Europe from Turkey.")
    # A particular act told in the past keeps its event.
    assert "ASSAULT" in _types("Those who attacked the Saudi embassy in Tehran were arrested.")
    assert "SANCTION" in _types("Thousands of Syrian people fled to Turkey on Monday.")


def test_a_habit_is_no_one_act() -> None:
    assert "SUPPORT" not in _types("Trump tends to side with authoritarian leaders such as Erdogan.")
    assert "SUPPORT" in _types("Trump sided with Erdogan on Sunday.")


def test_an_act_named_as_a_subject_is_no_ones() -> None:
    assert "REJECT" not in _types("To ignore Iraq's plight threatens the very foundations of the alliance.")
    assert "REJECT" in _types("Germany ignored the Yazidi refugees.")


def test_a_military_presence_is_a_state_until_it_changes() -> None:
    assert "MOBILIZE" not in _types("Baghdad said the US military presence in Iraq rests on a bilateral agreement.")
    assert "MOBILIZE" in _types("Russia increased its military presence in Syria on Monday.")
    assert "MOBILIZE" in _types("Israel wants to roll back Iran's expanding military presence in Syria.")


def test_agreeing_on_what_is_so_commits_no_one() -> None:
    assert "AGREE" not in _types("Macron and Merkel agreed the Syrian regime had used chemical weapons.")
    assert "AGREE" not in _types("The Kurds did not agree with his decision.")
    assert "AGREE" in _types("Russia and Turkey agreed that the talks would resume in Astana.")
    assert "AGREE" in _types("Iran agreed to release the British tanker.")


def test_what_someone_has_the_ability_to_do_is_no_act() -> None:
    assert "AID" not in _types("Canada's ability to provide consular assistance in Syria is extremely limited.")
    assert "COERCE" not in _types("Turkey lacks the capacity to suppress the YPG in eastern Syria.")
    assert "AID" in _types("Canada decided to provide consular assistance in Syria.")


def test_dying_of_cold_or_want_of_care_is_no_assault() -> None:
    assert "ASSAULT" not in _types("Twelve Syrian children have died in Jordan because of a lack of medical care.")
    assert "ASSAULT" not in _types("Six Afghan babies died from hypothermia in the camp.")
    assert "ASSAULT" not in _types("Nine Iraqi children died in freezing temperatures near Mosul.")
    assert "ASSAULT" in _types("Ten Syrian soldiers died in a Turkish airstrike.")


def test_how_much_aid_there_is_describes_a_state() -> None:
    assert "AID" not in _types("Britain said aid to Yemen is scarce.")
    assert "AID" in _types("Britain sent aid to Yemen on Monday.")


def test_hitting_a_goal_is_reaching_it() -> None:
    assert "ASSAULT" not in _types("Iraq hit its oil export goal in March.")
    assert "ASSAULT" in _types("Turkish airstrikes hit 150 targets in Afrin.")


def test_accepting_or_recognising_a_fact_is_no_agreement_or_recognition() -> None:
    assert "AGREE" not in _types("Several Gulf states have accepted that Assad has won the war.")
    assert "SUPPORT" not in _types("The German minister recognised the need for more housing.")
    assert "AGREE" in _types("Iran accepted the Russian offer on Monday.")
    assert "SUPPORT" in _types("Sweden recognised the state of Palestine in 2014.")


def test_coming_under_fire_for_a_decision_is_criticism() -> None:
    assert "ASSAULT" not in _types("The British home secretary has come under fire for his decision to revoke her citizenship.")
    assert "ASSAULT" in _types("US forces came under fire for three hours from a Syrian tank.")


def test_falling_ill_and_dying_is_no_assault() -> None:
    assert "ASSAULT" not in _types("The Iraqi poet fell ill and died in Baghdad.")
    assert "ASSAULT" not in _types("Her Syrian daughter then grew sick and died in the camp.")
    assert "ASSAULT" in _types("Ten Syrian soldiers died in a Turkish airstrike.")


def test_destroying_evidence_or_lives_is_no_assault() -> None:
    assert "ASSAULT" not in _types("The Lebanese minister said the police had destroyed evidence of the fraud.")
    assert "ASSAULT" not in _types("The two brothers say their lives were destroyed by the Jordanian investigation.")
    assert "ASSAULT" in _types("Israeli jets destroyed a Hamas weapons depot in Gaza on Tuesday.")


def test_capturing_the_mood_or_a_scene_on_film_seizes_no_one() -> None:
    assert not {"ASSAULT", "COERCE"} & set(_types("The Greek prime minister's speech captured the national mood."))
    assert not {"ASSAULT", "COERCE"} & set(_types("The speech of the Iraqi minister was captured on video by a student."))
    assert "ASSAULT" in _types("Iraqi troops captured the town of Tal Afar from Isis.")


def test_gathering_evidence_or_strength_is_no_meeting() -> None:
    assert "CONSULT" not in _types("Egypt is gathering evidence about the bombing of the church in Tanta.")
    assert "CONSULT" not in _types("The Taliban have gathered strength in the south of Afghanistan.")
    assert "CONSULT" not in _types("Iraqi troops gathered near the border with Syria.")
    assert "CONSULT" in _types("EU foreign ministers gathered in Luxembourg to discuss Iran.")


def test_releasing_a_statement_or_a_video_frees_no_one() -> None:
    assert "RETREAT" not in _types("The Egyptian army released a video of the raid on Monday.")
    assert "RETREAT" not in _types("New figures were released by the Jordanian government on Tuesday.")
    assert "RETREAT" in _types("Iran released two British prisoners on Tuesday.")


def test_a_test_of_resolve_or_a_laboratory_test_is_no_weapons_test() -> None:
    assert "MOBILIZE" not in _types("The summit in Helsinki is a test of strength between Russia and Finland.")
    assert "MOBILIZE" not in _types("Dutch officials said their tests showed the dead man had been poisoned.")
    assert "MOBILIZE" not in _types("Greece wants to test the willingness of Turkey to negotiate.")
    assert "MOBILIZE" in _types("North Korea tested a ballistic missile on Sunday.")
    assert "MOBILIZE" in _types("The North Korean missile test showed that Pyongyang could reach Guam.")


def test_an_illegal_settlement_is_a_place() -> None:
    assert "AGREE" not in _types("Jordan condemned the growth of illegal settlements near Hebron.")
    assert "AGREE" in _types("Colombia and the Farc reached a settlement on Tuesday.")


def test_a_menace_someone_is_or_poses_is_a_danger() -> None:
    assert "THREATEN" not in _types("The Taliban posed a deadly menace to Afghanistan for two decades.")
    assert "THREATEN" not in _types("The ruined bridge became a symbol of the Taliban's menace.")
    assert "THREATEN" in _types("The Taliban menaced Afghan officials in Kandahar on Friday.")


def test_calling_a_claim_fake_news_spreads_no_misinformation() -> None:
    assert "COERCE" not in _types("The Venezuelan minister said the Colombian claim was fake news.")
    assert "REJECT" in _types("Venezuela denied the Colombian report.")


def test_on_offer_offers_nothing() -> None:
    assert "AGREE" not in _types("Nothing better than the current plan is on offer for Cyprus.")
    assert "AGREE" in _types("Norway offered to mediate between Venezuela and its opposition.")


def test_a_relief_someone_feels_is_no_aid() -> None:
    assert "AID" not in _types("The release of the sailors will be a great relief to Ukraine.")
    assert "AID" not in _types("The Russian move has thrown the Turkish dilemma into relief.")
    assert "AID" in _types("The UN delivered relief to Yemen on Tuesday.")


def test_with_regret_announces_and_apologises_for_nothing() -> None:
    assert "CONCEDE" not in _types("The Kenyan army said with great regret that two of its soldiers had died in Somalia.")
    assert "CONCEDE" in _types("The Japanese minister expressed regret for the wartime abuses in Korea.")


def test_marching_away_is_walking() -> None:
    assert "PROTEST" not in _types("The Chadian soldiers turned and marched away from the border.")
    assert "PROTEST" in _types("Thousands of Algerians marched against the president in Algiers on Friday.")


def test_human_rights_violations_reject_no_agreement() -> None:
    assert "REJECT" not in _types("The Sudanese report listed human rights violations in Darfur.")
    assert "REJECT" in _types("The Indian army's violation of the ceasefire agreement angered Pakistan.")


def test_having_training_or_training_for_a_trade_is_no_aid() -> None:
    assert "AID" not in _types("The Syrian doctor was the only person in the camp with medical training.")
    assert "AID" not in _types("The Kenyan volunteer had no military training.")
    assert "AID" not in _types("The young Iraqi had started training as an electrician in Basra.")
    assert "AID" in _types("France trained Malian soldiers in Bamako.")


def test_a_verbal_assault_is_no_attack() -> None:
    assert "ASSAULT" not in _types("The Turkish president's verbal assaults have angered Germany.")
    assert "ASSAULT" in _types("Turkey launched an assault on the Kurdish town of Afrin.")


def test_what_someone_has_a_duty_to_do_is_no_act() -> None:
    assert "AID" not in _types("The Dutch government has a duty to provide assistance to Dutch children in Syria.")
    assert "AID" not in _types("The Dutch government has an obligation to assist Dutch children in Syria.")
    assert "AID" in _types("The Dutch government provided assistance to Dutch children in Syria.")


def test_a_press_conference_is_no_meeting() -> None:
    assert "CONSULT" not in _types("The Egyptian foreign minister told a press conference in Cairo that the talks had failed.")
    assert "CONSULT" in _types("Egypt hosted a conference on Libya in Cairo on Tuesday.")


def test_not_lifting_a_finger_lifts_no_sanctions() -> None:
    assert "CONCEDE" not in _types("Brazil did not lift a finger to help the Venezuelan refugees.")
    assert "CONCEDE" in _types("The EU lifted sanctions on Belarus on Monday.")


def test_standing_by_ones_comments_supports_no_one() -> None:
    assert "SUPPORT" not in _types("The Italian interior minister stood by his comments about Tunisia.")
    assert "SUPPORT" in _types("Iran will stand by Syria, the Iranian foreign minister said.")


def test_being_a_credit_or_a_guarantee_is_praise_or_assurance() -> None:
    assert "AID" not in _types("The Nepalese commander said his soldiers were a credit to Nepal.")
    assert "AGREE" not in _types("A ceasefire is no guarantee of peace in Yemen, the Saudi minister said.")
    assert "AGREE" in _types("Russia gave Turkey a guarantee that the Kurdish militia would leave Manbij.")


def test_supporting_values_is_an_opinion() -> None:
    assert "SUPPORT" not in _types("The Libyan general said he supports democratic values.")
    assert "SUPPORT" in _types("France supports the Libyan general in his fight for Tripoli.")


def test_hostility_is_a_feeling_hostilities_are_fighting() -> None:
    assert "ASSAULT" not in _types("The Greek prime minister's hostility towards Turkey has grown.")
    assert "ASSAULT" in _types("Hostilities between Armenia and Azerbaijan resumed on Sunday.")


def test_what_someone_always_does_is_a_habit() -> None:
    assert "ACCUSE" not in _types("The Serbian ministers always complain about Kosovo when the talks stall.")
    assert "ACCUSE" in _types("Serbia complained to the EU about Kosovo on Monday.")


def test_aid_that_is_needed_is_not_given() -> None:
    assert "AID" not in _types("Thousands of Yemenis are in urgent need of humanitarian aid.")
    assert "AID" not in _types("The Venezuelan children need medical assistance.")
    assert "AID" in _types("Britain sent humanitarian aid to Yemen on Monday.")


def test_leaving_to_join_a_group_is_no_expulsion() -> None:
    assert "SANCTION" not in _types("The Dutch student fled the Netherlands to join the Taliban in Afghanistan.")
    assert "SANCTION" not in _types("A Belgian teenager who fled to Syria with her cousin to marry a militant has been found.")
    assert "SANCTION" in _types("Thousands of Yazidis fled Sinjar to escape Isis.")


def test_support_that_is_wanted_is_not_given() -> None:
    assert "SUPPORT" not in _types("Ethiopia wants the support of Kenya for the new dam.")
    assert "SUPPORT" in _types("Kenya gave its support to Ethiopia over the new dam.")


def test_demonstrating_clout_is_showing_it() -> None:
    assert "PROTEST" not in _types("The Chinese president's visit to Manila demonstrated Beijing's new clout.")
    assert "PROTEST" not in _types("As the Venezuelan crisis demonstrates, sanctions rarely work.")
    assert "PROTEST" in _types("Thousands of students demonstrated against the Venezuelan government in Caracas.")


def test_a_threat_defeated_was_a_danger() -> None:
    assert "THREATEN" not in _types("Iraqi forces have defeated the worst terrorist threat in the region.")
    assert "THREATEN" in _types("Iran threatened Israel with retaliation.")


def test_recognising_an_issue_is_no_recognition() -> None:
    assert "SUPPORT" not in _types("Kenyan officials have begun to recognise the issue of child marriage.")
    assert "SUPPORT" in _types("Kenya recognised Kosovo in 2015.")


def test_hosting_bases_or_refugees_is_no_meeting() -> None:
    assert "CONSULT" not in _types("Djibouti hosts American and Chinese military bases.")
    assert "CONSULT" not in _types("Lebanon hosts a million Syrian refugees.")
    assert "CONSULT" in _types("Djibouti hosted the Somali president on Monday.")


def test_a_private_trip_is_no_visit() -> None:
    assert "CONSULT" not in _types("The Irish volunteer spent more than a year in Syria on his third trip.")
    assert "CONSULT" in _types("The Greek defence minister made a trip to Cyprus on Monday.")


def test_figurative_objects_of_military_verbs() -> None:
    assert "ASSAULT" not in _types("The Hungarian prime minister has advanced his ambitions in Brussels.")
    assert "ASSAULT" in _types("Syrian troops advanced on Idlib on Monday.")
    assert "ASSAULT" not in _types("The Serbian president fired off an angry tweet at Kosovo.")
    assert "ASSAULT" in _types("Serbian police fired on protesters in Belgrade.")
    assert "ASSAULT" not in _types("The dispute has poisoned relations between Qatar and Bahrain.")
    assert "ASSAULT" not in _types("The Greek minister said Turkey had stabbed Greece in the back.")
    assert "ASSAULT" not in _types("Egypt and Sudan struck a compromise over the dam.")
    assert "COERCE" not in _types("The defeat at Mosul sealed the fate of Isis in Iraq.")
    assert "COERCE" in _types("Hungary sealed its border with Serbia.")
    assert "MOBILIZE" not in _types("Russia has reinforced its support for the Venezuelan government.")
    assert "MOBILIZE" not in _types("Moscow has built up its leverage over Minsk.")
    assert "MOBILIZE" in _types("Ukraine reinforced its positions near Donetsk.")
    assert "RETREAT" not in _types("Washington has ceded the initiative to Beijing in Africa.")
    assert "RETREAT" in _types("Armenia ceded the district to Azerbaijan.")
    assert "THREATEN" not in _types("The Polish decision threatens the safety of Ukrainian refugees.")


def test_figurative_objects_of_verbs_of_offering_asking_and_questioning() -> None:
    assert "AGREE" not in _types("The leaked Iranian memo offers a glimpse of the talks with Oman.")
    assert "AGREE" in _types("Oman offered to mediate between Iran and the United States.")
    assert "AID" not in _types("The German journalist was granted bail by a Turkish court on Friday.")
    assert "AID" not in _types("The Saudi minister was keen to take credit for the deal with Yemen.")
    assert "AID" not in _types("The presence of the Chinese envoy will lend credibility to the Sudanese talks.")
    assert "REQUEST" not in _types("Iran seeks dominance in the Gulf, the Saudi minister said.")
    assert "REQUEST" in _types("Iraq sought assistance from Iran.")
    assert "ACCUSE" not in _types("Kurdish leaders are questioning the viability of the alliance with Washington.")
    assert "ACCUSE" not in _types("The Canadian parliament examined the cost of the mission in Mali.")
    assert "SUPPORT" not in _types("Thank God the Iraqi border is open, the Kurdish farmer said.")


def test_on_bail_and_in_exile_are_states() -> None:
    assert "RETREAT" not in _types("The Egyptian blogger remains on bail in Cairo.")
    assert "COERCE" not in _types("The Sudanese opposition has lived in exile in London for years.")
    assert "RETREAT" in _types("Egypt released the blogger on Monday.")


def test_declining_to_comment_or_confirm_is_no_refusal() -> None:
    assert not [e for e in code_text("The Home Office declined to comment on the case.", published=PUBLISHED) if e.event == "REJECT"]
    events = code_text("US officials refused to confirm whether Jones had been killed.", published=PUBLISHED)
    assert [e.event for e in events if e.event == "REJECT"] == []
    # whether it happened is an open question, not a denial
    assert [e.status for e in events if e.event == "ASSAULT"] == ["hypothetical"]
    # refusing to discuss an item of talks is a refusal
    assert [e.event for e in code_text("The Syrian delegation refused to discuss a new constitution.", published=PUBLISHED)
            if e.event == "REJECT"] == ["REJECT"]


def test_a_bid_for_office_or_investing_in_a_life_is_no_event() -> None:
    assert code_text("The vote comes weeks before her bid for re-election.", published=PUBLISHED) == []
    assert code_text("She has invested too much in her German life to return.", published=PUBLISHED) == []
    assert [e.event for e in code_text("China invested heavily in Pakistan.", published=PUBLISHED)] == ["COOPERATE"]


def test_seeking_missing_people_or_targeting_voters_is_no_event() -> None:
    assert code_text("Relatives are seeking at least 700 women from Russia.", published=PUBLISHED) == []
    assert code_text("The campaign targeted voters in Ohio.", published=PUBLISHED) == []
    assert [e.event for e in code_text("Iran is seeking compensation from the US.", published=PUBLISHED)] == ["REQUEST"]
    assert [e.event for e in code_text("Russian jets targeted rebel fighters near Idlib.", published=PUBLISHED)] == ["ASSAULT"]


def test_convincing_someone_of_the_merits_is_making_a_case() -> None:
    assert code_text("Russia has sought to convince Washington of the merits of a diluted political process.", published=PUBLISHED) == []
    assert [e.event for e in code_text("Merkel persuaded Erdogan to reopen the border.", published=PUBLISHED)][:1] == ["REQUEST"]


def test_a_warning_of_what_a_party_is_doing_accuses_it() -> None:
    warned = [e for e in code_text("Mattis warned that Trump is endangering US security.", published=PUBLISHED)]
    assert [(e.event, [a.country for a in e.recipient]) for e in warned] == [("ACCUSE", ["USA"])]
    # what a party will do, or a warning addressed to it, stays a threat
    assert [e.event for e in code_text("Erdogan warned that Turkish troops would advance to Manbij.", published=PUBLISHED)] == ["THREATEN"]
    assert [e.event for e in code_text("Trump warned Syria that the world is watching.", published=PUBLISHED)] == ["THREATEN"]
    # what a party is or undergoes is no allegation
    assert code_text("UN agencies warned that Somalia was facing a very real risk of famine.", published=PUBLISHED) == []


def test_a_cause_that_is_no_ones_act_hits_or_strikes_only_figuratively() -> None:
    for text in ("The reimposition of US sanctions on Iran hit its economy.", "A hurricane struck Haiti on Monday.",
                 "The storm destroyed hundreds of homes.", "The recession battered exporters."):
        assert [e for e in brief(text) if e[0] == "ASSAULT"] == [], text
    # what people wield still strikes
    assert ("ASSAULT", "struck", ["ISR"], ["PSE"]) in brief("Israeli jets struck Gaza on Monday.")
    assert ("ASSAULT", "hit", ["RUS"], ["SYR"]) in brief("Russian airstrikes hit a hospital in Idlib.")
