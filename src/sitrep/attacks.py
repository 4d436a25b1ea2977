"""Group count mentions into attacks and consolidate repeated figures.

Grouping key: (attacker, target, period). A night-scope period that overlaps the
document's main night (or no period at all) joins the main attack; a month, a year or
"since the invasion" makes an attack of its own, marked by ``period.kind``.

Consolidation inside an attack, per weapon (category, model) and role:
- the same figure said again (headline, lead, body) is one count, the first mention;
- figures that differ are all kept: the field holds the preferred one (exact before
  rounded, then the first said) and ``conflicts`` lists every figure with its span;
- ``shot_down`` becomes ``destroyed`` unless the attack also gives a suppressed figure
  for the same weapon, in which case both stay apart (as Ukraine reports them);
- a model-less weapon entry whose figures all agree with the only named model of its
  category is merged into it ("230 drones" in the headline, "230 Shahed drones" below).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .context import Direction, SentenceContext, direction_for, reporter_for
from .counts import CountMention, DocView, WeaponMention, _is_list_item
from .model import COUNT_ROLES, Attack, Conflict, Count, Period, Reporter, Totals, Weapon
from .periods import PeriodMention, Publication, finder_for, resolve
from .places import launch_sites

__all__ = ["build_attacks"]

_QUAL_RANK = {"exact": 0, "at_least": 1, "more_than": 2, "about": 3, "at_most": 4, "vague": 5}


@dataclass
class _Draft:
    direction: Direction
    period: Period
    reporter: Reporter | None
    first: int
    mentions: list[CountMention] = field(default_factory=list)
    uncounted: list[WeaponMention] = field(default_factory=list)


def _find_periods(view: DocView) -> dict[int, list[PeriodMention]]:
    finder = finder_for(view.vocab.rules_key)
    text = view.text
    out: dict[int, list[PeriodMention]] = {}
    seen: set[tuple[int, int]] = set()
    for s, e, _ in view.index.get("PTRIG"):
        sent = view.sentence_of(s)
        lo_s, hi_s = view.sentences[sent]
        c0, c1 = view.char_span(s, e)
        lo = max(lo_s, c0 - 45)
        while lo > lo_s and text[lo - 1].isalnum():
            lo -= 1  # start the window at a word boundary
        hi = min(hi_s, c1 + 45)
        pm = finder.find_at(text, text[c0:c1], c0, c1, lo, hi)
        if pm is not None and (pm.start_char, pm.end_char) not in seen:
            seen.add((pm.start_char, pm.end_char))
            out.setdefault(sent, []).append(pm)
    for pm in finder.scan(text):
        if (pm.start_char, pm.end_char) not in seen:
            seen.add((pm.start_char, pm.end_char))
            out.setdefault(view.sentence_at_char(pm.start_char), []).append(pm)
    for mentions in out.values():
        mentions.sort(key=lambda pm: pm.start_char)
    return out


# a bare date or weekday is often the day a statement was made ("said on Wednesday"),
# so it yields to a night or a multi-day period in the same sentence
_WEAK_KINDS = frozenset({"date", "weekday", "today"})


def _rank(pm: PeriodMention) -> int:
    return 1 if pm.kind in _WEAK_KINDS else 0


def _overlaps(a: Period, b: Period) -> bool:
    if not (a.resolved and b.resolved and a.start and a.end and b.start and b.end):
        return (a.text or "").lower() == (b.text or "").lower()
    return datetime.fromisoformat(a.start) < datetime.fromisoformat(b.end) and \
        datetime.fromisoformat(b.start) < datetime.fromisoformat(a.end)


def build_attacks(view: DocView, mentions: list[CountMention],
                  uncounted: list[WeaponMention], pub: Publication | None,
                  doc_id: str) -> tuple[list[Attack], list[str]]:
    if not mentions and not uncounted:
        return [], []
    rules = finder_for(view.vocab.rules_key).rules
    periods = _find_periods(view)
    resolved: dict[tuple[int, int], Period] = {}

    def period_of(pm: PeriodMention) -> Period:
        key = (pm.start_char, pm.end_char)
        if key not in resolved:
            resolved[key] = resolve(pm, pub, rules)
        return resolved[key]

    count_sentences = sorted({m.sentence for m in mentions} | {u.sentence for u in uncounted})
    main: Period | None = None
    for rank in (0, 1):
        for sent in [*count_sentences, *sorted(periods)]:
            nights = [pm for pm in periods.get(sent, [])
                      if pm.scope == "night" and _rank(pm) == rank]
            if nights:
                main = period_of(nights[0])
                break
        if main is not None:
            break
    contexts = _contexts(view)

    default_dir: Direction | None = None
    drafts: list[_Draft] = []
    reporters: dict[int, Reporter | None] = {}
    counted_drafts = 0
    everything: list[CountMention | WeaponMention] = [*mentions, *uncounted]
    for m in everything:
        sent_periods = periods.get(m.sentence, [])
        period = main
        char = view.idx[m.start]
        if sent_periods:
            nearest = min(sent_periods, key=lambda pm: (_rank(pm), abs(pm.start_char - char)))
            period = period_of(nearest)
            if nearest.scope == "night" and main is not None and _overlaps(period, main):
                period = main
        if m.sentence not in reporters:
            reporters[m.sentence] = reporter_for(view, contexts, m.sentence)
        reporter = reporters[m.sentence]
        d = direction_for(view, contexts, m, reporter)
        if d.attacker is None and d.target is None and default_dir is not None:
            d = default_dir
        elif d.attacker is None or d.target is None:
            d.complete()
            if default_dir is not None:
                if d.attacker is None and default_dir.target == d.target:
                    d.attacker, d.attacker_evidence = (default_dir.attacker,
                                                       default_dir.attacker_evidence)
                if d.target is None and default_dir.attacker == d.attacker:
                    d.target, d.target_evidence = default_dir.target, default_dir.target_evidence
        if default_dir is None and (d.attacker or d.target):
            default_dir = d
        if isinstance(m, WeaponMention):
            # A weapon without a figure makes an attack only in a document that gives no
            # figures at all; where figures exist it is a second mention of that attack,
            # and a model listed in it ("including Kh-101 and Kinzhal missiles") is kept
            # as a weapon with null counts (the figure given is then a lower bound).
            if counted_drafts:
                if _is_list_item(view, m.sentence):
                    drafts[0].uncounted.append(m)
                elif _listed(view, m) or _in_launch_clause(view, m, drafts[:counted_drafts]):
                    for dr in drafts[:counted_drafts]:
                        if any(c.sentence == m.sentence for c in dr.mentions):
                            dr.uncounted.append(m)
                            break
                continue
            draft = _find_draft(drafts[counted_drafts:], d, period)
            if draft is None:
                draft = _Draft(d, period or Period(), reporter, char)
                drafts.append(draft)
            draft.uncounted.append(m)
            continue
        draft = _find_draft(drafts, d, period)
        if draft is None:
            draft = _Draft(d, period or Period(), reporter, char)
            drafts.append(draft)
            counted_drafts = len(drafts)
        elif draft.reporter is None:
            draft.reporter = reporter
        draft.mentions.append(m)

    enemy = view.index.get("ENEMY")
    if enemy and all(not (d.direction.attacker or d.direction.target) for d in drafts):
        # "противник атакував …": the Air Force names the attacker only as "the enemy"
        s, e, code = enemy[0]
        for draft in drafts:
            draft.direction = Direction(attacker=code, attacker_evidence=view.evidence(s, e))
            draft.direction.complete()
    drafts = _merge_directionless(drafts)
    attacks = []
    warnings: list[str] = []
    for i, draft in enumerate(drafts):
        attack = _consolidate(draft, f"{doc_id}-a{i + 1}", warnings)
        if attack is not None:
            attacks.append(attack)
    sites = launch_sites(view) if view.index.get("LAUNCHSITE") else []
    for site in sites:
        # a launch site belongs to the attack made from that side (the first one)
        home = next((a for a in attacks if a.attacker is None or site.country is None
                     or a.attacker == site.country or site.country == "UA"), None)
        if home is not None:
            home.places.append(site)
    return attacks, warnings


def _merge_directionless(drafts: list[_Draft]) -> list[_Draft]:
    """A headline total with no actor ("ЗБИТО/ПОДАВЛЕНО 320 ЦІЛЕЙ") belongs to the
    document's attack of the same period whose direction is known (the first one)."""
    known = [d for d in drafts if d.direction.attacker or d.direction.target]
    out = []
    for draft in drafts:
        if draft.direction.attacker or draft.direction.target or not draft.mentions:
            out.append(draft)
            continue
        home = next((k for k in known if k.mentions and _same_period(draft.period, k.period)),
                    None)
        if home is None:
            out.append(draft)
        else:
            home.mentions.extend(draft.mentions)
            home.uncounted.extend(draft.uncounted)
    return out


