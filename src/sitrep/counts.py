"""Count mentions: "230 drones", "12 Kh-101 cruise missiles", "205 of them", "7 locations".

Each mention gets a weapon (category, model) or is a total, and a role from the nearest
cue phrase that governs it ("launched 230 drones" → launched; "205 drones were shot down"
→ shot down). A figure with no governing cue is dropped: an unexplained number is not a
report. Sentences about space launches, production rates, forecasts and live alerts give
no counts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from .model import Count, Evidence
from .phrases import CueSpec, PhraseIndex, Vocabulary

__all__ = ["CountMention", "DocView", "WeaponMention", "find_counts", "find_uncounted"]

_PARTITIVE_DET = frozenset({"the", "these", "those", "its", "their"})
_BARE_BEFORE_SKIP = frozenset({"of", "them", "these", "those", "which", ",", "also", "have",
                               "had", "reportedly", "then", "and", "all", "were", "was",
                               "\u201c", "\"", "'", "\u2018"})
_BARE_AFTER_OK = frozenset({"of", ",", ".", ";", "and", "or", "over", "in", "on", "at",
                            "across", "near", "above", "within", "during", "overnight", "out",
                            ")", "—", "-", "–", "while", "but"})
_MADE = frozenset({"made", "designed", "built", "supplied", "produced", "developed"})


@dataclass(slots=True)
class CountMention:
    """One figure in the text, before it is grouped into an attack."""

    count: Count
    role: str | None
    kind: str  # "weapon" | "total" | "hit_locations" | "debris_locations"
    category: str | None
    model: str | None
    weapon: Evidence | None
    sentence: int
    start: int  # token span of the whole mention
    end: int
    attacker_hint: tuple[str, Evidence] | None = None
    reference: bool = False
    cue: tuple[int, int] | None = None
    bare: bool = False


@dataclass(slots=True)
class WeaponMention:
    """A weapon named in an attack sentence without a figure ("Saudi jets bombed ...")."""

    category: str
    model: str | None
    weapon: Evidence
    sentence: int
    start: int
    end: int
    attacker_hint: tuple[str, Evidence] | None = None
    role: str | None = "launched"
    cue: tuple[int, int] | None = None


class _LazyFlags(dict[int, bool]):
    """Token flags computed on first use (most tokens are never asked about)."""

    view: DocView
    test: Callable[[str], bool]

    def bind(self, view: DocView, test: Callable[[str], bool]) -> _LazyFlags:
        self.view, self.test = view, test
        return self

    def __missing__(self, i: int) -> bool:
        value = self[i] = self.test(self.view.tok(i))
        return value


@dataclass
class DocView:
    """A document with its sentences and phrase index, and fast token look-ups.

    Token attributes are read once into plain lists (``Doc.to_array``): creating spaCy
    ``Token`` objects one by one is the slowest thing a rule step can do.
    """

    doc: Doc
    text: str
    index: PhraseIndex
    vocab: Vocabulary
    sentences: list[tuple[int, int]]
    idx: list[int]
    length: list[int]
    num: _LazyFlags  # like a number ("12", "1,200", "twelve"), computed on demand
    n: int
    break_tokens: frozenset[int]
    _sent_starts: list[int]
    _floors: dict[int, int]
    _token_sentence: list[int] = field(default_factory=list)
    cues: list[_Cue] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    governing: set[int] = field(default_factory=set)

    @classmethod
    def make(cls, doc: Doc, text: str, index: PhraseIndex, vocab: Vocabulary,
             sentences: list[tuple[int, int]]) -> DocView:
        arr = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else [[], []]
        breaks = frozenset(s for s, _, _ in index.get("BREAK"))
        return cls(doc, text, index, vocab, sentences, arr[0], arr[1], _LazyFlags(),
                   len(doc), breaks, [s for s, _ in sentences], {})

    def __post_init__(self) -> None:
        self.num.bind(self, self.vocab.like_number)

    def tok(self, i: int) -> str:
        start = self.idx[i]
        return self.text[start : start + self.length[i]]

    def low(self, i: int) -> str:
        start = self.idx[i]
        return self.text[start : start + self.length[i]].lower()

    def space_after(self, i: int) -> bool:
        end = self.idx[i] + self.length[i]
        return self.text[end : end + 1] == " "

    def sentence_of(self, token: int) -> int:
        table = self._token_sentence
        if not table:
            table = self._token_sentence = self._sentence_table()
        return table[token]

    def _sentence_table(self) -> list[int]:
        """Sentence number of every token, in one pass."""
        starts = self._sent_starts
        out = []
        sent = 0
        following = starts[1] if len(starts) > 1 else None
        for offset in self.idx:
            while following is not None and offset >= following:
                sent += 1
                following = starts[sent + 1] if sent + 1 < len(starts) else None
            out.append(sent)
        return out

    def sentence_at_char(self, offset: int) -> int:
        return max(0, bisect_left(self._sent_starts, offset + 1) - 1)

    def floor(self, sent: int) -> int:
        """The first token of sentence ``sent``."""
        hit = self._floors.get(sent)
        if hit is None:
            hit = self._floors[sent] = bisect_left(self.idx, self.sentences[sent][0])
        return hit

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

    def evidence(self, start: int, end: int) -> Evidence:
        s, e = self.char_span(start, end)
        return Evidence(self.text[s:e], s, e)


class _Numbers:
    """Finds the number expression that ends at a given token."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        self.fixed_end = {e: (s, v) for s, e, v in view.index.get("NUMW")}
        self.qual_end = {e: (s, v) for s, e, v in view.index.get("QUAL")}

    def is_number(self, i: int) -> bool:
        if i < 0 or i >= self.view.n:
            return False
        if (i + 1) in self.fixed_end:
            return True
        return bool(self.view.num[i]) \
            and not _is_ordinal(self.view.low(i))

    def ending_at(self, j: int, floor: int) -> tuple[int, int] | None:
        """``(start, end)`` tokens of the number whose last token is ``j``."""
        v = self.view
        if j < floor:
            return None
        hit = self.fixed_end.get(j + 1)
        if hit is not None:
            return hit[0], j + 1
        if v.low(j) == "dozen" and j - 1 >= floor and v.num[j - 1]:
            return j - 1, j + 1  # "two dozen"
        if not v.num[j] or ":" in v.tok(j) or _is_ordinal(v.low(j)):
            return None
        k = j
        while k - 1 >= floor:
            p = v.tok(k - 1)
            cur = v.tok(k)
            if cur.isdigit() and len(cur) == 3 and p.isdigit() and len(p) <= 3 \
                    and v.space_after(k - 1) and not p.startswith("0"):
                k -= 1  # "1 200"
                continue
            if v.num[k - 1] and not p[:1].isdigit() and not cur[:1].isdigit():
                k -= 1  # "two hundred"
                continue
            if p[:1].isdigit() and cur.lower() in ("thousand", "million", "hundred", "dozen"):
                k -= 1  # "1.2 thousand"
                continue
            low = p.lower()
            if low in ("and", "-") and k - 2 >= floor and v.num[k - 2] \
                    and not v.tok(k - 2)[:1].isdigit() and not cur[:1].isdigit():
                k -= 2  # "two hundred and fifty", "twenty-five"
                continue
            if low in ("a", "one") and cur.lower() in ("hundred", "thousand", "dozen"):
                k -= 1
                continue
            break
        if v.low(k) in ("and", "-"):
            return None
        return k, j + 1

    def value(self, start: int, end: int) -> int | None:
        s, e = self.view.char_span(start, end)
        text = self.view.text[s:e]
        if text.lower() in ("a", "an", "single") or \
                " ".join(text.lower().split()) in self.view.vocab.singular_heads:
            return 1
        return self.view.vocab.numbers.value(text)

    def qualifier_before(self, start: int) -> tuple[int, str] | None:
        hit = self.qual_end.get(start)
        return hit if hit is not None else None

    def make_count(self, num: tuple[int, int], end: int) -> tuple[Count, int]:
        """The count object for number ``num`` whose mention ends at token ``end``."""
        start = num[0]
        qualifier = "exact"
        q = self.qualifier_before(start)
        if q is not None:
            start, qualifier = q
        value = self.value(*num)
        if value is None:
            qualifier = "vague"
        s, e = self.view.char_span(start, end)
        return Count(value, qualifier, self.view.text[s:e], s, e), start


