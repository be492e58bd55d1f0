"""How events are dated across sentences: narrative time, plans, hypotheticals, ledes and places.

Whole pipeline on hand-written sentences, published on Wednesday 2019-04-24.
"""

from __future__ import annotations

from datetime import date

from event_coding import events_of


def test_a_plans_date_does_not_date_the_past_events_after_it() -> None:
    text = "Bolton is expected to hold talks in Ankara on Friday. Turkey's foreign minister criticised Bolton."
    criticised = events_of(text, "ACCUSE")[0]
    assert criticised.date == "PAST_REF"
    # Without the plan, the story's own time carries on to the next sentence.
    text = "Bolton held talks in Ankara on Monday. Turkey's foreign minister criticised Bolton."
    assert events_of(text, "ACCUSE")[0].date == "2019-04-22"


def test_later_this_month_points_ahead_even_within_the_month() -> None:
    text = "Syria's opposition will boycott a congress in Sochi later this month. Turkey criticised Russia."
    assert events_of(text, "ACCUSE")[0].date == "PAST_REF"


def test_a_weekend_dates_its_week() -> None:
    event = events_of("Protesters marched in Paris this weekend against the French government.", "PROTEST")[0]
    assert event.date == "2019-W17"


def test_what_might_happen_lies_ahead_but_not_what_might_have_happened() -> None:
    would = events_of("Under the plan, the EU would commit to resettling refugees from Syria.", "AGREE")[0]
    assert would.status == "hypothetical" and would.date == "FUTURE_REF"
    # "could have killed" reports, uncertainly, what happened: not a supposition, and not ahead.
    could_have = events_of("As many as 200 Russian fighters could have been killed in the strikes, officials said.", "ASSAULT")[0]
    assert could_have.status == "asserted" and could_have.date != "FUTURE_REF"
    would_have = events_of("Russian forces would have killed dozens of civilians if the army had not stopped them.", "ASSAULT")[0]
    assert would_have.status == "hypothetical" and would_have.date != "FUTURE_REF"


def test_a_ledes_event_takes_the_date_its_details_give() -> None:
    text = (
        "A British soldier has been killed in an explosion in Syria, the British Ministry of Defence said. "
        "The soldier was killed by Islamic State militants on Monday night near Manbij."
    )
    lede, detail = events_of(text, "ASSAULT")[:2]
    assert detail.date == "2019-04-22" and detail.date_basis == "explicit"
    assert lede.date == "2019-04-22" and lede.date_basis == "inferred"


def test_a_lede_keeps_publication_when_the_details_are_of_another_kind() -> None:
    text = "Kim Jong Un has arrived in Russia. Russia accused Japan of spying on Monday."
    arrived = events_of(text, "CONSULT")[0]
    assert arrived.date == "2019-04-24" and arrived.date_basis == "published"


def test_a_past_event_at_a_dated_place_takes_that_date() -> None:
    text = (
        "Talks between Trump and Kim in Hanoi collapsed in February.\n\n"
        "In Hanoi, North Korea demanded relief from US sanctions."
    )
    demanded = events_of(text, "REQUEST")[0]
    assert demanded.date == "2019-02" and demanded.status == "historical"


def test_adverbs_of_long_standing_make_background() -> None:
    assert events_of("Iran has long backed Hezbollah in Lebanon.", "SUPPORT")[0].status == "historical"
    assert events_of("Iran backed Hezbollah in Lebanon on Monday.", "SUPPORT")[0].status == "asserted"


def test_what_a_decision_or_effort_is_to_do_is_not_yet_done() -> None:
    withdraw = events_of("Trump's decision to withdraw 2,000 troops from Syria stunned his allies.", "RETREAT")[0]
    assert withdraw.status == "future"
    broker = events_of("Russia's efforts to broker a peace deal in Syria stumbled on Wednesday.", "CONSULT")[0]
    assert broker.status == "future"


