"""W1 on a GPU: jic against the eager loop, with the bandwidth floor (shared anchors' method).

    h = tanh(x[:, t] + h) for t in range(T), x of shape (B, T, H)

Prints one row per shape: jic's median (CUDA events), eager's, the floor
(bytes / measured copy bandwidth), the ratios, the kernels per call seen by
torch.profiler, the relative error against a float64 reference, and the cold
compile time. Only compares; asserts nothing about timings.
"""

from __future__ import annotations

import json
import os
import sys
import time

import torch

import jic

SHAPES = [(64, 512, 1024), (16, 2048, 256), (8, 256, 128)]


def cell_eager(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def bench(fn, reps=50, warm=5):
    for _ in range(warm):
        fn()
    torch.cuda.synchronize()
    ts = []
    for _ in range(reps):
        s = torch.cuda.Event(enable_timing=True)
        e = torch.cuda.Event(enable_timing=True)
        s.record()
        fn()
        e.record()
        torch.cuda.synchronize()
        ts.append(s.elapsed_time(e))
    ts.sort()
    return ts[len(ts) // 2] * 1e3  # us


def copy_bandwidth():
    a = torch.empty(1 << 28, dtype=torch.float32, device="cuda")
    b = torch.empty_like(a)
    us = bench(lambda: b.copy_(a), reps=10)
    return 2 * a.numel() * 4 / (us * 1e-6)


def kernels_per_call(fn, calls=10):
    """(kernels per call, their names, median device time of one kernel in us) by torch.profiler."""
    from torch.profiler import ProfilerActivity, profile

    fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        for _ in range(calls):
            fn()
        torch.cuda.synchronize()
    events = [e for e in prof.events() if e.device_type == torch.autograd.DeviceType.CUDA]
    times = sorted(e.device_time for e in events)
    return len(events) / calls, sorted({e.name for e in events}), times[len(times) // 2] if times else None


def main():
    dev = torch.device("cuda")
    props = torch.cuda.get_device_properties(dev)
    print(f"card: {props.name}, torch {torch.__version__}, python {sys.version.split()[0]}", flush=True)
    bw = copy_bandwidth()
    print(f"device copy: {bw / 1e12:.2f} TB/s (read+write)", flush=True)
    rows = []
    for B, T, H in SHAPES:
        cell = jic.compile(cell_eager, fullgraph=True)
        x = torch.randn(B, T, H, device=dev) * 0.5
        h = torch.randn(B, H, device=dev) * 0.5
        t0 = time.perf_counter()
        out = cell(x, h)
        torch.cuda.synchronize()
        compile_s = time.perf_counter() - t0
        ref = cell_eager(x.double(), h.double())
        err = ((out.double() - ref).norm() / ref.norm()).item()
        jic_us = bench(lambda: cell(x, h))
        eager_us = bench(lambda: cell_eager(x, h), reps=5, warm=1)
        floor_us = (x.numel() + 2 * h.numel()) * 4 / bw * 1e6
        nk, knames, kernel_us = kernels_per_call(lambda: cell(x, h))
        x2 = torch.randn(B, T // 2 + 3, H, device=dev)
        cell(x2, h)
        row = {
            "shape": (B, T, H),
            "jic_us": round(jic_us, 1),
            "kernel_us": round(kernel_us, 1),
            "eager_us": round(eager_us, 1),
            "floor_us": round(floor_us, 1),
            "jic_over_floor": round(jic_us / floor_us, 2),
            "eager_over_jic": round(eager_us / jic_us, 1),
            "kernels_per_call": nk,
            "kernel_names": knames,
            "relerr": err,
            "cold_compile_s": round(compile_s, 3),
            "compiles_after_new_T": cell.compile_count,
        }
        rows.append(row)
        print(row, flush=True)
    # host-side cost of a repeated call on tiny inputs
    cell = jic.compile(cell_eager, fullgraph=True)
    x = torch.randn(1, 1, 32, device=dev)
    h = torch.randn(1, 32, device=dev)
    for _ in range(100):
        cell(x, h)
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(2000):
        cell(x, h)
    torch.cuda.synchronize()
    host_us = (time.perf_counter() - t0) / 2000 * 1e6
    print(f"host-side cost per call (tiny inputs): {host_us:.1f} us", flush=True)
    print()
    print(f"({props.name}; jic = CUDA events around the call, host work included; kernel = profiler's device time)")
    print("| B, T, H | floor | jic | kernel | eager | jic/floor | eager/jic | kernels/call | rel. err | cold compile |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['shape']} | {r['floor_us']} us | {r['jic_us']} us | {r['kernel_us']} us | {r['eager_us']} us | {r['jic_over_floor']}x "
            f"| {r['eager_over_jic']}x | {r['kernels_per_call']} | {r['relerr']:.1e} | {r['cold_compile_s']} s |"
        )
    out = os.environ.get("OUT")
    if out:
        with open(os.path.join(out, "w1.json"), "w") as f:
            json.dump({"card": props.name, "copy_Bps": bw, "rows": rows, "host_us": host_us}, f, indent=1, default=str)


if __name__ == "__main__":
    main()
