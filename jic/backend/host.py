"""The host program: the lowered `func.func` run as a flat list of Python steps.

After the passes, the host function holds only size arithmetic, shape checks
and `jic.launch` ops. It is turned once, at compile time, into a list of small
closures over a register file; a call runs them in order. Anything else left
on the host (a loop that could not be fused, say) is refused here, at compile
time, with the op's source location.
"""

from __future__ import annotations

import ctypes
import math as pymath
import operator
from collections.abc import Callable
from typing import Any

import torch
from xdsl.dialects import arith, cf, func
from xdsl.dialects import math as xmath
from xdsl.dialects.builtin import TensorType, f32, f64
from xdsl.ir import Operation, SSAValue

from jic.backend import host_steps
from jic.errors import ShapeError, UnsupportedError
from jic.ir import dtypes
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import BroadcastDimOp, LaunchOp

Step = Callable[[list[Any]], None]


class SizeLimitation(UnsupportedError):
    """Sizes eager PyTorch accepts but this compiled variant cannot run (found at call time)."""

    def __init__(self, msg: str):
        super().__init__("these argument sizes", msg)


_CMPI = {
    "eq": operator.eq,
    "ne": operator.ne,
    "slt": operator.lt,
    "sle": operator.le,
    "sgt": operator.gt,
    "sge": operator.ge,
    "ult": operator.lt,
    "ule": operator.le,
    "ugt": operator.gt,
    "uge": operator.ge,
}


