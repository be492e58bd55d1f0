"""Dates an event takes from other events of its story, once every event of the article is found.

A lede in the present perfect takes the date a later sentence gives the same event; an undated
past event takes the date of an earlier event at the same place; an undated account of a
person's death takes the date another account of it gives.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from sanderling.events.dating import is_after, is_well_before
from sanderling.events.lexicon import Lexicon
from sanderling.events.provenance import PlaceFound
from sanderling.model import Event
from sanderling.times.ranges import timex_range

# How far after a lede its details come ("A soldier has died in Syria. ... He was killed on Thursday").
DETAIL_SPAN = 2
# How long before publication a lede's undated event can have happened: news is of the last days.
RECENT = timedelta(days=7)


def date_from_details(events: list[Event], published: date) -> None:
    """A perfect of the day's news takes the date the sentences around it give the same event.

    News opens with "A British soldier has died in Syria" and dates it a
    sentence later: "The individual was killed on Thursday night"; a speaker dated
    "on Friday" goes on "We have asked our partners ...". An event in the present perfect
    dated only by publication takes the explicit date of an event of the same
    type, whose parties do not contradict it, within two sentences before or after, when that
    date lies in the days before publication.
    """
    for lede in events:
        if lede.date_basis != "published" or lede.status != "asserted" or lede.extra.get("tense") != "perfect":
            continue
        for detail in events:
            gap = abs(detail.extra.get("sentence", 0) - lede.extra.get("sentence", 0))
            if not 0 < gap <= DETAIL_SPAN or detail.event != lede.event or detail.date_basis != "explicit" or detail.status != "asserted":
                continue
            covered = timex_range(detail.date)
            if covered is None or covered[1] > published or covered[0] < published - RECENT or not _parties_agree(lede, detail):
                continue
            lede.date, lede.date_text, lede.date_basis = detail.date, detail.date_text, "inferred"
            lede.rule += f"; date from a later sentence's account of the same event ('{detail.trigger}')"
            break


def date_a_death_told_again(events: list[Event], doc: Doc, lexicon: Lexicon, published: date) -> None:
    """A person dies once: every account of a named person's death (trigger_roles.tsv `fatal`) that has no date of
    its own takes the date another account in the article gives it.

    An inquest story opens "Ollie Hall died on active service" and says further down "he died on 25 November":
    both are the one death of 25 November. Only private people, named and of no office (no sector), are matched:
    two killings of "Islamic State" fighters are two events.
    """
    def fatal(event: Event) -> bool:
        return lexicon.has_role(doc[event.extra["token"]].lemma_.lower(), "fatal")

    def dead(event: Event) -> set[str]:
        return {r.name for r in event.recipient if r.name and r.sector is None}

    dated = [e for e in events if fatal(e) and e.date_basis == "explicit" and e.status in ("asserted", "historical") and dead(e)]
    for account in events:
        if account.date_basis == "explicit" or account.status not in ("asserted", "historical") or not fatal(account):
            continue
        source = next((d for d in dated if d is not account and dead(d) & dead(account)), None)
        if source is None:
            continue
        account.date, account.date_text, account.date_basis = source.date, source.date_text, "inferred"
        account.rule += f"; date of another account of the same death ('{source.trigger}')"
        _history_if_long_ago(account, published)


def _parties_agree(one: Event, other: Event) -> bool:
    """No side contradicts: each side's countries overlap, or one account leaves that side unnamed."""
    for side in ("actor", "recipient"):
        ours, theirs = ({p.country for p in getattr(e, side) if p.country} for e in (one, other))
        if ours and theirs and not ours & theirs:
            return False
    return True


def date_from_place(events: list[Event], published: date) -> None:
    """A past event with no date of its own takes the date of an earlier dated event at the same place.

    "Talks in Hanoi collapsed in February. ... In Hanoi, the North demanded
    relief": the place names the occasion, and the occasion has a date.
    """
    dated_places: dict[int, Event] = {}
    for event in events:
        place = event.location.geonameid if event.location is not None else None
        if place is None or event.placing is None or event.placing.found is not PlaceFound.ATTACHED:
            continue
        # Background in the present perfect ("forces who have fought in Syria") spans time; it is no one occasion.
        background = event.status == "historical" and event.extra.get("tense") in ("perfect", "present")
        if event.date == "PAST_REF" and place in dated_places and not background:
            occasion = dated_places[place]
            event.date, event.date_text = occasion.date, occasion.date_text
            event.rule += f"; date of the earlier event at the same place ('{occasion.trigger}')"
            _history_if_long_ago(event, published)
        elif event.date_basis == "explicit" and timex_range(event.date) is not None and not is_after(event.date, published):
            dated_places[place] = event  # (an occasion still ahead dates no past event: "said a ceasefire would begin on Tuesday")


def _history_if_long_ago(event: Event, published: date) -> None:
    """An event told as done whose newly taken date lies well before publication is history."""
    if event.status == "asserted" and is_well_before(event.date, published):
        event.status = "historical"
        event.rule += f"; status historical: dated {event.date}, well before publication"