def find_counts(view: DocView) -> list[CountMention]:
    index = view.index
    vocab = view.vocab
    blocked = view.blocked = _blocked_sentences(view)
    anchors = index.get("HEAD") + index.get("TOTAL") + index.get("MODEL")
    if not anchors:
        return []
    nums = _Numbers(view)
    mentions: list[CountMention] = []
    used: set[int] = set()  # tokens already inside a count mention

    models_by_start = {s: (e, v) for s, e, v in index.get("MODEL")}
    heads = sorted(index.get("HEAD") + [(s, e, "") for s, e, _ in index.get("TOTAL")])
    total_starts = {s for s, _, _ in index.get("TOTAL")}
    head_starts = {s for s, _, _ in heads}
    for start, end, value in heads:
        sent = view.sentence_of(start)
        if sent in blocked:
            continue
        floor = view.floor(sent)
        m = _noun_phrase(view, nums, start, end, floor, models_by_start)
        if m is None:
            head = " ".join(view.low(i) for i in range(start, end))
            if head not in vocab.singular_heads or nums.is_number(start - 1):
                continue
            if head in vocab.invariant_heads and not (_is_list_item(view, sent)
                                          and start - view.floor(sent) <= 1):
                continue  # "БпЛА" is singular and plural: one only as a list item
            m = ((start, end), start)  # "протикорабельною ракетою Циркон": one missile
        num, _mods_start = m
        count, count_start = nums.make_count(num, end)
        models = _models_between(models_by_start, num[1], start)
        mention_end = end
        if not models and start not in total_starts:
            # "4 протикорабельні ракети Циркон/Онікс", "БпЛА типу Shahed": model after the noun
            models, mention_end = _models_after(view, models_by_start, end)
        if start in total_starts:
            kind, category, model = "total", None, None
        else:
            kind = "weapon"
            category, model = _weapon_of(vocab, value, models)
        mention = CountMention(count, None, kind, category, model,
                               view.evidence(num[1], mention_end), sent, count_start,
                               mention_end)
        mention.attacker_hint = _attacker_hint(view, num[1], end)
        mentions.append(mention)
        used.update(range(count_start, end))
        _partitive(view, nums, mention, mentions, used, floor)

    # models used as head nouns: "two Kinzhals", "12 Kalibrs"
    for start, end, _model in index.get("MODEL"):
        if start in used:
            continue
        nxt = end
        while nxt < view.n and nxt - end < 4 and view.low(nxt) in vocab.mod_tokens \
                and nxt not in head_starts and not view.num[nxt]:
            nxt += 1
        if nxt in head_starts:
            continue  # part of a noun phrase that has a head
        sent = view.sentence_of(start)
        if sent in blocked:
            continue
        floor = view.floor(sent)
        m = _noun_phrase(view, nums, start, end, floor, models_by_start)
        if m is None:
            continue
        num, _ = m
        models = _models_between(models_by_start, num[1], end)
        category, model = _weapon_of(vocab, "missile|", models)
        count, count_start = nums.make_count(num, end)
        mention = CountMention(count, None, "weapon", category, model,
                               view.evidence(num[1], end), sent, count_start, end)
        mention.attacker_hint = _attacker_hint(view, num[1], end)
        mentions.append(mention)
        used.update(range(count_start, end))

    _locations(view, nums, mentions, used, blocked)
    cues = _cues(view, blocked)
    _bare_counts(view, nums, cues, mentions, used)
    mentions.sort(key=lambda m: m.start)
    rate = [(s, e) for s, e, _ in index.get("RATE")]
    if rate:  # "produces 2,700 drones a month", "delivered 300 missiles": not an attack
        mentions = [m for m in mentions if not _near_rate(rate, m.start, m.end)]
    _assign_roles(view, cues, mentions)
    _inherit_listed_roles(view, mentions)
    _inherit_from_intro(view, cues, mentions)
    _instrumental_launches(view, cues, mentions)
    _resolve_antecedents(mentions)
    view.cues = cues
    view.governing = {m.cue[0] for m in mentions if m.cue is not None}
    return [m for m in mentions if m.role is not None or m.reference]


