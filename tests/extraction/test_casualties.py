"""Casualties with their scope (sentences written for these tests)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sitrep import Extractor
from sitrep.casualties import Casualty, CasualtyFinder, CasualtyRules, finder_for
from sitrep.model import Attack, Count, Evidence, Weapon

TEXT = ("Russia launched 60 drones at Kyiv overnight, the air force said. The strikes killed "
        "at least five people and injured 14 others, officials said. Two railway workers were "
        "wounded in Kharkiv. Across Ukraine, 9 people were killed over the past day. Since the "
        "start of the year, 1,200 civilians have been killed. Three people are missing.")


def test_casualty_figures_and_scopes() -> None:
    r = Extractor(language="en").extract(TEXT, published="2026-09-03T10:00")
    rows = []
    for c in r.casualties:
        for count in (c.killed, c.injured, c.missing):
            if count is not None:
                assert TEXT[count.start_char:count.end_char] == count.text
        assert TEXT[c.start_char:c.end_char] == c.text
        rows.append((c.killed and c.killed.value, c.injured and c.injured.value,
                     c.missing and c.missing.value, c.who and c.who.text, c.scope))
    attack_id = r.attacks[0].id
    assert rows == [
        (5, 14, None, None, "attack"),
        (None, 2, None, "railway workers", "attack"),
        (9, None, None, None, "national_day"),
        (1200, None, None, "civilians", "background"),
        (None, None, 3, None, "attack"),
    ]
    assert r.casualties[0].killed is not None and r.casualties[0].killed.qualifier == "at_least"
    assert r.casualties[0].attack_id == attack_id
    assert r.casualties[2].attack_id is None  # a national toll is never the strike's


def test_no_casualties_in_an_unrelated_text() -> None:
    r = Extractor(language="en").extract("The central bank cut rates by 25 basis points.",
                                         published="2026-09-03")
    assert r.casualties == []


# -- one phenomenon a sentence: (text, killed, injured, missing, who) ---------------------
# a figure is (value, qualifier, text); None when the kind is not given

Figure = tuple[int | None, str, str] | None

PHENOMENA: list[tuple[str, Figure, Figure, Figure, str | None]] = [
    # verb before the figure, with and without victims
    ("The strike on the depot killed 4 workers.", (4, "exact", "4 workers"), None, None,
     "workers"),
    ("Shelling wounded another 15 in the city.", None, (15, "exact", "another 15"), None,
     None),
    ("The blast killed three people and injured more than 40 others.",
     (3, "exact", "three people"), (40, "more_than", "more than 40 others"), None, None),
    # figure before the verb; words between the number and the victims
    ("Six Ukrainian border guards were killed near the town.",
     (6, "exact", "Six Ukrainian border guards"), None, None, "Ukrainian border guards"),
    ("Three other military personnel were wounded, the ministry said.", None,
     (3, "exact", "Three other military personnel"), None, "military personnel"),
    ("Eleven soldiers killed in a missile strike on a training ground",
     (11, "exact", "Eleven soldiers"), None, None, "soldiers"),
    ("About 30 people have died since the dam was hit.", (30, "about", "About 30 people"),
     None, None, None),
    ("Nine residents were dead and some 50 more were injured.",
     (9, "exact", "Nine residents"), (50, "about", "some 50 more"), None, "residents"),
    ("Twenty-one patients were also reportedly killed.",
     (21, "exact", "Twenty-one patients"), None, None, "patients"),
    ("12 people suffered mostly minor injuries.", None, (12, "exact", "12 people"), None,
     None),
    ("Four people remain missing under the rubble.", None, None,
     (4, "exact", "Four people"), None),
    # number words, dozens, vague amounts
    ("More than two dozen marines were killed in the ambush.",
     (24, "more_than", "More than two dozen marines"), None, None, "marines"),
    ("Dozens of civilians were wounded in the attack.", None,
     (None, "vague", "Dozens of civilians"), None, "civilians"),
    ("Scores died when the ferry terminal was struck.", (None, "vague", "Scores"), None,
     None, None),
    # nouns and tolls
    ("The strike left seven dead and 19 wounded.", (7, "exact", "seven"),
     (19, "exact", "19"), None, None),
    ("The death toll from the strike on the mall rose to 23.", (23, "exact", "23"), None,
     None, None),
    ("Officials put the death toll at 8.", (8, "exact", "8"), None, None, None),
    ("The bombs claimed the twelve lives within minutes.", (12, "exact", "twelve"), None,
     None, None),
    ("Rescuers recovered the bodies of 6 miners.", (6, "exact", "6 miners"), None, None,
     "miners"),
    ("Of the 30 injured, 9 were children.", None, (30, "exact", "30"), None, None),
    # several victims in one figure
    ("Two firefighters and a paramedic were killed by a second strike.",
     (3, "exact", "Two firefighters and a paramedic"), None, None,
     "Two firefighters and a paramedic"),
    ("There were five women, a 9-year-old girl and three men injured.", None,
     (9, "exact", "five women, a 9-year-old girl and three men"), None,
     "five women, a 9-year-old girl and three men"),
    # one victim: a count of 1 when the victim is singular and definite
    ("A police officer was killed when the drone hit the checkpoint.",
     (1, "exact", "A police officer"), None, None, "police officer"),
    ("Drone strike kills Ukrainian medic near Kupiansk",
     (1, "exact", "Ukrainian medic"), None, None, "Ukrainian medic"),
    ("A local official of the district council, a former teacher, was also killed.",
     (1, "exact", "A local official"), None, None, "local official"),
    ("Later, a man was shot dead at a checkpoint.", (1, "exact", "a man"), None, None,
     "man"),
    ("Colonel Taras Hnatiuk died after his car was hit by a drone.",
     (1, "exact", "Colonel Taras Hnatiuk"), None, None, "Colonel Taras Hnatiuk"),
    ("Oksana Marchenko, 41, was wounded in the attack.", None,
     (1, "exact", "Oksana Marchenko"), None, "Oksana Marchenko"),
    ("In one village a woman was killed and four more were hurt.",
     (1, "exact", "a woman"), (4, "exact", "four more"), None, "woman"),
    # victims without a number: vague
    ("Civilians were wounded when the glide bomb struck the market.", None,
     (None, "vague", "Civilians"), None, "Civilians"),
    ("The strike killed volunteers in Kupiansk.", (None, "vague", "volunteers"), None,
     None, "volunteers"),
]


@pytest.mark.parametrize(("text", "killed", "injured", "missing", "who"), PHENOMENA,
                         ids=[p[0][:40] for p in PHENOMENA])
def test_phenomena(text: str, killed: Figure, injured: Figure, missing: Figure,
                   who: str | None) -> None:
    found = finder_for("en").find(text)
    assert len(found) == 1, [c.to_dict() for c in found]
    c = found[0]
    for count, want in ((c.killed, killed), (c.injured, injured), (c.missing, missing)):
        if want is None:
            assert count is None
            continue
        assert count is not None
        assert text[count.start_char:count.end_char] == count.text
        assert (count.value, count.qualifier, count.text) == want
    assert (c.who and c.who.text) == who
    if c.who is not None:
        assert text[c.who.start_char:c.who.end_char] == c.who.text


NOTHING = [
    "No one was killed in the attack, the governor said.",
    "There were no casualties.",
    "Nobody was hurt.",
    "Russia denies killing civilians.",
    "Moscow threatened to kill 1,000 people.",
    "The sanctions could hurt 30 companies.",
    "Sales fell and hurt 5% of exporters.",
    "Of these, 249 drones were shot down and 26 were lost.",
    "19 violations of airspace were recorded.",
    "The regiment's 12th battalion moved to the front.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_casualty(text: str) -> None:
    assert finder_for("en").find(text) == []


def test_scopes_in_one_sentence_are_kept_apart() -> None:
    text = "Five people were killed in Kherson; across Ukraine 12 died over the past day."
    found = finder_for("en").find(text, "a1")
    assert [(c.killed and c.killed.value, c.scope, c.attack_id) for c in found] == [
        (5, "attack", "a1"), (12, "national_day", None)]


@pytest.mark.parametrize(("text", "scope"), [
    ("An earthquake off the coast killed at least 12 people.", "unknown"),
    ("A car crash on the highway killed two people.", "unknown"),
    ("In 2014, 300 people were killed in the region.", "background"),
    ("Since the invasion began, 40 medics have been killed.", "background"),
    ("Over the past 24 hours, 7 civilians were killed.", "national_day"),
    ("The strike killed 3 people.", "attack"),
])
def test_scope(text: str, scope: str) -> None:
    found = finder_for("en").find(text, "a1")
    assert [c.scope for c in found] == [scope]
    assert found[0].attack_id == ("a1" if scope == "attack" else None)


def _attack(attack_id: str, text: str, noun: str) -> Attack:
    at = text.index(noun)
    return Attack(id=attack_id, weapons=[Weapon("strike_drone", mention=Evidence(
        noun, at, at + len(noun)))])


def test_link_to_the_attack_of_the_same_or_adjacent_sentence() -> None:
    text = ("Russia launched 80 drones at Odesa overnight. Two people were killed in the port. "
            "Separately, Ukraine said its missiles hit a depot in Crimea. The strike killed "
            "four soldiers there. Officials gave no other details. Later, one more resident "
            "died in hospital in Odesa, far from the rest.")
    first = _attack("ru", text, "80 drones")
    second = _attack("ua", text, "missiles")
    found = finder_for("en").find(text, attacks=[first, second])
    assert [(c.killed and c.killed.value, c.attack_id) for c in found] == [
        (2, "ru"), (4, "ua"), (1, None)]
    assert [c.scope for c in found] == ["attack", "attack", "unknown"]
    # the only attack of a document takes every casualty; no attack, none
    only = finder_for("en").find(text, attacks=[first])
    assert {c.attack_id for c in only} == {"ru"}
    assert {c.attack_id for c in finder_for("en").find(text, attacks=[])} == {None}
    # the old call: one attack id for every record of the attack scope
    assert {c.attack_id for c in finder_for("en").find(text, "x")} == {"x"}


def test_two_figures_of_one_kind_in_a_sentence_make_two_records() -> None:
    text = "Officials first said five were killed, but later six residents were killed."
    found = finder_for("en").find(text)
    assert [c.killed and c.killed.value for c in found] == [5, 6]


def test_rules_are_validated() -> None:
    with pytest.raises(ValidationError):
        CasualtyRules.model_validate({"version": 1, "language": "en", "triggers": ["kill"],
                                      "unknown": 1})
    good = finder_for("en").languages[0].rules.model_dump()
    good["background_patterns"] = ["(unclosed"]
    with pytest.raises(ValidationError):
        CasualtyRules.model_validate(good)


def test_casualty_to_dict_keeps_the_contract() -> None:
    c = Casualty(Count(1, "exact", "a man", 0, 5), None, None, Evidence("man", 2, 5),
                 "unknown", None, "a man was killed", 0, 16)
    assert set(c.to_dict()) == {"killed", "injured", "missing", "who", "scope", "place",
                                "attack_id", "text", "start_char", "end_char"}


def test_offsets_survive_letters_whose_lower_case_is_longer() -> None:
    text = "İstanbul: two people were killed."
    found = CasualtyFinder("en").find(text)
    assert found and found[0].killed is not None
    k = found[0].killed
    assert text[k.start_char:k.end_char] == k.text == "two people"
