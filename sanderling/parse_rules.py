"""The model's own rule components, applied to arrays instead of token by token.

``en_core_web_sm`` ends with two rule-based components: the attribute ruler
(fine tag -> coarse POS and morphology, plus a hundred word exceptions) and
the English lemmatizer. spaCy runs both as Python loops that build a Token
object per word, which cost up to a fifth of the model's parse time on news.
The replacements below read the same rules and tables from the loaded model
and give identical annotations (``tests/test_parse.py`` checks it); they only
do the per-tag and per-word work once instead of once per token.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs


class ArrayAttributeRuler:
    """The attribute ruler: its leading tag map as one array lookup, its word exceptions looked up by word, tag or label."""

    def __init__(self, ruler: AttributeRuler) -> None:
        vocab = ruler.vocab
        patterns = ruler.patterns
        lead = 0
        while lead < len(patterns) and _tag_only(patterns[lead]):
            lead += 1
        # Later rules override earlier ones, so the tag map may run first only because it comes first.
        self._pos: dict[int, int] = {}
        self._morph: dict[int, int] = {}
        for pattern in patterns[:lead]:
            tag = vocab.strings.add(pattern["patterns"][0][0]["TAG"])
            attrs = pattern["attrs"]
            if "POS" in attrs:
                self._pos[tag] = POS_IDS[attrs["POS"]]
            if "MORPH" in attrs:
                self._morph[tag] = vocab.morphology.add(attrs["MORPH"])
        self._exceptions = _ExceptionRules(ruler, first=lead)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            array = doc.to_array([TAG, POS, MORPH])
            tags = array[:, 0].tolist()
            pos, morph = self._pos, self._morph
            array[:, 1] = [pos.get(tag, old) for tag, old in zip(tags, array[:, 1].tolist())]
            array[:, 2] = [morph.get(tag, old) for tag, old in zip(tags, array[:, 2].tolist())]
            doc.from_array([POS, MORPH], array[:, 1:])
            self._exceptions.apply(doc)
        return doc


_ATTRIBUTES = ("LOWER", "TAG", "DEP", "IS_SPACE")


class _TokenTest:
    """One token of a Matcher pattern, over (lower, tag, dep, is_space) as string hashes and a bool."""

    def __init__(self, spec: dict, strings) -> None:
        self.equal: list[tuple[int, object]] = []
        self.within: list[tuple[int, frozenset, bool]] = []
        self.regex: list[tuple[int, re.Pattern]] = []
        for name, wanted in spec.items():
            column = _ATTRIBUTES.index(name)
            if not isinstance(wanted, dict):
                self.equal.append((column, int(wanted) if name == "IS_SPACE" else strings.add(wanted)))
                continue
            for operator, value in wanted.items():
                if operator == "REGEX":
                    self.regex.append((column, re.compile(value)))
                elif operator in ("IN", "NOT_IN"):
                    self.within.append((column, frozenset(strings.add(v) for v in value), operator == "IN"))
                else:
                    raise ValueError(f"attribute ruler pattern with {operator!r}: not supported by the array version")

    def key(self) -> tuple[int, list] | None:
        """A column and the values this test needs there, to find candidate tokens by lookup: the word first, the tag last."""
        for wanted_column in (0, 2, 1, 3):
            for column, value in self.equal:
                if column == wanted_column:
                    return column, [value]
            for column, values, inside in self.within:
                if column == wanted_column and inside:
                    return column, list(values)
        return None

    def passes(self, row: tuple, strings) -> bool:
        return (
            all(row[column] == value for column, value in self.equal)
            and all((row[column] in values) == inside for column, values, inside in self.within)
            and all(pattern.search(strings[row[column]]) for column, pattern in self.regex)
        )


class _ExceptionRules:
    """The ruler's patterns after its tag map, matched as spaCy's Matcher would (no operators)."""

    def __init__(self, ruler: AttributeRuler, *, first: int) -> None:
        strings = ruler.vocab.strings
        self._rules: list[tuple[int, list[_TokenTest]]] = []
        self._by_value: list[dict[int, list[int]]] = [{}, {}, {}, {}]
        self._everywhere: list[int] = []  # patterns opening with a regular expression, tested once per distinct word
        self._attrs, self._indices = ruler.attrs, ruler.indices
        for position in range(first, len(ruler.patterns)):
            for tokens in ruler.patterns[position]["patterns"]:
                if any("OP" in spec for spec in tokens):
                    raise ValueError("attribute ruler pattern with an operator: not supported by the array version")
                tests = [_TokenTest(spec, strings) for spec in tokens]
                number = len(self._rules)
                self._rules.append((position, tests))
                key = tests[0].key()
                if key is None:
                    self._everywhere.append(number)
                else:
                    column, values = key
                    for value in values:
                        self._by_value[column].setdefault(value, []).append(number)

    def apply(self, doc: Doc) -> None:
        rows = [tuple(row) for row in doc.to_array(_ATTRIBUTES).tolist()]
        strings = doc.vocab.strings
        verdicts: dict[tuple[int, int], bool] = {}  # per doc, so nothing grows with the corpus
        by_lower, by_tag, by_dep, by_space = self._by_value
        found = []
        for start, row in enumerate(rows):
            candidates = set(by_lower.get(row[0], ())).union(by_tag.get(row[1], ()), by_dep.get(row[2], ()), by_space.get(row[3], ()))
            candidates.update(number for number in self._everywhere if self._opens(number, row, strings, verdicts))
            for number in candidates:
                position, tests = self._rules[number]
                end = start + len(tests)
                if end <= len(rows) and all(test.passes(rows[start + j], strings) for j, test in enumerate(tests)):
                    found.append((position, start, end))
        # spaCy applies matches in pattern order, so a later pattern wins where two set one token.
        for position, start, end in sorted(set(found)):
            set_token_attrs(doc[start:end][self._indices[position]], self._attrs[position])

    def _opens(self, number: int, row: tuple, strings, verdicts: dict[tuple[int, int], bool]) -> bool:
        """Whether the rule's first token test passes; its regular expressions are run once per distinct word."""
        test = self._rules[number][1][0]
        key = (number, row[test.regex[0][0]]) if test.regex else None
        verdict = verdicts.get(key) if key else None
        if verdict is None:
            verdict = all(pattern.search(strings[row[column]]) for column, pattern in test.regex)
            if key:
                verdicts[key] = verdict
        return verdict and test.passes(row, strings)