def test_a_bare_verb_after_a_planned_one_continues_the_plan() -> None:
    text = "Putin is due to arrive in Vladivostok tomorrow, then fly on after the talks for another summit in Beijing."
    assert {e.trigger: e.status for e in events_of(text, "CONSULT")} == {"arrive": "future", "fly": "future"}


def test_a_when_clause_of_a_past_perfect_is_background_too() -> None:
    text = "The sanctions had been lifted by Barack Obama as he pushed for the nuclear deal with Iran."
    assert events_of(text, "AGREE")[0].status == "historical"
    assert events_of("Obama pushed for a nuclear deal with Iran on Monday.", "AGREE")[0].status != "historical"


def test_a_past_since_clause_makes_a_span_of_background_but_a_causal_since_does_not() -> None:
    text = "The talks follow repeated invitations from Putin since Kim embarked on his diplomatic overtures last year."
    assert events_of(text, "AGREE")[0].status == "historical"
    text = "The EU's offer of aid to Syria gives Europe leverage, since Russia does not want to pay."
    assert events_of(text, "AGREE")[0].status == "asserted"


def test_a_stated_plan_is_dated_when_it_was_stated() -> None:
    threat = events_of("Iran said on Monday that it would attack Israel.", "THREATEN")[0]
    assert threat.date == "2019-04-22" and threat.date_basis == "explicit"
    assert events_of("Iran says it will attack Israel.", "THREATEN")[0].date == "2019-04-24"


def test_a_withdrawal_announced_long_ago_is_a_background_concession() -> None:
    text = "The Pentagon was initially told to plan for the withdrawal of US soldiers from Syria within 100 days."
    concession = events_of(text, "CONCEDE")[0]
    assert concession.status == "historical"
    assert events_of("The Pentagon was told to plan for the withdrawal of US soldiers from Syria.", "CONCEDE")[0].status == "asserted"


def test_a_preposition_before_a_time_dates_its_clause_even_when_the_parse_hangs_the_time_elsewhere() -> None:
    text = "That consensus, so firm in Washington on Monday, was by Tuesday night obsolete when Trump overruled his generals."
    assert events_of(text, "REJECT")[0].date == "2019-04-23"
    gathered = events_of("French and German ministers gathered at Monday's conference in Geneva.", "CONSULT")[0]
    assert gathered.date == "2019-04-22"
    # "after Sunday's attack" says what came first, not when the march was.
    assert events_of("Protesters marched in Caracas after Sunday's attack on the parliament.", "PROTEST")[0].date != "2019-04-21"


def test_a_present_reported_after_a_past_verb_of_saying_is_the_time_of_saying() -> None:
    asking = events_of("The minister said on Monday that Iran is asking Europe to lift the sanctions.", "REQUEST")[0]
    assert asking.date == "2019-04-22"
    urging = events_of("Pompeo tweeted: “The United States is urging Turkey to halt its offensive.”", "REQUEST")[0]
    assert urging.date == "PAST_REF"
    assert events_of("Iran says it is asking Europe to lift the sanctions.", "REQUEST")[0].date == "2019-04-24"


def test_an_event_noun_shares_the_time_of_the_occasion_it_names() -> None:
    text = ("Turkey said it opposed an invitation to Kurdish groups to attend Moscow’s “congress of Syrian peoples' dialogue”, "
            "which aims to gather 40 delegations in Sochi on Saturday.")
    dialogue = next(e for e in events_of(text, "CONSULT") if e.trigger == "dialogue")
    assert dialogue.date == "2019-04-27"


