"""LSTM cell with weights, gate by gate as in nn.LSTM's equations (i, f, g, o).

The weights are stacked per gate, w_ih[k] of shape (I, H) and w_hh[k] of shape (H, H), so that each gate
is its own product: jic does not compile `gates.chunk(4, 1)` or slices with run-time bounds yet. Every
system runs this same formulation; cuDNN gets the same weights concatenated, as nn.LSTM stores them.
"""

from __future__ import annotations

import math

import torch

from bench.workloads.base import Workload, rand, randn


def lstm(x_seq, h, c, w_ih, w_hh, b):
    for t in range(x_seq.size(1)):
        x = x_seq[:, t]
        i = torch.sigmoid(x @ w_ih[0] + h @ w_hh[0] + b[0])
        f = torch.sigmoid(x @ w_ih[1] + h @ w_hh[1] + b[1])
        g = torch.tanh(x @ w_ih[2] + h @ w_hh[2] + b[2])
        o = torch.sigmoid(x @ w_ih[3] + h @ w_hh[3] + b[3])
        c = f * c + i * g
        h = o * torch.tanh(c)
    return h, c


def _inputs(s, device, gen):
    b, t, i, h = s["B"], s["T"], s["I"], s["H"]
    k = 1 / math.sqrt(h)
    return (
        randn(gen, b, t, i, device=device),
        randn(gen, b, h, scale=0.5, device=device),
        randn(gen, b, h, scale=0.5, device=device),
        rand(gen, 4, i, h, lo=-k, hi=k, device=device),
        rand(gen, 4, h, h, lo=-k, hi=k, device=device),
        rand(gen, 4, h, lo=-k, hi=k, device=device),
    )


def _cudnn(first_args):
    from bench.baselines.cudnn import lstm_cudnn

    return lstm_cudnn(first_args)


WORKLOAD = Workload(
    name="lstm",
    title="LSTM (weights)",
    formula="i,f,g,o = act(x[:, t] @ W_i[k] + h @ W_h[k] + b[k]); c = f*c + i*g; h = o*tanh(c)",
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
