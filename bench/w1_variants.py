"""W1 kernel variants side by side on one GPU, with eager and the floors measured in the same run.

    h = tanh(x[:, t] + h) for t in range(T), x of shape (B, T, H), fp32

Variants are pipelines (load pipelining depth, tanh flavour) and launch
policies (jic's block size from the device's limits, or a fixed 128). For each
shape and variant: the kernel's device time (torch.profiler, median over
calls), the call time (CUDA events around the call, host work included), the
relative error against a float64 reference, and the kernels per call. Inputs
rotate over several copies so that the larger shapes are not served from L2.

    python3 -m bench.w1_variants [--quick] [--variants d16,d16-vector]   # table last; $OUT/w1_variants.json

Timings are printed, never asserted.
"""

from __future__ import annotations

import re
import sys
import time

import torch

import jic
from bench import harness
from jic.backend import cuda as jcuda
from jic.passes import pipeline as pl

SHAPES = [(64, 512, 1024), (16, 2048, 256), (8, 256, 128)]


def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def pipe(
    depth: int, prefetch: bool = True, level: str = "L1", fence: bool = True, approx: bool = False, vector: bool = False
) -> str:
    p = pl.default_pipeline("nvptx")
    if vector:  # the 16-byte form too (vectorize-inner-dim, not in the default pipeline): 4 floats per thread
        p = p.replace("pipeline-loads", "vectorize-inner-dim,pipeline-loads", 1)
    p = re.sub(r"pipeline-loads(\{[^}]*\})?", f"pipeline-loads{{depth={depth} prefetch={str(prefetch).lower()}}}", p)
    low = f"target=nvptx prefetch-level={level} load-fence={str(fence).lower()}"
    if approx:
        low += " approx-tanh=true"
    return re.sub(r"lower-to-llvm\{[^}]*\}", "lower-to-llvm{" + low + "}", p)


VARIANTS = {
    "off": (pipe(1), None),
    "off-block128": (pipe(1), 128),  # the kernel before this work: no pipelining, 128 threads a block
    "d8": (pipe(8), None),
    "d16": (pipe(16), None),
    "d32": (pipe(32), None),
    "d16-noprefetch": (pipe(16, prefetch=False), None),
    "d16-nofence": (pipe(16, fence=False), None),
    "d16-L2": (pipe(16, level="L2"), None),
    "d16-block128": (pipe(16), 128),
    "d16-approx": (pipe(16, approx=True), None),
    "d16-vector": (pipe(16, vector=True), None),  # with vectorize-inner-dim's 4-float threads
    "d16-again": (pipe(16), None),  # the default twice: the run-to-run spread
}


def events_median(fn, reps: int, warm: int = 3) -> float:
    for _ in range(warm):
        fn()
    torch.cuda.synchronize()
    ts = []
    for _ in range(reps):
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        fn()
        e.record()
        torch.cuda.synchronize()
        ts.append(s.elapsed_time(e) * 1e3)
    ts.sort()
    return ts[len(ts) // 2]


def kernel_median(fn, calls: int = 30) -> tuple[float, float]:
    """(median device time of one kernel in us, kernels per call) from torch.profiler."""
    from torch.profiler import ProfilerActivity, profile

    fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        for _ in range(calls):
            fn()
        torch.cuda.synchronize()
    ev = [e for e in prof.events() if e.device_type == torch.autograd.DeviceType.CUDA]
    times = sorted(e.device_time for e in ev)
    return (times[len(times) // 2] if times else float("nan")), len(ev) / calls


def with_block(block):
    """A replacement for jic's block-size policy: every launch uses `block` threads a block."""

    def chooser(limits, kernel_max_threads):
        return lambda n: block

    return chooser


def copy_bandwidth() -> float:
    src = torch.empty(1 << 28, dtype=torch.float32, device="cuda")
    dst = torch.empty_like(src)
    us = events_median(lambda: dst.copy_(src), reps=10)
    return 2 * (1 << 28) * 4 / (us * 1e-6)


def main() -> None:
    quick = "--quick" in sys.argv
    variants = dict(VARIANTS)
    if "--variants" in sys.argv:
        wanted = sys.argv[sys.argv.index("--variants") + 1].split(",")
        unknown = [w for w in wanted if w not in VARIANTS]
        if unknown:
            sys.exit(f"w1_variants: unknown variants {unknown}; known: {', '.join(VARIANTS)}")
        variants = {w: VARIANTS[w] for w in wanted}
    dev = torch.device("cuda")
    props = torch.cuda.get_device_properties(dev)
    print(f"card: {props.name} ({props.multi_processor_count} SMs), torch {torch.__version__}", flush=True)
    bw = copy_bandwidth()
    print(f"device copy: {bw / 1e12:.2f} TB/s (read+write)", flush=True)
    orig_chooser = jcuda._block_chooser
    rows = []
    for B, T, H in SHAPES:
        sets = [(torch.randn(B, T, H, device=dev) * 0.5, torch.randn(B, H, device=dev) * 0.5) for _ in range(3)]
        ref = cell(sets[0][0].double(), sets[0][1].double())
        i = [0]

        def rotating(fn):
            def call():
                x, h = sets[i[0] % len(sets)]
                i[0] += 1
                return fn(x, h)

            return call

        eager_us = events_median(rotating(cell), reps=3 if quick else 5, warm=1)
        floor_us = (sets[0][0].numel() + 2 * sets[0][1].numel()) * 4 / bw * 1e6
        row = {"shape": (B, T, H), "floor_bw_us": round(floor_us, 2), "eager_us": round(eager_us, 1), "variants": {}}
        for name, (pipeline, block) in variants.items():
            jcuda._block_chooser = with_block(block) if block is not None else orig_chooser
            try:
                fn = jic.compile(cell, fullgraph=True, pipeline=pipeline)
                t0 = time.perf_counter()
                out = fn(*sets[0])
                torch.cuda.synchronize()
                compile_s = time.perf_counter() - t0
                err = ((out.double() - ref).norm() / ref.norm()).item()
                call_us = events_median(rotating(fn), reps=30 if quick else 100)
                kern_us, nk = kernel_median(rotating(fn))
                fn(torch.randn(B, T // 2 + 3, H, device=dev), sets[0][1])  # a new T: no recompile
                v = {
                    "kernel_us": round(kern_us, 2),
                    "call_us": round(call_us, 1),
                    "relerr": float(f"{err:.2e}"),
                    "kernels_per_call": nk,
                    "compiles": fn.compile_count,
                    "compile_s": round(compile_s, 3),
                }
            finally:
                jcuda._block_chooser = orig_chooser
            row["variants"][name] = v
            print((B, T, H), name, v, flush=True)
        rows.append(row)
    print(f"\n{props.name}: W1 kernel device time (us, median) per variant; floor = bytes / {bw / 1e12:.2f} TB/s")
    names = list(variants)
    print("| B, T, H | floor | eager | " + " | ".join(names) + " |")
    print("|---" * (3 + len(names)) + "|")
    for r in rows:
        cells = [f"{r['variants'][n]['kernel_us']} ({r['variants'][n]['call_us']})" for n in names]
        print(f"| {r['shape']} | {r['floor_bw_us']} | {r['eager_us']} | " + " | ".join(cells) + " |")
    print("(each cell: kernel time (call time by events))")
    harness.save_to_out("w1_variants.json", {"card": props.name, "copy_Bps": bw, "rows": rows})


if __name__ == "__main__":
    main()
