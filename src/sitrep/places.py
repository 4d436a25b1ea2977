"""Every place a document names, geocoded offline, with its role.

Finding: capitalised words are looked up in the gazetteer (:mod:`sitrep.gazetteer`), one
dictionary lookup per word (multi-word names are tried first by their first word). A name
is kept when the gazetteer says it may stand alone (a city's own name with enough people,
a curated alias, a region) or when a cue stands before it ("in Mobile", "near Kupiansk",
"у Ромнах", "the village of …"); countries need a locative cue ("in Poland", "над
Польщею"); a list ("Kharkiv, Izium and Kupiansk") carries the cue of its first item.
Stoplisted words ("Reading", "Nice", "March") are no city; after "the village of", "с." a
capitalised name is kept without coordinates. Organisation names ("Kyiv Independent") and
streets ("Oxford Street") hide the place inside them; a capitalised word right before a
name ("Friedrich Engels"), or one after a place name that is also a first name ("Vladimir
Putin"), makes it a person. A region stem with a region noun after it is the region
("Kharkiv region", "Харківської області", "the Bryansk and Kursk regions", "із Брянської,
Курської обл.").

Roles come from ``rules/places.json``: in the place's clause, the first rule whose
``before``/``after``/``clause`` patterns hold ("shot down over", "над", "a strike on", "talks
in") gives ``interception_area``, ``launch_site``, ``venue`` or ``struck``; otherwise the
place is ``mentioned``. Launch sites also come from the attack step's launch-site phrases
("район пуску – Курська обл.", "launched from Kursk and Bryansk").

Linking (:meth:`PlaceFinder.locate`): attacks gain the struck, interception and launch
places of their sentences; casualties and impacts the place of their sentence (which is
then ``struck`` if it was only mentioned); events without a location the venue of their
sentence, and an attack or coercion (ASSAULT, COERCE) the place it struck, after its cue
("Противник атакував Полтавщину" → Poltava Oblast), which is also its target when the
sentence names no target actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .counts import DocView
from .gazetteer import COUNTRY, CUE, FREE, Gazetteer, load_gazetteer
from .model import Actor, Attack, Count, Event, Place
from .rules import load_periods, load_places

__all__ = ["PlaceFinder", "finder_for", "launch_sites"]

_STOP = re.compile(r"[);]|\.(?:\s|$)|\n")
_SPLIT = re.compile(r",|\s+(?:та|і|й|and|or)\s+")
_RUSSIA = re.compile(r"(?:^|[\s–—-])(?:рф|РФ|росія|Росія|Russia)\b")
_OCCUPIED = re.compile(r"\bТОТ\b|\bтот\b|окупован|occupied", re.IGNORECASE)
_TRIM = re.compile(r"^[\s:–—\-\"«“]+|[\s:–—\-\"»”,.]+$")
_GROUP_TAIL = re.compile(r"\s*[–—-]\s*(?:рф|РФ|ТОТ(?:\s+АР\s+Крим)?)\s*\.?$")

# same-length normalisation: one apostrophe, plain spaces
_NORMALISE = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'",
                            "\u00a0": " ", "\u202f": " "})
# a capitalised word; whether it starts a word is checked only for the few that name places
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'\-]*")
_NEXT_WORD = re.compile(r"([\s,/&]{1,4}(?:\w{1,3}\s+)?)([A-ZА-ЯЁІЇЄҐ][\w'\-]*)")
_SENTENCE_ENDS = frozenset(".!?:;\"«“(\n—–-")
_ROLE_ORDER = {"struck": 0, "mentioned": 1, "interception_area": 2, "launch_site": 3,
               "venue": 4}
_ATTACK_ROLES = frozenset({"struck", "interception_area", "launch_site"})
_LOOKBACK = 80
_ROLE_LOOKBACK = 180


def launch_sites(view: DocView) -> list[Place]:
    """Places named after a launch-site phrase ("район пуску – Курська обл.", "launched
    from the direction of Kursk and Bryansk"), as written; :class:`PlaceFinder` geocodes
    them. The country is Russia when the group says "рф" or names a Russian place of the
    actor list, Ukraine for occupied territory ("ТОТ")."""
    text = view.text
    places: list[Place] = []
    seen: set[str] = set()
    ru_places = {name for name, code in view.vocab.place_country.items() if code == "RU"}
    for s, e, _ in view.index.get("LAUNCHSITE"):
        start = view.char_span(s, e)[1]
        sent_end = view.sentences[view.sentence_of(s)][1]
        stop = _STOP.search(text, start, sent_end)
        end = stop.start() if stop else sent_end
        segment = text[start:end]
        country_all = "RU" if _RUSSIA.search(segment) else None
        offset = start
        for piece in _SPLIT.split(segment):
            piece_start = text.find(piece, offset, end) if piece else -1
            if piece_start < 0:
                continue
            offset = piece_start + len(piece)
            name = _GROUP_TAIL.sub("", _TRIM.sub("", piece))
            name = _TRIM.sub("", name)
            if not name or len(name) < 3 or name.lower() in ("рф", "russia") \
                    or not name[0].isupper() or name in seen:
                continue  # place names are capitalised ("…, the air force said" is not one)
            seen.add(name)
            lead = piece.find(name)
            a = piece_start + max(lead, 0)
            b = a + len(name)
            if text[a:b] != name:
                continue
            country = "UA" if _OCCUPIED.search(piece) else (
                "RU" if _RUSSIA.search(piece) or name.split()[0] in ru_places else country_all)
            places.append(Place(name=name, role="launch_site", text=name, start_char=a,
                                end_char=b, country=country))
    return places


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    index: int | None  # gazetteer entry; None for a name read only from a strong cue
    level: int
    plural_region: bool = False
    role: str = "mentioned"
    name: str | None = None  # for places the gazetteer does not hold
    country: str | None = None


@dataclass(frozen=True, slots=True)
class _RoleRule:
    role: str
    words: frozenset[str]  # trigger words: one must occur in the lower-cased text before
    before: Any  # a reverse ``regex`` pattern ending in "$": one attempt at the end
    after: re.Pattern[str] | None
    clause: re.Pattern[str] | None  # searched in the lower-cased clause


def _reverse(pattern: str) -> Any:
    """A pattern matched backwards from the end of the text before a place: "(…)$" tried
    at one position instead of at every one."""
    return regex.compile(f"(?:{pattern})$", regex.IGNORECASE | regex.REVERSE)


def _either(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class PlaceFinder:
    """Finds and geocodes the places of a document (one per language or ``uk+en``)."""

    def __init__(self, language: str) -> None:
        self.language = language
        rules = load_places()
        langs = [lang for lang in language.split("+") if lang in rules.cues] or ["en"]
        cues = [rules.cues[lang] for lang in langs]
        flags = re.IGNORECASE
        self._cue = _reverse(_either(c.place for c in cues))
        self._strong = _reverse(_either(c.strong for c in cues))
        self._country = _reverse(_either(c.country for c in cues))
        self._list = re.compile(_either(c.list_joiner for c in cues), flags)
        nouns = [w for c in cues for w in c.region_nouns]
        adjectives = [w for c in cues for w in c.region_adjectives]
        self._plural = frozenset(w for c in cues for w in c.plural_region_nouns)
        self._region_noun = re.compile(rf" +({_words(nouns)})(?![\w\-])")
        self._region_adjective = re.compile(rf" +(?:{_words(adjectives)})(?![\w\-])"
                                            if adjectives else r"(?!)")
        not_after = _words(rules.not_after)  # "Oxford Street"
        self._not_after = re.compile(rf" (?:{not_after})(?![\w\-])" if not_after else r"(?!)")
        self._adjective_endings = tuple(rules.adjective_endings)
        # capitalised words before a name that do not make it a person ("On Monday Kyiv")
        self._calendar = frozenset(w for lang in langs for table in (
            load_periods(lang).months, load_periods(lang).weekdays) for w in table)
        # clause ends: a stop before a capital (not after an initial or "м."), a line break,
        # the clause breaks of the document's language
        self._clause_end = re.compile(
            r"(?<![\s.]\w)[.!?][\"'\u201d\u00bb)\]]*\s+(?=[\"'\u201c\u00ab(]?[^\W\d_a-zа-яіїєґё])"
            r"|\n|" + cues[0].clause_break)
        capital = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'\-]+"
        self._unresolved_phrases = tuple(sorted({p for c in cues for p in c.unresolved},
                                                key=len, reverse=True))
        self._unresolved_name = re.compile(  # after the cue: the name, capitalised
            rf"\s*(?:the\s+)?({capital}(?:[ \-]{capital}){{0,2}})")
        region_nouns = [w for c in cues for w in c.unresolved_regions]
        self._region_nouns = tuple(region_nouns)
        self._unresolved_region = re.compile(  # "Helmand Province", "Jizan region"
            rf"({capital}(?:[ \-]{capital}){{0,2}}) +(?:{_words(region_nouns)})(?![\w\-])"
            if region_nouns else r"(?!)")
        self._roles = [
            _RoleRule(r.role, frozenset(r.words),
                      None if r.before is None else _reverse(r.before),
                      None if r.after is None else re.compile(r.after, flags),
                      None if r.clause is None else re.compile(r.clause))
            for lang in langs for r in rules.roles[lang]]
        # every trigger word in one pattern: one search tells which rules may apply
        self._triggers = re.compile(_words(w for lang in langs for r in rules.roles[lang]
                                           for w in r.words))

    # -- finding ------------------------------------------------------------------------

    def find(self, text: str, *, launch: Iterable[Place] = ()) -> list[Place]:
        """Every place of ``text`` with its role, sorted by offset."""
        mentions = self._find(text, launch)
        gaz = load_gazetteer()
        return [self._place(gaz, text, m) for m in mentions]

    def _find(self, text: str, launch: Iterable[Place]) -> list[_Mention]:
        gaz = load_gazetteer()
        norm = text.translate(_NORMALISE)
        mentions = self._scan(gaz, norm)
        self._add_unresolved(norm, mentions)
        for site in launch:
            self._add_launch_site(site, mentions)
        if mentions:
            mentions.sort(key=lambda m: m.start)
            self._plural_regions(gaz, norm, mentions)
            self._assign_roles(norm, mentions)
        return mentions

    def _scan(self, gaz: Gazetteer, norm: str) -> list[_Mention]:
        out: list[_Mention] = []
        last_end = -1
        prev: _Mention | None = None
        known, orgs = gaz.first_words, gaz.organisations
        for m in _CAPITALISED.finditer(norm):
            word = m.group()
            if word not in known and not word.endswith(("'s", "-", "'")) \
                    and not (len(word) > 3 and word.isupper()):
                continue  # most capitalised words: one set lookup
            p = m.start()
            if p < last_end or (p and (norm[p - 1].isalnum() or norm[p - 1] == "'")):
                continue  # inside a word ("d'Ivoire"); after a hyphen is fine ("pro-Kyiv")
            names = orgs.get(word)
            if names is not None:
                org = next((o for o in names if norm.startswith(o, p)), None)
                if org is not None:
                    last_end = p + len(org)
                    continue
            found = self._lookup(gaz, norm, p, word)
            if found is None:
                continue
            end, index, level, plural = found
            mention = _Mention(p, end, index, level, plural)
            if not self._accept(norm, mention, prev) or self._not_after.match(norm, end) \
                    or (level == CUE and self._adjective(norm, p, end)):
                continue
            out.append(mention)
            prev = mention
            last_end = end
        return out

    def _lookup(self, gaz: Gazetteer, norm: str, p: int,
                word: str) -> tuple[int, int, int, bool] | None:
        """``(end, entry index, level, plural region noun)`` of the name at ``p``."""
        candidates: list[str] = []
        longer = gaz.multi.get(word)
        if longer is not None:
            candidates.extend(f for f in longer if norm.startswith(f, p)
                              and not _continues(norm, p + len(f)))
        bare = word.rstrip("'-")
        if bare.endswith("'s"):
            bare = bare[:-2]
        candidates.append(bare)
        if bare.isupper() and len(bare) > 3:
            candidates.append(bare.title())  # "KYIV, Sept 3"
        for form in candidates:
            end = p + len(form)
            stem = gaz.stems.get(form)
            if stem is not None:
                noun = self._region_noun.match(norm, end)
                if noun is not None:
                    return noun.end(), stem, FREE, noun.group(1) in self._plural
                if self._region_adjective.match(norm, end):
                    return end, stem, FREE, False
                if form not in gaz.forms and self._stem_list(gaz, norm, end):
                    return end, stem, FREE, False  # "із Брянської, Воронезької обл."
            packed = gaz.forms.get(form)
            if packed is not None:
                return end, packed >> 2, packed & 3, False
        return None

    def _stem_list(self, gaz: Gazetteer, norm: str, end: int) -> bool:
        """Whether a list of region stems that ends in a region noun follows ``end``."""
        for _ in range(8):
            nxt = _NEXT_WORD.match(norm, end)
            if nxt is None or not self._list.match(nxt.group(1)):
                return False
            word = nxt.group(2)
            if word not in gaz.stems:
                return False
            end = nxt.end()
            if self._region_noun.match(norm, end):
                return True
        return False

    def _accept(self, norm: str, mention: _Mention, prev: _Mention | None) -> bool:
        p = mention.start
        left = norm[max(0, p - _LOOKBACK):p]
        level = mention.level
        if level == FREE:
            return not self._person(left) and not self._first_name(norm, mention)
        if prev is not None and self._list.match(norm[prev.end:p]):
            return True  # "Kharkiv, Izium and Kupiansk"
        if (not left.strip() or left.endswith("\n")) and norm[p:mention.end].isupper() \
                and norm[mention.end:mention.end + 1] == ",":
            return True  # a dateline: "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -"
        if left.endswith(", ") and left[:-2].endswith(self._region_nouns):
            return True  # an address: "in Helmand Province, Afghanistan"
        if level == COUNTRY:
            return bool(self._country.search(left))
        return bool(self._cue.search(left) or self._strong.search(left))

    def _adjective(self, norm: str, start: int, end: int) -> bool:
        """A small town's adjectival name before a lower-case noun is an adjective
        ("Київського водосховища" is the Kyiv reservoir, not the village Kyivskyi)."""
        return (norm.endswith(self._adjective_endings, start, end)
                and norm[end:end + 1] == " " and norm[end + 1:end + 2].islower())

    @staticmethod
    def _first_name(norm: str, mention: _Mention) -> bool:
        """A place name that is also a first name, followed by a capitalised word
        ("Vladimir Putin", "Sofia Rossi")."""
        end = mention.end
        return (norm[end:end + 1] == " " and norm[end + 1:end + 2].isupper()
                and norm[mention.start:end] in load_gazetteer().given_names)

    def _person(self, left: str) -> bool:
        """A capitalised word right before the name, inside a sentence ("Friedrich Engels");
        not a month or weekday ("on Monday Kyiv")."""
        if not left.endswith(" ") or left.endswith("  "):
            return False
        k = left.rfind(" ", 0, len(left) - 1)
        if k < 0:
            return False  # the window's (or the text's) first word
        word = left[k + 1:-1]
        if len(word) < 2 or not word[0].isupper() or not word[1:].isalpha() \
                or not word[1:].islower() or word.lower() in self._calendar:
            return False
        before = left[:k].rstrip(" ")
        return bool(before) and before[-1] not in _SENTENCE_ENDS

    def _add_unresolved(self, norm: str, mentions: list[_Mention]) -> None:
        """Capitalised names after "the village of", "с.", "н.п." that the gazetteer lacks."""
        low = norm.lower()
        taken = [(m.start, m.end) for m in mentions]
        for phrase in self._unresolved_phrases:
            i = low.find(phrase)
            while i >= 0:
                after = i + len(phrase)
                if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "."):
                    m = self._unresolved_name.match(norm, after)
                    if m is not None:
                        a, b = m.span(1)
                        if not any(s < b and a < e for s, e in taken):
                            mentions.append(_Mention(a, b, None, CUE, name=norm[a:b]))
                            taken.append((a, b))
                i = low.find(phrase, after)
        if any(noun in norm for noun in self._region_nouns):
            for m in self._unresolved_region.finditer(norm):
                a, b = m.span()
                words = m.group(1).split()
                if words[0].lower() in STOP_WORDS or (a and norm[a - 1].isalnum()) \
                        or any(s < b and a < e for s, e in taken):
                    continue  # "The region", or a region the gazetteer knows
                mentions.append(_Mention(a, b, None, CUE, name=norm[a:b]))
                taken.append((a, b))

    def _add_launch_site(self, site: Place, mentions: list[_Mention]) -> None:
        inside = [m for m in mentions
                  if m.start < site.end_char and site.start_char < m.end]
        for m in inside:
            m.role = "launch_site"
            if m.country is None:
                m.country = site.country
        if not inside:
            mentions.append(_Mention(site.start_char, site.end_char, None, CUE,
                                     role="launch_site", name=site.name,
                                     country=site.country))

    def _plural_regions(self, gaz: Gazetteer, norm: str, mentions: list[_Mention]) -> None:
        """"the Bryansk and Kursk regions": the plural noun makes every item a region."""
        for i in range(len(mentions) - 1, 0, -1):
            last = mentions[i]
            if not last.plural_region:
                continue
            j = i
            while j > 0 and self._list.match(norm[mentions[j - 1].end:mentions[j].start]):
                j -= 1
                item = mentions[j]
                region = gaz.stems.get(norm[item.start:item.end])
                if region is not None:
                    item.index = region
                    item.level = FREE

    # -- roles --------------------------------------------------------------------------

    def _assign_roles(self, norm: str, mentions: list[_Mention]) -> None:
        # clause breaks are looked for only as far as the rules look (windows around the
        # places, merged); the space between two windows counts as a break
        windows: list[list[int]] = []
        for m in mentions:
            lo, hi = max(0, m.start - _ROLE_LOOKBACK), min(len(norm), m.end + _ROLE_LOOKBACK)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        cuts: list[int] = []  # alternately the start and the end of a clause
        for lo, hi in windows:
            cuts.append(lo)
            for brk in self._clause_end.finditer(norm, lo, hi):
                cuts.append(brk.start())
                cuts.append(brk.end())
            cuts.append(hi)
        hi = cuts[-1]
        prev: _Mention | None = None
        prev_clause = -1
        for m in mentions:
            k = bisect.bisect_right(cuts, m.start) - 1
            k -= k % 2  # inside a break (a name right after a dash): the clause before it
            c_lo = cuts[k]
            j = bisect.bisect_left(cuts, m.end, k + 1)
            j += (j - k) % 2 == 0  # the end of a clause, not the start of the next
            c_hi = cuts[j] if j < len(cuts) else hi
            if m.role == "mentioned":
                m.role = self._role(norm, m, c_lo, c_hi)
            if (m.role == "mentioned" and prev is not None and prev.role != "mentioned"
                    and prev_clause == c_lo and self._list.match(norm[prev.end:m.start])):
                m.role = prev.role  # "strikes on Kharkiv, Odesa and Dnipro"
            prev, prev_clause = m, c_lo

    def _role(self, norm: str, m: _Mention, c_lo: int, c_hi: int) -> str:
        before = norm[max(c_lo, m.start - _ROLE_LOOKBACK):m.start]
        present = set(self._triggers.findall(before.lower()))
        after: str | None = None
        clause: str | None = None
        for rule in self._roles:
            if rule.words and rule.words.isdisjoint(present):
                continue
            if rule.after is not None:
                if after is None:
                    after = norm[m.end:min(c_hi, m.end + _ROLE_LOOKBACK)]
                if not rule.after.match(after):
                    continue
            if rule.before is not None and not rule.before.search(before):
                continue
            if rule.clause is not None:
                if clause is None:
                    clause = norm[c_lo:c_hi].lower()
                if not rule.clause.search(clause):
                    continue
            return rule.role
        return "mentioned"

    # -- output -------------------------------------------------------------------------

    @staticmethod
    def _place(gaz: Gazetteer, text: str, m: _Mention) -> Place:
        span = text[m.start:m.end]
        if m.index is None:
            return Place(name=m.name or span, role=m.role, text=span, start_char=m.start,
                         end_char=m.end, country=m.country)
        name, _, country, admin1, lat, lon, geonameid, _ = gaz.rows[m.index]
        return Place(name=name, role=m.role, text=span, start_char=m.start, end_char=m.end,
                     country=country or m.country, admin1=admin1, lat=lat, lon=lon,
                     geonameid=geonameid)

    def locate(self, state: Any) -> None:
        """Fill ``state.places`` (a ``DocState``) with every place of the document, and give
        attacks, casualties, impacts and events theirs."""
        launch = [p for a in state.attacks for p in a.places if p.role == "launch_site"]
        mentions = self._find(state.text, launch)
        gaz = load_gazetteer() if mentions else None
        places = [] if gaz is None else [self._place(gaz, state.text, m) for m in mentions]
        by_span = {(p.start_char, p.end_char): i for i, p in enumerate(places)}

        def upgrade(place: Place) -> Place:
            if place.role != "mentioned":
                return place
            struck = replace(place, role="struck")
            places[by_span[(place.start_char, place.end_char)]] = struck
            return struck

        state.casualties = [
            replace(c, place=upgrade(p)) if (p := _place_in(places, c.start_char, c.end_char,
                                                            _counts_of(c))) is not None else c
            for c in state.casualties]
        state.impacts = [
            replace(i, place=upgrade(p)) if (p := _place_in(places, i.start_char, i.end_char,
                                                            _counts_of(i))) is not None else i
            for i in state.impacts]
        state.events = [_event_located(e, places) for e in state.events]
        for attack in state.attacks:
            attack.places = _attack_places(attack, places, state.sentences, state.casualties)
        state.places = places


def _continues(text: str, end: int) -> bool:
    """Whether a word goes on at ``end`` (so a name matched up to there is only a prefix)."""
    return end < len(text) and (text[end].isalnum() or (
        text[end] in "-'" and end + 1 < len(text) and text[end + 1].isalnum()
        and text[end:end + 2] != "'s"))


_STRIKING = frozenset({"ASSAULT", "COERCE"})


def _event_located(event: Event, places: list[Place]) -> Event:
    """The event with its location: the venue of its sentence; for an attack or coercion
    the first place struck after its cue, which stands for its target when it has none."""
    if event.location is not None:
        return event
    lo, hi = event.start_char, event.end_char
    if event.type in _STRIKING:
        after = lo if event.cue is None else event.cue.start_char
        struck = next((q for q in places if q.role == "struck" and after <= q.start_char < hi),
                      None)
        if struck is not None:
            target = event.target or Actor(name=struck.name, text=struck.text,
                                           start_char=struck.start_char,
                                           end_char=struck.end_char, country=struck.country)
            return replace(event, location=struck, target=target)
    venue = next((q for q in places if q.role == "venue" and lo <= q.start_char < hi), None)
    return event if venue is None else replace(event, location=venue)


def _counts_of(record: Any) -> list[int]:
    out = []
    for name in ("killed", "injured", "missing", "count"):
        count = getattr(record, name, None)
        if isinstance(count, Count):
            out.append(count.start_char)
    return out


def _place_in(places: list[Place], lo: int, hi: int, anchors: list[int]) -> Place | None:
    """The place of a casualty or impact sentence: struck before mentioned before the rest,
    cities and regions before countries, then the one nearest its figures."""
    inside = [p for p in places if lo <= p.start_char < hi]
    if not inside:
        return None
    anchor = anchors[0] if anchors else lo

    def key(p: Place) -> tuple[int, int, int]:
        return (_ROLE_ORDER.get(p.role, 5), int(p.admin1 is None and p.lat is None),
                abs(p.start_char - anchor))

    return min(inside, key=key)


def _attack_spans(attack: Attack) -> list[int]:
    out: list[int] = []
    for weapon in attack.weapons:
        for role in ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending"):
            count = weapon.get(role)
            if count is not None:
                out.append(count.start_char)
    for role in ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending"):
        count = attack.totals.get(role)
        if count is not None:
            out.append(count.start_char)
    for loc in (attack.hit_locations, attack.debris_locations):
        if loc is not None:
            out.append(loc.start_char)
    return out


def _attack_places(attack: Attack, places: list[Place], sentences: list[tuple[int, int]],
                   casualties: list[Any]) -> list[Place]:
    starts = [s for s, _ in sentences]
    ranges = set()
    for offset in _attack_spans(attack):
        k = bisect.bisect_right(starts, offset) - 1
        if k >= 0:
            ranges.add(sentences[k])
    spans = {(p.start_char, p.end_char) for p in attack.places}
    chosen = {(p.start_char, p.end_char): p for p in places
              if (p.start_char, p.end_char) in spans
              or (p.role in _ATTACK_ROLES and any(a <= p.start_char < b for a, b in ranges))}
    for casualty in casualties:
        if casualty.attack_id == attack.id and casualty.place is not None:
            chosen.setdefault((casualty.place.start_char, casualty.place.end_char),
                              casualty.place)
    return sorted(chosen.values(), key=lambda p: p.start_char)


@cache
def finder_for(language: str) -> PlaceFinder:
    return PlaceFinder(language)
