"""Attributions PolNeAR counts beyond verbs of saying, and the phrases that look like a
speaker but are not one (sentences written for these tests)."""

from __future__ import annotations

import pytest

from quote_pairs import pairs

FOUND = {
    # a time between the subject and the cue ("month" is a modifier word too)
    "time-before-cue": ("The utility this month announced it would cut the night tariff.",
                        "it would cut the night tariff", "The utility"),
    # a participle after a message: the sender of the message speaks
    "message-saying": ("Governor Koval sent a string of messages early Sunday saying that the "
                       "mayor had ignored the warnings.",
                       "the mayor had ignored the warnings", "Governor Koval"),
    # "that" before a title and a name opens the clause
    "that-title-name": ("The envoy said that deputy minister Olha Koval had resigned.",
                        "deputy minister Olha Koval had resigned", "The envoy"),
    # the subject after an opening phrase and a modifier between commas
    "opening-however": ("On Friday, however, Mayor Koval met the grid engineers, promising to "
                        "restore heating by winter.",
                        "to restore heating by winter", "Mayor Koval"),
    # an adverbial opener is no content of a trailing cue: the lead content is
    "opener-not-content": ("In the end, the operator agreed to restore the line by Friday.",
                           "to restore the line by Friday", "the operator"),
    # a preposition opening a clause with a verb is no adverbial opener ("At least …")
    "opener-clause": ("At least four people were hurt in Odesa, the regional governor said.",
                      "At least four people were hurt in Odesa", "the regional governor"),
    # a name and a colon open the headline: the headline is theirs
    "headline-speaker": ("Koval: Grid Will Hold Through Winter\n\nThe minister spoke in Kyiv.",
                         "Grid Will Hold Through Winter", "Koval"),
    # an object and "as" after a verb of opinion
    "see-as": ("Many residents saw the curfew as a punishment.",
               "the curfew as a punishment", "Many residents"),
    # a verb of stance with "of", and "raise questions about"
    "critical-of": ("The mayor has long been critical of the grid operator.",
                    "the grid operator", "The mayor"),
    "raise-questions": ("The auditor is raising questions about the repair contracts.",
                        "about the repair contracts", "The auditor"),
    # an -ing cue after a verb like "avoid" or "keep": the subject of that verb
    "catenative": ("The envoy avoids condemning the strikes on the port.",
                   "the strikes on the port", "The envoy"),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_found(case: str) -> None:
    text, said, speaker = FOUND[case]
    assert (said, speaker) in pairs(text)


@pytest.mark.parametrize(("text", "said"), [
    pytest.param("In the end, the operator agreed.", [], id="opener-alone"),
    pytest.param("They saw the drones as soon as the sirens stopped.", [], id="as-soon-as"),
    pytest.param("The generator kept running all night.", [], id="catenative-no-cue"),
    pytest.param("Spare parts are critical for the repairs.", [], id="critical-for"),
    # only the first line, and only a short name before the colon
    pytest.param("The grid held.\nKoval: the repairs are done.", [], id="colon-not-headline"),
])
def test_not_found(text: str, said: list[str]) -> None:
    assert [t for t, _ in pairs(text)] == said


@pytest.mark.parametrize(("text", "speaker"), [
    # a noun-like cue that does not agree with the words before it is a noun
    pytest.param("The arrests send a strong signal that looting will not be tolerated.",
                 "a strong", id="singular-base-form"),
    pytest.param("He might drop his grand plan to rebuild the harbour.", "his grand",
                 id="possessive-base-form"),
    pytest.param("Too many calls today still go to the backup centre.", "many",
                 id="plural-s-form"),
    # a verb form heading the phrase: "the client directed questions to …"
    pytest.param("At the hearing the clerk directed questions to the engineer.",
                 "the clerk directed", id="participle-head"),
    pytest.param("The video shows Mayor Koval making remarks about the budget.",
                 "Mayor Koval making", id="gerund-after-name"),
])
def test_no_speaker_phrase(text: str, speaker: str) -> None:
    assert speaker not in [s for _, s in pairs(text)]
