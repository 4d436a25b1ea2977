"""A deterministic generator of Ukrainian posts and news for the benchmarks (``--lang uk``).

About half of the documents are Air Force style reports (a morning summary with launched /
destroyed / hit breakdowns, or an infographic's "ЗНИЩЕНО:" list); a quarter are live alerts
("БпЛА на Сумщині курсом на Ромни"), which must give no attack; the rest are unrelated
Ukrainian news. All templates are written for this project; numbers and places are drawn
per document from ``random.Random(f"{seed}:{index}")``.

Usage::

    python benchmarks/corpus_uk.py 1000 corpus_uk.jsonl --seed 0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from random import Random

from corpus import CorpusDocument

__all__ = ["generate_labelled"]

MONTHS_GEN = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
              "вересня", "жовтня", "листопада", "грудня")
OBLASTS = ("Київщину", "Львівщину", "Харківщину", "Одещину", "Сумщину", "Полтавщину",
           "Дніпропетровщину", "Миколаївщину", "Чернігівщину", "Вінниччину", "Житомирщину",
           "Хмельниччину", "Черкащину", "Кіровоградщину", "Запоріжжя", "Рівненщину")
OBLASTS_LOC = ("Сумщині", "Київщині", "Харківщині", "Чернігівщині", "Полтавщині",
               "Дніпропетровщині", "Черкащині", "Житомирщині", "Одещині", "Миколаївщині")
TOWNS = ("Ромни", "Вишгород", "Лозова", "Кременчук", "Суми", "Біла Церква", "Сміла",
         "Умань", "Бровари", "Ніжин", "Конотоп", "Павлоград", "Кривий Ріг", "Ізмаїл")
LAUNCH = ("Курськ", "Орел", "Брянськ", "Міллерово", "Шаталово", "Приморсько-Ахтарськ")
OTHER = (
    "Кабінет міністрів ухвалив постанову про підтримку {n} малих підприємств у {obl}.",
    "Національний банк залишив облікову ставку на рівні {m} відсотків.",
    "У {obl} відкрили {n} нових шкіл і дитячих садків після ремонту.",
    "Збірна України з футболу перемогла з рахунком {a}:{b} у товариському матчі.",
    "Синоптики прогнозують до {m} градусів тепла та дощі на заході країни.",
    "Уряд виділив {n} мільйонів гривень на відновлення енергетики громад.",
    "Виставка сучасного мистецтва триватиме до {d} {mon} у Києві.",
    "Експорт зерна у {mon2} зріс на {m} відсотків порівняно з минулим роком.",
    "Укрзалізниця призначила {n} додаткових поїздів на свята.",
    "Міська рада затвердила бюджет розвитку транспорту на наступний рік.",
    "Науковці презентували {n} проєктів на конкурсі молодих винахідників.",
    "Верховна Рада розглянула законопроєкт про освіту в першому читанні.",
)


def _report(rng: Random, moment: datetime) -> str:
    day, month = moment.day, MONTHS_GEN[moment.month - 1]
    prev = moment - timedelta(days=1)
    uav = rng.randint(40, 600)
    cruise = rng.randint(0, 40)
    ballistic = rng.randint(0, 12)
    missiles = cruise + ballistic
    uav_down = rng.randint(uav // 2, uav)
    cruise_down = rng.randint(0, cruise)
    total = uav + missiles
    down = uav_down + cruise_down
    lines = [f"⚡️ ЗБИТО/ПОДАВЛЕНО {down} ЦІЛЕЙ ПРОТИВНИКА",
             "➖➖➖➖➖➖➖➖➖➖",
             f"У ніч на {day} {month} (з 18:00 {prev.day} {MONTHS_GEN[prev.month - 1]}) "
             f"противник атакував {rng.choice(OBLASTS)} та {rng.choice(OBLASTS)}.",
             "",
             f"Усього зафіксовано {total} засобів повітряного нападу – {missiles} ракет і "
             f"{uav} БпЛА різних типів:"]
    if ballistic:
        lines.append(f"- {ballistic} балістичних ракет Іскандер-М/KN-23 (район пуску – "
                     f"{rng.choice(LAUNCH)});")
    if cruise:
        lines.append(f"- {cruise} крилатих ракет Х-101/Калібр;")
    lines.append(f"- {uav} ударних БпЛА типу Shahed, Гербера та дронів-імітаторів (із "
                 f"напрямків: {rng.choice(LAUNCH)}, {rng.choice(LAUNCH)} – рф).")
    lines += ["", "Повітряний напад відбивали авіація, зенітні ракетні війська, підрозділи "
              "РЕБ та мобільні вогневі групи Сил оборони України.", "",
              f"За попередніми даними, станом на 09:00, протиповітряною обороною збито/"
              f"подавлено {down} цілей:",
              f"- {cruise_down} крилатих ракет Х-101/Калібр;",
              f"- {uav_down} ворожих БпЛА різних типів.", "",
              f"Зафіксовано влучання {uav - uav_down} ударних БпЛА на {rng.randint(1, 30)} "
              f"локаціях, а також падіння збитих (уламки) на {rng.randint(1, 15)} локаціях.",
              "Атака триває, в повітряному просторі кілька ворожих БпЛА. Дотримуйтесь правил "
              "безпеки!", "✊ Тримаймо небо!"]
    return "\n".join(lines)


def _infographic(rng: Random, moment: datetime) -> str:
    items = [f"- {rng.randint(5, 90)} ударних БПЛА \"Shahed-136/131\""]
    if rng.random() < 0.5:
        items.append(f"- {rng.randint(1, 20)} крилатих ракет Х-101/Х-555/Х-55")
    if rng.random() < 0.3:
        items.append(f"- {rng.randint(1, 6)} балістичні ракети «Іскандер-М»")
    return (f"{moment:%d.%m.%Y}\n({moment:%H}.00)\n\nЗНИЩЕНО:\n" + "\n".join(items)
            + "\n\nПовітряні Сили\n\nhttps://t.me/kpszsu")


def _alert(rng: Random) -> str:
    return rng.choice((
        f"🛵 БпЛА на {rng.choice(OBLASTS_LOC)} курсом на {rng.choice(TOWNS)}",
        f"🏍 Реактивний БпЛА на {rng.choice(OBLASTS_LOC)}, в напрямку {rng.choice(TOWNS)}",
        f"💣 КАБи на {rng.choice(OBLASTS)}",
        f"Група ударних БпЛА з півночі на {rng.choice(OBLASTS_LOC)}, курс на {rng.choice(TOWNS)}",
    ))


def _other(rng: Random) -> str:
    sentences = []
    for _ in range(rng.randint(4, 14)):
        sentences.append(rng.choice(OTHER).format(
            n=rng.randint(2, 900), m=rng.randint(2, 30), a=rng.randint(0, 4),
            b=rng.randint(0, 4), d=rng.randint(1, 28), mon=rng.choice(MONTHS_GEN),
            mon2="серпні", obl=rng.choice(OBLASTS_LOC)))
    return " ".join(sentences)


def generate_labelled(n: int, seed: int = 0) -> Iterator[CorpusDocument]:
    start = datetime(2026, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    for index in range(n):
        rng = Random(f"{seed}:{index}")
        moment = start + timedelta(days=rng.randint(0, 120), hours=rng.randint(0, 3))
        roll = rng.random()
        if roll < 0.35:
            text, kind = _report(rng, moment), "attack"
        elif roll < 0.5:
            text, kind = _infographic(rng, moment), "attack"
        elif roll < 0.75:
            text, kind = _alert(rng), "alert"
        else:
            text, kind = _other(rng), "news"
        yield CorpusDocument(id=f"uk{seed}-{index}", text=text,
                             published=moment.isoformat(timespec="minutes"),
                             source="kpszsu" if kind != "news" else "news", kind=kind)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    for doc in generate_labelled(args.n, seed=args.seed):
        out.write(json.dumps({"id": doc.id, "text": doc.text, "published": doc.published,
                              "source": doc.source}, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
