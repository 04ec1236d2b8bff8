"""The test corpus: small functions people write, each compiled in tests and compared with eager.

Module-level (no closures), so that the frontend sees plain globals.
"""

import torch


def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def cell_method(x_seq, h):
    for t in range(x_seq.size(1)):
        h = (x_seq[:, t] + h).tanh()
    return h


def cell_shape(x_seq, h):
    for t in range(x_seq.shape[1]):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def cell_n(x_seq, h, n):
    for t in range(n):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def cell_bias(x_seq, h, b):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h + b)
    return h


def ema(x, s, alpha):
    for t in range(x.size(1)):
        s = alpha * x[:, t] + (1 - alpha) * s
    return s


def ema_pair(x, s, alpha):
    for t in range(x.size(1)):
        s = alpha * x[:, t] + (1 - alpha) * s
    return s, s * 2


def sig_cell(x, h):
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] * 0.5 - h)
    return h


def relu_exp_cell(x, h):
    for t in range(x.size(1)):
        h = torch.relu(x[:, t]) + torch.exp(-h)
    return h


def div_cell(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] / 2.0 + h * 0.5 - 0.1)
    return h


def sig_cell_int(x, h):
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] - h)
    return h


def div_cell_int(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] / 2 + h * 3 - 1)
    return h


def exp_method_cell(x, h):
    for t in range(x.size(1)):
        h = (x[:, t] - h).relu() + (-h).exp().sigmoid()
    return h


def cell_rank1(x, h):
    for t in range(x.size(0)):
        h = torch.tanh(x[t] + h)
    return h


def cell_rank3(x, h):
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] - h)
    return h


def scaled(x, h, k):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] * k + h / k)
    return h


def last_step(x, h):
    for t in range(x.size(1)):
        h = h + x[:, -1]
    return h


def two_states(x, h, c):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        c = c * 2
    return h, c


def two_loops(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
    g = h * 0.5
    for t in range(x.size(1)):
        g = torch.sigmoid(x[:, t] - g + h)
    return g


def chain(x, y):
    return torch.tanh(x) * 2 + y, x


def same_twice(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
    return h, h


def reassigned_constant(x, h):
    k = 2
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] * k + h)
        k = 2
    return h


def reused_loop_variable(x, h):
    t = 0
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
    return h * t


ALL = [
    cell,
    cell_method,
    cell_shape,
    cell_n,
    cell_bias,
    ema,
    ema_pair,
    sig_cell,
    relu_exp_cell,
    div_cell,
    sig_cell_int,
    div_cell_int,
    exp_method_cell,
    cell_rank1,
    cell_rank3,
    scaled,
    last_step,
    two_states,
    two_loops,
    chain,
    same_twice,
    reassigned_constant,
    reused_loop_variable,
]
