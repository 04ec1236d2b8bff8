"""Elman RNN cell with weights: h = tanh(x[:, t] @ W_ih + h @ W_hh + b) (weights stored input-major)."""

from __future__ import annotations

import math

import torch

from bench.workloads.base import Workload, rand, randn


def elman(x_seq: torch.Tensor, h: torch.Tensor, w_ih: torch.Tensor, w_hh: torch.Tensor, b: torch.Tensor):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] @ w_ih + h @ w_hh + b)
    return h


def _inputs(s, device, gen):
    b, t, i, h = s["B"], s["T"], s["I"], s["H"]
    k = 1 / math.sqrt(h)  # nn.RNN's initialization
    return (
        randn(gen, b, t, i, device=device),
        randn(gen, b, h, scale=0.5, device=device),
        rand(gen, i, h, lo=-k, hi=k, device=device),
        rand(gen, h, h, lo=-k, hi=k, device=device),
        rand(gen, h, lo=-k, hi=k, device=device),
    )


def _cudnn(first_args):
    from bench.baselines.cudnn import elman_cudnn

    return elman_cudnn(first_args)


SHAPE = {"B": 64, "T": 256, "I": 256, "H": 256}

WORKLOAD = Workload(
    name="elman",
    title="Elman RNN (weights)",
    formula="h = tanh(x[:, t] @ W_ih + h @ W_hh + b)",
    fn=elman,
    shapes=[SHAPE],
    smoke_shapes=[{"B": 2, "T": 8, "I": 4, "H": 8}],
    inputs=_inputs,
    bytes=lambda s: 4 * (s["B"] * s["T"] * s["I"] + (s["I"] + s["H"] + 1) * s["H"] + 2 * s["B"] * s["H"]),
    steps=lambda s: s["T"],
    chain=None,  # a dependent (B x H) @ (H x H) per step: not modelled
    flops=lambda s: 2.0 * s["B"] * s["T"] * (s["I"] + s["H"]) * s["H"],
    tol=2e-3,
    shared_args=(2, 3, 4),
    baselines={"cuDNN nn.RNN": _cudnn},
)
