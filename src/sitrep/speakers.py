"""Speakers: the phrase next to a speech cue, and who it stands for.

A speaker phrase is found from the cue outwards — the subject before it ("Ukrainian
Foreign Minister Andrii Sybiha said", "Flynn, a top Trump surrogate, said", "the
architect, who said"), or the phrase after an inverted verb ("…, said Dmitry Peskov").
Only the words of the phrase are used: a capitalised head names someone, a pronoun or a
relative ("he", "who") points back, and anything else ("the ministry", "officials", "a
senior official") is kept in the words of the text.

:class:`Speakers` resolves the phrases of one document in reading order: a pronoun takes
the last compatible speaker (a person for "he"/"she", an organisation for "it", a group or
organisation for "they"), falling back on the nearest earlier full name in the text; a
bare surname ("Sybiha said", "Mr. Obama said") takes the earlier full name that ends with
it; a name the actor list knows takes its canonical name, country and sector. A pronoun
with nothing to point back to keeps its own words — the speaker is the text's, not a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ActorInfo, actor_index
from .model import Actor
from .rules import SpeechRules

__all__ = ["Phrase", "SpeakerRules", "Speakers"]

TOKEN = re.compile(r"\w[\w'’-]*(?:\.\w[\w'’-]*)*\.?|[^\w\s]")
"""Words (with inner dots and apostrophes: "U.S.", "Trump’s", "D-Wis.") and punctuation."""

_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\.?\s+){1,3}$")
_PERSON_NAME = re.compile(r"\b(?:[A-Z][\w'’-]*\.?[ \t]+){1,5}[A-Z][\w'’-]+\b")
# the same in a language written in Cyrillic ("Світлана Гринчук"; Latin names too)
_PERSON_NAME_CYRILLIC = re.compile(r"\b(?:[A-ZА-ЯІЇЄҐ][\w'’-]*\.?[ \t]+){1,5}"
                                   r"[A-ZА-ЯІЇЄҐ][\w'’-]+\b")
_SPEAKER_KINDS = frozenset({"person", "organisation", "country"})
_SHORT = 48
_INNER_PREPOSITIONS = frozenset({"of", "for", "at", "from"})
_QUOTE_MARKS = frozenset("\"“”«»'’")
_AFTER_QUOTE = frozenset("\"”»'’,")
"""Marks before an "-ed" word that make it an adjective ("…,” retired general X said")."""
_LONG = 360
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KNOWN_PERSON_SUFFIXES = ("de", "van", "von", "al", "bin", "la", "le", "da", "di", "del")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: its span and what kind of words it is.

    ``kind``: ``name`` (a capitalised head), ``nominal`` ("the ministry", "officials"),
    ``pronoun`` ("he") or ``relative`` ("who", with ``antecedent`` the phrase it follows).
    """

    start: int
    end: int
    kind: str
    antecedent: Phrase | None = None


@dataclass(frozen=True, slots=True)
class _Known:
    name: str
    actor_id: str
    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class _Speaker:
    actor: Actor
    kind: str  # person | organisation | group | unknown


def _known(info: ActorInfo) -> _Known:
    kind = "person" if info.kind == "person" else "organisation"
    return _Known(info.name, info.actor_id, info.country, info.sector, kind)


