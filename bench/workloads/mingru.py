"""A minimal GRU (minGRU): the gate and the candidate come from precomputed input projections.

z = sigmoid(zx[:, t]);  h = h + z * (cx[:, t] - h)     ( = (1 - z) h + z c )
"""

from __future__ import annotations

import torch

from bench.workloads.base import Workload, randn


def min_gru(z_seq: torch.Tensor, c_seq: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
    for t in range(z_seq.size(1)):
        z = torch.sigmoid(z_seq[:, t])
        h = h + z * (c_seq[:, t] - h)
    return h


def _inputs(s, device, gen):
    b, t, h = s["B"], s["T"], s["H"]
    return randn(gen, b, t, h, device=device), randn(gen, b, t, h, device=device), randn(gen, b, h, device=device)


WORKLOAD = Workload(
    name="mingru",
    title="minimal GRU",
    formula="z = sigmoid(zx[:, t]); h = h + z * (cx[:, t] - h)",
    fn=min_gru,
    shapes=[{"B": 16, "T": 1024, "H": 1024}],
    smoke_shapes=[{"B": 2, "T": 16, "H": 8}],
    inputs=_inputs,
    bytes=lambda s: 4 * (2 * s["B"] * s["T"] * s["H"] + 2 * s["B"] * s["H"]),
    steps=lambda s: s["T"],
    # the gate depends only on the input; cx - h and the multiply-add are on the chain
    chain={"fma": 2},
)
