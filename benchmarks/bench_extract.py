"""Throughput of the built-in extraction pipeline: words per second against input size.

Two corpora, each measured at several sizes in a fresh subprocess (so peak
memory is per size):

* ``seeds``: the five Rust articles of ``examples/rust/articles``, repeated
  (each copy a distinct article: a counter line is appended) up to the size;
* ``synthetic``: generated legal-news articles about fictional cases, with
  names, charges, dates, money and quotations in varied templates.

Measured: wall time of ``Pipeline.default().run`` over the corpus (reading and
resolution excluded), words per second, and peak RSS. Run::

    python benchmarks/bench_extract.py [--sizes 0.25 0.5 1 2 4] [--out PATH]

The machine is shared and noisy: read ratios and the shape of the curve, not
the third digit.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_FIRST = [
    "Ann",
    "Marcus",
    "Priya",
    "Tomas",
    "Lena",
    "Omar",
    "Grace",
    "Victor",
    "Ines",
    "Dale",
    "Rosa",
    "Kenji",
    "Mara",
    "Felix",
    "Nadia",
    "Hugo",
]
_LAST = [
    "Roe",
    "Castillo",
    "Whitford",
    "Okafor",
    "Lindqvist",
    "Brennan",
    "Moreau",
    "Tanaka",
    "Delgado-Ruiz",
    "Hargrove",
    "Novak",
    "Abernathy",
    "Quint",
    "Salazar",
    "Feld",
    "Oduya",
]
_OFFENSES = [
    "wire fraud",
    "securities fraud",
    "money laundering",
    "obstruction of justice",
    "second-degree murder",
    "aggravated assault",
    "tax evasion",
    "bribery",
]
_COURTS = ["U.S. District Court", "Superior Court", "Circuit Court", "District Court"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_TEMPLATES = [
    "{d}, {age}, was charged in {m} with {n} counts of {o}, prosecutors said.",
    "{d}'s attorneys, {l1} and {l2}, said their client would plead not guilty.",
    "Prosecutors are expected to drop the {o} charges against {d}, according to people "
    "familiar with the matter.",
    "Judge {j} moved the preliminary hearing to {m} {day}.",
    "The company agreed to pay a ${amt},000 fine to settle the case with state regulators last "
    "month.",
    '"This case was weak from the start," said {c}, a former federal prosecutor who is not '
    "involved in the case.",
    "{d} pleaded guilty in {m} and was sentenced to {yrs} years in prison.",
    "The charges against {d} were dismissed on Friday in the {court}.",
    "Special prosecutor {p} said the investigation remains open.",
    "The shooting happened on {m} {day}, 2021, killing {v} and wounding {w}.",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def synthetic_article(rng: random.Random, sentences: int = 40) -> str:
    """A generated legal-news article about a fictional case."""
    d = _name(rng)
    paras = []
    for _ in range(sentences):
        t = rng.choice(_TEMPLATES)
        paras.append(
            t.format(
                d=d,
                age=rng.randint(21, 80),
                m=rng.choice(_MONTHS),
                n=rng.choice(["two", "three"]),
                o=rng.choice(_OFFENSES),
                l1=_name(rng),
                l2=_name(rng),
                j=_name(rng),
                day=rng.randint(1, 28),
                amt=rng.randint(10, 900),
                c=_name(rng),
                yrs=rng.randint(1, 20),
                court=rng.choice(_COURTS),
                p=_name(rng),
                v=_name(rng),
                w=_name(rng),
            )
        )
    return "\n\n".join(paras)


def corpus(kind: str, megabytes: float) -> list[str]:
    """Article texts adding up to about ``megabytes`` MB."""
    target = int(megabytes * 1_000_000)
    texts: list[str] = []
    size = 0
    if kind == "seeds":
        import legalnews

        seeds = [
            a.text for a in legalnews.read_articles([ROOT / "examples/rust/articles"]).articles
        ]
        i = 0
        while size < target:
            text = seeds[i % len(seeds)] + f"\n\nCopy {i}."
            texts.append(text)
            size += len(text.encode())
            i += 1
    else:
        rng = random.Random(20261122)
        while size < target:
            text = synthetic_article(rng)
            texts.append(text)
            size += len(text.encode())
    return texts


def measure(kind: str, megabytes: float) -> dict[str, float]:
    """Run the pipeline over one corpus size in this process."""
    import datetime as dt

    import legalnews

    texts = corpus(kind, megabytes)
    source = legalnews.Source(outlet="Bench", published=dt.date(2024, 5, 2))
    articles = [legalnews.Article(t, source) for t in texts]
    words = sum(len(t.split()) for t in texts)
    pipeline = legalnews.Pipeline.default()
    pipeline.run(legalnews.Article("Warm-up: Ann Roe was charged with fraud.", source))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    claims = 0
    for a in articles:
        claims += len(pipeline.run(a).claims)
    seconds = time.perf_counter() - start
    return {
        "corpus": kind,
        "megabytes": megabytes,
        "articles": len(articles),
        "words": words,
        "claims": claims,
        "seconds": seconds,
        "words_per_second": words / seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_mb": rss_before,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[0.25, 0.5, 1, 2, 4])
    parser.add_argument("--corpora", nargs="+", default=["seeds", "synthetic"])
    parser.add_argument("--out", default=str(HERE / "results" / "extract.json"))
    parser.add_argument("--one", nargs=2, metavar=("CORPUS", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], float(args.one[1]))))
        return 0
    rows = []
    for kind in args.corpora:
        for mb in args.sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--one", kind, str(mb)],
                check=True,
                capture_output=True,
                text=True,
            )
            rows.append(json.loads(out.stdout))
    print(
        f"{'corpus':<10} {'MB':>5} {'words':>9} {'claims':>8} {'s':>7} {'words/s':>9} "
        f"{'peak RSS MB':>11} {'s per MB':>8}"
    )
    for r in rows:
        print(
            f"{r['corpus']:<10} {r['megabytes']:>5} {r['words']:>9} {r['claims']:>8} "
            f"{r['seconds']:>7.2f} {r['words_per_second']:>9,.0f} {r['peak_rss_mb']:>11.0f} "
            f"{r['seconds'] / r['megabytes']:>8.2f}"
        )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
