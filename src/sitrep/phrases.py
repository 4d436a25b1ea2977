"""Vocabulary → spaCy ``PhraseMatcher``s, and the per-document index of what matched.

All word lists come from the rule files (``weapons.json``, ``actors.json`` and the
language's ``cues.json``/``numbers.json``/``periods.json``). Lower-cased matching is used
for common words; proper names (countries, places) are matched case-sensitively so that
"US" the country is not "us" the pronoun.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import regex
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .numbers import NumberGrammar, grammar_for
from .rules import (
    ActorRules,
    CueRules,
    NounRules,
    PeriodRules,
    RoleCue,
    WeaponRules,
    load_actors,
    load_cues,
    load_inflections,
    load_nouns,
    load_periods,
    load_weapons,
)

__all__ = ["RULE_SETS", "CueSpec", "Match", "PhraseIndex", "Vocabulary"]

# Rule sets read for each pipeline language: Ukrainian reports quote English names and
# news in Ukrainian often carries an English paragraph, so Ukrainian reads both.
RULE_SETS = {"uk": "uk+en"}

_KH = regex.compile(r"^(?:Kh|Х)-")
_CASE_ENDING = regex.compile(r"-[а-яіїєґ]{1,3}$")
_CYRILLIC = regex.compile(r"[\u0400-\u04ff]")


def _model_variants(alias: str) -> set[str]:
    """Spellings of one catalogue alias: Kh-/X-/Cyrillic Х-, dash, space, none; plural."""
    out = {alias}
    m = _KH.match(alias)
    if m:
        rest = alias[m.end() :]
        for prefix in ("Kh", "X", "Х"):
            for sep in ("-", " ", ""):
                out.add(f"{prefix}{sep}{rest}")
    for variant in list(out):
        if "-" in variant:
            out.add(variant.replace("-", " "))
            out.add(variant.replace("-", ""))
            out.add(variant.replace("-", "- "))  # "Іскандер- М" in hurried posts
    for variant in list(out):
        if (variant[-1:].isalpha() and variant[-1:].isascii()) or variant[-1:].isdigit():
            out.add(variant + "s")
    return out


Match = tuple[int, int, str]
"""``(start_token, end_token, value)`` of one phrase match."""


@dataclass(frozen=True)
class CueSpec:
    role: str
    governs: str
    requires_before: frozenset[str]
    window: int
    weak: bool = False
    list_head: bool = False


@dataclass
class PhraseIndex:
    """What the matchers found in one document: kind → matches sorted by position."""

    by_kind: dict[str, list[Match]] = field(default_factory=dict)

    def get(self, kind: str) -> list[Match]:
        return self.by_kind.get(kind, [])


def _longest_first(matches: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Drop matches that overlap an earlier or longer match of the same group."""
    matches.sort(key=lambda m: (m[0], m[0] - m[1]))
    kept = []
    last_end = -1
    for m in matches:
        if m[0] >= last_end:
            kept.append(m)
            last_end = m[1]
    return kept


_ANCHORS = frozenset({"HEAD", "TOTAL", "MODEL", "ATTACKNOUN", "IGNORE"})

# groups whose members compete for the same tokens; kinds not listed stand alone
_GROUPS: dict[str, str] = {"HEAD": "weapon", "TOTAL": "weapon", "ATTACKNOUN": "weapon",
                           "IGNORE": "weapon",
                           "LOCHIT": "loccue",
                           "LOCDEBRIS": "loccue", "COUNTRY": "country", "ADJC": "country"}


