"""A compiled function returns Python numbers as eager does: an int, float or bool the host computed (a step
count, a flag), next to its tensors."""

from __future__ import annotations

import pytest
import torch

import jic
from conftest import assert_close


def counts_steps(x, h, k: int):
    n = 0
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        n += 2
        if t >= k:
            break
    return h, n


def flags(x, h, k: int):
    return h * 2.0, k > 3, k * 0.5


@pytest.mark.parametrize(("fn", "k"), [(counts_steps, 2), (counts_steps, 10), (flags, 5), (flags, 1)])
def test_numbers_are_returned_as_eager_returns_them(device, fn, k):
    x, h = torch.randn(3, 6, 4, device=device), torch.randn(3, 4, device=device)
    out, *nums = jic.compile(fn, fullgraph=True)(x, h, k)
    ref, *ref_nums = fn(x, h, k)
    assert_close(out, ref)
    assert nums == ref_nums and [type(v) for v in nums] == [type(v) for v in ref_nums]