def _skip_blank(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \t":
        i += 1
    return i


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


class SpeakerRules:
    """The word lists of one language's speech rules, as sets, and the actor list."""

    def __init__(self, rules: SpeechRules) -> None:
        low = str.lower
        self.pronouns = {low(k): v for k, v in rules.pronouns.items()}
        self.relatives = frozenset(map(low, rules.relatives))
        # "his", "their": pronouns that only stand before a noun
        self.possessives = frozenset(w for w, kind in self.pronouns.items()
                                     if kind != "self" and w in map(low, rules.determiners))
        self.determiners = frozenset(map(low, rules.determiners))
        self.stop = frozenset(map(low, rules.stop)) - self.determiners
        self.modifiers = frozenset(map(low, rules.modifiers))
        self.honorifics = frozenset(map(low, rules.honorifics))
        self.titles = frozenset(map(low, rules.titles))
        self.organisations = frozenset(map(low, rules.organisations))
        self.abbreviations = frozenset(map(low, rules.abbreviations))
        self.plurals = frozenset(map(low, rules.plurals))
        self.passive = frozenset(map(low, rules.passive))
        self.times = frozenset(map(low, rules.times))
        self.time_prepositions = frozenset(map(low, rules.time_prepositions))
        self.cyrillic = _CYRILLIC.search(" ".join(rules.stop)) is not None
        self.person_name = _PERSON_NAME_CYRILLIC if self.cyrillic else _PERSON_NAME
        self.actors = actor_index()
        self.known_cache: dict[str, _Known | None] = {}

    def known(self, phrase: str) -> _Known | None:
        """What the actor index knows about the phrase or its longest known ending
        ("Kremlin spokesman Dmitry Peskov" -> Dmitry Peskov, RU, GOV)."""
        cache = self.known_cache
        if phrase in cache:
            return cache[phrase]
        parts = phrase.split()
        found = None
        for i in range(len(parts)):  # the whole phrase, then shorter endings of it
            tail = " ".join(parts[i:])
            if i and len(tail) <= 4:
                break
            info = self.actors.lookup(tail)
            if info is not None and info.kind in _SPEAKER_KINDS:
                found = _known(info)
                break
        if found is None and _CYRILLIC.search(phrase):
            found = self._inflected(phrase)
        if len(cache) > 20000:
            cache.clear()
        cache[phrase] = found
        return found

    def _inflected(self, phrase: str) -> _Known | None:
        """A Cyrillic phrase in another case than the actor list's ("за словами Сибіги",
        "Генштабу", "у Кремлі"): the actor the index finds at the phrase's end."""
        found = self.actors.find(phrase)
        last = found[-1] if found else None
        if last is None or phrase[last.end_char:].strip(" .,") or last.actor_id is None:
            return None
        info = self.actors.lookup(last.name)
        return _known(info) if info is not None and info.kind in _SPEAKER_KINDS else None

    # -- finding phrases ------------------------------------------------------------------
    @staticmethod
    def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, hi)]

    def contracted(self, word: str) -> str | None:
        """The pronoun of "he’s", "she's", "it’s" (is / has), else ``None``."""
        if len(word) < 4 or word[-2:] not in ("’s", "'s"):
            return None
        stem = word[:-2]
        low = stem.lower()
        return stem if stem.isalpha() and low in self.pronouns and \
            low not in self.possessives and self.pronouns[low] != "self" else None

    def after_sentence_end(self, words: list[str]) -> list[str]:
        """The words of a name after the last full stop among them ("July. Delegates" ->
        "Delegates", "Hester. Michael Mulgrew" -> "Michael Mulgrew"; "Mr. Obama" stays)."""
        for i in range(len(words) - 2, -1, -1):
            if words[i].endswith(".") and not self._abbrev(words[i]):
                return words[i + 1:]
        return words

    def _abbrev(self, word: str) -> bool:
        """A word whose final dot is no sentence end ("Mr.", "U.S.", "D.")."""
        low = word.lower()
        return low in self.abbreviations or low in self.honorifics or (
            len(word) == 2 and word[0].isupper()) or "." in word[:-1]

    def subject(self, text: str, lo: int, cue: int, *, past: bool = False) -> Phrase | None:
        """The phrase that ends right before the cue at ``cue`` (modifiers aside).

        ``past``: the cue is a past form, so a "be" before it makes it passive ("was asked",
        "is expected to"): its subject is no speaker. The words before the cue are read
        from a short window first, a longer one when the phrase may reach further.
        """
        j = cue
        while j > lo and text[j - 1] in " \t":
            j -= 1
        if j == lo or text[j - 1] in _QUOTE_MARKS:
            return None  # "“…,” said X": nothing before the cue
        w = text.rfind(" ", max(lo, j - 8), j)
        word = text[w + 1 if w >= 0 else max(lo, j - 8):j]
        if word.lower() in self.pronouns and word.isalpha() and \
                word.lower() not in self.possessives:
            return Phrase(j - len(word), j, "pronoun")  # "he said"
        stem = self.contracted(word)
        if stem is not None:
            return Phrase(j - len(word), j - len(word) + len(stem), "pronoun")  # "he’s said"
        start = max(lo, cue - _SHORT)
        toks = self._tokens(text, start, cue)
        found = self._subject(text, toks, past)
        if start > lo and toks:
            edge = toks[1][0] if len(toks) > 1 else toks[0][1]
            if (found is None and self._comma_last(toks)) or (found is not None and (
                    found.start < edge or (found.antecedent is not None
                                           and found.antecedent.start < edge))):
                # an apposition before the cue, or a phrase that runs into the window's edge
                found = self._subject(text, self._tokens(text, max(lo, cue - _LONG), cue),
                                      past)
        return found

    def _comma_last(self, toks: list[tuple[int, int, str]]) -> bool:
        """A comma (or a closing parenthesis) ends the words before the cue, modifiers and
        times aside: an apposition may open further back ("Flynn, a top surrogate, said")."""
        for _, _, w in reversed(toks):
            low = w.lower()
            if low in self.modifiers or low in self.times or low in self.time_prepositions \
                    or (low.endswith("ly") and low.isalpha()) or low.isdigit():
                continue
            return w in (",", ")")
        return False

    def _subject(self, text: str, toks: list[tuple[int, int, str]], past: bool) -> Phrase | None:
        i = len(toks) - 1
        nearest = ""
        while i >= 0:
            w = toks[i][2].lower()
            if (w in self.times or (w.isdigit() and len(w) == 4)) and i > 0 and \
                    toks[i - 1][2].lower() in self.time_prepositions:
                # before the modifiers: "month" is one too ("Wells Fargo this month said")
                i -= 2  # "Sanders on Tuesday said", "who in 2010 said", "in late August"
                while i >= 0 and toks[i][2].lower() in self.time_prepositions:
                    i -= 1
                continue
            if w in self.modifiers or (w.endswith("ly") and len(w) > 4 and w.isalpha()
                                       and w.islower()):
                if not nearest and not w.endswith("ly"):
                    nearest = w
                i -= 1
                continue
            break
        if i < 0 or (past and nearest in self.passive):
            return None
        w = toks[i][2]
        if w == ")":
            j = self._open_paren(text, toks, i)
            if j is None:
                return None
            i = j - 1
            if i < 0:
                return None
            w = toks[i][2]
        low = w.lower()
        if low in self.relatives:
            antecedent = None
            k = i - 1
            if k >= 0 and toks[k][2] == ",":
                k -= 1
            if k >= 0:
                antecedent = self._phrase_back(text, toks, k)
            if antecedent is None:
                return None
            return Phrase(toks[i][0], toks[i][1], "relative", antecedent)
        if w == ",":
            return self._apposition(text, toks, i)
        return self._phrase_back(text, toks, i)

    def possessor(self, text: str, lo: int, cue: int) -> Phrase | None:
        """Who owns the noun at ``cue``: "his" in "his earlier claim", "Tulsa police" in
        "Tulsa police’s claim" (at most two words between)."""
        toks = self._tokens(text, max(lo, cue - _SHORT), cue)
        i = len(toks) - 1
        for _ in range(3):
            if i < 0:
                return None
            s, e, w = toks[i]
            low = w.lower()
            if low in self.pronouns and low in self.determiners:
                return Phrase(s, e, "pronoun")  # his, her, their, its
            if low.endswith(("'s", "’s")) and len(w) > 2:
                if low[:-2] in self.times:
                    return None  # "Tuesday’s arguments": a time owns no claim
                return self._phrase_back(text, [*toks[:i], (s, e - 2, w[:-2])], i)
            if not w.isalpha() or not w.islower() or low in self.stop or \
                    low in self.determiners:
                return None
            i -= 1
        return None

    def _open_paren(self, text: str, toks: list[tuple[int, int, str]], i: int) -> int | None:
        for j in range(i - 1, max(-1, i - 10), -1):
            if toks[j][2] == "(":
                return j
        return None

    def _apposition(self, text: str, toks: list[tuple[int, int, str]], i: int) -> Phrase | None:
        """ "Flynn, a top Trump surrogate, said" / "Quina Jones, 25, said" / "A lawyer for
        the outlets, David Schulz, said": the name around the commas."""
        j = i - 1
        limit = max(-1, i - 30)
        while j > limit and toks[j][2] not in ",;:“”\"«»()—–":
            j -= 1
        if j <= limit or toks[j][2] != "," or j == i - 1:
            return None
        inner = [t[2] for t in toks[j + 1:i]]
        first = inner[0].lower()
        before = self._phrase_back(text, toks, j - 1) if j >= 1 else None
        if before is None:
            return None
        if all(_is_cap(w) or self._abbrev(w) for w in inner) and len(inner) <= 5 \
                and before.kind == "nominal":
            # "A lawyer for the news outlets, David Schulz, said": the name is the speaker
            return Phrase(toks[j + 1][0], toks[i - 1][1], "name")
        appositive = (first in self.determiners or first in self.relatives
                      or first in ("whose",) or first.isdigit() or first in self.titles
                      or (first[:1].islower() and len(inner) <= 10)
                      or all(_is_cap(w) or w in ("of", "the", "and") for w in inner))
        if not appositive or (len(inner) > 24 and first not in self.relatives):
            return None
        if before.kind not in ("name", "pronoun") and not all(
                w.lower() in self.modifiers or w.lower().endswith("ly") for w in inner):
            return None  # "Some Democrats, however, question": any phrase
        return before

    def _phrase_back(self, text: str, toks: list[tuple[int, int, str]], i: int) -> Phrase | None:
        """The noun phrase whose last word is ``toks[i]`` ("House Speaker Paul D. Ryan
        (R-Wis.)", "Mr. Morgan of the Sierra Club", "a spokesman for the ministry")."""
        if i >= 0 and toks[i][2] == ")":
            j = self._open_paren(text, toks, i)
            if j is None or j < 1:
                return None
            i = j - 1
        s, e, w = toks[i]
        low = w.lower()
        if low in self.pronouns and low not in self.possessives:
            return Phrase(s, e, "pronoun")  # "he said" (but "his claims" is a noun)
        if low in self.determiners or low in self.stop or low in self.modifiers \
                or not w[0].isalnum() or (low.endswith("ly") and not _is_cap(w)) \
                or low.endswith(("'s", "’s", "s'", "s’")):
            return None  # "Trump’s comments": the cue word is a noun
        start = s
        k = i - 1
        count = 1
        while k >= 0 and count < 12:
            ks, _, v = toks[k]
            vl = v.lower()
            if vl in self.determiners:
                if vl == "that" and any(_is_cap(t[2]) for t in toks[k + 1:i + 1]):
                    break  # "said that Clinton described …": "that" opens the clause
                start = ks
                if k >= 2 and toks[k - 1][2].lower() in ("of", "for") \
                        and toks[k - 2][2][0].isalnum() \
                        and toks[k - 2][2].lower() not in self.stop:
                    k -= 2  # "Mr. Morgan of the Sierra Club"
                    continue
                break
            if v in ("-", "&") or vl in _INNER_PREPOSITIONS or (
                    vl == "and" and k > 0 and _is_cap(toks[k - 1][2])
                    and _is_cap(text[start:start + 1])):
                k -= 1
                continue
            if not v[0].isalnum() or vl in self.stop or vl in self.pronouns \
                    or vl in self.modifiers:
                break
            if vl.endswith(("ed", "ing")) and v.islower() and not (k > 0 and (self._modifies(
                    toks[k - 1][2]) or toks[k - 1][2] in _AFTER_QUOTE)):
                break  # "Kaine defended people accused of": a verb ends the phrase
            start = ks
            count += 1
            k -= 1
        # no preposition at the left edge ("of the VOA" alone is no speaker)
        first = max(k, 0)
        while toks[first][0] < start:
            first += 1
        while toks[first][2].lower() in ("of", "for", "at", "and", "-", "&"):
            first += 1
            if first > i:
                return None
        start = toks[first][0]
        head_cap = _is_cap(w) and not (start == s and self._sentence_initial(text, s)
                                       and low in self.titles)
        if not head_cap and first == i and not (low.endswith("s") or low in
                                                self.organisations):
            return None  # a lone lower-case word ("being", "first") is no speaker
        return Phrase(start, e, "name" if head_cap else "nominal")

    def _modifies(self, word: str) -> bool:
        """A word before an "-ed" adjective in a phrase ("the unnamed", "newly elected")."""
        low = word.lower()
        return low in self.determiners or (low.endswith("ly") and low.isalpha())

    @staticmethod
    def _sentence_initial(text: str, s: int) -> bool:
        j = s - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] in ".!?\n\"“”"

    def after(self, text: str, start: int, hi: int) -> Phrase | None:
        """The phrase right after an inverted cue ("said Andrii Sybiha", "said a senior
        official", "said Mr. Morgan of the Sierra Club")."""
        kept: list[tuple[int, int]] = []
        nominal = False
        for m in TOKEN.finditer(text, start, min(hi, start + 200)):
            s, e = m.span()
            w = m.group()
            low = w.lower()
            if not kept:
                if low in self.determiners:
                    nominal = True  # "said some officials" ("some" alone is a pronoun)
                elif low in self.pronouns:
                    return Phrase(s, e, "pronoun")
                elif low in self.stop:
                    return None
                elif not (_is_cap(w) and w[0].isalpha()):
                    if not self._name_follows(text, e, hi):
                        return None
                    nominal = True  # "said 9/11 widow Terry Strada"
            elif self._ends_after(w, low, nominal, len(kept), _is_cap(
                    text[kept[-1][0]:kept[-1][1]]) and self._determiner_next(text, m.end(), hi)):
                break
            elif (low in self.determiners or low in self.pronouns or low in self.modifiers) \
                    and text[kept[-1][0]:kept[-1][1]].lower() not in ("of", "for"):
                break  # "the debate audience | that she believes"
            if w.endswith(".") and not self._abbrev(w):
                kept.append((s, e - 1))  # "said Andrii Sybiha." — the full stop ends it
                break
            kept.append((s, e))
            if len(kept) >= 10:
                break
        while kept and text[kept[-1][0]:kept[-1][1]].lower() in ("of", "for", "the", "and"):
            kept.pop()
        if not kept:
            return None
        s0, e0 = kept[0][0], kept[-1][1]
        if nominal and len(kept) < 2:
            low = text[s0:e0].lower()
            return Phrase(s0, e0, "pronoun") if low in self.pronouns else None
        return Phrase(s0, e0, "nominal" if nominal else "name")

    def _name_follows(self, text: str, start: int, hi: int) -> bool:
        """A capitalised word within the next three words, before any stop word."""
        for n, m in enumerate(TOKEN.finditer(text, start, min(hi, start + 60))):
            w = m.group()
            if w in ("/", "-", "&"):
                continue
            if n >= 4 or not w[0].isalnum() or w.lower() in self.stop or w.lower() in (
                    "that", "this", "these", "those"):
                return False
            if _is_cap(w):
                return True
        return False

    def _determiner_next(self, text: str, pos: int, hi: int) -> bool:
        """A determiner follows ("… India cut | its rate": the word before is a verb)."""
        nxt = TOKEN.match(text, _skip_blank(text, pos, hi))
        return nxt is not None and nxt.group().lower() in self.determiners

    def _ends_after(self, w: str, low: str, nominal: bool, count: int,
                    after_name: bool = False) -> bool:
        """Whether the word ``w`` ends a phrase read forwards ("The air force | published
        the figures")."""
        if not w[0].isalnum():
            return w not in ("-", "&", "/")
        if low in self.stop:
            return not (low in ("of", "for") and (nominal or count < 6))
        if nominal and w.islower() and (low.endswith(("ed", "ing")) or after_name) \
                and count > 1:
            return True  # "The central bank of India | cut its rate"
        return not nominal and not _is_cap(w) and low not in _KNOWN_PERSON_SUFFIXES \
            and low not in ("of", "for", "the")

    def name_at(self, text: str, start: int, hi: int) -> Phrase | None:
        """A capitalised name starting at ``start`` (after "― " under a quote)."""
        p = self.after(text, start, hi)
        return p if p is not None and p.kind == "name" else None


