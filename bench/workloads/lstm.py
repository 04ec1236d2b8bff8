"""LSTM cell with weights (gates i, f, g, o as in nn.LSTM; weights stored input-major)."""

from __future__ import annotations

import math

import torch

from bench.workloads.base import Workload, rand, randn


def lstm(x_seq, h, c, w_ih, w_hh, b):
    for t in range(x_seq.size(1)):
        gates = x_seq[:, t] @ w_ih + h @ w_hh + b
        i, f, g, o = gates.chunk(4, 1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
    return h, c


def _inputs(s, device, gen):
    b, t, i, h = s["B"], s["T"], s["I"], s["H"]
    k = 1 / math.sqrt(h)
    return (
        randn(gen, b, t, i, device=device),
        randn(gen, b, h, scale=0.5, device=device),
        randn(gen, b, h, scale=0.5, device=device),
        rand(gen, i, 4 * h, lo=-k, hi=k, device=device),
        rand(gen, h, 4 * h, lo=-k, hi=k, device=device),
        rand(gen, 4 * h, lo=-k, hi=k, device=device),
    )


def _cudnn(first_args):
    from bench.baselines.cudnn import lstm_cudnn

    return lstm_cudnn(first_args)


WORKLOAD = Workload(
    name="lstm",
    title="LSTM (weights)",
    formula="g = x[:, t] @ W_ih + h @ W_hh + b; i,f,g,o = g.chunk(4); c = ...; h = ...",
    fn=lstm,
    shapes=[{"B": 64, "T": 256, "I": 256, "H": 256}],
    smoke_shapes=[{"B": 2, "T": 8, "I": 4, "H": 8}],
    inputs=_inputs,
    bytes=lambda s: 4 * (s["B"] * s["T"] * s["I"] + (s["I"] + s["H"] + 1) * 4 * s["H"] + 4 * s["B"] * s["H"]),
    steps=lambda s: s["T"],
    chain=None,
    flops=lambda s: 2.0 * s["B"] * s["T"] * (s["I"] + s["H"]) * 4 * s["H"],
    tol=2e-3,
    shared_args=(3, 4, 5),
    baselines={"cuDNN nn.LSTM": _cudnn},
)