def find_uncounted(view: DocView, counted: list[CountMention]) -> list[WeaponMention]:
    """Weapons named in attack sentences without a figure, and attack nouns ("airstrikes").

    A weapon counts only in a sentence that also has a (non-hypothetical) attack cue near
    it, or when it is an attack noun itself; production, forecasts and alerts were blocked.
    """
    index = view.index
    used: set[int] = set()
    for m in counted:
        used.update(range(m.start, m.end))
    cues_by_sentence: dict[int, list[_Cue]] = {}
    for c in view.cues:
        if not c.hypothetical:
            cues_by_sentence.setdefault(c.sentence, []).append(c)
    hypo = [s for s, _, _ in index.get("HYPO")]
    background = {view.sentence_of(s) for s, _, _ in index.get("BACKGROUND")}
    out: list[WeaponMention] = []
    candidates = [(s, e, v, "HEAD") for s, e, v in index.get("HEAD")]
    candidates += [(s, e, v, "MODEL") for s, e, v in index.get("MODEL")]
    candidates += [(s, e, v, "ATTACKNOUN") for s, e, v in index.get("ATTACKNOUN")]
    head_starts = {s for s, _, _ in index.get("HEAD")}
    models_by_start = {s: (e, v) for s, e, v in index.get("MODEL")}
    mod_tokens = view.vocab.mod_tokens
    for start, end, value, kind in sorted(candidates):
        if start in used:
            continue
        if kind != "ATTACKNOUN" and end < view.n and view.low(end) in view.vocab.not_heads_before:
            continue
        if start >= 2 and view.tok(start - 1) == "-" and view.low(start - 2) in ("anti", "counter"):
            continue  # "anti-drone", "counter-drone"
        if kind == "MODEL":
            nxt = end
            while nxt < view.n and nxt - end < 4 and view.low(nxt) in mod_tokens \
                    and nxt not in head_starts:
                nxt += 1
            if nxt in head_starts:
                continue  # "a Kinzhal missile": the head noun carries the model
        sent = view.sentence_of(start)
        if sent in view.blocked or sent in background:
            continue
        if kind == "ATTACKNOUN":
            floor = view.floor(sent)
            if any(floor <= h < start for h in hypo):
                continue
            category, model = value, None
            cue = None
        elif _is_list_item(view, sent) and not any(view.sentence_of(u) == sent for u in used):
            # "- балістичними ракетами Іскандер-М/KN-23 із …": a type listed without a number
            if kind == "MODEL":
                category, model = _weapon_of(view.vocab, "missile|", [value])
            else:
                after, after_end = _models_after(view, models_by_start, end)
                category, model = _weapon_of(view.vocab, value, after)
                used.update(range(end, after_end))
            cue = None
        elif kind == "MODEL" and any(view.sentence_of(u) == sent for u in used):
            # a model named beside figures ("…ракетами: Онікс, Циркон, Іскандер-М"):
            # kept as a listed type without a number
            category, model = _weapon_of(view.vocab, "missile|", [value])
            cue = None
        else:
            weak = view.vocab.weak_for_detection
            near = [c for c in cues_by_sentence.get(sent, []) if abs(c.start - start) <= 12
                    and " ".join(view.low(i) for i in range(c.start, c.end)) not in weak]
            if not near:
                continue
            cue = min(near, key=lambda c: abs(c.start - start))
            if kind == "MODEL":
                category, model = _weapon_of(view.vocab, "missile|", [value])
            else:
                lo = start
                while lo - 1 >= view.floor(sent) and start - lo < 5 \
                        and view.low(lo - 1) in mod_tokens:
                    lo -= 1
                models = _models_between(models_by_start, lo, start)
                if not models:
                    models, after_end = _models_after(view, models_by_start, end)
                    used.update(range(end, after_end))
                category, model = _weapon_of(view.vocab, value, models)
        mention = WeaponMention(category, model, view.evidence(start, end), sent, start, end)
        mention.attacker_hint = _attacker_hint(view, max(view.floor(sent), start - 3), end)
        if cue is not None:
            mention.cue = (cue.start, cue.end)
        out.append(mention)
        used.update(range(start, end))
    return out


