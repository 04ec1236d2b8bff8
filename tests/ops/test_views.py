"""Views and indexing against eager: each made by the host, then read in place by a kernel.

Every case is compiled once per dtype and fed inputs of three layouts
(contiguous, permuted, sliced with steps); the compiled function returns the
view itself and the view times 3 (a kernel that reads it through its strides).
"""

from __future__ import annotations

import linecache
import zlib

import pytest
import torch
from op_db import BF16, BOOL, F32, I64
from test_ops import check, rand

import jic

VIEWS = [
    "x.permute(2, 0, 1)",
    "torch.permute(x, (1, 2, 0))",
    "x.transpose(0, 2)",
    "torch.swapaxes(x, 0, 1)",
    "x[0].t()",
    "x[0].T",
    "x.mT",
    "x.unsqueeze(1)",
    "torch.unsqueeze(x, -1)",
    "x[:, :1].squeeze(1)",
    "x.expand(3, 4, 6, 5)",
    "x[:, :1].expand(-1, 6, -1)",
    "x[:, :1].expand(x.size(0), 6, x.shape[2])",
    "x[:, 2:3].expand_as(x)",
    "x.reshape(4, -1)",
    "torch.reshape(x, (-1,))",
    "x.reshape(x.size(0) * 2, 3, x.size(2))",
    "x.flatten()",
    "x.flatten(1)",
    "torch.flatten(x, 0, 1)",
    "x.narrow(1, 1, 3)",
    "torch.narrow(x, 2, -2, 2)",
    "x.flip(0)",
    "torch.flip(x, (0, 2))",
    "x[1:, ::2, -3:]",
    "x[:, 1:-1:3]",
    "x[..., 1]",
    "x[None, :, -1]",
    "x[-1]",
    "x[1, 2]",
    "torch.select(x, 1, 2)",
    "x.chunk(2, 1)[1]",
    "torch.chunk(x, 3, 2)[0]",
    "x.split((2, 4), 1)[1]",
]
DTYPES = (F32, BF16, I64, BOOL)


def make(expr: str):
    src = f"def f(x):\n    v = {expr}\n    return v, v * 3\n"
    filename = f"<view {expr}>"
    linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
    scope = {"torch": torch}
    exec(compile(src, filename, "exec"), scope)  # noqa: S102
    return scope["f"]


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: str(d).removeprefix("torch."))
@pytest.mark.parametrize("expr", VIEWS)
def test_view(expr: str, dtype: torch.dtype, device: str) -> None:
    gen = torch.Generator().manual_seed(zlib.crc32(f"{expr} {dtype}".encode()))
    fn = make(expr)
    cf = jic.compile(fn, fullgraph=True)
    inputs = {
        "contiguous": rand((4, 6, 5), dtype, gen, device),
        "permuted": rand((5, 6, 4), dtype, gen, device).permute(2, 1, 0),
        "sliced": rand((8, 6, 10), dtype, gen, device)[::2, :, ::2],
    }
    for layout, x in inputs.items():
        for i, (out, ref) in enumerate(zip(cf(x), fn(x), strict=True)):
            check(out, ref, f"{layout} {'view' if i == 0 else 'view * 3'}")
    assert cf.compile_count == 1


def test_a_view_inside_a_loop_is_made_once_before_it(device: str) -> None:
    def f(xs, w):
        h = torch.zeros_like(xs[0])
        for t in range(xs.size(0)):
            h = torch.tanh(xs[t] + h * w.reshape(3, 4))
        return h

    xs, w = torch.randn(7, 3, 4, device=device), torch.randn(4, 3, device=device)
    cf = jic.compile(f, fullgraph=True)
    check(cf(xs, w), f(xs, w), "loop")
    assert "jic.view" in cf.stages(xs, w)["hoist-invariant-scalars"].split("scf.for")[0]


def test_squeeze_of_a_dim_that_is_not_1_runs_eagerly(device: str) -> None:
    def f(x):
        return x.squeeze(1) * 2

    cf = jic.compile(f)
    x = torch.randn(3, 1, 4, device=device)
    check(cf(x), f(x), "size 1")
    y = torch.randn(3, 2, 4, device=device)
    with pytest.warns(UserWarning, match="squeeze"):
        check(cf(y), f(y), "size 2")