def test_a_speakers_later_quotes_are_dated_by_the_occasion_of_their_dated_statement() -> None:
    dated = "Pompeo said on Monday that talks with Iran were possible. "
    later = "“We will pull our troops out of Syria,” he said."
    assert events_of(dated + later, "CONCEDE")[0].date == "2019-04-22"
    assert events_of(dated + "Iraq has long hosted US forces. " + later, "CONCEDE")[0].date == "2019-04-22"
    present = events_of(dated + "“Iran is attacking tankers in the Gulf,” he said.", "ASSAULT")[0]
    assert present.date == "2019-04-22"
    # Another speaker's words, or words with no dated statement before them, are not of that occasion.
    assert events_of(dated + "“We will pull our troops out of Syria,” Erdogan said.", "CONCEDE")[0].date != "2019-04-22"
    assert events_of(later.replace("he", "Pompeo"), "CONCEDE")[0].date != "2019-04-22"
    # Once the story has moved on to another day, the occasion is over.
    moved = dated + "On Tuesday, Turkish jets bombed Kurdish positions. “We will pull our troops out of Syria,” Pompeo said."
    assert events_of(moved, "CONCEDE")[0].date != "2019-04-22"


def test_the_time_of_an_occasion_dates_what_is_done_during_it() -> None:
    assert events_of("During a visit to Ankara on Monday, Bolton criticised Turkey.", "ACCUSE")[0].date == "2019-04-22"
    assert events_of("At a news conference in Paris on Monday, Macron criticised Russia.", "ACCUSE")[0].date == "2019-04-22"
    # What follows an occasion is not at its time.
    assert events_of("After a meeting on Monday, Pompeo accused Iran of attacking tankers.", "ACCUSE")[0].date != "2019-04-22"
    # A thing with a time in its name is no occasion: the bill's ban is not dated by the year-end measures.
    text = "Some lawmakers have tried to include the bill - which would prohibit American companies from joining boycotts of Israel - in year-end spending measures."
    assert events_of(text, "COERCE")[0].date == "FUTURE_REF"
    text = "During a visit to Jerusalem on Monday, Bolton said the talks would go on. “We are going to withdraw from Syria,” Bolton said."
    assert events_of(text, "CONCEDE")[0].date == "2019-04-22"


def test_a_speakers_own_noun_of_saying_is_dated_by_their_dated_statement() -> None:
    criticised = "Turkey's foreign minister criticised Bolton for his insistence that Turkey not attack the Kurds. "
    monday = "Bolton said on Monday that the withdrawal of US troops would depend on conditions."
    assert events_of(criticised + monday, "REQUEST")[0].date == "2019-04-22"
    # Statements on two days leave it undecided which one is meant.
    assert events_of(criticised + monday + " He said on Tuesday that the US would stay.", "REQUEST")[0].date == "PAST_REF"
    # Long before publication, the statement is background.
    march = events_of(criticised + monday.replace("on Monday", "in March"), "REQUEST")[0]
    assert (march.date, march.status) == ("2019-03", "historical")


def test_background_in_the_present_perfect_is_no_days_news() -> None:
    background = events_of("Kurdish fighters, who have attacked Turkish troops, seized the town of Manbij.", "ASSAULT")[0]
    assert (background.status, background.date) == ("historical", "PAST_REF")
    # The present perfect of news on its own reports what just happened.
    news = events_of("Hezbollah has attacked Israel.", "ASSAULT")[0]
    assert (news.status, news.date) == ("asserted", "2019-04-24")


def test_what_a_perfect_of_helping_brought_about_is_background() -> None:
    enabled = events_of("Iran has enabled Hezbollah to attack Israel.", "ASSAULT")[0]
    assert (enabled.status, enabled.date) == ("historical", "PAST_REF")
    # Dated help is an event of its day.
    dated = events_of("Iran enabled Hezbollah to attack Israel on Monday.", "ASSAULT")[0]
    assert (dated.status, dated.date) == ("asserted", "2019-04-22")


def test_what_is_told_as_done_is_not_dated_by_a_time_yet_to_come() -> None:
    text = "Chile's president will meet Bolivian officials on Friday, after Chile sent troops to the border."
    sent = events_of(text, "MOBILIZE")[0]
    assert sent.date != "2019-04-26"
    assert events_of(text, "CONSULT")[0].date == "2019-04-26"


def test_history_is_never_dated_by_the_publication_day() -> None:
    # "previously" makes history of an act with no time of its own: its date is the past, not today.
    refused = events_of("France has previously refused to take back fighters from Syria.", "REJECT")[0]
    assert (refused.status, refused.date) == ("historical", "PAST_REF")