# -- noun phrases ----------------------------------------------------------------------


def _noun_phrase(view: DocView, nums: _Numbers, start: int, end: int, floor: int,
                 models_by_start: dict[int, tuple[int, str]]) -> tuple[tuple[int, int], int] | None:
    """Walk left from a head over modifiers to a number: ``(number span, mods start)``."""
    mod_tokens = view.vocab.mod_tokens
    if end < view.n and view.low(end) in view.vocab.not_heads_before:
        return None  # "drone models", "missile production": the head is a modifier
    j = start - 1
    steps = 0
    while j >= floor and steps < 9:
        if nums.is_number(j) or view.low(j) in ("dozen", "a", "an"):
            break
        if view.low(j) in mod_tokens:
            j -= 1
            steps += 1
            continue
        # a multi-token model alias ending here
        hit = next((s for s, (e, _) in models_by_start.items() if e == j + 1 and s <= j), None)
        if hit is not None:
            steps += j - hit + 1
            j = hit - 1
            continue
        return None
    num = nums.ending_at(j, floor)
    if num is None:
        # "a ballistic missile", "one Kinzhal": a singular head counts one
        if j >= floor and view.low(j) in ("a", "an", "single") \
                and not view.low(end - 1).endswith("s"):
            num = (j, j + 1)
        else:
            return None
    if j + 1 < start and " ".join(view.low(i) for i in range(j + 1, start)) in {"and", "or", ","}:
        return None  # "230 drones and missiles": the head belongs to a list
    return num, j + 1


def _models_between(models_by_start: dict[int, tuple[int, str]], lo: int, hi: int) -> list[str]:
    out = []
    for s, (e, value) in sorted(models_by_start.items()):
        if lo <= s and e <= hi and value not in out:
            out.append(value)
    return out





