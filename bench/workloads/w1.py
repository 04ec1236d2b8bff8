"""W1, the motivating recurrence: h = tanh(x[:, t] + h) over T steps (shared/ANCHORS.md's shapes)."""

from __future__ import annotations

import torch

from bench.workloads.base import Workload, randn


def w1(x_seq: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def _inputs(s, device, gen):
    return randn(gen, s["B"], s["T"], s["H"], scale=0.5, device=device), randn(
        gen, s["B"], s["H"], scale=0.5, device=device
    )


def _triton(first_args):
    from bench.baselines.triton_w1 import w1_triton

    return w1_triton


WORKLOAD = Workload(
    name="w1",
    title="W1 tanh recurrence",
    formula="h = tanh(x[:, t] + h)",
    fn=w1,
    shapes=[{"B": 64, "T": 512, "H": 1024}, {"B": 16, "T": 2048, "H": 256}, {"B": 8, "T": 256, "H": 128}],
    smoke_shapes=[{"B": 2, "T": 16, "H": 8}],
    inputs=_inputs,
    bytes=lambda s: 4 * (s["B"] * s["T"] * s["H"] + 2 * s["B"] * s["H"]),
    steps=lambda s: s["T"],
    chain={"add_tanh": 1},
    baselines={"Triton (hand-written)": _triton},
)
