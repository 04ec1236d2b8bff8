"""Measuring: medians of timed calls, the copy bandwidth, launches per call, errors against float64.

On CUDA every call is timed by a pair of CUDA events around it, synchronizing after each one, so host
work done before the kernels start (argument checks, launches) counts: that is what one call costs a
user. On the CPU (smoke mode) the host clock is used instead.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import torch


@contextlib.contextmanager
def empty_cache_dir() -> Iterator[str]:
    """JIC_CACHE_DIR set to a new empty directory for the block (removed after), so that a compile in it is
    cold whatever earlier runs stored."""
    old = os.environ.get("JIC_CACHE_DIR")
    d = tempfile.mkdtemp(prefix="jic-bench-cold-")
    os.environ["JIC_CACHE_DIR"] = d
    try:
        yield d
    finally:
        if old is None:
            del os.environ["JIC_CACHE_DIR"]
        else:
            os.environ["JIC_CACHE_DIR"] = old
        shutil.rmtree(d, ignore_errors=True)


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def median_us(
    fn: Callable[..., Any],
    sets: Sequence[tuple],
    device: torch.device,
    *,
    seconds: float = 0.4,
    min_reps: int = 5,
    max_reps: int = 300,
    warmup: int = 3,
) -> tuple[float, int]:
    """(median time of one call in us, repetitions); call i takes input set i % len(sets)."""
    n = len(sets)
    for i in range(warmup):
        fn(*sets[i % n])
    sync(device)
    t0 = time.perf_counter()
    fn(*sets[warmup % n])
    sync(device)
    one = max(time.perf_counter() - t0, 1e-7)
    reps = max(min_reps, min(max_reps, int(seconds / one)))
    times = []
    if device.type == "cuda":
        for i in range(reps):
            start = torch.cuda.Event(enable_timing=True)
            end = torch.cuda.Event(enable_timing=True)
            args = sets[i % n]
            start.record()
            fn(*args)
            end.record()
            end.synchronize()
            times.append(start.elapsed_time(end) * 1e3)
    else:
        for i in range(reps):
            args = sets[i % n]
            t0 = time.perf_counter()
            fn(*args)
            times.append((time.perf_counter() - t0) * 1e6)
    return statistics.median(times), reps


def one_launch_us(device: torch.device) -> dict[str, float]:
    """The floor's "plus one launch", timed as every system's call is (median_us): `floor`, one eager torch op
    on 32 elements - the cheapest call that allocates its output and launches one kernel, which any compiled
    function returning a new tensor also does - and, on CUDA, `empty kernel`: a launch of a kernel that does
    nothing, through cuda-python, output allocated by no one (reported, not in the floor)."""
    tiny = torch.randn(32, device=device)
    us, _ = median_us(torch.tanh, [(tiny,)], device, seconds=0.1, min_reps=50, max_reps=500, warmup=20)
    out = {"floor": us}
    if device.type == "cuda":
        try:
            from bench.call_latency import empty_launch

            go = empty_launch()
            out["empty kernel"], _ = median_us(go, [()], device, seconds=0.1, min_reps=50, max_reps=500, warmup=20)
        except Exception as e:  # noqa: BLE001  (reported, not fatal)
            print(f"empty-kernel launch not measured: {type(e).__name__}: {e}", flush=True)
    return out


def copy_bandwidth(device: torch.device) -> float:
    """Bytes per second of a large device-to-device copy, counting bytes read plus bytes written."""
    n = (1 << 28) if device.type == "cuda" else (1 << 24)
    a = torch.randn(n, device=device)
    b = torch.empty_like(a)
    us, _ = median_us(b.copy_, [(a,)], device, seconds=0.2, min_reps=10, max_reps=50)
    return 2 * n * 4 / (us * 1e-6)


def matmul_rate(device: torch.device) -> float:
    """float32 FLOP/s of one large matrix product as torch runs it (TF32 off, as in the checks)."""
    n = 4096 if device.type == "cuda" else 512
    a = torch.randn(n, n, device=device)
    b = torch.randn(n, n, device=device)
    us, _ = median_us(torch.mm, [(a, b)], device, seconds=0.2, min_reps=5, max_reps=30)
    return 2 * n**3 / (us * 1e-6)


def kernels_per_call(
    fn: Callable[..., Any], args: tuple, device: torch.device, calls: int
) -> tuple[float | None, float | None]:
    """(GPU kernels launched per call, their device time per call in us), as torch.profiler (CUPTI) sees
    them; memcpy/memset not counted. (None, None) off CUDA."""
    if device.type != "cuda":
        return None, None
    from torch.profiler import ProfilerActivity, profile

    fn(*args)
    sync(device)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Profiler clears events at the end of each cycle"
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            for _ in range(calls):
                fn(*args)
            sync(device)
        events = prof.events()
    kernels = [
        e
        for e in events
        if e.device_type == torch.autograd.DeviceType.CUDA and not e.name.startswith(("Memcpy", "Memset"))
    ]
    return len(kernels) / calls, sum(e.device_time for e in kernels) / calls


def as_tuple(out: Any) -> tuple[torch.Tensor, ...]:
    return tuple(out) if isinstance(out, (tuple, list)) else (out,)


def rel_error(out: Any, ref: Any) -> float:
    """The largest ||out - ref|| / ||ref|| over the outputs (Frobenius norms, in float64); inf on a mismatch."""
    outs, refs = as_tuple(out), as_tuple(ref)
    if len(outs) != len(refs):
        return math.inf
    worst = 0.0
    for o, r in zip(outs, refs):
        if not isinstance(o, torch.Tensor) or o.shape != r.shape:
            return math.inf
        o64 = o.detach().double().to(r.device)
        if not torch.isfinite(o64).all():
            return math.inf
        worst = max(worst, ((o64 - r).norm() / r.norm().clamp_min(1e-30)).item())
    return worst


def to_double(args: tuple) -> tuple:
    return tuple(a.double() if isinstance(a, torch.Tensor) and a.is_floating_point() else a for a in args)


def tensor_bytes(args: tuple) -> int:
    return sum(a.numel() * a.element_size() for a in args if isinstance(a, torch.Tensor))


def save_to_out(name: str, data: Any) -> None:
    """Write `data` as JSON to `$OUT/name` when OUT is set (a device run's folder of results), else nothing."""
    out = os.environ.get("OUT")
    if out:
        with open(os.path.join(out, name), "w") as f:
            json.dump(data, f, indent=1, default=str)
