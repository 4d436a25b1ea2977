"""The actor index: known people, organisations and countries, found in text with offsets.

Built once from ``rules/actors.json`` (:func:`~sitrep.rules.load_actors`): every alias of a
person, organisation, reporting organisation, country (name, capital, adjective, demonym)
and front-line place becomes a token sequence in one dictionary keyed by the first token,
and the ``roles`` words ("President", "officials", "rebels") give unknown actors a sector.

- :meth:`ActorIndex.lookup` — what the list knows about a name ("Zelenskyy", "Kremlin").
- :meth:`ActorIndex.find` — the actor noun phrases of a stretch of text, each an
  :class:`~sitrep.model.Actor` with character offsets: known names resolve to their
  canonical entry ("Russia's defence ministry" → Russian Ministry of Defence, RU, MIL);
  a phrase built around a country word and a role word keeps its own words
  ("Senior Hungarian officials" → HU, GOV); a title before capitalised words is an
  unknown person ("Serbian President Vojislav Kostunica" → name "Vojislav Kostunica",
  RS, GOV). With a :class:`Memory` shared over one document, a surname alone refers back
  to the person named in full before ("… Kostunica said").

Latin aliases are matched as written ("US" is not "us"); Cyrillic ones in any case and
with a Ukrainian case ending allowed after them ("Зеленського"). Tokens are words joined
by hyphens, or dotted initials ("U.S."); an apostrophe splits a word, so a possessive
("Ukraine's") leaves the name whole.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .model import Actor
from .rules import ActorRules, load_actors

__all__ = ["ActorIndex", "ActorInfo", "Memory", "actor_index"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-.][^\W_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_APOSTROPHES = "'\u2019\u02bc"
# Ukrainian case endings allowed after a Cyrillic name ("Зеленського", "Путіним")
_UK_ENDINGS = ("ого", "ому", "ими", "ій", "ий", "ою", "ої", "ові", "еві", "ом", "ем",
               "им", "ім", "у", "ю", "а", "я", "і", "и", "е", "ї", "ь")
_STOPS = frozenset("""the a an on in at of and or nor to for from by with as after before but
    while when where which who whose that this these those it its his her their they he she
    we our has have had is are was were be been will would said says told unless if than
    because although though until despite including amid against over into about during
    near under between without within across through since there here not also""".split())
_LINK_OF = frozenset({"of", "in", "from", "throughout", "across"})
_BREAKS = frozenset(",;:()\"“”«»\n")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_MAX_UNKNOWN_NAME = 4


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What the actor list says about one name."""

    actor_id: str
    name: str
    kind: str  # person | organisation | country | adjective | place | unknown
    country: str | None
    sector: str | None
    role: str | None = None


@dataclass(slots=True)
class _Hit:
    """One matched entry or role word, over tokens ``[i, j)``."""

    i: int
    j: int
    info: ActorInfo | None  # None for a role word
    sector: str | None = None
    person_title: bool = False


@dataclass(slots=True)
class Memory:
    """People named in full earlier in one document, by surname (for second mentions)."""

    by_surname: dict[str, ActorInfo] = field(default_factory=dict)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "actor"


