"""The serial-chain bound: how long one step of a dependent chain takes on this GPU.

A recurrence cannot run faster than T times the latency of the operations on its critical path (each step
needs the previous step's result), however many threads there are. We measure those latencies with a
microbenchmark: one warp runs a long chain of dependent operations held in registers (no memory traffic
inside the loop), 8 per loop iteration so the loop's own cost is amortized; the time of a long chain
minus a short one, over the number of extra operations, is the latency of one.

Units (each workload states how many of each lie on its per-step critical path):
  fma      one dependent float32 multiply-add (also an add, a compare, a select)
  add_tanh one add followed by a tanh as accurate as eager's (W1's step): the fastest measured of libdevice's
           tanhf through Triton and through jic's own NVPTX path (bench/chain_latency.py); both are reported.
           The special-function unit's tanh.approx.f32 is measured and reported too, but it is not a floor for
           a function that must give eager's results: it is about 134 ulp off (eager's tanh: 1.8 ulp).
"""

from __future__ import annotations

import torch

# measured chains: (name, the kernel's OP)
CHAINS = (("fma", 0), ("add_tanh libdevice (Triton)", 1), ("add_tanh tanh.approx (Triton)", 2))


def measure(device: torch.device) -> dict[str, float]:
    """Latency of each measured chain and each unit in seconds; empty without a CUDA device."""
    if device.type != "cuda":
        return {}
    lat = _triton_chains(device)
    lat.update(_ptx_chains(device))
    accurate = [v for k, v in lat.items() if k.startswith("add_tanh libdevice")]
    if accurate:
        lat["add_tanh"] = min(accurate)
    return lat


def _triton_chains(device: torch.device) -> dict[str, float]:
    try:
        from bench.chain_kernel import chain_kernel
    except ImportError:
        return {}

    from bench.harness import median_us

    x = torch.rand(64, device=device) * 0.5
    out = torch.empty(32, device=device)
    short, long_ = 100, 20100
    lat = {}
    for name, op in CHAINS:

        def run(n: int, op: int = op) -> None:
            chain_kernel[(1,)](x, out, n, OP=op, num_warps=1)

        try:
            t_short, _ = median_us(run, [(short,)], device, seconds=0.05, min_reps=5, max_reps=20)
            t_long, _ = median_us(run, [(long_,)], device, seconds=0.2, min_reps=5, max_reps=20)
        except Exception as e:
            print(f"chain {name!r} not measured: {type(e).__name__}: {e}", flush=True)
            continue
        lat[name] = (t_long - t_short) * 1e-6 / ((long_ - short) * 8)
    return lat


def _ptx_chains(device: torch.device) -> dict[str, float]:
    """The same chains as jic emits them (LLVM IR -> PTX, bench/chain_latency.py): seconds per step."""
    try:
        from bench import chain_latency as cl

        mod = cl.build()
        out = {}
        for name, key in (("libdevice", "add_tanh libdevice (jic PTX)"), ("approx", "add_tanh tanh.approx (jic PTX)")):
            us0, _ = cl.time_chain(mod, name, 1024)
            us1, _ = cl.time_chain(mod, name, 9216)
            out[key] = (us1 - us0) * 1e-6 / (9216 - 1024)
        return out
    except Exception as e:  # noqa: BLE001  (a chain that does not build here is left unmeasured)
        print(f"PTX chains not measured: {type(e).__name__}: {e}", flush=True)
        return {}


def bound(steps: int, chain: dict[str, int] | None, latency: dict[str, float]) -> float | None:
    """Seconds for `steps` steps of the per-step chain, or None when not modelled or not measured."""
    if not chain or not latency or any(u not in latency for u in chain):
        return None
    return steps * sum(n * latency[u] for u, n in chain.items())
