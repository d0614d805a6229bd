"""The ``legalnews`` command: build, merge, score, report, extractors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ._build import build
from ._case import Case
from ._convert import from_json, to_json
from ._errors import LegalNewsError
from ._factsheet import to_factsheet
from ._pipeline import REGISTRY, Pipeline
from ._report import render_report, render_summary
from ._resolve import merge
from ._score import load_factsheet, score

__all__ = ["main"]


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as e:
        raise LegalNewsError(
            f"{path}: cannot write ({e.strerror or e}); check the folder exists and is writable"
        ) from None


def _read_case(path: str) -> Case:
    try:
        text = Path(path).read_bytes()
    except OSError as e:
        raise LegalNewsError(f"{path}: cannot read ({e.strerror or e})") from None
    case = from_json(text, Case, path=path)
    assert isinstance(case, Case)
    return case


def _warn(message: object) -> None:
    print(f"legalnews: warning: {message}", file=sys.stderr)


def _cmd_build(args: argparse.Namespace) -> int:
    pipeline = Pipeline.of(*args.extractors.split(",")) if args.extractors else None
    result = build(args.paths, pipeline=pipeline)
    for problem in [*result.problems, *REGISTRY.problems]:
        _warn(problem)
    if not result.articles:
        raise LegalNewsError("no article could be read; see the warnings above")
    if args.output:
        _write(args.output, to_json(result.case))
    if args.facts:
        _write(
            args.facts,
            json.dumps(to_factsheet(result.case, title=args.title), indent=2, ensure_ascii=False),
        )
    if not args.quiet:
        print(f"{len(result.articles)} articles, {len(result.case.claims)} claims")
        print(render_summary(result.case))
    return 0


def _cmd_merge(args: argparse.Namespace) -> int:
    merged = merge(*(_read_case(p) for p in args.cases))
    _write(args.output, to_json(merged))
    if args.facts:
        _write(args.facts, json.dumps(to_factsheet(merged), indent=2, ensure_ascii=False))
    return 0


def _cmd_score(args: argparse.Namespace) -> int:
    result = score(load_factsheet(args.output), load_factsheet(args.key))
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print(result.render())
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    print(render_report(_read_case(args.case)))
    return 0


def _cmd_extractors(args: argparse.Namespace) -> int:
    for name in REGISTRY.names():
        ex = REGISTRY.get(name)
        print(f"{name}\t{ex.version}\t{type(ex).__module__}.{type(ex).__qualname__}")
    for problem in REGISTRY.problems:
        _warn(problem)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="legalnews",
        description="News articles about legal cases in, a typed case with provenance out.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build a case from article files or folders")
    p.add_argument("paths", nargs="+", help="article files or folders of them")
    p.add_argument("-o", "--output", help="write the case as JSON here")
    p.add_argument("--facts", help="write the fact sheet as JSON here")
    p.add_argument("--title", help="a title for the fact sheet")
    p.add_argument("--extractors", help="comma-separated registered extractor names")
    p.add_argument("-q", "--quiet", action="store_true", help="print no summary")
    p.set_defaults(run=_cmd_build)

    p = sub.add_parser("merge", help="merge saved cases into one")
    p.add_argument("cases", nargs="+", help="case JSON files written by build or merge")
    p.add_argument("-o", "--output", required=True, help="write the merged case here")
    p.add_argument("--facts", help="write its fact sheet here too")
    p.set_defaults(run=_cmd_merge)

    p = sub.add_parser("score", help="score a fact sheet against an answer key")
    p.add_argument("output", help="the fact sheet to score")
    p.add_argument("key", help="the answer key")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(run=_cmd_score)

    p = sub.add_parser("report", help="print a saved case as a report with its sources")
    p.add_argument("case", help="a case JSON file")
    p.set_defaults(run=_cmd_report)

    p = sub.add_parser("extractors", help="list the registered extractors")
    p.set_defaults(run=_cmd_extractors)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except LegalNewsError as e:
        print(f"legalnews: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