def _divsi(a: int, b: int) -> int:
    """arith.divsi: division rounding toward zero (C), not Python's floor."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


_ARITH: dict[type, Callable[[Any, Any], Any]] = {
    arith.DivSIOp: _divsi,
    arith.DivUIOp: operator.floordiv,
    arith.AddiOp: operator.add,
    arith.SubiOp: operator.sub,
    arith.MuliOp: operator.mul,
    arith.AndIOp: operator.and_,
    arith.OrIOp: operator.or_,
    arith.XOrIOp: operator.xor,
    arith.AddfOp: operator.add,
    arith.SubfOp: operator.sub,
    arith.MulfOp: operator.mul,
    arith.DivfOp: operator.truediv,
    arith.RemSIOp: lambda a, b: a - b * _divsi(a, b),  # C remainder (sign of a)
}

_UNARY: dict[type, Callable[[Any], Any]] = {
    arith.IndexCastOp: int,
    arith.SIToFPOp: float,
    arith.ExtFOp: float,
    arith.TruncFOp: lambda v: ctypes.c_float(v).value,  # rounds to float32, as on the device
    arith.NegfOp: operator.neg,
    xmath.ExpOp: pymath.exp,
    xmath.TanhOp: pymath.tanh,
    xmath.SqrtOp: pymath.sqrt,
    xmath.LogOp: pymath.log,
    xmath.SinOp: pymath.sin,
    xmath.CosOp: pymath.cos,
}

_CMPF = {"olt": operator.lt, "ole": operator.le, "ogt": operator.gt, "oge": operator.ge, "oeq": operator.eq}


def _ctype(t: Any) -> type:
    if t == f64:
        return ctypes.c_double
    if t == f32:
        return ctypes.c_float
    return ctypes.c_int64


class KernelLauncher:
    """Calls one kernel of a compiled module: allocates outputs, packs arguments, launches."""

    def __init__(self, op: LaunchOp, target: Any):
        self.name = op.kernel.nested_references.data[-1].data
        self.target = target
        self.n_tensors = sum(1 for a in op.args if isinstance(a.type, TensorType))
        self.scalar_ctypes = [_ctype(a.type) for a in op.args if not isinstance(a.type, TensorType)]
        self.out_dtypes = [dtypes.torch_dtype(r.type) for r in op.outputs]
        lanes = op.attributes.get("jic.lanes")  # threads per element (a warp for reductions on the GPU)
        self.lanes = lanes.value.data if lanes is not None else 1  # type: ignore[attr-defined]

    def __call__(self, sizes: list[int], args: list[Any]) -> list[torch.Tensor]:
        tensors = args[: self.n_tensors]
        device = tensors[0].device if tensors else torch.device("cpu")
        outs = [torch.empty(sizes, dtype=dt, device=device) for dt in self.out_dtypes]
        n = 1
        for s in sizes:
            n *= s
        if n == 0:
            return outs
        params: list[Any] = []
        for t in (*tensors, *outs):
            params.append(ctypes.c_void_p(t.data_ptr()))
            params.extend(ctypes.c_int64(0 if sz == 1 else st) for sz, st in zip(t.shape, t.stride()))
        params.extend(ctypes.c_int64(s) for s in sizes)
        params.extend(ct(v) for ct, v in zip(self.scalar_ctypes, args[self.n_tensors :]))
        self.target.launch(self.name, device, n * self.lanes, params)
        return outs


class HostProgram:
    def __init__(self, f: func.FuncOp, target: Any):
        self.f = f
        regs: dict[SSAValue, int] = {}
        for a in f.body.block.args:
            regs[a] = len(regs)
        self.n_args = len(regs)
        self.steps: list[Step] = []
        for op in f.body.block.ops:
            for r in op.results:
                regs[r] = len(regs)
            self.steps.append(self._step(op, regs, target))
        self.n_regs = len(regs)

    def _step(self, op: Operation, regs: dict[SSAValue, int], target: Any) -> Step:  # noqa: C901
        ins = [regs[o] for o in op.operands]
        out = regs[op.results[0]] if op.results else -1
        if isinstance(op, T.DimOp):
            (s,) = ins
            d = op.dim.value.data

            def dim(r: list[Any]) -> None:
                r[out] = r[s].shape[d]

            return dim
        if isinstance(op, arith.ConstantOp):
            value = op.value.value.data  # type: ignore[union-attr]

            def const(r: list[Any]) -> None:
                r[out] = value

            return const
        if isinstance(op, arith.CmpiOp):
            cmp = _CMPI[arith.CMPI_COMPARISON_OPERATIONS[op.predicate.value.data]]
            a, b = ins
            return lambda r: r.__setitem__(out, cmp(r[a], r[b]))
        if isinstance(op, arith.CmpfOp):
            pred = arith.CMPF_COMPARISON_OPERATIONS[op.predicate.value.data]
            fa, fb = ins
            if pred == "une":  # true for NaN, like Python's !=
                return lambda r: r.__setitem__(out, r[fa] != r[fb])
            cmpf = _CMPF[pred]
            return lambda r: r.__setitem__(out, cmpf(r[fa], r[fb]))
        if type(op) in _ARITH:
            fn2 = _ARITH[type(op)]
            a, b = ins
            return lambda r: r.__setitem__(out, fn2(r[a], r[b]))
        if isinstance(op, arith.SelectOp):
            c, a, b = ins
            return lambda r: r.__setitem__(out, r[a] if r[c] else r[b])
        if type(op) in _UNARY:
            fn1 = _UNARY[type(op)]
            (a,) = ins
            return lambda r: r.__setitem__(out, fn1(r[a]))
        if isinstance(op, BroadcastDimOp):
            a, b = ins
            msg = op.attributes["msg"].data  # type: ignore[attr-defined]

            def bcast(r: list[Any]) -> None:
                x, y = r[a], r[b]
                if x == y or y == 1:
                    r[out] = x
                elif x == 1:
                    r[out] = y
                else:
                    raise ShapeError(f"{msg}: size {x} does not match size {y}")

            return bcast
        if isinstance(op, cf.AssertOp):
            (c,) = ins
            msg = op.msg.data
            error = ShapeError
            if "jic.limitation" in op.attributes:
                error = SizeLimitation

            def check(r: list[Any]) -> None:
                if not r[c]:
                    raise error(msg)

            return check
        if isinstance(op, LaunchOp):
            launcher = KernelLauncher(op, target)
            sizes = ins[: len(op.sizes)]
            args = ins[len(op.sizes) :]
            outs = [regs[o] for o in op.outputs]

            def launch(r: list[Any]) -> None:
                res = launcher([r[i] for i in sizes], [r[i] for i in args])
                for i, t in zip(outs, res):
                    r[i] = t

            return launch
        if isinstance(op, func.ReturnOp):
            self.ret = ins
            return lambda r: None
        step = host_steps.build(op, regs, lambda inner: self._step(inner, regs, target))
        if step is not None:
            return step
        loc = op.attributes.get("loc")
        where = loc.data if loc is not None else "?"  # type: ignore[attr-defined]
        raise UnsupportedError(
            f"{op.name} ({where})",
            "it could not be fused into a kernel; only loops whose carried tensors are updated elementwise compile yet",
        )

    def __call__(self, args: list[Any]) -> list[Any]:
        r: list[Any] = [None] * self.n_regs
        r[: self.n_args] = args
        for step in self.steps:
            step(r)
        return [r[i] for i in self.ret]


__all__ = ["HostProgram", "KernelLauncher", "SizeLimitation"]
