"""The synthetic corpus and query set of the `search` benchmark (deterministic, seeded).

Documents: words drawn Zipf-like from wordfreq's Dutch list (the frequency itself is the
weight), with about 4 % two-part compounds glued from common nouns-to-be ('zorg' + 'team'),
body length 250–450 words (median ~350). Queries: 500, of which 30 % frequent words,
20 % questions with stop words, the rest rarer words, compounds written apart, typos; about a
third carry a facet filter.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

SEED = 20261129
POOL_SIZE = 4_000_000
COMPOUND_RATE = 0.04
REGIONS = [f"regio-{n}" for n in range(1, 13)]
SECTORS = ["vvt", "ggz", "ziekenhuizen", "jeugdzorg", "kinderopvang", "welzijn", "ict", "bouw"]
KINDS = ["project", "lesson", "share"]
QUESTION_FORMS = [
    "welke projecten gingen over {a} en {b}?",
    "hoe werkt {a} bij de {b}?",
    "wat is er bekend over {a} in de {b}?",
    "waar vind ik iets over {a} voor {b}?",
    "wie heeft ervaring met {a} en {b}?",
]


class Corpus:
    def __init__(self, documents: int) -> None:
        import wordfreq

        from behoudplein.search.analysis import STOP_WORDS

        self.rng = random.Random(SEED)
        words = [w for w in wordfreq.top_n_list("nl", 120_000) if w.isalpha() and len(w) > 1]
        weights = [wordfreq.word_frequency(w, "nl") for w in words]
        self.words = words
        self.content = [w for w in words[:4000] if w not in STOP_WORDS and len(w) >= 4]
        self.frequent = self.content[:300]
        self.middle = [w for w in words[3000:30000] if w not in STOP_WORDS and len(w) >= 5]
        heads = [w for w in words[300:6000] if len(w) >= 4 and w not in STOP_WORDS]
        cumulative = []
        total = 0.0
        for weight in weights:
            total += weight
            cumulative.append(total)
        pool = self.rng.choices(words, cum_weights=cumulative, k=POOL_SIZE)
        self.compounds: list[str] = []
        for i in range(0, POOL_SIZE, int(1 / COMPOUND_RATE)):
            compound = self.rng.choice(heads) + self.rng.choice(heads)
            pool[i] = compound
            self.compounds.append(compound)
        self.pool = pool
        self.count = documents

    def documents(self) -> Iterator[Any]:
        from behoudplein.search.registry import Facets, IndexInput

        rng = random.Random(SEED + 1)
        pool, size = self.pool, len(self.pool)
        for n in range(self.count):
            length = rng.randint(250, 450)
            start = rng.randrange(0, size - length)
            body = " ".join(pool[start : start + length])
            title_start = rng.randrange(0, size - 8)
            kind = KINDS[n % 3]
            yield IndexInput(
                kind=kind,
                key={"code": f"B{n}"}
                if kind != "share"
                else {"organisation": f"{n:08d}", "round": "T4"},
                title=" ".join(pool[title_start : title_start + rng.randint(3, 8)]).capitalize(),
                url=f"/bench/{n}",
                body=body,
                tags=f"{rng.choice(SECTORS)} {rng.choice(REGIONS)}",
                code=f"B{n}",
                facets=Facets(
                    regions=(rng.choice(REGIONS),),
                    sectors=(rng.choice(SECTORS),),
                    year=rng.randint(2014, 2025),
                ),
                public=rng.random() < 0.9,
            )

    def distinct_forms(self) -> int:
        return len(set(self.pool))

    def queries(self, count: int = 500) -> list[dict[str, Any]]:
        rng = random.Random(SEED + 2)
        out: list[dict[str, Any]] = []
        for n in range(count):
            share = n / count
            if share < 0.30:
                category = "frequent"
                text = " ".join(rng.sample(self.frequent, rng.randint(1, 3)))
            elif share < 0.50:
                category = "question"
                text = rng.choice(QUESTION_FORMS).format(
                    a=rng.choice(self.middle), b=rng.choice(self.content)
                )
            elif share < 0.65:
                category = "compound_apart"
                compound = rng.choice(self.compounds)
                cut = _split_point(compound, self)
                text = f"{compound[cut:]} {compound[:cut]}" if cut else compound
            elif share < 0.75:
                category = "typo"
                word = rng.choice(self.middle)
                i = rng.randrange(1, len(word) - 1)
                text = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            else:
                category = "rare"
                text = " ".join(rng.sample(self.middle, rng.randint(2, 4)))
            params: dict[str, Any] = {"q": text}
            if rng.random() < 0.33:
                facet = rng.choice(["kind", "region", "sector", "year"])
                params[facet] = {
                    "kind": rng.choice(KINDS),
                    "region": rng.choice(REGIONS),
                    "sector": rng.choice(SECTORS),
                    "year": rng.randint(2014, 2025),
                }[facet]
            out.append({"category": category, "params": params})
        return out


def _split_point(compound: str, corpus: Corpus) -> int:
    heads = set(corpus.words[300:6000])
    for i in range(4, len(compound) - 3):
        if compound[:i] in heads and compound[i:] in heads:
            return i
    return 0
