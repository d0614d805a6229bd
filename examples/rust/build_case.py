"""Build the case of the 2021 "Rust" film-set shooting from five news articles.

Run from anywhere:  python examples/rust/build_case.py [--facts OUT.json] [--json CASE.json]

It reads the five articles in ``articles/`` (byte for byte as captured, with
their outlets and dates in ``articles/sources.toml``), builds the case, prints
the parties and their roles, each charge with its status history, the
timeline, and every conflict with each side's outlet and quote, and finally
scores the case's fact sheet against the hand-written answer key ``key.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import legalnews

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", help="also write the fact sheet here")
    parser.add_argument("--json", help="also write the whole case (lossless JSON) here")
    args = parser.parse_args(argv)

    result = legalnews.build([HERE / "articles"])
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    case = result.case
    print(
        f"Built from {len(result.articles)} articles: {len(case.claims)} claims, "
        f"{len(case.persons)} people, {len(case.charges)} charges, "
        f"{len(case.conflicts)} conflicts.\n"
    )
    print(legalnews.render_report(case))

    facts = legalnews.to_factsheet(case, title='The 2021 "Rust" film-set shooting')
    if args.facts:
        Path(args.facts).write_text(
            json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if args.json:
        Path(args.json).write_text(legalnews.to_json(case) + "\n", encoding="utf-8")

    key = legalnews.load_factsheet(HERE / "key.json")
    print("\nSCORE AGAINST THE ANSWER KEY (examples/rust/key.json)")
    print(legalnews.score(facts, key).render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
