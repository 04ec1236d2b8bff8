"""Shape rules of the structured ops (jic/ir/structured_ops.py), for infer-shapes.

    jic.reduce  (x.0, x.1, x.2) over [1]        -> (x.0, x.2), or (x.0, 1, x.2) with keepdim
    jic.matmul  (a.0, a.1) @ (b.0, b.1)         -> (a.0, b.1);  host check a.1 == b.0
                (a.0, a.1, a.2) @ (b.0, b.1)    -> (a.0, a.1, b.1)  (batch dims broadcast, checked)
    jic.roll / jic.permute                      -> the input's shape / permuted

Reductions that have no identity (max, min, argmax, argmin) check on the host that the reduced
dims are not empty, as eager does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.ir import Operation
from xdsl.rewriter import Rewriter

from jic.errors import UnsupportedError
from jic.ir import structured_ops as S
from jic.ir import symdim
from jic.ir import tensor_ops as T
from jic.passes.shapes import loc_of, set_shape, shape_of, top_level_op

if TYPE_CHECKING:
    from jic.passes.infer_shapes import _FunctionShapes


def infer(fs: _FunctionShapes, op: Operation) -> None:
    if isinstance(op, S.ReduceOp):
        _reduce(fs, op)
    elif isinstance(op, S.MatmulOp):
        _matmul(fs, op)
    elif isinstance(op, S.RollOp):
        set_shape(op, shape_of(op.input))
    elif isinstance(op, S.PermuteOp):
        src = shape_of(op.input)
        set_shape(op, tuple(src[p] for p in op.permutation))


def hoist_size(fs: _FunctionShapes, op: T.DimOp) -> None:
    """`x.size(d)` inside a loop is the loop-invariant size of x's shape, computed before the loop
    (sizes never change from one step to the next: infer-shapes checks carried shapes)."""
    size = fs.dims.get(shape_of(op.source)[op.dim.value.data], top_level_op(op, fs.f))
    op.result.replace_all_uses_with(size)
    Rewriter.erase_op(op)


def _reduce(fs: _FunctionShapes, op: S.ReduceOp) -> None:
    src = shape_of(op.input)
    dims = op.reduced
    if op.keeps_dims:
        out = tuple(symdim.Const(1) if i in dims else d for i, d in enumerate(src))
    else:
        out = tuple(d for i, d in enumerate(src) if i not in dims)
    set_shape(op, out)
    if op.kind.data in ("max", "min", "argmax", "argmin"):
        top = top_level_op(op, fs.f)
        zero = fs.dims.get(symdim.Const(0), top)
        for d in dims:
            if src[d] == symdim.Const(1):
                continue
            msg = (
                f"{loc_of(op)}: {op.kind.data}: expected reduction dim {d} to have non-zero size, "
                f"got a tensor of size {src[d]} there"
            )
            fs.check(fs.cmp("sgt", fs.dims.get(src[d], top), zero, top), msg, top)


def _matmul(fs: _FunctionShapes, op: S.MatmulOp) -> None:
    a, b = shape_of(op.lhs), shape_of(op.rhs)
    top = top_level_op(op, fs.f)
    ka = a[-1]
    kb = b[-2] if len(b) >= 2 else b[-1]
    if ka != kb:
        msg = (
            f"{loc_of(op)}: matmul: expected the lhs's last size ({ka}) to equal the rhs's "
            f"{'second-to-last' if len(b) >= 2 else 'only'} size ({kb})"
        )
        fs.check(fs.cmp("eq", fs.dims.get(ka, top, msg), fs.dims.get(kb, top, msg), top), msg, top)
    rows = a[:-1]  # (..., n) or () for a 1-d lhs
    cols = b[-1:] if len(b) >= 2 else ()
    batch_a, n = (rows[:-1], rows[-1:]) if len(a) >= 2 else ((), ())
    batch_b = b[:-2] if len(b) >= 2 else ()
    try:
        batch = symdim.broadcast_shapes(batch_a, batch_b)
    except ValueError as e:
        raise UnsupportedError(f"matmul ({loc_of(op)})", str(e)) from None
    msg = f"{loc_of(op)}: matmul: the batch sizes {batch_a} and {batch_b} cannot be broadcast"
    for d in batch:
        if isinstance(d, symdim.Bcast):
            fs.dims.get(d, top, msg)
    set_shape(op, (*batch, *n, *cols))
