"""Recurrences people write by hand, compiled in tests/kernels and compared with eager.

Module-level (no closures), so that the frontend sees plain globals. GRU and LSTM take one
weight matrix per gate (the chunk()ed form needs tensor slicing from the ops table).
"""

import torch
import torch.nn.functional as F


def elman(x, h, W_ih, W_hh, b):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] @ W_ih.T + h @ W_hh.T + b)
    return h


def elman_linear(x, h, W_ih, b_ih, W_hh, b_hh):
    for t in range(x.size(1)):
        h = torch.tanh(F.linear(x[:, t], W_ih, b_ih) + F.linear(h, W_hh, b_hh))
    return h


def elman_time_major(x, h, W_ih, W_hh, b):
    for t in range(x.size(0)):
        h = torch.tanh(x[t] @ W_ih.T + h @ W_hh.T + b)
    return h


def gru(x, h, W_ir, W_iz, W_in, W_hr, W_hz, W_hn, b_ir, b_iz, b_in, b_hr, b_hz, b_hn):
    for t in range(x.size(1)):
        xt = x[:, t]
        r = torch.sigmoid(xt @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
        z = torch.sigmoid(xt @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
        n = torch.tanh(xt @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
        h = (1 - z) * n + z * h
    return h


def lstm(x, h, c, W_ii, W_if, W_ig, W_io, W_hi, W_hf, W_hg, W_ho, b_i, b_f, b_g, b_o):
    for t in range(x.size(1)):
        xt = x[:, t]
        i = torch.sigmoid(xt @ W_ii.T + h @ W_hi.T + b_i)
        f = torch.sigmoid(xt @ W_if.T + h @ W_hf.T + b_f)
        g = torch.tanh(xt @ W_ig.T + h @ W_hg.T + b_g)
        o = torch.sigmoid(xt @ W_io.T + h @ W_ho.T + b_o)
        c = f * c + i * g
        h = o * torch.tanh(c)
    return h, c


def heat(u, k, steps: int):
    for t in range(steps):
        u = u + k * (torch.roll(u, 1, -1) - 2 * u + torch.roll(u, -1, -1))
    return u


def heat_2d(u, k, steps: int):
    for t in range(steps):
        lap = torch.roll(u, 1, 0) + torch.roll(u, -1, 0) + torch.roll(u, 1, 1) + torch.roll(u, -1, 1) - 4 * u
        u = u + k * lap
    return u


def w1_time_major(x, h):
    for t in range(x.size(0)):
        h = torch.tanh(x[t] + h)
    return h


def input_projection(x, h, W):
    # the state stays elementwise: after the product leaves the loop, one thread per element
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] @ W + h)
    return h


def row_max_accumulate(x, acc):
    # reductions of the inputs only: the state (B,) is free, each thread reduces its row per step
    for t in range(x.size(1)):
        acc = acc + x[:, t].amax(-1) - x[:, t].mean(-1)
    return acc


def centered_cell(x, h):
    # a per-step row reduction of the state: coupled along H, a host loop of fused kernels
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h - h.mean(-1, keepdim=True))
    return h


def softmax_cell(x, h):
    for t in range(x.size(1)):
        h = torch.softmax(x[:, t] + h, -1)
    return h


def state_and_row_sums(x, h, s):
    # two states of different shapes: the row sums of h accumulate in s
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        s = s + h.sum(-1)
    return h, s


def first_row_feedback(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h[0])
    return h


def transposed_state(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h.T)
    return h


def batch_reduction_of_state(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h.sum(0))
    return h