def test_a_span_begun_in_the_storys_own_days_is_the_news() -> None:
    # Published on Wednesday: "since Monday" is this week's news, not background.
    recent = events_of("Syrian jets have bombed five hospitals in Idlib since Monday morning.", "ASSAULT")[0]
    assert recent.status == "asserted"
    old = events_of("Syrian jets have bombed five hospitals in Idlib since March 2017.", "ASSAULT")[0]
    assert old.status == "historical"


def test_a_stretch_of_recent_days_or_weeks_is_the_news() -> None:
    text = "Syrian jets have bombed Douma, where 50 civilians have been killed in the last two weeks."
    assert [e.status for e in events_of(text, "ASSAULT") if e.trigger == "killed"] == ["asserted"]
    text = "Syrian jets have bombed Douma, where 50 civilians have been killed in the last two years."
    assert [e.status for e in events_of(text, "ASSAULT") if e.trigger == "killed"] == ["historical"]


def test_the_present_perfect_does_not_continue_a_story_set_in_the_past() -> None:
    text = "Israel and Hezbollah fought a war in 2006. A Saudi-led coalition has launched airstrikes on Yemen."
    assert events_of(text, "ASSAULT")[-1].date == "2019-04-24"
    # Told in the past, the next event carries the story's 2006 on.
    text = "Israel and Hezbollah fought a war in 2006. A Saudi-led coalition launched airstrikes on Yemen."
    assert events_of(text, "ASSAULT")[-1].date == "2006"


def test_a_past_perfect_lies_before_the_storys_time_except_in_reported_speech() -> None:
    text = "Russian jets bombed Idlib on Monday. Turkey had warned Russia against an offensive."
    assert events_of(text, "THREATEN")[0].date == "PAST_REF"
    text = "Russian jets bombed Idlib on Monday. Syrian officials said rebels had attacked a Russian base."
    assert events_of(text, "ASSAULT")[-1].date == "2019-04-22"


def test_later_moves_an_event_past_the_storys_time() -> None:
    text = "Turkish police arrested a French jihadist in March. He was later charged with terrorism by Turkish prosecutors."
    assert events_of(text, "ACCUSE")[0].date == "PAST_REF"
    text = "Turkish police arrested a French jihadist in March. He was charged with terrorism by Turkish prosecutors."
    assert events_of(text, "ACCUSE")[0].date == "2019-03"


def test_what_is_told_as_done_was_before_now() -> None:
    text = "Rebels now control the town of Kafr Nabl. Syrian forces shelled the town."
    assert events_of(text, "ASSAULT")[0].date == "PAST_REF"


def test_a_relative_clause_about_a_participant_has_a_time_of_its_own() -> None:
    fought = events_of("On Monday, Turkish police arrested a Syrian man who fought for Isis.", "ASSAULT")[0]
    assert fought.date == "PAST_REF"
    # Nor does the story's time from the sentence before date it.
    text = "Syrian rebels attacked a checkpoint on Monday. Turkish police arrested a Syrian man who fought for Isis."
    assert events_of(text, "ASSAULT")[-1].date == "PAST_REF"
    # A clause about the event itself shares its time.
    killed = events_of("On Monday, Russian jets carried out an airstrike that killed 20 civilians in Idlib.", "ASSAULT")[-1]
    assert killed.trigger == "killed" and killed.date == "2019-04-22"


def test_a_clause_about_a_place_inside_an_event_phrase_does_not_date_the_event() -> None:
    text = "Aid workers said the Syrian army's shelling of Aleppo, where 300 people died in 2016, has intensified."
    assert events_of(text, "ASSAULT")[0].date != "2016"


def test_what_lies_before_a_time_long_past_is_history() -> None:
    text = "Turkish police arrested a Syrian man in 2016. He had attacked a Kurdish checkpoint in Iraq."
    fought = events_of(text, "ASSAULT")[0]
    assert fought.date == "PAST_REF" and fought.status == "historical"
    fought = events_of("In 2016, Turkish police arrested a Syrian man who fought for Isis.", "ASSAULT")[0]
    assert fought.date == "PAST_REF" and fought.status == "historical"