def _tokens(text: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """A lowercase Cyrillic word without its Ukrainian case ending (remembered: the same
    words come back in every post)."""
    for ending in _UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _key(token: str) -> str:
    return token if token.isascii() or not _CYRILLIC.search(token) else token.lower()


class ActorIndex:
    """All aliases of the actor list in one token dictionary; see the module docstring."""

    def __init__(self, rules: ActorRules) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], ActorInfo]]] = {}
        # first token -> [(length, {all tokens: entry})], longest first: one dictionary
        # lookup per length instead of a comparison per alias
        self._by_length: dict[str, list[tuple[int, dict[tuple[str, ...], ActorInfo]]]] = {}
        self._roles: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        self._by_name: dict[str, ActorInfo] = {}
        self._by_id: dict[str, ActorInfo] = {}
        self._stems: dict[str, ActorInfo] = {}  # one-word Cyrillic names without ending
        self._abbreviations: set[str] = {"mr", "mrs", "ms", "dr", "st"}
        rank = {"person": 0, "organisation": 1, "country": 2, "adjective": 3, "place": 4}
        for person in rules.people:
            self._add(ActorInfo(person.id, person.name, "person", person.country, person.sector,
                                person.role or None), person.aliases)
        for org in rules.organisations:
            self._add(ActorInfo(org.id, org.name, "organisation", org.country, org.sector),
                      org.aliases)
        for rep in rules.reporters:
            words = rep.name.split()
            kind = "person" if 2 <= len(words) <= 3 and rep.name in rep.aliases \
                and words[-1] in rep.aliases else "organisation"
            self._add(ActorInfo(_slug(rep.name), rep.name, kind, rep.country, rep.sector),
                      rep.aliases)
        canonical_names: dict[str, str] = {}
        for country in [*rules.countries, *rules.world]:
            canonical = country.names[0] if country.names else country.code
            canonical_names[country.code] = canonical
            self._add(ActorInfo(country.code, canonical, "country", country.code, "GOV"),
                      country.names)
            self._add(ActorInfo(country.code, canonical, "adjective", country.code, None),
                      country.adjectives)
        for code, words in rules.enemy.items():  # "противник атакував": the enemy is Russia
            self._add(ActorInfo(code, canonical_names.get(code, code), "country", code, "GOV"),
                      words)
        for group in rules.places:
            for name in group.names:
                self._add(ActorInfo(_slug(name), name, "place", group.country, None), [name])
        for role in rules.roles:
            for word in role.words:
                toks = tuple(t.lower() for t in _tokens(word))
                self._abbreviations.update(t.lower() for t in re.findall(r"(\w+)\.", word))
                if toks:
                    self._roles.setdefault(toks[0], []).append((toks, role.sector, role.person))
        for token, entries in self._first.items():
            # longest first; at equal length the more specific kind (person > … > place)
            entries.sort(key=lambda e: (-len(e[0]), rank[e[1].kind]))
            lengths: dict[int, dict[tuple[str, ...], ActorInfo]] = {}
            for keyed, info in entries:
                lengths.setdefault(len(keyed), {}).setdefault(keyed, info)
            self._by_length[token] = sorted(lengths.items(), reverse=True)
        for role_entries in self._roles.values():
            role_entries.sort(key=lambda e: -len(e[0]))
        # every ASCII spelling that may begin a name or a role word, for one set lookup a
        # word (role words in any case: their lower, title and upper case forms)
        self._begins = frozenset(self._by_length) | frozenset(
            form for word in self._roles for form in (word, word.title(), word.upper(),
                                                      word.capitalize()))
        self.size = len(self._by_id)

    def _add(self, info: ActorInfo, aliases: list[str]) -> None:
        self._by_id.setdefault(f"{info.kind}:{info.actor_id}", info)
        for alias in [info.name, *aliases] if info.kind in ("person", "organisation") \
                else aliases:
            toks = _tokens(alias)
            if toks and toks[0].lower() == "the" and len(toks) > 1:
                toks = toks[1:]
            if not toks:
                continue
            keyed = tuple(_key(t) for t in toks)
            if len(keyed) == 1 and _CYRILLIC.search(keyed[0]):
                self._stems.setdefault(_stem(keyed[0]), info)
            bucket = self._first.setdefault(keyed[0], [])
            if all(k != keyed or e.kind != info.kind for k, e in bucket):
                bucket.append((keyed, info))
            self._by_name.setdefault(" ".join(keyed).lower(), info)

    # -- lookup -------------------------------------------------------------------------
    def lookup(self, name: str) -> ActorInfo | None:
        """The entry whose alias is ``name`` (any case, a leading "the" ignored)."""
        toks = _tokens(name)
        if toks and toks[0].lower() == "the":
            toks = toks[1:]
        return self._by_name.get(" ".join(_key(t) for t in toks).lower())

    # -- matching -----------------------------------------------------------------------
    def _entry_at(self, keys: list[str], i: int) -> tuple[int, ActorInfo] | None:
        """The longest entry whose tokens begin at ``keys[i]`` (keys: see :func:`_key`)."""
        key = keys[i]
        candidates = self._by_length.get(key)
        if candidates is None:
            if not key.isascii() and _CYRILLIC.search(key):
                info = self._stems.get(_stem(key))
                return None if info is None else (i + 1, info)
            return None
        for n, entries in candidates:
            if n == 1:
                return i + 1, entries[(key,)]
            if i + n <= len(keys):
                info = entries.get(tuple(keys[i:i + n]))
                if info is not None:
                    return i + n, info
        return None

    def place_at(self, text: str, start: int, end: int
                 ) -> tuple[str, str | None, int, int] | None:
        """The country or known place that begins at ``start``: (name, country, start, end)."""
        spans: list[tuple[int, int]] = []
        for m in _TOKEN.finditer(text, start, end):
            if not spans and m.start() != start:
                return None
            spans.append((m.start(), m.end()))
            if len(spans) >= 6:
                break
        if not spans:
            return None
        entry = self._entry_at([_key(text[a:b]) for a, b in spans], 0)
        if entry is None or entry[1].kind not in ("country", "place"):
            return None
        j, info = entry
        a, b = spans[0][0], spans[j - 1][1]
        return info.name if info.kind == "place" else text[a:b], info.country, a, b

    def _role_at(self, toks: list[str], i: int) -> tuple[int, str, bool] | None:
        entries = self._roles.get(toks[i].lower())
        if not entries:
            return None
        for keyed, sector, person in entries:
            n = len(keyed)
            if i + n <= len(toks) and all(toks[i + k].lower() == keyed[k] for k in range(n)):
                return i + n, sector, person
        return None

    def _hits(self, toks: list[str], ascii_only: bool) -> list[_Hit]:
        # the words that may begin a name or a role word (most begin neither)
        begins, roles = self._begins, self._roles
        if ascii_only:
            if begins.isdisjoint(toks):
                return []
            starts = [i for i, t in enumerate(toks) if t in begins]
        else:
            starts = [i for i, t in enumerate(toks)
                      if t in begins or t.lower() in roles or not t.isascii()]
        hits: list[_Hit] = []
        keys = [t if t.isascii() else _key(t) for t in toks]
        i = 0
        for k in starts:
            if k < i:
                continue
            i = k
            entry = self._entry_at(keys, i)
            role = self._role_at(toks, i)
            if entry is not None and (role is None or entry[0] >= role[0]):
                hits.append(_Hit(i, entry[0], entry[1]))
                i = entry[0]
            elif role is not None:
                hits.append(_Hit(i, role[0], None, role[1], role[2]))
                i = role[0]
            else:
                i += 1
        return hits

    def find(self, text: str, start: int = 0, end: int | None = None, *,
             memory: Memory | None = None, skip: frozenset[str] = frozenset()
             ) -> list[Actor]:
        """The actor noun phrases in ``text[start:end]``, in order.

        ``skip``: capitalised words that never extend a phrase (weekday and month names).
        ``memory``: shared over one document, it remembers people named in full so that
        their surname alone is found later.
        """
        end = len(text) if end is None else end
        spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
        toks = [text[s:e] for s, e in spans]
        hits = self._hits(toks, text[start:end].isascii())
        if memory is not None and memory.by_surname:
            covered = {k for h in hits for k in range(h.i, h.j)}
            hits.extend(_Hit(k, k + 1, memory.by_surname[t]) for k, t in enumerate(toks)
                        if t in memory.by_surname and k not in covered)
            hits.sort(key=lambda h: h.i)
        by_start = {h.i: h for h in hits}
        actors: list[Actor] = []
        used_to = -1
        for hit in hits:
            if hit.i < used_to:
                continue
            actor, used_to = self._phrase(text, toks, spans, hit, by_start, memory, skip)
            actors.append(actor)
        return actors

    def _joined(self, text: str, spans: list[tuple[int, int]], j: int) -> bool:
        """Whether token ``j`` continues the phrase of token ``j - 1`` (no punctuation)."""
        gap = text[spans[j - 1][1]:spans[j][0]]
        if "." in gap and text[spans[j - 1][0]:spans[j - 1][1]].lower() \
                not in self._abbreviations:
            return False
        return not any(c in gap for c in _BREAKS)

    def _capitalised(self, tok: str, skip: frozenset[str]) -> bool:
        return tok[:1].isupper() and tok.lower() not in _STOPS and tok not in skip

    def _phrase(self, text: str, toks: list[str], spans: list[tuple[int, int]], hit: _Hit,
                by_start: dict[int, _Hit], memory: Memory | None, skip: frozenset[str]
                ) -> tuple[Actor, int]:
        """The noun phrase around ``hit``: ``(actor, index after its last token)``."""
        parts: list[_Hit] = [hit]
        first = hit.i
        # left: capitalised words right before ("Senior", "Sandinista")
        while first > 0 and self._capitalised(toks[first - 1], skip) \
                and (first - 1) not in by_start and self._joined(text, spans, first):
            first -= 1
        j = hit.j
        name_from = j if hit.info is None and hit.person_title else None
        while j < len(toks) and self._joined(text, spans, j):
            tok = toks[j]
            nxt = by_start.get(j)
            if nxt is not None:
                parts.append(nxt)
                j = nxt.j
                name_from = j if nxt.info is None and nxt.person_title else (
                    None if nxt.info is not None else name_from)
                continue
            if tok == "s" and text[spans[j][0] - 1] in _APOSTROPHES:
                j += 1  # possessive: "Nicaragua's Sandinista government"
                continue
            if self._capitalised(tok, skip):
                j += 1
                continue
            low = tok.lower()
            k = j + 1
            if low in _LINK_OF and parts[-1].info is None:
                # "Rebels in the Ivory Coast", "leaders of Romania's new government"
                if k < len(toks) and toks[k].lower() == "the":
                    k += 1
                after = by_start.get(k)
                if after is not None and after.info is not None:
                    parts.append(after)
                    j = after.j
                    continue
            if low == "and" and parts[-1].info is not None \
                    and parts[-1].info.kind == "adjective":
                after = by_start.get(k)  # "Hungarian and Romanian officials"
                if after is not None and after.info is not None \
                        and after.info.kind == "adjective":
                    parts.append(after)
                    j = after.j
                    continue
            after_possessive = toks[j - 1] == "s" and text[spans[j - 1][0] - 1] in _APOSTROPHES
            if tok.islower() and low not in _STOPS and (after_possessive or (
                    parts[-1].info is not None and parts[-1].info.kind == "adjective")):
                # modifiers before a role word: "nationalist guerrillas", "Israel's high court"
                ahead = by_start.get(k)
                if ahead is None and k < len(toks) and toks[k].islower() \
                        and toks[k].lower() not in _STOPS:
                    ahead = by_start.get(k + 1)
                if ahead is not None and ahead.info is None:
                    parts.append(ahead)
                    j = ahead.j
                    continue
            break
        last = j
        while last - 1 > hit.i and toks[last - 1] == "s" \
                and text[spans[last - 1][0] - 1] in _APOSTROPHES:
            last -= 1  # "Haiti's first elections": the name without its possessive
        s_char, e_char = spans[first][0], spans[last - 1][1]
        if text[e_char - 1] == "." and not _INITIALS.fullmatch(toks[last - 1]):
            e_char -= 1  # a full stop after the phrase
        bare = len(parts) == 1 and first == hit.i and last == hit.j
        name = " ".join(toks[name_from:last]) if name_from is not None \
            and 0 < last - name_from <= _MAX_UNKNOWN_NAME else None
        # capitalised words the list does not know after a capital ("Warsaw Sporting", "Kyiv
        # Independent"; not "Kenya Anti-Corruption Commission", not "South Lebanon")
        end_known = max(p.j for p in parts)
        own_name = first == hit.i and hit.info is not None and hit.info.kind == "country" \
            and " ".join(toks[hit.i:hit.j]) != hit.info.name \
            and any(toks[k][:1].isupper() for k in range(end_known, last))
        return self._resolve(text[s_char:e_char], s_char, e_char, parts, bare, name,
                             memory, own_name), last

    def _resolve(self, words: str, s_char: int, e_char: int, parts: list[_Hit], bare: bool,
                 person_name: str | None, memory: Memory | None, own_name: bool = False
                 ) -> Actor:
        """The actor of a phrase. ``own_name``: capitalised words the list does not know
        follow a capital; with nothing else known in it ("Warsaw Sporting", "Kyiv
        Independent") it is a team, a company or a newspaper, not that country."""
        known = [p.info for p in parts if p.info is not None]
        country = next((k.country for k in known if k.country), None)
        sector = next((p.sector for p in parts if p.info is None and p.sector), None)
        for kind in ("person", "unknown", "organisation"):
            entry = next((k for k in known if k.kind == kind), None)
            if entry is not None:
                if memory is not None and kind == "person":
                    memory.by_surname.setdefault(entry.name.split()[-1], entry)
                named = next((k.country for k in known
                              if k.kind in ("country", "adjective") and k.country), None)
                if kind == "organisation" and named is not None and entry.country is not None \
                        and named != entry.country:
                    # "Yemeni Air Force", "Russian air force": that country's, not the
                    # organisation a bare "air force" names
                    return Actor(words, words, s_char, e_char, None, named, entry.sector)
                actor_id = None if kind == "unknown" else entry.actor_id
                return Actor(entry.name, words, s_char, e_char, actor_id,
                             entry.country or country, entry.sector or sector)
        if person_name is not None:
            if memory is not None:
                memory.by_surname.setdefault(person_name.split()[-1], ActorInfo(
                    _slug(person_name), person_name, "unknown", country, sector))
            return Actor(person_name, words, s_char, e_char, None, country, sector)
        if bare and known and known[0].kind in ("country", "place"):
            k = known[0]
            return Actor(k.name, words, s_char, e_char,
                         k.actor_id if k.kind == "country" else None, k.country, k.sector)
        if sector is None and any(k.kind == "country" for k in known):
            if own_name and all(k.kind == "country" for k in known):
                return Actor(words, words, s_char, e_char)
            sector = "GOV"
        return Actor(words, words, s_char, e_char, None, country, sector)


@cache
def actor_index() -> ActorIndex:
    """The actor index of ``rules/actors.json``, built once."""
    return ActorIndex(load_actors())
