"""The workloads, one file each, in the order of the report."""

from __future__ import annotations

from bench.workloads import elman, ema, euler, lif, lstm, mingru, w1
from bench.workloads.base import Workload

ALL: list[Workload] = [m.WORKLOAD for m in (w1, ema, lif, euler, mingru, elman, lstm)]
BY_NAME: dict[str, Workload] = {w.name: w for w in ALL}

__all__ = ["ALL", "BY_NAME", "Workload"]