def test_what_the_perfect_spreads_over_a_span_up_to_now_has_no_one_day() -> None:
    killed = events_of("The US-led coalition has killed more than 6,000 Isis fighters in the past three years.", "ASSAULT")[0]
    assert killed.date == "PAST_REF"
    attacking = events_of("Kurdish forces have been attacking Isis positions for three years.", "ASSAULT")[0]
    assert attacking.date == "PAST_REF"
    accused = events_of("For more than a year Russia has accused Turkey of arming rebels.", "ACCUSE")[0]
    assert accused.date == "PAST_REF"
    # After a verb done at once, "for" measures its result: the jailing is the day's news.
    jailed = events_of("A British volunteer has been jailed for eight years by a Turkish court.", "COERCE")[0]
    assert jailed.date == "2019-04-24"
    # A length that modifies a noun is the thing's own: "a five-hour pause" says nothing of the time up to now.
    ordered = events_of("Putin has ordered a daily five-hour humanitarian pause in eastern Ghouta.", "CONCEDE")[0]
    assert ordered.date == "2019-04-24" and [a.country for a in ordered.actor] == ["RUS"]


def test_a_when_clause_about_a_time_is_at_that_time() -> None:
    refused = events_of("There are echoes of 2003, when Turkey refused to back the US-led invasion of Iraq.", "REJECT")[0]
    assert refused.date == "2003" and refused.status == "historical"


def test_a_sentence_with_a_time_of_its_own_has_left_the_storys_earlier_time() -> None:
    text = "Syrian rebels attacked a checkpoint on Monday. The 2016 incident killed two Kurdish soldiers."
    assert events_of(text, "ASSAULT")[-1].date != "2019-04-22"


def test_a_past_told_in_a_sentence_set_long_ago_is_history() -> None:
    text = "Interviewed by a Turkish newspaper in early 2012, the Iraqi president said he welcomed Turkish support."
    welcomed = events_of(text, "SUPPORT")[0]
    assert welcomed.date == "PAST_REF" and welcomed.status == "historical"


def test_a_past_progressive_reported_by_a_dated_saying_is_at_the_time_of_saying() -> None:
    text = "In October 2017, the Pentagon announced that it was soliciting proposals from Turkish companies."
    assert events_of(text, "REQUEST")[0].date == "2017-10"


def test_a_preposition_left_without_an_object_still_governs_the_time_after_it() -> None:
    # The parse reads "Sunday Mr Trump" as one name and leaves "On" empty.
    threatened = events_of("On Sunday Mr Trump threatened that Syria would pay a big price.", "THREATEN")[0]
    assert threatened.date == "2019-04-21"


def test_a_past_perfect_lies_before_the_time_of_the_clause_above_it() -> None:
    text = "In July 2017, Iraqi officials confirmed that Turkish jets had bombed a Kurdish camp in Sinjar."
    bombed = events_of(text, "ASSAULT")[0]
    assert bombed.date == "PAST_REF" and bombed.status == "historical"
    # A verb of saying reports what had just been done.
    text = "The Geneva talks received a boost on Monday when Russia announced it had postponed a conference in Sochi."
    assert events_of(text, "REJECT")[0].date == "2019-04-22"


def test_a_perfect_of_the_days_news_takes_the_date_the_sentence_before_gives_it() -> None:
    text = "Turkey accused Russia on Monday of shelling Afrin. Turkey has accused Russia of breaking the ceasefire, the minister said."
    assert events_of(text, "ACCUSE")[-1].date == "2019-04-22"


def test_a_time_of_its_own_in_between_ends_the_storys_earlier_time() -> None:
    text = "Syrian rebels attacked a checkpoint on Monday. An incident in 2016 showed the danger. Kurdish forces shot down a Turkish drone."
    assert events_of(text, "ASSAULT")[-1].date != "2019-04-22"


