"""Which column of ``destroyed_counts.csv`` a destroyed weapon of sitrep's counts in.

The infographics dataset (Vadimkin/ukrainian-air-forces-destroyed-targets-dataset) has 28
count columns. A weapon of sitrep (category, model ids joined by "/", mention text) goes
to one column, decided in this order (:func:`column_of`):

1. :data:`LUMPS` — a figure that counts several models together goes where the dataset
   puts it (its lead model's column);
2. :data:`COLUMNS` ``models`` — every model of the figure belongs to that one column;
3. an ``aircraft`` figure with no model whose noun is a helicopter → ``helicopter``;
4. :data:`COLUMNS` ``fallback`` — by category, for generic nouns ("БПЛА", "крилаті
   ракети") and for models that share no column ("Орлан-10, Мерлін-ВР" → ``uav_drones``).

A weapon that reaches no column (a guided bomb, an unnamed plane) is left out and counted
in the report's notes. Model ids are those of ``sitrep/rules/weapons.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["COLUMNS", "HELICOPTER", "LUMPS", "Column", "Lump", "column_of", "split_models"]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    models: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Lump:
    column: str
    lead: str
    companions: tuple[str, ...]
    comment: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("uav_drones", fallback=("drone", "recon_drone", "decoy_drone", "loitering_munition"),
           comment="drones without a column of their own: 'БПЛА (ОТР)', 'розвідувальні БПЛА', "
                   "'БПЛА (тип не встановлено)', Supercam, and models counted together "
                   "that have different columns ('2 БПЛА «Орлан-10», «Мерлін-ВР»')"),
    Column("shahed", ("Shahed-136/131", "Geran-3"),
           comment="strike drones 'Shahed-136/131' (Шахед, Герань), jet Geran-3"),
    Column("orlan", ("Orlan-10", "Orlan-30"), comment="recon drones Орлан-10, Орлан-30"),
    Column("orion", ("Orion",), comment="drone Оріон (Inokhodets)"),
    Column("lancet", ("Lancet",), comment="loitering munition Ланцет"),
    Column("merlin", ("Merlin-VR",), comment="recon drone Мерлін-ВР"),
    Column("granat_4", ("Granat-4",), comment="recon drone Гранат-4"),
    Column("zala", ("Zala",), comment="recon drone Зала"),
    Column("mohajer_6", ("Mohajer-6",), comment="drone Mohajer-6"),
    Column("missiles", fallback=("missile", "anti_ship_missile", "guided_missile"),
           comment="missiles of no typed column: a generic 'ракети', anti-ship missiles, a "
                   "guided missile without a model"),
    Column("ballistic_missiles", ("KN-23", "S-300", "S-400", "Tochka-U"),
           fallback=("ballistic_missile",),
           comment="ballistic missiles other than Iskander-M: '8 балістичних ракет (тип "
                   "уточнюється)', KN-23 or S-300/S-400 alone"),
    Column("missile_kh_31p", ("Kh-31P", "Kh-31PD"), comment="anti-radar missile Х-31П"),
    Column("cruise_missiles", ("Kh-101", "Kh-555", "Kh-55"), fallback=("cruise_missile",),
           comment="cruise missiles other than Kalibr and Iskander-K: Х-101/Х-555/Х-55, "
                   "'крилаті ракети (тип уточнюється)', and lumps that hold more than Kalibr "
                   "and the Kh-101 family (Х-101/Х-555, «Калібр», КАР Х-59)"),
    Column("kh_59_missile", ("Kh-59", "Kh-59MK2", "Kh-69"),
           comment="guided air missiles Х-59 (КАР, КРП), Х-59МК2, Х-69 (reported as 'Х-59/69')"),
    Column("kalibr_missile", ("Kalibr", "3M14"),
           comment="Калібр, and Калібр counted together with the Kh-101 family (see LUMPS)"),
    Column("kinzhal_missile", ("Kh-47M2 Kinzhal",), fallback=("aeroballistic_missile",),
           comment="Х-47М2 Кинджал, the only aeroballistic missile in the reports"),
    Column("iskander_m_missile", ("Iskander-M",),
           comment="ballistic Іскандер-М, also when counted with KN-23 or S-400 (see LUMPS)"),
    Column("iskander_k_missile", ("Iskander-K",), comment="cruise Іскандер-К"),
    Column("fighter_su_30_cm", ("Su-30SM",), comment="fighter Су-30СМ"),
    Column("fighter_su_34", ("Su-34",), comment="fighter-bomber Су-34"),
    Column("fighter_su_35", ("Su-35",), comment="fighter Су-35(С)"),
    Column("fighter_su_24m", ("Su-24M",), comment="bomber Су-24М"),
    Column("fighter_su_25", ("Su-25",), comment="attack aircraft Су-25"),
    Column("helicopter", comment="a helicopter of unknown type ('два вертольоти (тип "
                                 "уточнюється)'): aircraft, no model, a helicopter noun"),
    Column("helicopter_k_52", ("Ka-52",), comment="helicopter Ка-52"),
    Column("helicopter_mi_8", ("Mi-8",), comment="helicopter Мі-8"),
    Column("plane_a_50", ("A-50",), comment="AEW&C aircraft А-50"),
    Column("plane_il_22", ("Il-22",), comment="airborne command post Іл-22"),
)

LUMPS: tuple[Lump, ...] = (
    Lump("kalibr_missile", "Kalibr", ("Kh-101", "Kh-555", "Kh-55", "3M14"),
         "'61 КР Х-101, Х-555, «Калібр»': the dataset counts the lump as Kalibr"),
    Lump("iskander_m_missile", "Iskander-M", ("KN-23", "S-300", "S-400"),
         "'1 баліст. ракету «Іскандер-М»/КН-23', 'ракету Іскандер-М/С-400'"),
    Lump("shahed", "Shahed-136/131", ("Geran-3", "Lancet", "Gerbera", "Parodiya", "Italmas"),
         "'10 БПЛА \"Shahed-136/131\", \"Ланцет\"': the dataset counts the lump as Shahed"),
    Lump("kh_59_missile", "Kh-59", ("Kh-69", "Kh-59MK2"), "'Х-59/69'"),
)

HELICOPTER = re.compile(r"вертол|гелікоптер|helicopter", re.IGNORECASE)

_MODEL_COLUMN: dict[str, str] = {m: c.name for c in COLUMNS for m in c.models}
_FALLBACK: dict[str, str] = {cat: c.name for c in COLUMNS for cat in c.fallback}


def split_models(joined: str | None, known: Iterable[str]) -> list[str]:
    """The model ids of a "/"-joined model string; ids may hold "/" themselves
    ("Shahed-136/131/Lancet" → ["Shahed-136/131", "Lancet"])."""
    if not joined:
        return []
    ids = sorted(set(known), key=len, reverse=True)
    out: list[str] = []
    rest = joined
    while rest:
        for model in ids:
            if rest == model or rest.startswith(model + "/"):
                out.append(model)
                rest = rest[len(model) + 1:]
                break
        else:
            head, _, rest = rest.partition("/")
            out.append(head)
    return out


def column_of(category: str, models: list[str], mention: str = "") -> str | None:
    """The column of one weapon figure, or ``None`` when none fits."""
    present = set(models)
    for lump in LUMPS:
        if lump.lead in present and present <= {lump.lead, *lump.companions}:
            return lump.column
    columns = {_MODEL_COLUMN.get(m) for m in present}
    if present and len(columns) == 1 and None not in columns:
        return columns.pop()
    if category == "aircraft":
        return "helicopter" if not present and HELICOPTER.search(mention) else None
    return _FALLBACK.get(category)