def _models_after(view: DocView, models_by_start: dict[int, tuple[int, str]], end: int
                  ) -> tuple[list[str], int]:
    """Models named right after a weapon noun, joined by "/" ("Х-101/Калібр")."""
    j = end
    leads = view.vocab.model_leads
    while j < view.n and j - end < 5 and view.low(j) in leads:
        j += 1
    models: list[str] = []
    last = end
    while j in models_by_start:
        e, value = models_by_start[j]
        if value not in models:
            models.append(value)
        last = e
        j = e
        if j + 1 < view.n and view.tok(j) == "-" and len(view.tok(j + 1)) <= 2:
            j += 2  # "Іскандер - М": an alias broken by spaces
            last = j
        elif j < view.n and view.tok(j - 1).endswith("-") and len(view.tok(j)) <= 2 \
                and view.tok(j).isalpha():
            j += 1  # "Іскандер- М"
            last = j
        if j < view.n and view.tok(j) in ("/", ","):
            k = j + 1
            while k < view.n and view.low(k) in ("\u00ab", "\u201c", "\"", "\u201e"):
                k += 1
            if k in models_by_start:  # "Х-101, Х-555, «Калібр»": one figure, several models
                j = k
                continue
            if view.tok(j) == "/":
                j += 1
                continue
        break
    return models, last


def _weapon_of(vocab: Vocabulary, head_value: str, models: list[str]) -> tuple[str, str | None]:
    category, _, head_model = head_value.partition("|")
    if not models:
        return category, head_model or None
    cats = {vocab.model_category[m] for m in models}
    model = "/".join(models)
    if len(cats) == 1:
        model_cat = next(iter(cats))
        if category in ("drone", "missile", "aircraft") or category == model_cat:
            return model_cat, model
        if category == "decoy_drone" and model_cat == "drone":
            return category, None
        return category, model
    return category, model


def _attacker_hint(view: DocView, lo: int, hi: int) -> tuple[str, Evidence] | None:
    for s, e, code in view.index.get("ADJC"):
        if lo <= s and e <= hi:
            if e + 1 < view.n and view.tok(e) in ("-", "–") and view.low(e + 1) in _MADE:
                continue
            return code, view.evidence(s, e)
    return None


def _partitive(view: DocView, nums: _Numbers, inner: CountMention,
               mentions: list[CountMention], used: set[int], floor: int) -> None:
    """"205 of the 230 drones": 205 takes the weapon, 230 is the reference figure."""
    k = inner.start
    if k - 1 >= floor and view.low(k - 1) in _PARTITIVE_DET and k - 2 >= floor \
            and view.low(k - 2) == "of":
        before = k - 3  # "205 of the 230 drones"
    elif k - 1 >= floor and view.low(k - 1) == "of":
        before = k - 2  # "32 of 45 drones"
    else:
        return
    if before < floor or not nums.is_number(before):
        # "Of the 526 targets, 451 were downed": the figure is the reference set
        opener = before + 1
        if opener == floor or (opener > floor and view.tok(opener - 1) in (",", ";", ":")) or (
                opener - 1 >= floor and view.low(opener - 1) == "out"):
            inner.reference = True
        return
    num = nums.ending_at(before, floor)
    if num is None:
        return
    count, count_start = nums.make_count(num, num[1])
    mentions.append(CountMention(count, None, inner.kind, inner.category, inner.model,
                                 inner.weapon, inner.sentence, count_start, inner.end,
                                 attacker_hint=inner.attacker_hint))
    inner.reference = True
    used.update(range(count_start, k))


def _locations(view: DocView, nums: _Numbers, mentions: list[CountMention], used: set[int],
               blocked: set[int]) -> None:
    index = view.index
    mods = view.vocab.loc_modifiers
    loc_cues = sorted(index.get("LOCHIT") + index.get("LOCDEBRIS"))
    kinds = {s: v for s, _, v in loc_cues}
    breaks = {s for s, _, _ in index.get("BREAK")}
    for start, end, _ in index.get("LOCHEAD"):
        sent = view.sentence_of(start)
        if sent in blocked or start in used:
            continue
        floor = view.floor(sent)
        j = start - 1
        while j >= floor and view.low(j) in mods:
            j -= 1
        num = nums.ending_at(j, floor)
        if num is None:
            continue
        # nearest location cue to the left within the clause, else just to the right
        # a debris cue anywhere in the clause wins over a generic "recorded"/"hit"
        found: set[str] = set()
        i = num[0] - 1
        while i >= floor and num[0] - i <= 30:
            if i in kinds:
                found.add(kinds[i])
            if i in breaks and view.tok(i) not in (",",):
                break
            i -= 1
        if not found:
            for i in range(end, min(end + 5, view.n)):
                if i in kinds:
                    found.add(kinds[i])
        if not found:
            continue
        role = "debris_locations" if "debris_locations" in found else "hit_locations"
        count, count_start = nums.make_count(num, end)
        mentions.append(CountMention(count, role, role, None, None, None, sent, count_start, end))
        used.update(range(count_start, end))