def _contexts(view: DocView) -> dict[int, SentenceContext]:
    from .context import read_context

    return read_context(view)


def _same_period(a: Period | None, b: Period) -> bool:
    if a is None:
        return b.text is None
    if a is b:
        return True
    if a.kind != b.kind and (a.text is None or b.text is None):
        return False
    return (a.text or "").lower() == (b.text or "").lower() or (
        a.resolved and b.resolved and a.start == b.start and a.end == b.end)


_LIST_WORDS = frozenset({"including", "included", "include", "includes", "among", "namely",
                         "and", ",", "as", "well", "of", "type", "the", ":"})


def _listed(view: DocView, m: WeaponMention) -> bool:
    """ "78 missiles, including Kh-101 cruise missiles and Kinzhal aeroballistic missiles"."""
    j = m.start - 1
    floor = view.floor(m.sentence)
    while j >= floor and m.start - j <= 12:
        low = view.low(j)
        if low in view.vocab.model_list_openers:
            return True
        if low not in _LIST_WORDS and low not in view.vocab.mod_tokens:
            return False
        j -= 1
    return False


def _in_launch_clause(view: DocView, m: WeaponMention, drafts: list[_Draft]) -> bool:
    """ "противник атакував балістичними ракетами Іскандер-М, 282 ударними БпЛА": a type
    named without a number in the same launch sentence as figures that were launched."""
    launched = [c for dr in drafts for c in dr.mentions
                if c.sentence == m.sentence and c.role == "launched" and c.cue is not None]
    return any(c.cue is not None and c.cue[0] < m.start for c in launched)


