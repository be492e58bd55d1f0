"""Direction of a time expression's clause (past or future), from a parse or from nearby words.

Bare weekdays, months and dates point backwards in a past clause ("met on
Friday") and forwards in a future one ("will meet on Friday").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanderling.times.lexicon import mapping, table, word_sets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORDS = word_sets("tense_words")
_NOT_PAST = _WORDS["not_past"]
_OPENING_PREPOSITIONS = _WORDS["opening_preposition"]
_NEEDS_TO = _WORDS["needs_to"]
_LOOKS_AHEAD = _WORDS["looks_ahead"]
_PLANNED = _WORDS["planned"]
_ADVERBS = _WORDS["adverb"]
_SCHEDULED_PRESENT = _WORDS["scheduled_present"]
_INTENDED = _WORDS["intended"]
_BEFORE_A_GERUND = _WORDS["before_a_gerund"]
_LAST_AS_VERB = _WORDS["last_as_verb"]
_IS = _WORDS["is"]
_WAS = _WORDS["was"]
_TAKES_A_NOUN_PHRASE = _WORDS["takes_a_noun_phrase"]
_DETERMINERS = _WORDS["determiner"]
_STATE_KEPT = _WORDS["state_kept"]
_TENTATIVE = _WORDS["tentative"]
_FUTURE_AUX = _WORDS["future_aux"]
_FUTURE_LEMMAS = _WORDS["future_lemma"]
_CONDITIONS = _WORDS["condition"]
_WORD = re.compile(r"[A-Za-z']+")
# "Mr. Smith", "Gen. Lee": the full stop of a title ends no sentence
NOT_AFTER_TITLE = "".join(rf"(?<!\b{re.escape(a.capitalize())})" for a in table("abbreviations"))
# A sentence ends at a full stop, also one inside closing quotes ('safe." After ...', 'safe.” After ...').
_CLAUSE_LEFT = re.compile(NOT_AFTER_TITLE + r"(?<!\b[A-Za-z])[.!?][\"'\u201d\u2019]*\s+(?=[A-Z\"'`\u201c\u2018])|[;:]\s|\n\s*\n|\bbut\b")
_CLAUSE_RIGHT = re.compile(NOT_AFTER_TITLE + r"(?<!\b[A-Za-z])[.!?][\"'\u201d\u2019]*\s+(?=[A-Z\"'`\u201c\u2018])|;\s|\n\s*\n|[.!?]$")
_WINDOW = 80
# A dateline opens a story or a line: a place in capitals or title case, a comma, the date, then a
# news agency in brackets or a dash.
_DATELINE_PLACE = re.compile(r"(?:^|\n)\s*[A-Z][A-Za-z.' -]{1,40},\s*$")
_CREDIT_OPEN = re.compile(r"\(\s*[A-Z][\w .&'-]{1,30},\s*$")
_DATELINE_END = re.compile(r"\s*(?:\([A-Za-z .&-]{1,20}\)\s*)?[-\u2013\u2014]")
_FRONTED_REACH = 200
# "On Sunday, the minister, who will stand for election, said ...": a relative clause inside the
# subject has a tense of its own, not the main verb's
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]*,")
_FUTURE_BEFORE = re.compile(r"\bas\s+(?:early|soon|late)\s+as\s+$", re.I)
# "postponed until Tuesday", "extended its deadline until Friday": what is put off lies ahead.
# So does a time granted: "gave Merieux until mid-November to pay", "extended the loans through January".
_DEFERRED_UNTIL = re.compile(r"\b(?:(?:postpon|delay|defer|extend|adjourn|suspend|on\s+hold|pushed\s+back|put\s+off)\w*\b[^.;]{0,60}\b(?:until|till|through)"
                            r"|\b(?:give[ns]?|gave|giving|grant(?:s|ed|ing)?)\s+(?:\S+\s+){1,3}(?:until|till))\s+(?:\S+\s+){0,3}$", re.I)
# "promised decisions by Wednesday", "ordered troops to leave by the spring": a deadline set by a
# promise or an instruction lies ahead of it, whatever the tense of the verb that sets it.
_DEADLINE_SET = re.compile(r"\b(?:promise[sd]?|promising|pledge[sd]?|pledging|vow(?:s|ed)?|order(?:s|ed)?|demand(?:s|ed)?|instruct(?:s|ed)?|urge[sd]?|committed|undert[ao]ok|deadlines?|ultimatums?)\b[^.;:]{0,60}\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", re.I)
# "Cyprus has until Monday", "the deadline is Friday": with no past tense near, what lasts until or is due by a time lies ahead.
_OPEN_UNTIL = re.compile(r"\b(?:until|till|deadlines?\s+(?:is|are|of))\s+(?:midnight\s+)?(?:on\s+)?(?:the\s+)?$", re.I)
# "could be in place by June", "By June, the system could be working": what a modal says may be
# done by a time lies ahead of the speaker ("By June, prices had fallen": a past perfect looks back).
_BY = re.compile(r"\bby\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.I)
_MODAL_AHEAD = re.compile(r"\b(?:could|might|may|should|must|can)\s+(?!have\b|not\b|never\b|hardly\b|barely\b)(?:\w+ly\s+)?\w+", re.I)
_PURPOSE_BEFORE = re.compile(r"\bto\s+[a-z]+\s+(?:on|in|by|at|until)\s+(?:the\s+)?$")
_PERFECT_OR_PAST = re.compile(r"\b(?:had|has|have|was|were|did)\b", re.I)


# "the snap polls called for 24 June", "an election set for June": a date that a participle schedules lies
# ahead of the scheduling, whatever the tense before it ("could lose the polls called for 24 June"), unless the
# clause goes on in the past ("A memorial planned for Saturday was cancelled"). Not after an auxiliary ("was
# scheduled for" is the clause's own tense) or a subject ("he called for"), and not what was only "originally
# scheduled": that is told when the plan has changed, often after the date.
_SCHEDULED_FOR = re.compile(r"\b(?P<before>[\w']+)\s+(?:(?P<adverb>originally|initially|provisionally|tentatively)\s+)?"
                            rf"(?:{'|'.join(sorted(_WORDS['schedules_for']))})\s+for\s+(?:the\s+)?$", re.I)
_NOT_BEFORE_A_PARTICIPLE = _WORDS["not_before_a_participle"]


def _scheduled_ahead(text: str, start: int) -> bool:
    found = _SCHEDULED_FOR.search(text, max(0, start - 60), start)
    if found is None or (found["adverb"] or "").lower() in ("originally", "initially"):
        return False
    before = found["before"].lower()
    return before not in _NOT_BEFORE_A_PARTICIPLE and before not in _IS and before not in _WAS


def _told_past_after(right: str) -> bool:
    """Whether the clause goes on in the past ("A memorial planned for Saturday was cancelled")."""
    words = _WORD.findall(right)[:6]
    return any(_cue(words, i, allow_ed=False, inside=False) == "past" for i in range(len(words)))


def _possible_by(left: str, right: str) -> bool:
    if not _BY.search(left):
        return False
    before = list(_MODAL_AHEAD.finditer(left))
    if before:
        return not _PERFECT_OR_PAST.search(left, before[-1].end())
    after = _MODAL_AHEAD.search(right)
    return after is not None and not _PERFECT_OR_PAST.search(right, 0, after.start())


_NOT_BEFORE = {"next": {"to", "door"}, "coming": {"from", "out", "back", "in", "under", "up"}}  # "next to": a place, not a time


def _adjective(words: list[str], i: int) -> bool:
    """An -ed word after a determiner, maybe with an adverb between, modifies a noun ("a still unspecified date")."""
    before = [w.lower() for w in words[max(0, i - 2):i]]
    if before[-1:] == ["that"] and len(before) == 2 and before[0] not in _DETERMINERS | _TAKES_A_NOUN_PHRASE:
        return False  # "a rally that turned violent", "the inquiry that started on": after a noun, "that" opens a clause
    if before and before[-1] in _DETERMINERS:
        return True
    return len(before) == 2 and before[0] in _DETERMINERS and (before[1].endswith("ly") or before[1] in ("still", "much", "well", "long", "newly"))


def _keeps_a_state(words: list[str], i: int) -> bool:
    """A verb of keeping ("keep", "remain") just before ``words[i]``, whose participle is a state, not a past."""
    return any(w.lower() in _STATE_KEPT for w in words[max(0, i - 4):i])


def _cue(words: list[str], i: int, *, allow_ed: bool = True, inside: bool = True) -> str | None:
    """The direction word ``words[i]`` marks, reading the word before it for "is due"/"was due"."""
    lower = words[i].lower()
    if lower in _PLANNED:
        j = i - 1
        while j > 0 and words[j].lower() in _ADVERBS:  # "are not due to", "was originally scheduled"
            j -= 1
        prev = words[j].lower() if j >= 0 else ""
        return "future" if prev in _IS else "past" if prev in _WAS else None
    if lower == "to" and i > 0 and (words[i - 1].lower() in _IS or inside and words[i - 1].lower() in _INTENDED
                                    and not (i > 1 and words[i - 2].lower() in _BEFORE_A_GERUND)):
        # "is to meet"; "had planned to leave in February": a time inside what is intended lies ahead
        # (but not one set before the intention: "On Friday, the government planned to pay")
        return "future"
    if lower in _NEEDS_TO and (i + 1 >= len(words) or words[i + 1].lower() != "to"):
        return None
    if lower in _NOT_BEFORE and i + 1 < len(words) and words[i + 1].lower() in _NOT_BEFORE[lower]:
        return None
    cue = mapping("tense_cues").get(lower)
    if i > 0 and words[i - 1].lower() in ("is", "are") and (lower.endswith("ed") and cue is None or cue == "past"):
        return None  # "the film is released on Friday", "when the case is heard in May": a present passive says no time of its own
    b = i - 1
    while b > 1 and (words[b].lower() in _ADVERBS or words[b].lower().endswith("ly")):
        b -= 1  # "will be officially dissolved"
    if b > 0 and words[b].lower() == "be" and (lower.endswith("ed") or cue == "past"):
        # "will be held", "to be completed": a passive infinitive looks ahead; "could be located" reads on leftwards
        return "future" if words[b - 1].lower() in _LOOKS_AHEAD else None
    if lower in ("effect", "force") and i > 0:
        # "takes effect on Jan. 1", "comes into force in May": a present of what is scheduled looks ahead
        j = i - 2 if words[i - 1].lower() in ("into", "in") else i - 1
        verb = words[j].lower() if j >= 0 else ""
        if verb in _SCHEDULED_PRESENT:
            return "future"
        if verb in ("took", "came", "went", "entered"):
            return "past"
    if lower == "last" and i > 0 and words[i - 1].lower() in _LAST_AS_VERB:
        return None  # "will last until August", "is set to last": the verb of duration, not "last week"
    if lower == "may" and (words[i] != "may" or (i + 1 < len(words) and words[i + 1].lower() == "have")):
        return None  # "in May" names a month; "may have gone" looks back
    if cue:
        return cue
    if allow_ed and len(lower) > 4 and lower.endswith("ed") and lower not in _NOT_PAST and not _adjective(words, i) \
            and not _keeps_a_state(words, i):
        return "past"  # but "will keep the government funded until February": a state kept, its tense is the keeping's
    return None


def lexical_direction(text: str, start: int, end: int) -> str | None:
    """Past/future from the nearest cue word in the clause around ``text[start:end]``."""
    return _lexical_cue(text, start, end)[0]


def close_direction(text: str, start: int, end: int) -> str | None:
    """Past/future when the cue is next to the expression ("was arrested on Feb. 23", "since March",
    "On 10 February, the army stormed"): a verb further off may head another clause
    ("said it is calling the shares for redemption on Dec. 7")."""
    found, close = _lexical_cue(text, start, end)
    return found if close else None


# words between a cue and its expression for the cue to be taken as the expression's own
_CLOSE_LEFT = 5
_CLOSE_GUESSED = 2  # a word taken for a past participle by its -ed only: "was arrested on", not "preferred shares on"
_CLOSE_FRONTED = 4


def _close_left(words: list[str], i: int, between: str) -> bool:
    """Whether the cue ``words[i]`` governs the expression that follows ``between``.

    Not when a comma or an infinitive comes between ("declared a dividend, payable Dec. 15",
    "had been set to expire Nov. 6"), when the expression modifies a noun ("gave no reason for
    the Jan. 14 deadline"), or when the cue is a word of planning ("was planned for March").
    """
    after = [w.lower() for w in words[i + 1:]]
    lower = words[i].lower()
    if "," in between or "to" in after or (after and after[-1] in _DETERMINERS) or lower in _PLANNED | _TENTATIVE:
        return False
    if any(w in _PLANNED for w in after):
        return False  # "had set 10 September as the date": a date set or planned lies ahead of the setting
    if i > 1 and words[i - 1].lower() == "be" and words[i - 2].lower() in _TENTATIVE:
        return False  # "would be held on Nov. 21"
    if mapping("tense_cues").get(lower):
        return len(words) - i <= _CLOSE_LEFT
    if _keeps_a_state(words, i):
        return False  # "keep the government funded through February 8": a state lasting until the date
    return len(words) - i <= _CLOSE_GUESSED


def _lexical_cue(text: str, start: int, end: int) -> tuple[str | None, bool]:
    left = text[max(0, start - _WINDOW):start]
    cut = list(_CLAUSE_LEFT.finditer(left + text[start:start + 1]))  # a sentence may begin with the expression
    if cut:
        left = left[cut[-1].end():]
    right = text[end:end + _WINDOW]
    stop = _CLAUSE_RIGHT.search(right)
    if stop:
        right = right[:stop.start()]
    if _scheduled_ahead(text, start) and not _told_past_after(right):
        return "future", False
    if _DEFERRED_UNTIL.search(left):
        last = _WORD.findall(left)[-1:]
        return "future", not (last and last[0].lower() in _DETERMINERS)  # "put off until after the Feb. 15 poll": a date of its own
    if _FUTURE_BEFORE.search(left) or _DEADLINE_SET.search(left) or _possible_by(left, right):
        return "future", False  # "as early as", "ordered by": ahead of the speaker, who may speak well before publication
    if _CREDIT_OPEN.search(text, max(0, start - 40), start) and re.match(r"\s*\)", text[end:end + 3]):
        return "past", True  # "(AP, Nov. 2)", "(Yekaterinburg, February 12)": a credit dates a report already out
    if _DATELINE_PLACE.search(text, 0, start) and _DATELINE_END.match(text, end):
        return "past", True  # "BELGRADE, Nov. 7 (AP) - ...": a dateline dates the writing, on or before publication
    found = list(_WORD.finditer(left))
    words = [w.group() for w in found]
    for i in range(len(words) - 1, -1, -1):
        cue = _cue(words, i)
        if cue:
            return cue, _close_left(words, i, left[found[i].end():])
    if _PURPOSE_BEFORE.search(left) or any(w.lower() in _CONDITIONS for w in words):
        # "sent for the leaders to approve on Wednesday", "if he gets his way in Sunday's polls": with no
        # tense word near, a purpose or a condition tells what is yet to come.
        return "future", False
    # "In January, the then secretary of state, Rex Tillerson, pledged ...": after a fronted time
    # the main clause's verb may come late, and it is the first verb-like word that counts
    fronted = bool(cut or start <= _WINDOW) and len(words) <= 2 and (
        right.startswith(",") or len(words) == 1 and words[0].lower() in _OPENING_PREPOSITIONS)  # "On October 7 the police said"
    if fronted:  # the subject between a fronted time and its verb can be long
        right = text[end:end + _FRONTED_REACH]
        stop = _CLAUSE_RIGHT.search(right)
        right = _RELATIVE_CLAUSE.sub(",", right[:stop.start()] if stop else right)
    found = list(_WORD.finditer(right))
    words = [w.group() for w in found]
    for i in range(len(words)):
        cue = _cue(words, i, allow_ed=i < 3 or fronted, inside=False)
        if cue:
            # "Police on Tuesday arrested ...", not "the launch, scheduled for July, was postponed"
            planned = any(w.lower() in _PLANNED for w in _WORD.findall(left.rsplit(",", 1)[-1]))
            return cue, not planned and i < (_CLOSE_FRONTED if fronted else 2)
    if _OPEN_UNTIL.search(left):
        # "Cyprus has until Monday to raise the money", "the deadline is Friday": with no past tense near,
        # a time something lasts until or is due by lies ahead
        return "future", False
    return None, False


def _governing_verb(token: Token) -> Token | None:
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def parsed_direction(doc: Doc, start: int, end: int) -> str | None:
    """Past/future from the verb governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    chain = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        chain.append(verb.head)
    elif verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and any(a.tag_ == "TO" for a in verb.children if a.dep_ == "aux"):
        # "will be sent for the leaders to approve on Wednesday": a purpose takes the time of the act it serves.
        chain.append(verb.head)
    if verb.tag_ in ("VBZ", "VBP") and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in verb.children):
        # "If he gets his way in Sunday's polls": a present tense after "if" or "unless" tells what may yet come.
        return "future"
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        looks_ahead = v.lemma_ in _FUTURE_LEMMAS and (v.lemma_ != "go" or v.tag_ == "VBG")  # "is going to", not "went"
        if any(a.lower_ in _FUTURE_AUX for a in auxes) or looks_ahead:
            return "future"
        if v.tag_ == "TO" or any(a.tag_ == "TO" for a in auxes):
            continue
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any("Past" in a.morph.get("Tense") for a in auxes):
            return "past"
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes) and v.tag_ in ("VBN", "VBG") and not any(a.lemma_ == "have" for a in auxes):
            return "future"
        if "Past" in v.morph.get("Tense") and v.tag_ in ("VBD", "VBN"):
            return "past"
    return None


def direction(text: str, start: int, end: int, doc: Doc | None = None) -> str | None:
    """Past, future or None for the expression at ``start:end``: the words near it first, then the parse.

    Nearby words decide more often rightly than the parse's tense ("a memorial planned for Saturday
    was cancelled", "extended its deadline until Tuesday"): on TempEval-3's training set the parse
    first gets 1501 values right, the words first 1506.
    """
    found = lexical_direction(text, start, end)
    if found is None and doc is not None:
        found = parsed_direction(doc, start, end)
    return found

