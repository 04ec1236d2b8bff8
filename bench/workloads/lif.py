"""Leaky integrate-and-fire neurons: leak, integrate the input current, spike at the threshold, reset.

    v = decay * v + I[:, t]         (decay = exp(-dt / tau), resting potential 0)
    s = (v >= v_th) as 0.0 / 1.0    (the spike)
    n = n + s                       (spike count)
    v = v - s * (v - v_reset)       (reset where it spiked)

The spike is a step function, so a float32 run flips a spike wherever v lands within rounding of the
threshold: the check counts the neurons whose spike count or final potential differ from float64.
"""

from __future__ import annotations

import torch

from bench.workloads.base import Workload, rand, randn

MISMATCH_TOL = 1e-3  # fraction of neurons
V_ATOL = 1e-3


def lif(i_seq: torch.Tensor, v: torch.Tensor, n: torch.Tensor, decay: float, v_th: float, v_reset: float):
    for t in range(i_seq.size(1)):
        v = decay * v + i_seq[:, t]
        s = (v >= v_th).to(v.dtype)
        n = n + s
        v = v - s * (v - v_reset)
    return v, n


def _inputs(s, device, gen):
    b, t, h = s["B"], s["T"], s["H"]
    current = rand(gen, b, t, h, lo=0.0, hi=0.3, device=device)  # mean drive 0.15: fires every ~10 steps
    v0 = randn(gen, b, h, scale=0.3, device=device)
    n0 = torch.randint(0, 5, (b, h), generator=gen).float().to(device)  # counts from an earlier window
    return current, v0, n0, 0.9, 1.0, 0.0


def _check(out, ref) -> tuple[float, bool]:
    v, n = (o.double().to(ref[0].device) for o in out)
    v_ref, n_ref = ref
    bad = (n != n_ref) | ((v - v_ref).abs() > V_ATOL)
    frac = bad.double().mean().item()
    return frac, frac <= MISMATCH_TOL


WORKLOAD = Workload(
    name="lif",
    title="leaky integrate-and-fire",
    formula="v = d*v + I[:, t]; s = (v >= th); n += s; v -= s*(v - v_r)",
    fn=lif,
    shapes=[{"B": 8, "T": 1024, "H": 4096}],
    smoke_shapes=[{"B": 2, "T": 16, "H": 8}],
    inputs=_inputs,
    bytes=lambda s: 4 * (s["B"] * s["T"] * s["H"] + 4 * s["B"] * s["H"]),
    steps=lambda s: s["T"],
    # multiply-add, compare, select-like reset: three dependent operations on v per step
    chain={"fma": 3},
    check=_check,
    check_text=f"neurons whose spike count differs or |v - v_ref| > {V_ATOL:g}: at most {MISMATCH_TOL:.1%}",
)
