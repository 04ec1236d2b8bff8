"""Host cost of one call on a tiny input, against one eager torch op in the same run.

    python3 bench/host_overhead.py [--out results.json]

Times each call with the host clock alone (the GPU is never the bottleneck at
32 elements; the kernels queue behind the calls), median of many calls:
- jic: a repeated call of the compiled W1 cell at (1, 1, 32) - guard, host
  program, output allocation, argument packing, launch;
- its parts ("breakdown"): the generated guard, the host program without it,
  the output allocation, the parameter packing, the launch alone (`go(n)`), the
  current-stream lookup, and the old tuple key (guards.call_key) for comparison;
- the whole call through each launch binding (JIC_CUDA_LAUNCH: cuda-python,
  ctypes on libcuda, the compiled C launcher) and three ways to allocate an output;
- eager: one `torch.tanh` on 32 elements, and the W1 loop body (two ops).
Also checks a CUDA-graph capture and replay of the compiled call against eager,
the cold compile time and the disk-cache hit time in a new process. On a CPU-only
machine it measures the CPU target the same way. Asserts nothing about time.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import jic  # noqa: E402
from bench.cache_hit import new_process_first_call  # noqa: E402
from jic.runtime import guards  # noqa: E402


def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def per_call_us(fn, calls: int = 20000, warm: int = 500) -> float:
    for _ in range(warm):
        fn()
    clock = time.perf_counter_ns
    ts = []
    for _ in range(calls):
        t0 = clock()
        fn()
        ts.append(clock() - t0)
    return statistics.median(ts) / 1e3


def loop_us(fn, calls: int = 20000, repeats: int = 5) -> float:
    """Best over `repeats` of the mean time per call of a tight loop (no clock reads inside)."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn()
        best = min(best, (time.perf_counter() - t0) / calls * 1e6)
    return best


def graph_check(f, dev: str) -> dict:
    x, h = torch.randn(8, 16, 64, device=dev), torch.randn(8, 64, device=dev)
    f(x, h)
    s = torch.cuda.Stream()
    s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        f(x, h)
    torch.cuda.current_stream().wait_stream(s)
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        out = f(x, h)
    errs = []
    for _ in range(3):
        x.copy_(torch.randn_like(x))
        h.copy_(torch.randn_like(h))
        g.replay()
        torch.cuda.synchronize()
        ref = cell(x, h)
        errs.append(((out - ref).norm() / ref.norm()).item())
    replay_us = per_call_us(g.replay, calls=2000, warm=50)
    torch.cuda.synchronize()
    return {"max_rel_err": max(errs), "replay_host_us": replay_us}


def _bound(fn, prefix: str):
    """The value a generated host program binds under `_<prefix><k>` (its first)."""
    for name, value in fn.__globals__.items():
        if name.startswith("_" + prefix) and name[len(prefix) + 1 :].isdigit():
            return value
    return None


