"""The invented documents the browser tests serve, and what the page must show for them.

Four nights; the night of 6 October has two sources whose launched figures contradict
each other (90 and 140 drones); the night of 7 October's document carries markup that must
stay text; the night of 8 October's report starts with emoji (characters beyond the BMP,
so code-point offsets differ from JavaScript's UTF-16 indices). Kharkiv is struck twice.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["DOCUMENTS", "NIGHTS", "XSS_MARKERS", "write_corpus"]

XSS_MARKERS = ("<script>window.__pwned=1</script>", "<img src=x onerror=\"window.__pwned=2\">")

def _document(key: str, source: str, url: str, published: str, title: str,
              text: str) -> dict[str, Any]:
    return {"id": key, "source": source, "url": url, "published": published, "title": title,
            "text": text}


_AIR_FORCE = "Air Force of Ukraine"
DOCUMENTS: list[dict[str, Any]] = [
    _document("af-1", _AIR_FORCE, "https://example.test/af/1", "2025-10-05T09:10",
              "Night of 5 October",
              "Russia attacked Ukraine overnight with 120 drones and 8 missiles, Ukraine's air "
              "force said. Air defences shot down 100 drones and 6 missiles. Drones hit "
              "targets in Kharkiv, where 4 drones struck."),
    _document("wire-1", "Example Wire", "https://example.test/wire/1", "2025-10-05T11:00",
              "Russia launches 120 drones at Ukraine",
              "KYIV, Oct 5 - Russia launched 120 drones and 8 missiles at Ukraine overnight, "
              "the air force said. Air defences shot down 100 drones and 6 missiles.\n\n"
              "\"The city held on through a hard night,\" Kharkiv Mayor Ihor Terekhov said."),
    _document("af-2", _AIR_FORCE, "https://example.test/af/2", "2025-10-06T09:05",
              "Night of 6 October",
              "Russia attacked Ukraine overnight with 90 drones, Ukraine's air force said. Air "
              "defences shot down 75 drones. Eleven drones hit targets in Kharkiv."),
    _document("local-2", "Example City News", "https://example.test/city/2",
              "2025-10-06T10:00", "Night raid on Kharkiv",
              "Russia launched 140 drones at Ukraine overnight, the regional governor said. "
              "Air defences shot down 75 drones.\n\n\"We will rebuild every house,\" "
              "Kharkiv Mayor Ihor Terekhov said."),
    _document("af-3", _AIR_FORCE, "javascript:window.__pwned=4", "2025-10-07T09:00",
              f"Night of 7 October {XSS_MARKERS[0]}",
              "Russia attacked Ukraine overnight with 60 drones and 4 missiles, Ukraine's air "
              "force said. Air defences shot down 50 drones and 3 missiles. "
              f"{XSS_MARKERS[1]} {XSS_MARKERS[0]}"),
    _document("af-4", "Повітряні сили", "https://example.test/af/4", "2025-10-08T09:20",
              "У ніч на 8 жовтня",
              "🔴🚀 У ніч на 8 жовтня (з 18:00 7 жовтня) противник атакував 50 ударними БпЛА "
              "типу Shahed.\nСтаном на 09:00 протиповітряною обороною збито/подавлено 45 "
              "БпЛА."),
]

#: Per night and chart category: launched, destroyed, hit (None: no figure, no bar).
NIGHTS: dict[str, dict[str, tuple[int | None, int | None, int | None]]] = {
    "2025-10-05": {"all": (128, 106, 4), "drone": (120, 100, 4), "missile": (8, 6, None)},
    "2025-10-06": {"all": (90, 75, 11), "drone": (90, 75, 11)},
    "2025-10-07": {"all": (64, 53, None), "drone": (60, 50, None), "missile": (4, 3, None)},
    "2025-10-08": {"all": (50, 45, None), "drone": (50, 45, None)},
}


def write_corpus(path: Path) -> Path:
    """Write the documents as JSON Lines to ``path``."""
    path.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in DOCUMENTS),
                    encoding="utf-8")
    return path
