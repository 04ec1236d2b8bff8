"""Small functions over the structured ops (reductions, softmax, matmul family, roll, transposes).

Module-level, so that the frontend sees plain globals; compiled in test_structured_ops.py.
"""

import math

import torch
import torch.nn.functional as F


def sum_dim1(x):
    return x.sum(1)


def sum_keep(x):
    return torch.sum(x, dim=-1, keepdim=True)


def sum_two_dims(x):
    return x.sum((0, 2))


def sum_all(x):
    return x.sum()


def mean_keep(x):
    return x.mean(-1, keepdim=True)


def mean_all(x):
    return torch.mean(x)


def amax_dims(x):
    return torch.amax(x, dim=(1, 2))


def amin_keep(x):
    return x.amin(0, keepdim=True)


def max_all(x):
    return x.max()


def max_dim(x):
    v, i = torch.max(x, 1)
    return v, i


def min_dim_fields(x):
    r = x.min(dim=-1, keepdim=True)
    return r.values, r.indices


def argmax_dim(x):
    return x.argmax(-1)


def argmin_all(x):
    return torch.argmin(x)


def argmax_keep(x):
    return x.argmax(dim=0, keepdim=True)


def prod_dim(x):
    return x.prod(1)


def norm_all(x):
    return x.norm()


def norm_p1(x):
    return torch.norm(x, p=1, dim=1)


def norm_inf_keep(x):
    return x.norm(p=math.inf, dim=-1, keepdim=True)


def var_dim(x):
    return x.var(1)


def var_biased_keep(x):
    return torch.var(x, dim=-1, unbiased=False, keepdim=True)


def var_correction(x):
    return x.var(dim=(0, 1), correction=2)


def std_all(x):
    return x.std()


def std_dim(x):
    return torch.std(x, 0, keepdim=True)


def logsumexp_dim(x):
    return torch.logsumexp(x, 1)


def logsumexp_keep(x):
    return x.logsumexp(dim=(0, 1), keepdim=True)


def softmax_last(x):
    return torch.softmax(x, -1)


def softmax_method(x):
    return x.softmax(0)


def log_softmax_f(x):
    return F.log_softmax(x, dim=1)


def layer_norm_by_hand(x, w, b):
    mu = x.mean(-1, keepdim=True)
    return (x - mu) / (x.std(-1, unbiased=False, keepdim=True) + 1e-5) * w + b


def matmul_op(a, b):
    return a @ b


def matmul_fn(a, b):
    return torch.matmul(a, b)


def mm_fn(a, b):
    return torch.mm(a, b)


def bmm_method(a, b):
    return a.bmm(b)


def addmm_fn(c, a, b):
    return torch.addmm(c, a, b, beta=0.5, alpha=2.0)


def linear_fn(x, w, b):
    return F.linear(x, w, b)


def linear_no_bias(x, w):
    return F.linear(x, w)


def matmul_then_tanh(a, b, c):
    return torch.tanh(a @ b + c)


def transposes(x):
    return x.T + x.transpose(0, 1) * 2 + x.t() + torch.transpose(x, -1, -2)


def permute_mt(x):
    return x.permute(2, 0, 1) + x.mT.permute((1, 0, 2))


def roll_one(x):
    return torch.roll(x, 2, 1)


def roll_two(x):
    return x.roll((1, -3), (0, 1))


def roll_big_shift(x):
    return torch.roll(x, shifts=-17, dims=-1)


def reduce_of_expression(x, y):
    return (torch.tanh(x) * y).sum(-1) + (x - y).amax(-1)


def scaled_normalize(x):
    # the row sum is read through a broadcasting divide: computed once per row, not per element
    return x / (x.sum(-1, keepdim=True) * 2 + 100)


def reduce_of_reduce(x):
    return x.sum(2).amax(1)


def roll_then_reduce(x):
    return (torch.roll(x, 1, -1) - x).norm(dim=-1)


def float64_mix(x, w):
    return torch.softmax(x @ w, -1).sum(0)


# ---------------------------------------------------------------- refused: eager runs (and raises torch's error)
def mm_of_3d(a, b):
    return torch.mm(a, b)


def max_of_two(a, b):
    return torch.max(a, b)


def roll_without_dims(x):
    return torch.roll(x, 1)


def sum_bad_dim(x):
    return x.sum(5)


def norm_p3(x):
    return x.norm(p=3)


def softmax_no_dim(x):
    return F.softmax(x)
