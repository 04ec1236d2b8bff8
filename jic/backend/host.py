"""The lowered host `func.func` -> a flat schedule of step records (jic/runtime/schedule.py).

After the passes, the host function holds only size arithmetic, shape checks
and `jic.launch` ops. Each op becomes one JSON-able record through the lowering
registered for its class (`@lowers(OpClass)`); registers number the SSA values
in order, the function's arguments first. Anything else left on the host (a
loop that could not be fused, say) is refused here, at compile time, with the
op's source location.

Adding a step kind: a lowering here (op -> record fields) and its emitter in
jic/runtime/ (record -> Python source), registered with `@step_kind`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from xdsl.dialects import arith, cf, func
from xdsl.dialects import math as xmath
from xdsl.dialects.builtin import TensorType, f32, f64
from xdsl.ir import Block, Operation, SSAValue

from jic.errors import SizeLimitation, UnsupportedError
from jic.ir import dtypes
from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import BroadcastDimOp, LaunchOp
from jic.ir.scalar_ops import ReportIfOp
from jic.runtime.schedule import Record

Lowering = Callable[["ScheduleBuilder", Any], Record | None]
_LOWERINGS: dict[type, Lowering] = {}


def lowers(*op_types: type) -> Callable[[Lowering], Lowering]:
    """Register the record an op becomes: the function returns its fields, `in`/`out` are filled in."""

    def register(fn: Lowering) -> Lowering:
        for t in op_types:
            if t in _LOWERINGS:
                raise ValueError(f"{t.__name__} is already lowered by {_LOWERINGS[t].__qualname__}")
            _LOWERINGS[t] = fn
        return fn

    return register


class ScheduleBuilder:
    """Numbers SSA values as registers and collects the records of a block."""

    def __init__(self) -> None:
        self.regs: dict[SSAValue, int] = {}
        self.records: list[Record] = []

    def reg(self, v: SSAValue) -> int:
        if v not in self.regs:
            self.regs[v] = len(self.regs)
        return self.regs[v]

    def lower_block(self, block: Block) -> None:
        for op in block.ops:
            self.lower_op(op)

    def lower_op(self, op: Operation) -> None:
        fn = _LOWERINGS.get(type(op))
        if fn is None:
            loc = op.attributes.get("loc")
            where = loc.data if loc is not None else "?"  # type: ignore[attr-defined]
            raise UnsupportedError(
                f"{op.name} ({where})",
                "it could not be fused into a kernel; "
                "only loops whose carried tensors are updated elementwise compile yet",
            )
        ins = [self.reg(o) for o in op.operands]
        outs = [self.reg(r) for r in op.results]
        rec = fn(self, op)
        if rec is not None:
            self.records.append({**rec, "in": ins, "out": outs})


def schedule(f: func.FuncOp) -> tuple[list[Record], int]:
    """(records, number of parameters) of a lowered host function."""
    from jic.backend import host_steps  # noqa: F401  (registers the structured ops' lowerings)

    b = ScheduleBuilder()
    for a in f.body.block.args:
        b.reg(a)
    b.lower_block(f.body.block)
    return b.records, len(f.body.block.args)


# ---------------------------------------------------------------- the built-in lowerings

_CMPI = {"eq": "eq", "ne": "ne", "slt": "lt", "sle": "le", "sgt": "gt", "sge": "ge"}
_CMPI.update({"ult": "lt", "ule": "le", "ugt": "gt", "uge": "ge"})
_BINOPS = {
    arith.DivSIOp: "divsi",
    arith.DivUIOp: "floordiv",
    arith.AddiOp: "add",
    arith.SubiOp: "sub",
    arith.MuliOp: "mul",
    arith.AndIOp: "and",
    arith.OrIOp: "or",
    arith.XOrIOp: "xor",
    arith.AddfOp: "add",
    arith.SubfOp: "sub",
    arith.MulfOp: "mul",
    arith.DivfOp: "truediv",
    arith.RemSIOp: "remsi",
}
_CMPF = {"olt": "lt", "ole": "le", "ogt": "gt", "oge": "ge", "oeq": "eq", "une": "ne"}  # une: true for NaN, as !=
_UNOPS = {
    arith.IndexCastOp: "int",
    arith.SIToFPOp: "float",
    arith.ExtFOp: "float",
    arith.TruncFOp: "f32",  # rounds to float32, as on the device
    arith.NegfOp: "neg",
    xmath.ExpOp: "exp",
    xmath.TanhOp: "tanh",
    xmath.SqrtOp: "sqrt",
    xmath.LogOp: "log",
    xmath.SinOp: "sin",
    xmath.CosOp: "cos",
}


@lowers(T.DimOp)
def _dim(b: ScheduleBuilder, op: T.DimOp) -> Record:
    return {"kind": "dim", "dim": op.dim.value.data}


@lowers(arith.ConstantOp)
def _const(b: ScheduleBuilder, op: arith.ConstantOp) -> Record:
    return {"kind": "const", "value": op.value.value.data}  # type: ignore[union-attr]


@lowers(arith.CmpiOp)
def _cmpi(b: ScheduleBuilder, op: arith.CmpiOp) -> Record:
    return {"kind": "binop", "op": _CMPI[arith.CMPI_COMPARISON_OPERATIONS[op.predicate.value.data]]}


@lowers(arith.CmpfOp)
def _cmpf(b: ScheduleBuilder, op: arith.CmpfOp) -> Record:
    pred = arith.CMPF_COMPARISON_OPERATIONS[op.predicate.value.data]
    if pred not in _CMPF:
        raise UnsupportedError(f"the float comparison {pred!r} on the host", "not supported yet")
    return {"kind": "binop", "op": _CMPF[pred]}


@lowers(*_BINOPS)
def _binop(b: ScheduleBuilder, op: Operation) -> Record:
    return {"kind": "binop", "op": _BINOPS[type(op)]}


@lowers(*_UNOPS)
def _unop(b: ScheduleBuilder, op: Operation) -> Record:
    return {"kind": "unop", "op": _UNOPS[type(op)]}


@lowers(arith.SelectOp)
def _select(b: ScheduleBuilder, op: arith.SelectOp) -> Record:
    return {"kind": "select"}


@lowers(BroadcastDimOp)
def _broadcast_dim(b: ScheduleBuilder, op: BroadcastDimOp) -> Record:
    return {"kind": "broadcast_dim", "msg": op.attributes["msg"].data}  # type: ignore[attr-defined]


@lowers(ReportIfOp)
def _report_if(b: ScheduleBuilder, op: ReportIfOp) -> Record:
    return {"kind": "report", "error": op.error.data}


@lowers(cf.AssertOp)
def _assert(b: ScheduleBuilder, op: cf.AssertOp) -> Record:
    return {
        "kind": "check",
        "msg": op.msg.data,
        "error": "limitation"
        if "jic.limitation" in op.attributes
        else "index"
        if "jic.index_error" in op.attributes
        else "shape",
    }


def _scalar_type(t: Any) -> str:
    return "f64" if t == f64 else "f32" if t == f32 else "i64"


@lowers(LaunchOp)
def _launch(b: ScheduleBuilder, op: LaunchOp) -> Record:
    args: list[dict] = []
    for a in op.args:
        if isinstance(a.type, TensorType):
            args.append({"tensor": len(a.type.get_shape())})
        else:
            args.append({"scalar": _scalar_type(a.type)})
    lanes = op.attributes.get("jic.lanes")  # threads per element (a warp for reductions on the GPU)
    rec = {
        "kind": "launch",
        "kernel": op.kernel.nested_references.data[-1].data,
        "lanes": lanes.value.data if lanes is not None else 1,  # type: ignore[attr-defined]
        "n_sizes": len(op.sizes),
        "args": args,
        "outs": [str(dtypes.torch_dtype(r.type)).removeprefix("torch.") for r in op.outputs],
    }
    vector = op.attributes.get("jic.vector_kernel")  # a form with 16-byte accesses (vectorize_inner.py)
    if vector is not None:
        rec["vector"] = {
            "kernel": vector.data,  # type: ignore[attr-defined]
            "width": op.attributes["jic.vector_width"].value.data,  # type: ignore[attr-defined]
            "memrefs": [a.value.data for a in op.attributes["jic.vector_memrefs"].data],  # type: ignore[attr-defined]
        }
        rec["vector"]["bytes"] = 4 * rec["vector"]["width"]  # vector forms access f32 only
    rows = op.attributes.get("jic.block_rows")  # a block kernel (outline_recurrent.py): rows per block
    if rows is not None:
        per_unit = op.attributes["jic.shared_per_unit"].value.data  # type: ignore[attr-defined]
        rec["block"] = {"rows": rows.value.data, "shared_per_unit": per_unit}  # type: ignore[attr-defined]
    return rec


@lowers(func.ReturnOp)
def _return(b: ScheduleBuilder, op: func.ReturnOp) -> Record:
    f = op.parent_op()
    returns_tuple = isinstance(f, func.FuncOp) and f.attributes["jic.returns_tuple"].data == "1"  # type: ignore[attr-defined]
    return {"kind": "return", "tuple": returns_tuple}


__all__ = ["ScheduleBuilder", "SizeLimitation", "lowers", "schedule"]
