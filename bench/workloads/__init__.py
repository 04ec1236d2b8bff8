"""The workloads, one file each, in the order of the report.

To add one: a module here with the loop as a plain function and a `WORKLOAD = Workload(...)` (see base.py:
shapes for the GPU and a tiny smoke shape, random inputs, the bytes a kernel must move, the operations on
one step's critical path), then list it in ALL below. Every system runs that same function.
"""

from __future__ import annotations

from bench.workloads import elman, ema, euler, lif, lstm, mingru, w1
from bench.workloads.base import Workload

ALL: list[Workload] = [m.WORKLOAD for m in (w1, ema, lif, euler, mingru, elman, lstm)]
BY_NAME: dict[str, Workload] = {w.name: w for w in ALL}

__all__ = ["ALL", "BY_NAME", "Workload"]