def test_a_time_ahead_in_what_is_vowed_does_not_date_the_vow() -> None:
    vow = events_of("Trump is vowing to win the fight with Congress someday.", "AGREE")[0]
    assert vow.status == "asserted" and vow.date == "2019-04-24"
    # a time of the clause itself still dates what is told as coming
    meeting = events_of("The opposition will discuss what to do about the talks next week in Riyadh.", "CONSULT")[0]
    assert meeting.date == "2019-W18"


def test_a_time_on_the_events_own_noun_comes_before_the_time_of_the_verb_it_hangs_on() -> None:
    """dating.date_event: "in July" dates the arrest; "last year" dates only the months in jail."""
    text = "The activist spent four months in jail last year after his arrest in July by Egyptian police."
    arrest = next(e for e in events_of(text, "COERCE") if e.trigger == "arrest")
    assert arrest.date == "2018-07"


def test_every_account_of_a_persons_death_takes_the_date_one_of_them_gives() -> None:
    """story_dates.date_a_death_told_again (trigger_roles.tsv `fatal`): a person dies once. Published 2019-04-24."""
    text = ("A coroner ruled that Ollie Hall died on active service in Syria. "
            "Hall had travelled to Syria in August. He died on 25 November in Raqqa.")
    deaths = [e for e in events_of(text, "ASSAULT") if e.trigger == "died"]
    assert [(e.date, e.status) for e in deaths] == [("2018-11-25", "historical")] * 2
    # two fighters of a group are two deaths: only private people, named, are matched
    text = "Islamic State fighters were killed in Raqqa. Islamic State fighters were killed in Mosul on 3 March."
    assert [e.date for e in events_of(text, "ASSAULT") if e.trigger == "killed"][0] != "2019-03-03"


def test_a_possible_act_named_by_a_noun_lies_ahead_whatever_the_tense_around_it() -> None:
    withdrawal = events_of("The possible withdrawal of US troops from Syria has raised alarm among officials.", "RETREAT")[0]
    assert (withdrawal.status, withdrawal.date) == ("hypothetical", "FUTURE_REF")
    # What might have happened keeps the past: the perfect belongs to the modal.
    met = events_of("Putin could have met Kim in Vladivostok last year.", "CONSULT")[0]
    assert met.date != "FUTURE_REF"


def test_a_present_perfect_takes_no_finished_past_time_of_another_clause() -> None:
    text = "Israel fought a war in 2006 and Israeli officials have accused Iran of arming Hezbollah."
    accused = events_of(text, "ACCUSE")[0]
    assert accused.date != "2006" and accused.status == "asserted"
    # a span since that time reaches now
    fought = events_of("About 2,000 US troops have fought to liberate the city since September 2014.", "ASSAULT")[0]
    assert fought.date == "2014-09"


def test_an_event_due_or_expected_to_take_place_is_dated_and_planned_by_that_infinitive() -> None:
    text = "A sixth round of UN-sponsored Syrian talks is due to resume in Geneva on Tuesday."
    talks = events_of(text, "CONSULT", published=date(2017, 11, 27))[0]
    assert (talks.status, talks.date) == ("future", "2017-11-28")
    talks = events_of("Talks between Iran and the US are expected to resume on Tuesday.", "CONSULT", published=date(2017, 11, 27))[0]
    assert (talks.status, talks.date) == ("future", "2017-11-28")


def test_verbs_that_share_an_object_share_its_time() -> None:
    """ "killed or wounded 4,315 fighters since 2014": the time hangs on the last verb, and dates the first too."""
    shelled = next(e for e in events_of("Turkish troops shelled and captured the town of Afrin on Monday.", "ASSAULT") if e.trigger == "shelled")
    assert shelled.date == "2019-04-22"
    # a verb with its own object keeps its own time
    text = "Turkish troops shelled the town last year and captured the airport on Monday."
    assert next(e for e in events_of(text, "ASSAULT") if e.trigger == "shelled").date == "2018"