# -- cues and roles ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    role: str
    governs: str
    sentence: int
    hypothetical: bool
    weak: bool = False
    list_head: bool = False


def _blocked_sentences(view: DocView) -> set[int]:
    blocked = set()
    for kind in ("NEG", "ALERT"):
        for s, _, _ in view.index.get(kind):
            blocked.add(view.sentence_of(s))
    moving = view.index.get("ALERTMOVE")
    if moving:
        weapon_ends = {e for kind in ("HEAD", "MODEL") for _, e, _ in view.index.get(kind)}
        for s, _, _ in moving:
            if any(e in weapon_ends for e in range(max(0, s - 3), s + 1)):
                blocked.add(view.sentence_of(s))  # "a drone heading towards Kharkiv"
    return blocked


def _cues(view: DocView, blocked: set[int]) -> list[_Cue]:
    specs = view.vocab.cue_specs
    hypo_ends = [e for _, e, _ in view.index.get("HYPO")]
    inside_heads: set[int] = set()
    for kind in ("HEAD", "TOTAL", "ATTACKNOUN", "IGNORE"):
        for s, e, _ in view.index.get(kind):
            inside_heads.update(range(s, e))
    out = []
    matches = [(s, e, specs[k]) for s, e, k in view.index.get("CUE")]
    matches += _adverbial_passives(view, {s for s, _, _ in matches})
    for start, end, spec in matches:
        if start in inside_heads:
            continue  # "strike drones", "attack drones": part of a weapon's name
        sent = view.sentence_of(start)
        if sent in blocked:
            continue
        if spec.requires_before:
            lo = max(0, start - spec.window)
            if not any(view.low(i) in spec.requires_before for i in range(lo, start)):
                continue
        if start > 0 and view.tok(start - 1) in ("-", "\u2011") and view.idx[start] == \
                view.idx[start - 1] + 1:
            continue  # "air-launched", "ship-launched": an adjective, not a verb
        hypothetical = any(start - 4 <= e <= start for e in hypo_ends)
        if spec.role == "launched" and _is_transfer(view, start, end):
            continue
        if spec.role == "pending" and start > 0 and \
                view.low(start - 1) in view.vocab.pending_not_after:
            continue  # "(тип уточнюється)": the type is being clarified, not the figure
        out.append(_Cue(start, end, spec.role, spec.governs, sent, hypothetical, spec.weak,
                        spec.list_head))
    return out


def _adverbial_passives(view: DocView, taken: set[int]) -> list[tuple[int, int, CueSpec]]:
    """ "were successfully shot down", "had been later intercepted": auxiliary, one or two
    adverbs, then a passive participle."""
    vocab = view.vocab
    out = []
    for start, end, _ in view.index.get("PARTICIPLE"):
        j = start - 1
        adverbs = 0
        while j >= 0 and adverbs < 2 and view.low(j) in vocab.adverbs:
            j -= 1
            adverbs += 1
        if adverbs == 0 or j < 0 or view.low(j) not in vocab.aux_last or j in taken:
            continue
        if view.low(j) == "been" and j > 0 and view.low(j - 1) in ("had", "have", "has"):
            j -= 1
        phrase = " ".join(view.low(i) for i in range(start, end))
        spec = vocab.passive_of.get(phrase)
        if spec is not None:
            out.append((j, end, spec))
    return out


def _is_transfer(view: DocView, start: int, end: int) -> bool:
    """ "Germany sent 30 missiles to Ukraine": a delivery, not a launch."""
    phrase = " ".join(view.low(i) for i in range(start, end))
    if phrase not in view.vocab.transfer_verbs:
        return False
    countries = {s for s, _, _ in view.index.get("COUNTRY")}
    for i in range(end, min(end + 8, view.n - 1)):
        if view.low(i) == "to" and i + 1 in countries:
            return True
    return False