class ArrayLemmatizer:
    """The English rule lemmatizer, asked once per distinct (word, POS, morphology): the key of its own cache."""

    def __init__(self, lemmatizer) -> None:
        self._lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmatizer, lemmas, strings = self._lemmatizer, self._lemmas, doc.vocab.strings
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        column = []
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not lemmatizer.overwrite:
                column.append(lemma)
                continue
            key = (orth, pos, morph)
            found = lemmas.get(key)
            if found is None:
                found = lemmas[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            column.append(found)
        array[:, 3] = column
        doc.from_array([LEMMA], array[:, 3:])
        return doc


def _tag_only(pattern: dict) -> bool:
    """A tag-map rule: one pattern of one token that tests only a single fine tag and sets only POS and morphology."""
    tokens = pattern["patterns"]
    return (
        len(tokens) == 1 and len(tokens[0]) == 1 and set(tokens[0][0]) == {"TAG"}
        and isinstance(tokens[0][0]["TAG"], str) and pattern.get("index", 0) == 0
        and set(pattern["attrs"]) <= {"POS", "MORPH"}
    )


@Language.factory("sanderling_array_attribute_ruler")
def _array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("sanderling_array_lemmatizer")
def _array_lemmatizer(nlp: Language, name: str) -> ArrayLemmatizer:
    return ArrayLemmatizer(nlp.get_pipe("lemmatizer"))


def use_array_rules(nlp: Language) -> Language:
    """Put the array versions in place of the model's attribute ruler and lemmatizer."""
    for original, replacement in (("attribute_ruler", "sanderling_array_attribute_ruler"), ("lemmatizer", "sanderling_array_lemmatizer")):
        if original in nlp.pipe_names:
            nlp.add_pipe(replacement, after=original)
            nlp.remove_pipe(original)
    return nlp
