"""A readable summary of a result: per attack, the figures and the sentence behind each."""

from __future__ import annotations

from typing import TextIO

from .model import COUNT_ROLES, Attack, Count, DocumentResult

__all__ = ["render_table"]

_ROLE_TITLES = {"launched": "launched", "destroyed": "destroyed", "shot_down": "shot down",
                "suppressed": "suppressed", "hit": "hit", "pending": "pending"}


def _fmt(count: Count | None) -> str:
    if count is None:
        return ""
    prefix = {"more_than": ">", "at_least": "≥", "about": "~", "at_most": "≤"}.get(
        count.qualifier, "")
    return "?" if count.value is None else f"{prefix}{count.value}"


def _period(attack: Attack) -> str:
    p = attack.period
    if p.text is None:
        return "period not stated"
    if p.resolved and p.start and p.end:
        return f"{p.text!r} = {p.start} → {p.end}"
    return f"{p.text!r} (unresolved)"


def render_table(result: DocumentResult, out: TextIO) -> None:
    """Write ``result`` as tables to ``out`` (plain text when ``out`` is not a terminal)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=120, highlight=False, soft_wrap=False)
    meta = result.document
    console.print(f"document {meta.id}  published {meta.published or '—'}  "
                  f"language {meta.language}")
    if not result.attacks:
        console.print("no attacks found")
    for attack in result.attacks:
        who = f"{attack.attacker or '?'} → {attack.target or '?'}"
        reporter = f", reported by {attack.reported_by.name}" if attack.reported_by else ""
        console.print()
        console.print(Text(f"attack {attack.id}: {who}, {_period(attack)}{reporter}",
                           style="bold"))
        rows: list[tuple[str, dict[str, Count | None]]] = []
        for w in attack.weapons:
            name = w.category if w.model is None else f"{w.category} ({w.model})"
            rows.append((name, {r: w.get(r) for r in COUNT_ROLES}))
        totals = {r: attack.totals.get(r) for r in COUNT_ROLES}
        if any(totals.values()):
            rows.append(("all types (stated total)", totals))
        roles = [r for r in COUNT_ROLES if any(row[r] for _, row in rows)]
        table = Table(show_header=True, header_style="bold")
        table.add_column("weapon")
        for r in roles:
            table.add_column(_ROLE_TITLES[r], justify="right")
        for name, row in rows:
            table.add_row(name, *(_fmt(row[r]) for r in roles))
        console.print(table)
        if attack.hit_locations or attack.debris_locations:
            console.print(f"hit locations: {_fmt(attack.hit_locations) or '—'}   "
                          f"debris locations: {_fmt(attack.debris_locations) or '—'}")
        sites = [p for p in attack.places if p.role == "launch_site"]
        if sites:
            console.print("launched from: " + ", ".join(
                f"{p.name} ({p.country})" if p.country else p.name for p in sites))
        console.print("evidence:")
        figures: list[tuple[str, Count]] = []
        for name, row in rows:
            for r in roles:
                c = row[r]
                if c is not None:
                    figures.append((f"{name} {_ROLE_TITLES[r]}", c))
        for label, c in (("hit locations", attack.hit_locations),
                         ("debris locations", attack.debris_locations)):
            if c is not None:
                figures.append((label, c))
        for label, c in figures:
            s, e = result.sentence_at(c.start_char)
            line = Text(f"  {label} = {_fmt(c)} [{c.start_char}:{c.end_char}]  ")
            line.append(result.text[s : c.start_char])
            line.append(result.text[c.start_char : c.end_char], style="reverse")
            line.append(result.text[c.end_char : e])
            console.print(line)
        for conflict in attack.conflicts:
            values = ", ".join(f"{_fmt(c)} [{c.start_char}:{c.end_char}]" for c in conflict.counts)
            console.print(f"  disagreement on {conflict.field}: {values}")
    if result.casualties:
        console.print()
        console.print(Text("casualties", style="bold"))
        for c in result.casualties:
            parts = [f"{label} {_fmt(count)}" for label, count in
                     (("killed", c.killed), ("injured", c.injured), ("missing", c.missing))
                     if count is not None]
            who = f" ({c.who.text})" if c.who else ""
            console.print(f"  {', '.join(parts)}{who} — scope {c.scope} "
                          f"[{c.start_char}:{c.end_char}]")
    if result.quotes:
        console.print()
        console.print(Text("quotes", style="bold"))
        for q in result.quotes:
            speaker = q.speaker.name if q.speaker else "speaker unknown"
            text = q.text if len(q.text) <= 90 else q.text[:87] + "…"
            console.print(f"  {speaker} ({q.kind}): {text!r} [{q.start_char}:{q.end_char}]")
    if result.impacts:
        console.print()
        console.print(Text("damage and disruption", style="bold"))
        for i in result.impacts:
            figure = "" if i.count is None else f" {_fmt(i.count)} {i.unit or ''}".rstrip()
            duration = f", {i.duration.text}" if i.duration else ""
            where = f" in {i.place.name}" if i.place else ""
            console.print(f"  {i.kind}{figure}{where}{duration} [{i.start_char}:{i.end_char}]")
    if result.events:
        console.print()
        console.print(Text("events", style="bold"))
        for ev in result.events:
            source = ev.source.name if ev.source else "?"
            target = f" → {ev.target.name}" if ev.target else ""
            status = "" if ev.status == "occurred" else f" ({ev.status})"
            cue = f" {ev.cue.text!r}" if ev.cue else ""
            console.print(f"  {ev.type}{status}: {source}{target}{cue} "
                          f"[{ev.start_char}:{ev.end_char}]")
    if result.places:
        console.print()
        console.print(Text("places", style="bold"))
        for pl in result.places:
            where = ", ".join(x for x in (pl.admin1, pl.country) if x)
            coords = "" if pl.lat is None or pl.lon is None else f" {pl.lat:.2f},{pl.lon:.2f}"
            console.print(f"  {pl.text!r} → {pl.name} ({where or 'not geocoded'}){coords} "
                          f"{pl.role} [{pl.start_char}:{pl.end_char}]")
    for warning in result.warnings:
        console.print(f"warning: {warning}")
