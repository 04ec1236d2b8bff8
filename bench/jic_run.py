"""jic on one workload shape: refusal or error reported as such, else checked, timed and its compile timed."""

from __future__ import annotations

import time
from typing import Any

import torch

from bench import harness
from bench.measure import describe, relative, result, run_system
from bench.workloads.base import Shape, Workload


def run_jic(w: Workload, shape: Shape, sets: list[tuple], ref: Any, device: torch.device, seed: int) -> dict[str, Any]:
    """fullgraph=True, so that a refusal raises instead of silently timing the eager fallback. The cold compile
    starts from an empty on-disk cache of its own; the "new jic.compile object" then finds its entry there."""

    with harness.empty_cache_dir():  # "cold": nothing in the on-disk cache, whatever ran before
        return _run_jic(w, shape, sets, ref, device, seed)


def _run_jic(w: Workload, shape: Shape, sets: list[tuple], ref: Any, device: torch.device, seed: int) -> dict[str, Any]:
    import jic

    compiled = jic.compile(w.fn, fullgraph=True)
    t0 = time.perf_counter()
    try:
        compiled(*sets[0])
        harness.sync(device)
    except jic.UnsupportedError as e:
        lines = [ln.strip() for ln in str(e).strip().splitlines()]
        return result("falls back", relative(" | ".join(lines)))
    except Exception as e:
        return result("error", describe(e))
    cold_s = time.perf_counter() - t0
    res = run_system(w, compiled, sets, ref, device)
    res["cold_s"] = cold_s
    if res["status"] != "ok":
        return res
    # a new jic.compile object of the same function: what any cache outside the object saves
    again = jic.compile(w.fn, fullgraph=True)
    t0 = time.perf_counter()
    again(*sets[0])
    harness.sync(device)
    res["fresh_s"] = time.perf_counter() - t0
    # another length of the time loop must reuse the compiled code
    t = w.steps(shape)
    other = w.inputs(w.with_steps(shape, t // 2 + 3), device, torch.Generator().manual_seed(seed + 1))
    compiled(*other)
    harness.sync(device)
    res["compiles_after_new_T"] = getattr(compiled, "compile_count", None)
    return res


def host_cost_us(device: torch.device, calls: int = 2000) -> dict[str, float | str]:
    """Host time of one repeated call on tiny inputs (the GPU never the bottleneck): jic's W1 against
    one eager torch.tanh. Asynchronous calls in a row, one synchronize at the end."""
    import jic
    from bench.workloads.w1 import w1

    x = torch.randn(1, 1, 32, device=device)
    h = torch.randn(1, 32, device=device)
    compiled = jic.compile(w1, fullgraph=True)
    out: dict[str, float | str] = {}
    for name, fn in (("jic W1 call", lambda: compiled(x, h)), ("one eager torch.tanh", lambda: torch.tanh(h))):
        try:
            for _ in range(100):
                fn()
            harness.sync(device)
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            harness.sync(device)
            out[name] = (time.perf_counter() - t0) / calls * 1e6
        except Exception as e:
            out[name] = describe(e)
    return out