class Speakers:
    """The speakers of one document, resolved in reading order."""

    def __init__(self, rules: SpeakerRules, text: str) -> None:
        self.rules = rules
        self.text = text
        self.history: list[_Speaker] = []
        self.full_names: dict[str, _Speaker | None] = {}

    def resolve(self, phrase: Phrase | None) -> Actor | None:
        if phrase is None:
            return None
        sp = self._resolve(phrase)
        if sp is None:
            return None
        if phrase.kind != "pronoun" or sp.actor.name != sp.actor.text:
            self.history.append(sp)
        return sp.actor

    def remember(self, actor: Actor) -> None:
        """A speaker carried over (a quote paragraph continuing its speaker)."""
        for sp in reversed(self.history):
            if sp.actor.name == actor.name:
                self.history.append(sp)
                return

    def _resolve(self, phrase: Phrase) -> _Speaker | None:
        text = self.text
        s, e = phrase.start, phrase.end
        words = text[s:e]
        r = self.rules
        if phrase.kind == "relative":
            assert phrase.antecedent is not None
            ante = self._resolve(phrase.antecedent)
            if ante is None:
                return None
            a = ante.actor
            return _Speaker(Actor(a.name, words, s, e, a.actor_id, a.country, a.sector),
                            ante.kind)
        if phrase.kind == "pronoun":
            wanted = r.pronouns.get(words.lower(), "any")
            prev = None if wanted == "self" else self._last(wanted, s)
            if prev is not None:
                a = prev.actor
                return _Speaker(Actor(a.name, words, s, e, a.actor_id, a.country, a.sector),
                                prev.kind)
            return _Speaker(Actor(words, words, s, e), "unknown")
        known = self._known(words)
        if known is not None:
            return _Speaker(Actor(known.name, words, s, e, known.actor_id, known.country,
                                  known.sector), known.kind)
        tokens = words.split()
        last = tokens[-1]
        core = [t for t in tokens if t.lower() not in r.honorifics]
        if phrase.kind == "name" and len(core) == 1:
            full = self._full_name(core[0], s)
            if full is not None:
                return full if full.actor.start_char == s else _Speaker(
                    Actor(full.actor.name, words, s, e, full.actor.actor_id,
                          full.actor.country, full.actor.sector), full.kind)
        kind = self._kind(tokens, phrase.kind)
        del last
        return _Speaker(Actor(words, words, s, e), kind)

    def _kind(self, tokens: list[str], phrase_kind: str) -> str:
        r = self.rules
        head = tokens[-1].lower().rstrip(".")
        if head.endswith(("’s", "'s")):
            head = head[:-2]
        if head in r.organisations or any(t.lower() in r.organisations for t in tokens[-2:]):
            return "organisation"
        if phrase_kind == "name":
            return "person"
        if head.endswith("s") and not head.endswith("ss"):
            return "group"
        return "unknown"

    def _known(self, words: str) -> _Known | None:
        return self.rules.known(words)

    def _last(self, wanted: str, before: int) -> _Speaker | None:
        for prev in reversed(self.history):
            if wanted == "any" or prev.kind == wanted or (
                    wanted == "group" and prev.kind == "organisation"):
                return prev
        if wanted == "person":
            found = self._name_before(before)
            if found is not None:
                return found
        return None

    def _name_before(self, before: int) -> _Speaker | None:
        """The nearest full name ("Hillary Clinton", "Mr. Obama") before ``before``."""
        text = self.text
        lo = max(0, before - 1500)
        best = None
        r = self.rules
        words: list[str] = []
        for m in r.person_name.finditer(text, lo, before):
            found_words = r.after_sentence_end(m.group().split())
            if len(found_words) < 2 or any(w.lower().rstrip(".") in r.organisations
                                           for w in found_words):
                continue
            best, words = m, found_words
        if best is None:
            return None
        while len(words) > 2 and (words[0].lower() in r.titles or words[0].lower() in
                                  r.honorifics or words[0].lower() in r.stop
                                  or words[0].lower() in r.determiners or len(words) > 3):
            words.pop(0)  # "Ukrainian Foreign Minister Andrii Sybiha" -> "Andrii Sybiha"
        if words[0].lower() in r.stop or words[0].lower() in r.determiners:
            return None
        found = " ".join(words)
        start = best.end() - len(words[-1]) - sum(len(w) + 1 for w in words[:-1])
        known = self._known(found)
        if known is not None:
            return _Speaker(Actor(known.name, found, start, best.end(), known.actor_id,
                                  known.country, known.sector), known.kind)
        return _Speaker(Actor(found, found, start, best.end()), "person")

    def _full_name(self, surname: str, before: int) -> _Speaker | None:
        """The earlier speaker or full name that ends with ``surname``."""
        bare = surname.rstrip(".")
        low = bare.lower()
        for prev in reversed(self.history):
            parts = prev.actor.name.split()
            if len(parts) >= 2 and parts[-1].lower() == low and prev.kind == "person":
                return prev
        if bare not in self.full_names:
            self.full_names[bare] = self._first_full_mention(bare)
        found = self.full_names[bare]
        return found if found is not None and found.actor.start_char < before else None

    def _first_full_mention(self, bare: str) -> _Speaker | None:
        """The first place where ``bare`` follows capitalised words ("Andrii Sybiha")."""
        text = self.text
        r = self.rules
        i = text.find(bare)
        while i >= 0:
            end = i + len(bare)
            if (end == len(text) or not text[end].isalnum()) and (i == 0 or not
                                                                  text[i - 1].isalnum()):
                m = _NAME_BEFORE.search(text, max(0, i - 60), i)
                if m is not None:
                    words = [w for w in r.after_sentence_end([*m.group().split(), bare])
                             if w.lower() not in r.honorifics and w.lower() not in r.titles
                             and w.lower() not in r.stop and w.lower() not in r.determiners]
                    if len(words) >= 2:
                        name = " ".join(words)
                        known = self._known(name)
                        start = text.index(words[0], m.start())
                        if known is not None:
                            return _Speaker(Actor(known.name, name, start, end, known.actor_id,
                                                  known.country, known.sector), known.kind)
                        return _Speaker(Actor(name, name, start, end), "person")
            i = text.find(bare, end)
        return None