def breakdown(f, x, h) -> dict:
    """Each part of a repeated call, timed alone."""
    from jic.runtime import guard_fn

    (v,) = f.cache.values()
    out: dict = {"call_us": per_call_us(lambda: f(x, h))}
    fast = guard_fn.make_fast_path(2, [(v.guard, lambda a, b: None)], guards.GuardStats())
    out["guard_us"] = per_call_us(lambda: fast(x, h))
    out["old_tuple_key_us"] = per_call_us(lambda: f.cache.get(guards.call_key((x, h))))
    out["host_program_us"] = per_call_us(lambda: v.run(x, h))
    dev = x.device
    out["alloc_empty_us"] = per_call_us(lambda: torch.empty(1, 32, dtype=torch.float32, device=dev))
    out["alloc_empty_strided_us"] = per_call_us(
        lambda: torch.empty_strided((1, 32), (32, 1), dtype=torch.float32, device=dev)
    )
    out["alloc_new_empty_us"] = per_call_us(lambda: h.new_empty((1, 32)))
    pack, data = _bound(v.run, "pack"), _bound(v.run, "param_data")
    if pack is not None:  # one struct call: into the kernel's buffer, or into a new bytes object
        vals = [0] * (pack.__self__.size // 8)
        if data is not None:
            out["pack_us"] = per_call_us(lambda: pack(data, 0, *vals))
        else:
            out["pack_us"] = per_call_us(lambda: pack(*vals))
    go = _bound(v.run, "go")
    if go is not None:  # the launch through go(n) (the C launcher's is written in line: see launch_bindings)
        out["launch_only_us"] = per_call_us(lambda: go(32))
    if dev.type == "cuda":
        idx = dev.index or 0
        raw = torch._C._cuda_getCurrentRawStream
        out["current_stream_us"] = per_call_us(lambda: raw(idx))
    return out


def launch_bindings(x, h) -> dict:
    """The whole call, and the launch alone, through each binding JIC_CUDA_LAUNCH offers."""
    from jic.backend import cuda_launch, fast_launch

    res = {}
    ref = cell(x, h)
    # "ext_c": the extension's plain C build (parameters read in Python, outputs from torch.empty), for comparison
    for how in (*cuda_launch.METHODS, "ext_c"):
        os.environ["JIC_CUDA_LAUNCH"] = "ext" if how == "ext_c" else how
        if how == "ext_c":
            os.environ["JIC_FAST_LAUNCH_TORCH"] = "0"
            fast_launch.build.cache_clear()
            fast_launch.extension.cache_clear()
        try:
            if how == "c" and cuda_launch.c_launcher() is None:
                res[how] = "unavailable (no C compiler or libcuda)"
                continue
            if how.startswith("ext") and fast_launch.extension() is None:
                res[how] = "unavailable (no C compiler, Python headers or libcuda)"
                continue
            g = jic.compile(fullgraph=True)(cell)
            out = g(x, h)
            torch.cuda.synchronize()
            err = ((out - ref).norm() / ref.norm()).item()
            (v,) = g.cache.values()
            go = _bound(v.run, "go")
            res[how] = {"call_us": per_call_us(lambda: g(x, h)), "rel_err": err}
            res[how]["eager_tanh_us"] = per_call_us(lambda: torch.tanh(h))  # measured next to it
            if go is not None:
                res[how]["launch_only_us"] = per_call_us(lambda: go(32))
            torch.cuda.synchronize()
        finally:
            del os.environ["JIC_CUDA_LAUNCH"]
            if how == "ext_c":
                del os.environ["JIC_FAST_LAUNCH_TORCH"]
                fast_launch.build.cache_clear()
                fast_launch.extension.cache_clear()
    return res


def main() -> None:
    out_path = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    cache = tempfile.mkdtemp(prefix="jic-bench-cache-")
    os.environ["JIC_CACHE_DIR"] = cache
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    res: dict = {"device": torch.cuda.get_device_name() if dev == "cuda" else "cpu", "python": sys.version.split()[0]}
    res["torch"] = torch.__version__

    x, h = torch.randn(1, 1, 32, device=dev), torch.randn(1, 32, device=dev)
    if dev == "cuda":  # the launch extension, built once per machine and torch (as an install would): not per compile
        from jic.backend import fast_launch

        t0 = time.perf_counter()
        ext = fast_launch.build()
        res["launch_extension"] = {"build_ms": (time.perf_counter() - t0) * 1e3, "with_torch": fast_launch.takes_tensors(ext)}
    f = jic.compile(fullgraph=True)(cell)
    t0 = time.perf_counter()
    f(x, h)
    res["cold_compile_ms"] = (time.perf_counter() - t0) * 1e3
    # jic and the eager op measured in alternating rounds, the best round of each: a shared host's clock speed
    # drifts over a run (the same call measured 40% apart early and late in one process)
    rounds = [(per_call_us(lambda: f(x, h), calls=5000), per_call_us(lambda: torch.tanh(h), calls=5000)) for _ in range(6)]
    res["jic_call_us"] = min(r[0] for r in rounds)
    res["eager_tanh_us"] = min(r[1] for r in rounds)
    res["rounds_jic_eager_us"] = rounds
    res["jic_call_loop_us"] = loop_us(lambda: f(x, h))
    res["eager_tanh_loop_us"] = loop_us(lambda: torch.tanh(h))
    res["eager_cell_body_us"] = per_call_us(lambda: torch.tanh(x[:, 0] + h))
    res["breakdown"] = breakdown(f, x, h)
    res["stats"] = str(f.stats)
    if dev == "cuda":
        torch.cuda.synchronize()
        res["launch_bindings"] = launch_bindings(x, h)
        res["cuda_graph"] = graph_check(jic.compile(fullgraph=True)(cell), dev)
    res["new_process_disk_hit"] = new_process_first_call(env, shape=(1, 1, 32))  # the entry stored above
    res["ratio_jic_to_eager_op"] = res["jic_call_us"] / res["eager_tanh_us"]
    text = json.dumps(res, indent=1)
    print(text)
    if out_path:
        with open(out_path, "w") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
