"""Explicit Euler integration of a batch of Van der Pol oscillators (many steps of elementwise math).

    x' = y,  y' = mu (1 - x^2) y - x

Two coupled states, nothing read per step: the time is the serial chain of 2000 steps, which is why B*H
is kept to about one wave of threads (more oscillators would make it FP32-throughput bound instead).
"""

from __future__ import annotations

import torch

from bench.workloads.base import Workload, randn


def van_der_pol(x: torch.Tensor, y: torch.Tensor, mu: float, dt: float, steps: int):
    for _ in range(steps):
        dy = mu * (1.0 - x * x) * y - x
        x = x + dt * y
        y = y + dt * dy
    return x, y


def _inputs(s, device, gen):
    b, h = s["B"], s["H"]
    return randn(gen, b, h, device=device), randn(gen, b, h, device=device), 1.5, 0.005, s["T"]


WORKLOAD = Workload(
    name="euler",
    title="Euler ODE (Van der Pol)",
    formula="dy = mu*(1 - x*x)*y - x; x += dt*y; y += dt*dy",
    fn=van_der_pol,
    shapes=[{"B": 32, "H": 1024, "T": 2000}],
    smoke_shapes=[{"B": 2, "H": 8, "T": 20}],
    inputs=_inputs,
    bytes=lambda s: 4 * 4 * s["B"] * s["H"],
    steps=lambda s: s["T"],
    # x*x, 1 - ., mu * . * y (two), . - x, y + dt * .: about four dependent multiply-adds once contracted
    chain={"fma": 4},
)
