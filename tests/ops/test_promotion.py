"""Type promotion against eager: tensor-tensor, tensor-0-d-tensor and tensor-Python-number, every dtype pair."""

from __future__ import annotations

import pytest
import torch
from op_db import ALL
from test_ops import check, rand

import jic

NAMES = [str(d).removeprefix("torch.") for d in ALL]


def ops(x, y):
    """Both operand orders: a 0-d tensor first or second."""
    return x + y, x < y, x / y, torch.maximum(x, y), y * x, y <= x, y / x


NAMES_OF = ("x + y", "x < y", "x / y", "maximum(x, y)", "y * x", "y <= x", "y / x")


def test_tensor_pairs(device: str) -> None:
    """One compiled function; each dtype pair and rank pair is a variant (the cache key)."""
    cf = jic.compile(ops, fullgraph=True, cache_limit=4 * len(ALL) ** 2)
    gen = torch.Generator().manual_seed(1)
    n = 0
    for a in ALL:
        for b in ALL:
            x, y, y0 = rand((3, 4), a, gen, device), rand((3, 4), b, gen, device), rand((), b, gen, device)
            for q, what in ((y, "2-d"), (y0, "0-d")):
                for out, ref, name in zip(cf(x, q), ops(x, q), NAMES_OF, strict=True):
                    check(out, ref, f"{name} with x {a} (2-d), y {b} ({what})")
                    n += 1
    assert n == 14 * len(ALL) ** 2
    assert cf.compile_count == 2 * len(ALL) ** 2


@pytest.mark.parametrize("number", [3, 2.5, True, -7], ids=["int", "float", "bool", "negative int"])
@pytest.mark.parametrize("dtype", ALL, ids=NAMES)
def test_tensor_and_python_number(dtype: torch.dtype, number, device: str) -> None:
    """A Python number in the code (a literal: it is a constant of the compiled function)."""
    scope = {"torch": torch}
    exec(f"def f(x):\n    return x * {number!r}, x + {number!r}, {number!r} / x, x > {number!r}\n", scope)  # noqa: S102
    f = scope["f"]
    cf = jic.compile(f, fullgraph=True)
    x = rand((5, 6), dtype, torch.Generator().manual_seed(2), device)
    for out, ref in zip(cf(x), f(x), strict=True):
        check(out, ref, f"{dtype} with {number!r}")
