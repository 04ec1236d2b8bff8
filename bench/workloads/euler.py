"""Explicit Euler integration of the logistic equation dx/dt = r x (1 - x), one growth rate per element.

Nothing but the initial state and the rates is read: the time is the serial chain of 2000 steps, which is
why B*H is kept to about one wave of threads (more elements would make it FP32-throughput bound instead).
(A system of two coupled states, e.g. Van der Pol's, is not used: jic does not compile loops that carry
two tensors updated from each other yet.)
"""

from __future__ import annotations

import torch

from bench.workloads.base import Workload, rand


def logistic_euler(x: torch.Tensor, r: torch.Tensor, dt: float, steps: int) -> torch.Tensor:
    for _ in range(steps):
        x = x + dt * r * x * (1.0 - x)
    return x


def _inputs(s, device, gen):
    b, h = s["B"], s["H"]
    return (
        rand(gen, b, h, lo=0.01, hi=0.99, device=device),
        rand(gen, b, h, lo=0.5, hi=2.0, device=device),
        0.002,
        s["T"],
    )


WORKLOAD = Workload(
    name="euler",
    title="Euler ODE (logistic)",
    formula="x = x + dt * r * x * (1 - x)",
    fn=logistic_euler,
    shapes=[{"B": 32, "H": 1024, "T": 2000}],
    smoke_shapes=[{"B": 2, "H": 8, "T": 20}],
    inputs=_inputs,
    bytes=lambda s: 4 * 3 * s["B"] * s["H"],
    steps=lambda s: s["T"],
    # (dt r) * x and 1 - x side by side, their product, x + it: three dependent operations per step
    chain={"fma": 3},
)