def _matches(draft: _Draft, d: Direction, period: Period | None) -> bool:
    dd = draft.direction
    if (dd.attacker, dd.target) != (d.attacker, d.target):
        return False
    return _same_period(period, draft.period)


def _find_draft(drafts: list[_Draft], d: Direction, period: Period | None) -> _Draft | None:
    for draft in drafts:
        if _matches(draft, d, period):
            return draft
    return None


def _preferred(counts: list[Count]) -> Count:
    return min(counts, key=lambda c: (_QUAL_RANK.get(c.qualifier, 9), c.start_char))


def _distinct(counts: list[Count]) -> list[Count]:
    out: list[Count] = []
    for c in sorted(counts, key=lambda c: c.start_char):
        if not any(o.same_figure(c) for o in out):
            out.append(c)
    return out


def _consolidate(draft: _Draft, attack_id: str, warnings: list[str]) -> Attack | None:
    # collect figures per (slot, role)
    weapon_keys: list[tuple[str, str | None]] = []
    figures: dict[tuple[object, str], list[Count]] = {}
    evidence = {}
    loc: dict[str, list[Count]] = {"hit_locations": [], "debris_locations": []}
    for m in sorted(draft.mentions, key=lambda m: m.start):
        m_role = "launched" if m.reference and m.role is None else m.role or ""
        if m.kind in loc:
            loc[m.kind].append(m.count)
            continue
        if m.kind == "total":
            slot: object = "total"
        else:
            key = (m.category or "missile", m.model)
            if key not in weapon_keys:
                weapon_keys.append(key)
                evidence[key] = m.weapon
            slot = key
        figures.setdefault((slot, m_role), []).append(m.count)

    _merge_unnamed(weapon_keys, figures)
    unnamed = []
    for u in draft.uncounted:
        key = (u.category, u.model)
        if u.model is None and draft.mentions:
            continue  # a generic noun next to figures adds nothing
        if key not in weapon_keys and key not in unnamed:
            unnamed.append(key)
            evidence[key] = u.weapon
    if not figures and not loc["hit_locations"] and not loc["debris_locations"] and not unnamed:
        return None

    attack = Attack(id=attack_id, attacker=draft.direction.attacker,
                    target=draft.direction.target, period=draft.period,
                    reported_by=draft.reporter,
                    attacker_evidence=draft.direction.attacker_evidence,
                    target_evidence=draft.direction.target_evidence)
    slots: list[object] = [*weapon_keys, *unnamed, "total"]
    present = {key[0] for key in figures} | set(unnamed)
    for slot in slots:
        has_suppressed = (slot, "suppressed") in figures
        holder: Weapon | Totals
        if slot == "total":
            holder = attack.totals
            path = "totals"
        else:
            assert isinstance(slot, tuple)
            if slot not in present:
                continue
            holder = Weapon(category=slot[0], model=slot[1], mention=evidence.get(slot))
            path = f"weapons[{len(attack.weapons)}]"
            attack.weapons.append(holder)
        for role in COUNT_ROLES:
            counts = list(figures.get((slot, role), []))
            if role == "destroyed" and not has_suppressed:
                counts += figures.get((slot, "shot_down"), [])
            if role == "shot_down" and not has_suppressed:
                continue
            if not counts:
                continue
            distinct = _distinct(counts)
            setattr(holder, role, _preferred(distinct))
            if len(distinct) > 1:
                attack.conflicts.append(Conflict(f"{path}.{role}", tuple(distinct)))
        _sanity(holder, path, attack_id, warnings)
    for role, counts in loc.items():
        if counts:
            distinct = _distinct(counts)
            setattr(attack, role, _preferred(distinct))
            if len(distinct) > 1:
                attack.conflicts.append(Conflict(role, tuple(distinct)))
    _check_totals(attack, attack_id, warnings)
    return attack