def _bare_counts(view: DocView, nums: _Numbers, cues: list[_Cue],
                 mentions: list[CountMention], used: set[int]) -> None:
    """Numbers with no noun next to a cue: "249 were shot down", "destroyed 41 of them"."""
    head_tokens = {s for s, _, _ in view.index.get("HEAD") + view.index.get("MODEL")
                   + view.index.get("TOTAL") + view.index.get("LOCHEAD")}
    for cue in cues:
        if cue.hypothetical:
            continue
        floor = view.floor(cue.sentence)
        if cue.governs in ("left", "both"):
            j = cue.start - 1
            while j >= floor and cue.start - j <= 4 and view.low(j) in _BARE_BEFORE_SKIP:
                j -= 1
            num = nums.ending_at(j, floor)
            if num is not None and not used.intersection(range(num[0], num[1])) \
                    and _plausible_bare(view, num):
                count, count_start = nums.make_count(num, num[1])
                mentions.append(CountMention(count, None, "weapon", None, None, None,
                                             cue.sentence, count_start, num[1], bare=True))
                used.update(range(count_start, num[1]))
        if cue.governs in ("right", "both"):
            j = cue.end
            q = j
            while q < view.n and q - j < 4 and not nums.is_number(q):
                q += 1
            if q >= view.n or not nums.is_number(q) or q in used:
                continue
            end = q
            while end + 1 < view.n and nums.is_number(end + 1):
                end += 1
            num = nums.ending_at(end, floor)
            if num is None or num[0] > q or used.intersection(range(num[0], num[1])):
                continue
            after = num[1]
            if after < view.n and (after in head_tokens
                                     or view.low(after) not in _BARE_AFTER_OK):
                continue
            if not _plausible_bare(view, num):
                continue
            count, count_start = nums.make_count(num, num[1])
            if count_start < cue.end:
                continue
            mentions.append(CountMention(count, None, "weapon", None, None, None, cue.sentence,
                                         count_start, num[1], bare=True))
            used.update(range(count_start, num[1]))


_ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth twentieth hundredth thousandth""".split())


def _is_ordinal(word: str) -> bool:
    """ "second", "3rd", "21st": spaCy's like_num says yes; a count says no."""
    if word in _ORDINALS:
        return True
    return word[:1].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def _plausible_bare(view: DocView, num: tuple[int, int]) -> bool:
    """A bare number is no year, time or ordinal."""
    text = "".join(view.tok(i) for i in range(num[0], num[1]))
    if text.isdigit() and len(text) == 4 and text[:2] in ("19", "20"):
        return False
    return not any(ch in text for ch in ":%")


def _assign_roles(view: DocView, cues: list[_Cue], mentions: list[CountMention]) -> None:
    breaks = {s for s, _, _ in view.index.get("BREAK")}
    connectors = view.vocab.connectors
    spans = sorted((m.start, m.end) for m in mentions)
    inside: set[int] = set()
    for s, e in spans:
        inside.update(range(s, e))
    cue_starts = {c.start for c in cues}
    by_sentence: dict[int, list[_Cue]] = {}
    for c in cues:
        by_sentence.setdefault(c.sentence, []).append(c)

    def gap(lo: int, hi: int) -> int | None:
        """Words between two positions that are not counts or connectors; None = blocked.

        Passing over another count adds 3: "shot down 60 drones and 25 drones were jammed"
        — the 25 belongs to the cue right after it, not to the one before the list.
        """
        n = 0
        over = False
        for i in range(lo, hi):
            if i in inside:
                if not over:
                    n += 3
                    over = True
                continue
            over = False
            if i in breaks or i in cue_starts:
                return None
            if view.low(i) in connectors:
                continue
            n += 1
        return n

    for m in mentions:
        if m.kind in ("hit_locations", "debris_locations") or m.reference:
            continue
        sentence_cues = by_sentence.get(m.sentence, [])
        left = None
        for c in sentence_cues:
            if c.end <= m.start and c.governs in ("right", "both"):
                g = gap(c.end, m.start)
                if g is not None and g <= 9:
                    left = (c, g)  # the last one wins: nearest
        right = None
        for c in sentence_cues:
            if c.start >= m.end and c.governs in ("left", "both"):
                g = gap(m.end, c.start)
                if g is not None and g <= 6:
                    right = (c, g)
                    break
        if right is not None and right[0].weak and left is not None:
            right = None  # "shot down ... 23 drones launched by Ukraine": the verb wins
        chosen = None
        if left is not None and left[0].list_head and right is not None \
                and _only_list_between(view, inside, connectors, left[0].end, m.start):
            right = None  # "Hits by 15 missiles and 52 drones were recorded"
        if left is not None and (left[1] <= 2 or right is None or left[1] < right[1]):
            chosen = left[0]
        elif right is not None:
            chosen = right[0]
        if chosen is None or chosen.hypothetical:
            continue
        m.role = chosen.role
        m.cue = (chosen.start, chosen.end)


def _only_list_between(view: DocView, inside: set[int], connectors: set[str], lo: int,
                       hi: int) -> bool:
    """Nothing but other counts and connectors between two positions."""
    return all(i in inside or view.low(i) in connectors for i in range(lo, hi))


