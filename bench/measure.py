"""One system on one workload shape: check against float64 first, then time, then count launches.

Every result is a dict with a `status`:
  ok          checked and timed: `us` (median), `reps`, `err`; on CUDA `kernels` launched per call and
              `kernel_us`, their device time per call (torch.profiler)
  wrong       ran but failed the check (`err`); never timed
  falls back  jic refused the function (`note` holds its reason); never timed
  skipped     not run, `note` says why (no GPU, compile budget, ...)
  error       raised something else (`note` holds it)
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import torch

from bench import harness
from bench.workloads.base import Workload


def result(status: str, note: str = "", **extra: Any) -> dict[str, Any]:
    return {"status": status, "note": note, **extra}


_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def relative(text: str) -> str:
    """`text` with this checkout's location cut from file paths (reports name repository paths)."""
    return text.replace(_ROOT, "")


def describe(e: BaseException) -> str:
    """The first line of an exception, with its type."""
    text = str(e).strip().splitlines()
    return relative(f"{type(e).__name__}: {text[0] if text else ''}")


def run_system(
    w: Workload,
    fn: Callable[..., Any],
    sets: list[tuple],
    ref: Any,
    device: torch.device,
    *,
    seconds: float = 0.4,
) -> dict[str, Any]:
    """Check `fn` on the first input set against `ref`, then time it over the rotating sets."""
    try:
        out = fn(*sets[0])
        harness.sync(device)
    except Exception as e:  # a baseline that breaks is reported, not fatal to the run
        return result("error", describe(e))
    err, ok = w.check_output(out, ref)
    if not ok:
        return result("wrong", f"error {err:.2e} fails {w.tolerance_text()}", err=err)
    t0 = time.perf_counter()
    us, reps = harness.median_us(fn, sets, device, seconds=seconds)
    calls = 1 if us > 5000 else 10
    kernels, kernel_us = harness.kernels_per_call(fn, sets[0], device, calls)
    return result(
        "ok", us=us, reps=reps, err=err, kernels=kernels, kernel_us=kernel_us, measure_s=time.perf_counter() - t0
    )
