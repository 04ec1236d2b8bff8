"""Exponential moving average of a sequence: h = alpha * x[:, t] + (1 - alpha) * h."""

from __future__ import annotations

import torch

from bench.workloads.base import Workload, randn


def ema(x_seq: torch.Tensor, h: torch.Tensor, alpha: float) -> torch.Tensor:
    for t in range(x_seq.size(1)):
        h = alpha * x_seq[:, t] + (1.0 - alpha) * h
    return h


def _inputs(s, device, gen):
    return randn(gen, s["B"], s["T"], s["H"], device=device), randn(gen, s["B"], s["H"], device=device), 0.05


WORKLOAD = Workload(
    name="ema",
    title="exponential moving average",
    formula="h = a * x[:, t] + (1 - a) * h",
    fn=ema,
    shapes=[{"B": 32, "T": 1024, "H": 1024}],
    smoke_shapes=[{"B": 2, "T": 16, "H": 8}],
    inputs=_inputs,
    bytes=lambda s: 4 * (s["B"] * s["T"] * s["H"] + 2 * s["B"] * s["H"]),
    steps=lambda s: s["T"],
    # a * x[:, t] does not depend on h: one multiply-add per step is on the chain
    chain={"fma": 1},
)
