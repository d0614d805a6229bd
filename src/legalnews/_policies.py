"""Conflict policies: which of several incompatible values a case shows.

A policy never hides the others (they stay in the :class:`~legalnews.Conflict`);
it only picks the one to show. Policies are built from small *rules*, each a
callable scoring a candidate value from the claims behind it, combined
lexicographically: the first rule that tells two candidates apart decides,
and its name is recorded in the conflict.

>>> from legalnews import Policy, IndependentSources, Recency
>>> policy = Policy((IndependentSources(), Recency()))
>>> [rule.name for rule in policy.rules_for("charge.filed")]
['independent_sources', 'recency']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, runtime_checkable

import attrs

from ._claims import SourceClaim, Value, natural_key
from ._dates import FuzzyDate
from ._vocab import Modality

__all__ = [
    "DEFAULT_POLICY",
    "IndependentSources",
    "ModalityRank",
    "Policy",
    "Recency",
    "Rule",
    "Specificity",
    "TrustWeights",
]


@runtime_checkable
class Rule(Protocol):
    """Scores a candidate value; higher is better. Must be a pure function."""

    @property
    def name(self) -> str:
        """The rule's name, recorded in the conflicts it decides."""
        ...

    def __call__(self, value: Value, claims: Sequence[SourceClaim]) -> float:
        """Score ``value``, supported by ``claims``."""
        ...


@attrs.frozen
class IndependentSources:
    """Prefer the value more independent sources give; one outlet counts once."""

    name: str = "independent_sources"

    def __call__(self, value: Value, claims: Sequence[SourceClaim]) -> float:
        return float(len({c.source_key for c in claims}))


@attrs.frozen
class Recency:
    """Prefer the value the most recently published source gives."""

    name: str = "recency"

    def __call__(self, value: Value, claims: Sequence[SourceClaim]) -> float:
        dates = [c.published.toordinal() for c in claims if c.published is not None]
        return float(max(dates, default=0))


@attrs.frozen
class Specificity:
    """Prefer the more precise value (a day over a month); other types tie."""

    name: str = "specificity"

    def __call__(self, value: Value, claims: Sequence[SourceClaim]) -> float:
        if isinstance(value, FuzzyDate):
            start, end = value.interval()
            return -float((end - start).days)
        return 0.0


_MODALITY_STRENGTH: Mapping[Modality, float] = {
    Modality.ASSERTED: 4.0,
    Modality.REPORTED: 3.0,
    Modality.EXPECTED: 2.0,
    Modality.OPINION: 1.0,
    Modality.NEGATED: 0.0,
}


def modality_strength(modality: Modality) -> float:
    """How firmly a modality commits a source: asserted > reported > expected > opinion."""
    return _MODALITY_STRENGTH[modality]


@attrs.frozen
class ModalityRank:
    """Prefer a value some source asserts over one only reported or expected."""

    name: str = "modality"

    def __call__(self, value: Value, claims: Sequence[SourceClaim]) -> float:
        return max((modality_strength(c.modality) for c in claims), default=0.0)


def _fold_weights(weights: Mapping[str, float]) -> dict[str, float]:
    return {k.casefold(): float(v) for k, v in weights.items()}


@attrs.frozen
class TrustWeights:
    """Prefer the value whose independent sources weigh more.

    Args:
        weights: a weight per outlet (compared case-insensitively).
        default: the weight of an outlet not listed, or of an unknown one.
    """

    weights: Mapping[str, float] = attrs.field(converter=_fold_weights)
    default: float = 1.0
    name: str = "trust"

    def __call__(self, value: Value, claims: Sequence[SourceClaim]) -> float:
        # summed in a fixed order: float addition is not associative
        return sum(
            self.weights.get(k, self.default) for k in sorted({c.source_key for c in claims})
        )


def _rules(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(rules)


@attrs.frozen
class Policy:
    """A primary rule and its tie-breakers, with per-field overrides.

    Args:
        rules: the rules used for any field not in ``per_field``.
        per_field: rules for given fields, keyed ``<section>.<field>``
            (``"charge.counts"``).

    Whatever the rules, a last tie-breaker on the value itself keeps the
    choice deterministic.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    per_field: Mapping[str, tuple[Rule, ...]] = attrs.field(factory=dict)

    def rules_for(self, field: str) -> tuple[Rule, ...]:
        """The rules that decide ``field``."""
        return tuple(self.per_field.get(field, self.rules))

    def choose(
        self, field: str, candidates: Sequence[tuple[Value, Sequence[SourceClaim]]]
    ) -> tuple[int, str]:
        """Pick one of ``candidates``.

        Returns:
            The index of the chosen candidate and the name of the rule that
            decided (``"value_order"`` when every rule tied).
        """
        rules = self.rules_for(field)
        scored = [
            (tuple(-r(v, cs) for r in rules), natural_key(v), i)
            for i, (v, cs) in enumerate(candidates)
        ]
        scored.sort()
        best = scored[0]
        if len(scored) == 1:
            return best[2], rules[0].name if rules else "value_order"
        runner = scored[1]
        for rule, a, b in zip(rules, best[0], runner[0], strict=True):
            if a != b:
                return best[2], rule.name
        return best[2], "value_order"


DEFAULT_POLICY = Policy(
    (IndependentSources(), ModalityRank(), Specificity(), Recency()),
    per_field={
        # a later report of a status or a count more often corrects an earlier one
        "charge.counts": (IndependentSources(), ModalityRank(), Recency()),
    },
)
"""Independent sources first, then modality, precision and recency."""
