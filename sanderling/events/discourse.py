"""Recipients an article states once and then leaves to the reader.

"The Pentagon was told to plan for the withdrawal of US soldiers": a news
story rarely repeats where the soldiers are. A withdrawal is from the country
where the article has the withdrawing party's forces fighting, deployed or
withdrawing from by name; that country is the withdrawal's recipient.
"""

from __future__ import annotations

from collections import Counter

from sanderling.model import Actor, Event

# Events that put a party's forces in a country: fighting there, deployed there, leaving it.
_FORCES_STAND = {"ASSAULT", "MOBILIZE", "RETREAT"}
# Concessions read out of an announced withdrawal carry this note and share its recipient.
_ANNOUNCED = "announced retreat coded as CONCEDE too"


def withdrawal_origins(events: list[Event]) -> None:
    """Give a withdrawal that says not where from the country where the article stations the withdrawing forces."""
    for withdrawal in events:
        if withdrawal.event != "RETREAT" or withdrawal.mode != "withdraw" or withdrawal.recipient:
            continue
        leaving = {a.country for a in withdrawal.actor if a.country}
        country = _where_forces_stand(events, leaving, withdrawal.index) if leaving else None
        if country is None:
            continue
        for event in events:
            if event is withdrawal or (event.extra.get("token") == withdrawal.extra.get("token") and event.rule.endswith(_ANNOUNCED) and not event.recipient):
                event.recipient = [Actor(text=country, name=None, country=country, sector=None, rule="where the article has the withdrawing forces")]
                event.rule += f"; recipient: where the article has the {'/'.join(sorted(leaving))} forces ({country})"


def _where_forces_stand(events: list[Event], party: set[str], near: int) -> str | None:
    """The foreign country the article most often has ``party``'s forces in (the nearest mention breaks a tie)."""
    seen: Counter[str] = Counter()
    distance: dict[str, int] = {}
    for event in events:
        if event.event not in _FORCES_STAND or not party & {a.country for a in event.actor}:
            continue
        for country in _stations(event, party):
            seen[country] += 1
            distance[country] = min(distance.get(country, len(events)), abs(event.index - near))
    if not seen:
        return None
    return max(seen, key=lambda c: (seen[c], -distance[c]))


def _stations(event: Event, party: set[str]) -> list[str]:
    """Countries ``event`` puts forces in: the place it is explicitly attached to, or the place withdrawn from."""
    if event.event == "RETREAT":
        if event.mode != "withdraw" or "where the article has" in event.rule:
            return []
        return [r.country for r in event.recipient if r.country and r.country not in party]
    place = event.location.country_code if event.location is not None and "place: attached to the event" in event.rule else None
    return [place] if place and place not in party else []