def _near_rate(rate: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start - 6 <= e <= start or end <= s <= end + 4 for s, e in rate)





_BULLETS = frozenset({"-", "\u2013", "\u2014", "\u2022", "*", "\u2796", "\u25aa", "\u25cf", "+"})


def _is_list_item(view: DocView, sentence: int) -> bool:
    floor = view.floor(sentence)
    return floor < view.n and view.tok(floor) in _BULLETS


def _instrumental_launches(view: DocView, cues: list[_Cue], mentions: list[CountMention]
                           ) -> None:
    """ "противник атакував … 36 крилатими ракетами": in languages with cases, a weapon in
    the instrumental is what the attack was made with."""
    endings = view.vocab.instrumental_endings
    if not endings:
        return
    launch_cues: dict[int, _Cue] = {}
    for c in cues:
        if c.role == "launched" and not c.hypothetical:
            launch_cues.setdefault(c.sentence, c)
    launch_sentences = set(launch_cues)
    for m in mentions:
        if m.role is not None or m.reference or m.kind != "weapon" or m.bare:
            continue
        if m.sentence not in launch_sentences and m.sentence - 1 not in launch_sentences:
            continue
        words = [view.low(i) for i in range(m.start, m.end)]
        if any(w.endswith(endings) for w in words if not w[:1].isdigit()) or any(
                w[:1].isdigit() and "-" in w for w in words):
            cue = launch_cues.get(m.sentence) or launch_cues[m.sentence - 1]
            m.role, m.cue = "launched", (cue.start, cue.end)


def _inherit_from_intro(view: DocView, cues: list[_Cue], mentions: list[CountMention]
                        ) -> None:
    """Items of a bulleted list on their own lines take the role of the line that
    introduced the list with a colon ("зафіксовано 358 засобів …:" then "- 4 ракети …")."""
    by_sentence: dict[int, list[CountMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for m in mentions:
        if m.role is not None or m.reference or m.kind in ("hit_locations", "debris_locations"):
            continue
        if not _is_list_item(view, m.sentence):
            continue
        s = m.sentence - 1
        while s >= 0 and _is_list_item(view, s):
            s -= 1
        if s < 0 or not view.text[view.sentences[s][0] : view.sentences[s][1]].rstrip() \
                .endswith(":"):
            continue
        intro = [x for x in by_sentence.get(s, []) if x.role is not None
                 and x.kind not in ("hit_locations", "debris_locations")]
        if intro:
            m.role, m.cue = intro[-1].role, intro[-1].cue
            continue
        said = [c for c in cues if c.sentence == s and not c.hypothetical]
        if said:  # "противник атакував:", "ЗНИЩЕНО:" — a verb with the list as its object
            m.role, m.cue = said[-1].role, (said[-1].start, said[-1].end)


def _inherit_listed_roles(view: DocView, mentions: list[CountMention]) -> None:
    """ "602 targets were shot down, including 587 drones and 15 missiles": a breakdown
    introduced by "including" (or a colon or dash) takes the role of what it breaks down."""
    for i, m in enumerate(mentions):
        if m.role is not None or m.reference or m.kind in ("hit_locations", "debris_locations"):
            continue
        j = m.start - 1
        floor = view.floor(m.sentence)
        opened = False
        while j >= floor and m.start - j <= 12:
            low = view.low(j)
            if low in view.vocab.list_openers:
                opened = True
                break
            if low not in ("and", ",", "them", "of", "which") and not any(
                    o.start <= j < o.end for o in mentions[:i]):
                break
            j -= 1
        if not opened:
            continue
        for prev in reversed(mentions[:i]):
            if prev.sentence != m.sentence:
                break
            if prev.role is not None and prev.kind not in ("hit_locations", "debris_locations"):
                m.role, m.cue = prev.role, prev.cue
                break


def _resolve_antecedents(mentions: list[CountMention]) -> None:
    """A bare count takes the weapon of the counts just before it, or is a total."""
    for i, m in enumerate(mentions):
        if not m.bare or m.role is None:
            continue
        group: list[CountMention] = []
        for prev in reversed(mentions[:i]):
            if prev.kind in ("hit_locations", "debris_locations") or prev.bare:
                continue
            if m.sentence - prev.sentence > 2:
                break
            if group and prev.sentence != group[0].sentence:
                break
            group.append(prev)
        if not group:
            m.role = None
            continue
        kinds = {(g.kind, g.category, g.model) for g in group}
        if len(kinds) == 1:
            g = group[0]
            m.kind, m.category, m.model, m.weapon = g.kind, g.category, g.model, g.weapon
            m.attacker_hint = g.attacker_hint
        else:
            m.kind, m.category, m.model = "total", None, None
