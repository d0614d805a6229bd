"""A case grown batch by batch always equals the case of everything at once.

Agreement with a simple reference model, in the style of Hypothesis'
``test_database_agreement.py``: the system under test merges each new batch
of claims (or judgements) into a growing case; the model just remembers every
claim and judgement seen and resolves them all from scratch.
"""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
)

from legalnews import Case, Judgement, Policy, SourceClaim, merge, resolve
from legalnews.testing import judgements, policies, source_claims


class GrowingCase(RuleBasedStateMachine):
    """Claims arrive in batches, some again; judgements arrive; the case keeps up."""

    claims = Bundle("claims")

    def __init__(self) -> None:
        super().__init__()
        self.policy: Policy = Policy(())
        self.case = Case()
        self.seen: list[SourceClaim] = []
        self.judged: list[Judgement] = []

    @initialize(policy=policies())
    def choose_policy(self, policy: Policy) -> None:
        self.policy = policy
        self.case = resolve([], policy=policy)

    @rule(target=claims, batch=st.lists(source_claims(), min_size=1, max_size=4))
    def add_batch(self, batch: list[SourceClaim]) -> object:
        self.case = merge(self.case, resolve(batch, policy=self.policy), policy=self.policy)
        self.seen += batch
        return multiple(*batch)

    @rule(again=st.lists(claims, min_size=1, max_size=4))
    def add_old_claims_again(self, again: list[SourceClaim]) -> None:
        self.case = merge(self.case, resolve(again, policy=self.policy), policy=self.policy)
        self.seen += again

    @rule(judgement=judgements())
    def add_judgement(self, judgement: Judgement) -> None:
        told = resolve([], policy=self.policy, judgements=[judgement])
        self.case = merge(self.case, told, policy=self.policy)
        self.judged.append(judgement)

    @rule()
    def merge_with_itself(self) -> None:
        self.case = merge(self.case, self.case, policy=self.policy)

    @invariant()
    def agrees_with_resolving_everything_at_once(self) -> None:
        """The grown case equals resolve(all claims so far, judgements=all so far)."""
        expected = resolve(self.seen, policy=self.policy, judgements=self.judged)
        assert self.case == expected

    @invariant()
    def keeps_every_claim_once(self) -> None:
        """The grown case holds exactly the distinct claims seen."""
        assert set(self.case.claims) == set(self.seen)
        assert len(self.case.claims) == len(set(self.seen))


# half the profile's examples: each one is up to 15 merges and resolutions
GrowingCase.TestCase.settings = settings(
    stateful_step_count=15, max_examples=max(10, settings().max_examples // 2)
)
test_growing_case_agrees_with_reference_model = GrowingCase.TestCase
test_growing_case_agrees_with_reference_model.__doc__ = (
    "A case merged batch by batch equals resolving every claim and judgement at once."
)