class Vocabulary:
    """Every phrase list of one language compiled into two ``PhraseMatcher``s."""

    def __init__(self, nlp: Language, language: str) -> None:
        self.language = language
        self.rules_key = RULE_SETS.get(language, language)
        language = self.rules_key
        self.weapons: WeaponRules = load_weapons()
        self.nouns: NounRules = load_nouns(language)
        self.actors: ActorRules = load_actors()
        self.cues: CueRules = load_cues(language)
        self.periods: PeriodRules = load_periods(language)
        self.numbers: NumberGrammar = grammar_for(language)
        self._anchor = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._labels: dict[int, tuple[str, str]] = {}
        self.cue_specs: dict[str, CueSpec] = {}
        self.passive_of: dict[str, CueSpec] = {}
        self.model_category: dict[str, str] = {}
        self.reporter_info: dict[str, tuple[str, str | None]] = {}
        self.reporter_sector: dict[str, str | None] = {}
        self.mod_tokens: set[str] = set()
        self.number_words: set[str] = set()
        self._make = nlp.tokenizer  # not make_doc: phrases are short, no max_length check
        self._strings = nlp.vocab.strings
        self._build()

    # -- building -------------------------------------------------------------------
    def _add(self, matcher: PhraseMatcher, kind: str, value: str, phrases: Any) -> None:
        if kind in _ANCHORS:
            matcher = self._anchor  # weapon words: matched first, and alone when absent
        label = f"{kind}|{value}"
        variants = set(phrases)
        variants |= {p.replace("'", "\u2019") for p in variants if "'" in p}
        docs = [self._make(p) for p in sorted(variants) if p.strip()]
        if not docs:
            return
        matcher.add(label, docs)
        self._labels[self._strings[label]] = (kind, value)

    def _tokens_of(self, phrase: str) -> list[str]:
        return [t.lower_ for t in self._make(phrase)]

    def _build(self) -> None:
        w = self.weapons
        for model in w.models:
            self.model_category[model.id] = model.category
            variants: set[str] = set()
            for alias in model.aliases:
                variants |= _model_variants(alias)
            self._add(self._lower, "MODEL", model.id, variants)
            for v in variants:
                self.mod_tokens.update(self._tokens_of(v))
        w_nouns = self.nouns
        forms = load_inflections(self.rules_key).heads  # every case form of each noun

        def inflected(phrases: list[str]) -> set[str]:
            return {*phrases, *(f for p in phrases for f in forms.get(p, ()))}

        for generic in w_nouns.generic:
            self._add(self._lower, "HEAD", f"{generic.category}|{generic.model or ''}",
                      inflected(generic.heads))
        self._add(self._lower, "TOTAL", "", inflected(w_nouns.totals.heads))
        self.not_heads_before = frozenset(x.lower() for x in w_nouns.not_heads_before)
        self.instrumental_endings = tuple(w_nouns.instrumental_endings)
        self.singular_heads = frozenset(" ".join(h.lower().split())
                                        for h in w_nouns.singular_heads)
        self.invariant_heads = frozenset(h.lower() for h in w_nouns.invariant_heads)
        if w_nouns.ignore is not None:
            self._add(self._lower, "IGNORE", "", w_nouns.ignore.heads)
        for nouns in w_nouns.attack_nouns:
            self._add(self._lower, "ATTACKNOUN", nouns.category, nouns.phrases)
        for mod in w_nouns.modifiers:
            self.mod_tokens.update(self._tokens_of(mod))
        self.mod_tokens.update({"-", "/", "type", "style", "class", "made", "designed",
                                "built", "supplied", "and", "or", ","})

        n = self.numbers.rules
        for qual, phrases in n.qualifiers.items():
            self._add(self._lower, "QUAL", qual, phrases)
        self.number_words = {*n.units, *n.tens, *n.scales, "and", "a", "-"}
        self._numeric_words = frozenset({*n.units, *n.tens, *n.scales})
        self._add(self._lower, "NUMW", "fixed", n.fixed)
        self._add(self._lower, "NUMW", "vague", n.vague)

        c = self.cues
        aux = c.auxiliaries
        # one phrase may be listed under both directions of a role ("shot down" in
        # "shot down 40 drones" and in "40 drones shot down"): it then governs both sides
        by_phrase: dict[str, CueSpec] = {}
        for cue in c.roles:
            spec = CueSpec(cue.role, cue.governs, frozenset(cue.requires_before), cue.window,
                           cue.weak, cue.list_head)
            if cue.passive:
                for phrase in cue.phrases:
                    self.passive_of.setdefault(" ".join(phrase.lower().split()), spec)
            for phrase in self._cue_phrases(cue, aux, c.adverbs):
                key = " ".join(phrase.lower().split())
                old = by_phrase.get(key)
                if old is None:
                    by_phrase[key] = spec
                elif old.role == spec.role and old.governs != spec.governs \
                        and old.requires_before == spec.requires_before:
                    by_phrase[key] = CueSpec(old.role, "both", old.requires_before, old.window,
                                             old.weak, old.list_head)
        grouped: dict[CueSpec, list[str]] = defaultdict(list)
        for phrase, spec in by_phrase.items():
            grouped[spec].append(phrase)
        for i, (spec, phrases) in enumerate(grouped.items()):
            self.cue_specs[str(i)] = spec
            self._add(self._lower, "CUE", str(i), phrases)
        self._add(self._lower, "PARTICIPLE", "", list(self.passive_of))
        self.adverbs = frozenset(a.lower() for a in c.adverbs)
        self.aux_last = frozenset(a.split()[-1].lower() for a in aux)
        self._add(self._lower, "BREAK", "", c.breakers)
        self.connectors = {t for p in c.connectors for t in self._tokens_of(p)}
        self.transfer_verbs = frozenset(" ".join(v.lower().split()) for v in c.transfer_verbs)
        self.pending_not_after = frozenset(w.lower() for w in c.pending_not_after)
        self.list_openers = frozenset(w.lower() for w in c.list_openers)
        self.model_list_openers = frozenset(w.lower() for w in c.model_list_openers)
        self.model_leads = frozenset(w.lower() for w in c.model_leads)
        self.weak_for_detection = frozenset(
            " ".join(v.lower().split()) for v in c.weak_for_detection)
        loc = c.locations
        self._add(self._lower, "LOCHEAD", "", loc.heads)
        self._add(self._lower, "LOCHIT", "hit_locations", loc.hit_cues)
        self._add(self._lower, "LOCDEBRIS", "debris_locations", loc.debris_cues)
        self.loc_modifiers = {t for m in loc.modifiers for t in self._tokens_of(m)}
        self._add(self._lower, "NEG", "", c.negative)
        self._add(self._lower, "HYPO", "", c.hypothetical)
        self._add(self._lower, "RATE", "", c.rate_context)
        self._add(self._lower, "ALERT", "", c.alert)
        self._add(self._lower, "BACKGROUND", "", c.background)
        self._add(self._lower, "LAUNCHSITE", "", c.launch_sites)
        self._add(self._lower, "ALERTMOVE", "", c.alert_after_weapon)
        self._add(self._lower, "PTRIG", "", self.periods.triggers)

        a = self.actors
        for i, rep in enumerate(a.reporters):
            self.reporter_info[str(i)] = (rep.name, rep.country)
            self.reporter_sector[rep.name] = rep.sector
            aliases = set(rep.aliases)
            aliases |= {a.replace(" ", "\n") for a in rep.aliases if " " in a}
            self._add(self._lower, "REPORTER", str(i), aliases)
        for country in a.countries:
            # Latin names are matched as written ("US" is not "us"); Cyrillic ones in any
            # case ("ПРОТИВНИКА" in a headline)
            latin = [n for n in country.names if not _CYRILLIC.search(n)]
            cyrillic = [n for n in country.names if _CYRILLIC.search(n)]
            self._add(self._orth, "COUNTRY", country.code, latin)
            self._add(self._lower, "COUNTRY", country.code, cyrillic)
            self._add(self._orth, "ADJC", country.code, country.adjectives)
            for adj in country.adjectives:
                self.mod_tokens.update(self._tokens_of(adj))
        for code, words in a.enemy.items():
            self._add(self._lower, "ENEMY", code, words)
        self.place_country: dict[str, str] = {}
        for group in a.places:
            self._add(self._orth, "PLACE", group.country, group.names)
            for name in group.names:
                self.place_country[name] = group.country

    def like_number(self, token: str) -> bool:
        """ "12", "1,200", "1.5", "twelve", "hundred" (but not "3rd" or "second")."""
        if token[:1].isdigit():
            token = _CASE_ENDING.sub("", token)  # "181-м", "36-ма": a number with its case
            return token.replace(",", "").replace(".", "", 1).isdigit()
        return token.lower().replace("\u2019", "'").replace("\u02bc", "'") in self._numeric_words

    def _cue_phrases(self, cue: RoleCue, aux: list[str], adverbs: list[str]) -> list[str]:
        """Passive cues are spelled out with each auxiliary ("were shot down"); an adverb
        between them ("were successfully shot down") is handled when matching, through
        ``passive_of``, instead of multiplying the phrases by every adverb."""
        if not cue.passive:
            return list(cue.phrases)
        return [f"{a} {phrase}" for phrase in cue.phrases for a in aux]

    # -- matching -------------------------------------------------------------------
    def index(self, doc: Doc) -> PhraseIndex:
        grouped: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
        labels = self._labels
        groups = _GROUPS
        anchors = self._anchor(doc)
        if not anchors:
            return PhraseIndex({})  # no weapon named: nothing else is worth matching
        for found in (anchors, self._lower(doc), self._orth(doc)):
            for match_id, start, end in found:
                kind, value = labels[match_id]
                grouped[groups.get(kind, kind)].append((start, end, kind, value))
        by_kind: dict[str, list[Match]] = defaultdict(list)
        for group in grouped.values():
            for start, end, kind, value in _longest_first(group):
                by_kind[kind].append((start, end, value))
        return PhraseIndex(by_kind)
