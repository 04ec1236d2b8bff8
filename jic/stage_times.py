"""Seconds per step of a compile (passes, LLVM), recorded only when someone asks (bench/cold_compile.py).

    t = Stages(times)          # times: a dict to fill, or None (then nothing is measured)
    with t("llvm optimize"):
        ...
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator


class Stages:
    def __init__(self, times: dict[str, float] | None):
        self.times = times

    @contextlib.contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        if self.times is None:
            yield
            return
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.times[name] = self.times.get(name, 0.0) + time.perf_counter() - t0