_MISSILE_TYPES = frozenset({"cruise_missile", "ballistic_missile", "aeroballistic_missile",
                            "guided_missile", "anti_ship_missile"})


def _check_totals(attack: Attack, attack_id: str, warnings: list[str]) -> None:
    """Flag per-type figures that add up to more than the total the text states."""
    typed_missiles = any(w.category in _MISSILE_TYPES for w in attack.weapons)
    for role in ("launched", "destroyed"):
        total = attack.totals.get(role)
        if total is None or total.value is None or total.qualifier != "exact":
            continue
        parts = [w.get(role) for w in attack.weapons
                 if not (w.category == "missile" and typed_missiles)]
        values = [c.value for c in parts if c is not None and c.value is not None]
        if values and sum(values) > total.value:
            warnings.append(f"{attack_id}: per-type {role} figures add up to {sum(values)}, "
                            f"more than the stated total {total.value}")


_FAMILY = {
    "missile": {"cruise_missile", "ballistic_missile", "aeroballistic_missile", "guided_missile",
                "anti_ship_missile"},
}


def _merge_unnamed(weapon_keys: list[tuple[str, str | None]],
                   figures: dict[tuple[object, str], list[Count]]) -> None:
    """A model-less figure that agrees with the only named weapon of its kind is that
    weapon's ("12 missiles" in the headline, "12 Kalibr cruise missiles" below)."""
    for key in list(weapon_keys):
        category, model = key
        if model is not None:
            continue
        family = _FAMILY.get(category, set()) | {category}
        named = [k for k in weapon_keys if k != key and k[0] in family
                 and (k[1] is not None or k[0] != category)]
        if len(named) != 1:
            continue
        target = named[0]
        agree = True
        for role in COUNT_ROLES:
            a = figures.get((key, role))
            b = figures.get((target, role))
            if a and b and not any(x.same_figure(y) for x in a for y in b):
                agree = False
        if not agree:
            continue
        for role in COUNT_ROLES:
            if (key, role) in figures:
                figures.setdefault((target, role), []).extend(figures.pop((key, role)))
        weapon_keys.remove(key)


def _sanity(holder: Weapon | Totals, path: str, attack_id: str, warnings: list[str]) -> None:
    launched = holder.launched
    destroyed = holder.destroyed
    if launched and destroyed and launched.value is not None and destroyed.value is not None \
            and destroyed.value > launched.value and launched.qualifier == "exact":
        warnings.append(f"{attack_id}: {path} destroyed ({destroyed.value}) exceeds "
                        f"launched ({launched.value})")
