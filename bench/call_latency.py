"""What one W1 call costs on the GPU, and the parts of its floor, measured in the same run.

    python3 -m bench.call_latency            # prints a table; writes $OUT/call_latency.json if OUT is set

For W1 at shared/ANCHORS.md's shapes (and a tiny one), by CUDA events around each call with a synchronize
after it (what one call costs a user, host work included), median of many:
- `launch`: one launch of an empty kernel through cuda-python (the cheapest launch a Python program makes),
  and one eager torch op on 32 elements: the "plus one launch" of the floor;
- jic's call through each launch binding (JIC_CUDA_LAUNCH), and its kernel's device time (torch.profiler);
- back to back: N calls queued with no synchronize between them, time per call (a loop that does not read
  its results: the host's work hides behind the GPU's when the kernel is the longer);
- the serial chain per step (add + libdevice tanh, add + tanh.approx) from bench/chain_latency.py.
Asserts nothing about time.
"""

from __future__ import annotations

import ctypes
import os
import sys

import torch

from bench import harness
from bench.w1_variants import events_median
from bench.workloads.w1 import WORKLOAD, w1

EMPTY = """
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
define ptx_kernel void @empty(ptr %p) {
  ret void
}
"""


def event_us(fn, reps: int = 400, warm: int = 20) -> float:
    """Median event-timed duration of one call, synchronized after each."""
    return events_median(fn, reps, warm)


def back_to_back_us(fn, calls: int = 200, repeats: int = 5) -> float:
    """Best over `repeats` of the time per call of `calls` calls queued with one synchronize at the end."""
    best = float("inf")
    for _ in range(repeats):
        torch.cuda.synchronize()
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        for _ in range(calls):
            fn()
        e.record()
        e.synchronize()
        best = min(best, s.elapsed_time(e) * 1e3 / calls)
    return best


def empty_launch():
    """A function that launches an empty kernel through cuda-python's cuLaunchKernel."""
    from jic.backend import cuda as jcuda
    from jic.backend import ptx as jptx

    arch = jcuda.device_arch(torch.device("cuda"))
    mod = jcuda.CudaModule(jptx.compile_ptx(EMPTY, ["empty"], arch=arch), ["empty"])
    fn = jcuda.cu.CUfunction(mod.load(torch.device("cuda")).functions["empty"])
    p = ctypes.c_void_p(0)
    holders = (ctypes.c_void_p * 1)(ctypes.addressof(p))
    addr = ctypes.addressof(holders)
    raw = torch._C._cuda_getCurrentRawStream
    launch, stream_t = jcuda.cu.cuLaunchKernel, jcuda.cu.CUstream

    def go() -> None:
        launch(fn, 1, 1, 1, 32, 1, 1, 0, stream_t(raw(0)), addr, 0)

    go._keep = (mod, p, holders)  # type: ignore[attr-defined]
    return go


def main() -> dict:
    import jic
    from jic.backend import cuda_launch

    dev = torch.device("cuda")
    props = torch.cuda.get_device_properties(dev)
    res: dict = {"card": props.name, "sms": props.multi_processor_count, "torch": torch.__version__}
    go = empty_launch()
    tiny = torch.randn(32, device=dev)
    res["launch"] = {
        "empty_kernel_event_us": event_us(go),
        "eager_tanh32_event_us": event_us(lambda: torch.tanh(tiny)),
        "empty_kernel_back_to_back_us": back_to_back_us(go),
        "eager_tanh32_back_to_back_us": back_to_back_us(lambda: torch.tanh(tiny)),
    }
    print("launch", res["launch"], flush=True)
    cache = props.L2_cache_size
    shapes = [*WORKLOAD.shapes, {"B": 1, "T": 1, "H": 32}]
    methods = [m for m in cuda_launch.METHODS if m != "ctypes"]
    res["w1"] = []
    with torch.no_grad():
        for shape in shapes:
            sets = WORKLOAD.input_sets(shape, dev, 0, cache)
            ref = w1(*sets[0])
            row: dict = {"shape": WORKLOAD.label(shape)}
            k = [0]

            def rotating(f):
                def call():
                    k[0] += 1
                    return f(*sets[k[0] % len(sets)])

                return call

            row["eager_body_event_us"] = event_us(lambda: torch.tanh(sets[0][0][:, 0] + sets[0][1]), reps=200)
            for how in methods:
                os.environ["JIC_CUDA_LAUNCH"] = how
                try:
                    f = jic.compile(fullgraph=True)(w1)
                    out = f(*sets[0])
                    torch.cuda.synchronize()
                    err = ((out - ref).norm() / ref.norm()).item()
                    row[how] = {
                        "rel_err_vs_eager": err,
                        "call_event_us": event_us(rotating(f)),
                        "back_to_back_us": back_to_back_us(rotating(f)),
                    }
                    kernels, kus = harness.kernels_per_call(f, sets[0], dev, 10)
                    row[how].update(kernels=kernels, kernel_us=kus)
                finally:
                    del os.environ["JIC_CUDA_LAUNCH"]
            print(row, flush=True)
            res["w1"].append(row)
    try:
        from bench import chain_latency

        res["chain"] = chain_latency.main()["rows"]
    except Exception as e:  # noqa: BLE001  (reported, not fatal)
        res["chain"] = f"{type(e).__name__}: {e}"
    harness.save_to_out("call_latency.json", res)
    return res


if __name__ == "__main__":
    if not torch.cuda.is_available():
        sys.exit("call_latency needs a CUDA GPU")
    main()
