"""Ukrainian quotes and reported speech with their speakers (sentences written for these
tests, one per phenomenon)."""

from __future__ import annotations

import pytest

from sitrep import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(language="uk")


Found = tuple[str, str, str | None, str | None]


def _quotes(ex: Extractor, text: str) -> list[Found]:
    """(kind, content, speaker actor_id or name, channel) of each quote; offsets checked."""
    out = []
    for q in ex.extract(text, published="2025-11-04T10:00:00+02:00").quotes:
        assert text[q.start_char:q.end_char] == q.text
        sp = q.speaker
        if sp is not None:
            assert text[sp.start_char:sp.end_char] == sp.text
        if q.channel is not None:
            assert text[q.channel.start_char:q.channel.end_char] == q.channel.text
        out.append((q.kind, q.text, None if sp is None else sp.actor_id or sp.name,
                    None if q.channel is None else q.channel.text))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("«Жодних поступок агресору», — заявила Свириденко у Telegram.",
     [("direct", "Жодних поступок агресору", "yulia-svyrydenko", "у Telegram")]),
    # straight quotes and a hyphen between spaces for the dash; an addressee as the channel
    ('"Ми чекаємо на рішення", - сказав Сибіга журналістам.',
     [("direct", "Ми чекаємо на рішення", "andrii-sybiha", "журналістам")]),
    # the speaker in another case than the actor list's: genitive, locative
    ("За словами Буданова, противник перекидає резерви на південь.",
     [("indirect", "противник перекидає резерви на південь", "kyrylo-budanov", None)]),
    ("У Кремлі відповіли, що не коментуватимуть заяву.",
     [("indirect", "не коментуватимуть заяву", "kremlin", None)]),
    ("За даними Генштабу, ворог втратив ще 900 військових.",
     [("indirect", "ворог втратив ще 900 військових",
       "general-staff-of-the-armed-forces-of-ukraine", None)]),
    ("На думку Сирського, наступ ворога вичерпується.",
     [("indirect", "наступ ворога вичерпується", "oleksandr-syrskyi", None)]),
    # inversion: a role and a name after the verb
    ("Ворог накопичує ракети, заявив речник Повітряних сил Юрій Ігнат.",
     [("indirect", "Ворог накопичує ракети", "ukrainian-air-force", None)]),
    # a channel between the inverted verb and the speaker
    ("«Ракети летіли низько», — розповів в ефірі телемарафону Юрій Ігнат.",
     [("direct", "Ракети летіли низько", "ukrainian-air-force", "в ефірі телемарафону")]),
    # cues of thinking and calling
    ("Шмигаль вважає, що виробництво снарядів слід подвоїти.",
     [("indirect", "виробництво снарядів слід подвоїти", "denys-shmyhal", None)]),
    ("Кулеба переконаний, що санкції працюють.",
     [("indirect", "санкції працюють", "dmytro-kuleba", None)]),
    ("Сибіга назвав обстріл Одеси «варварським».",
     [("direct", "варварським", "andrii-sybiha", None)]),
])
def test_one_attribution(ex: Extractor, text: str, expected: list[Found]) -> None:
    assert _quotes(ex, text) == expected


def test_pro_tse_makes_the_sentence_before_the_content(ex: Extractor) -> None:
    text = "Уламки дрона пошкодили школу в Сумах. Про це повідомили в Сумській ОВА."
    assert _quotes(ex, text) == [
        ("indirect", "Уламки дрона пошкодили школу в Сумах", "Сумській ОВА", None)]
    text = "Над Одесою збито дев'ять дронів. Про це повідомив Олег Кіпер."
    assert _quotes(ex, text)[0][1:3] == ("Над Одесою збито дев'ять дронів", "oleh-kiper")
    # "про це" with nothing before it points at nothing
    assert _quotes(ex, "Про це повідомив Олег Кіпер.") == []


def test_pronouns_point_back(ex: Extractor) -> None:
    text = ("Очільниця громади Марія Коваль оглянула пошкоджений міст. Вона повідомила, що "
            "ремонт триватиме місяць. За її словами, об'їзд уже відкрито.")
    got = _quotes(ex, text)
    assert [g[2] for g in got] == ["Марія Коваль", "Марія Коваль"]
    assert got[1][1] == "об'їзд уже відкрито"


def test_a_surname_in_the_genitive_the_second_time(ex: Extractor) -> None:
    text = ("Голова Дніпропетровської ОВА Сергій Лисак повідомив про пожежу. За словами Лисака, "
            "вогонь уже локалізовано.")
    assert _quotes(ex, text)[-1][1:3] == ("вогонь уже локалізовано", "serhiy-lysak")


def test_an_interrupted_quotation_is_two_pieces(ex: Extractor) -> None:
    text = "«Енергосистема витримала, — написав Зеленський. — Але атаки тривають»."
    assert _quotes(ex, text) == [
        ("direct", "Енергосистема витримала", "volodymyr-zelensky", None),
        ("direct", "Але атаки тривають", "volodymyr-zelensky", None)]


def test_a_quotation_over_paragraphs_after_a_colon(ex: Extractor) -> None:
    text = ("Кличко звернувся до киян:\n\n«Заряджайте павербанки заздалегідь.\n\n"
            "«Готуйтеся до довгих відключень»."
            )
    assert [g[2] for g in _quotes(ex, text)] == ["vitali-klitschko", "vitali-klitschko"]


def test_a_known_actor_and_a_colon_open_a_post(ex: Extractor) -> None:
    got = _quotes(ex, "Укренерго: у Чернігові тривають аварійні відключення.")
    assert got == [("indirect", "у Чернігові тривають аварійні відключення", "ukrenergo", None)]
    # an unknown word and a colon are no speaker
    assert _quotes(ex, "Увага: на Харківщині загроза застосування КАБів.") == []


@pytest.mark.parametrize("text", [
    "На паркані хтось написав: «Слава ЗСУ».",
    "«Тримаємося», — чулося з підвалу.",
])
def test_no_speaker_is_not_a_guess(ex: Extractor, text: str) -> None:
    assert [g[2] for g in _quotes(ex, text)] == [None]


@pytest.mark.parametrize("text", [
    "Ворог атакував Запоріжжя ракетами «Іскандер-М» та «Калібр».",
    "У Львові відкрили виставку «Незламні міста України».",
    "Пожежа спалахнула на заводі «Зоря» в Миколаєві.",
])
def test_names_in_guillemets_are_no_quotes(ex: Extractor, text: str) -> None:
    assert _quotes(ex, text) == []


def test_russian_cues_are_read_with_the_ukrainian_rules(ex: Extractor) -> None:
    text = "По словам Пескова, Москва не получала новых предложений."
    assert _quotes(ex, text) == [
        ("indirect", "Москва не получала новых предложений", "dmitry-peskov", None)]


def test_an_outlet_that_passes_a_statement_on_is_its_channel(ex: Extractor) -> None:
    text = "Умєров заявив, що делегація вже вилетіла до Женеви, пише Reuters."
    assert _quotes(ex, text) == [("indirect", "делегація вже вилетіла до Женеви",
                                  "rustem-umerov", "пише Reuters")]
    # with no speaker of its own, the outlet is the source
    assert _quotes(ex, "У Києві чути вибухи, повідомляє Суспільне.") == [
        ("indirect", "У Києві чути вибухи", "Суспільне", None)]


def test_model_names_listed_in_a_report_are_no_quotes(ex: Extractor) -> None:
    text = ("Противник атакував 80 ударними БпЛА типу Shahed, Гербера, «Бандероль»/«Дань-Т» та "
            "2 «Бандероль».")
    assert _quotes(ex, text) == []
