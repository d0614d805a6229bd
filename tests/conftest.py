"""Shared test configuration: Hypothesis profiles.

Choose one with the ``HYPOTHESIS_PROFILE`` environment variable:

* ``ci`` (the default): about 50 examples per property, quick enough for
  every push on a two-core runner;
* ``thorough``: 1000 examples per property, for a local run before a release.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=False,
    print_blob=True,
)
settings.register_profile("thorough", parent=settings.get_profile("ci"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
