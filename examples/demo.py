"""jic demo: compile a recurrent cell (a Python loop over time steps) into
one kernel, check it against eager PyTorch, and time both.

Run with `make demo`. Uses the CUDA target when a GPU is present, otherwise
the CPU target (llvmlite JIT).
"""

import statistics
import sys
import time

import torch

import jic


@jic.compile
def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def eager_cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def check(name, out, ref):
    max_abs = (out - ref).abs().max().item()
    rel = (torch.linalg.norm(out - ref) / torch.linalg.norm(ref)).item()
    ok = rel <= 1e-5
    print(f"{name}: max abs err {max_abs:.3e}, rel err {rel:.3e} -> {'OK' if ok else 'MISMATCH'}")
    return ok


def time_cuda(fn, *args, warmup=3, reps=20):
    for _ in range(warmup):
        fn(*args)
    torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        start = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        start.record()
        fn(*args)
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end) * 1e3)  # ms -> us
    return statistics.median(times)


def time_cpu(fn, *args, warmup=1, reps=5):
    for _ in range(warmup):
        fn(*args)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(*args)
        times.append((time.perf_counter() - t0) * 1e6)  # s -> us
    return statistics.median(times)


def main():
    if torch.cuda.is_available():
        device = "cuda"
        B, T, H = 64, 512, 1024
        print(f"target: cuda ({torch.cuda.get_device_name()})")
    else:
        device = "cpu"
        B, T, H = 8, 64, 128
        print("target: cpu (llvmlite JIT)")
    print(f"shapes: B={B}, T={T}, H={H}")

    torch.manual_seed(0)
    x = torch.randn(B, T, H, device=device) * 0.5
    h = torch.randn(B, H, device=device) * 0.5

    ok = check(f"T={T}", cell(x, h), eager_cell(x, h))

    x2 = x[:, : T // 2].contiguous()
    ok = check(f"T={T // 2}", cell(x2, h), eager_cell(x2, h)) and ok

    if not ok:
        print("MISMATCH")
        return 1

    timer = time_cuda if device == "cuda" else time_cpu
    t_jic = timer(cell, x, h)
    t_eager = timer(eager_cell, x, h)
    print(f"jic: {t_jic:.1f} us, eager: {t_eager:.1f} us, speed-up {t_eager / t_jic:.2f}x")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
