"""IR emission for the interpreter: Python semantics of values -> jic/arith ops.

The opcode handlers stay about the stack; what an operation means (a constant
folded now, a scalar `arith` op, a tensor `jic` op) is decided here.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from xdsl.dialects import arith
from xdsl.dialects.builtin import (
    BFloat16Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    StringAttr,
    TensorType,
    UnitAttr,
    f64,
    i1,
    i64,
)
from xdsl.ir import Operation, SSAValue

from jic.frontend import graph_breaks
from jic.frontend.values import Const, Scalar, Tensor, Tuple, Value
from jic.ir import dtypes
from jic.ir import tensor_ops as T
from jic.ir.cast_ops import CastOp, FullLikeOp
from jic.ir.pointwise import FNS, PointwiseOp
from jic.ir.scalar_ops import ReportIfOp
from jic.ir.tensor_ops import INPLACE_ATTR
from jic.ir.view_ops import NAME_ATTR, NONE, RT, ViewOp

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

# Python operator symbol -> (tensor op, float arith op, int arith op, Python function)
BINARY: dict[str, tuple[type[T.BinaryOp], type | None, type | None, object]] = {
    "+": (T.AddOp, arith.AddfOp, arith.AddiOp, operator.add),
    "-": (T.SubOp, arith.SubfOp, arith.SubiOp, operator.sub),
    "*": (T.MulOp, arith.MulfOp, arith.MuliOp, operator.mul),
    "/": (T.DivOp, arith.DivfOp, None, operator.truediv),
}
# the other Python operators on tensors: symbol -> (pointwise function, Python function for constants)
TENSOR_BINARY: dict[str, tuple[str, object]] = {
    "//": ("floor_divide", operator.floordiv),
    "%": ("remainder", operator.mod),
    "**": ("pow", operator.pow),
    "&": ("bitwise_and", operator.and_),
    "|": ("bitwise_or", operator.or_),
    "^": ("bitwise_xor", operator.xor),
    "<<": ("bitwise_left_shift", operator.lshift),
    ">>": ("bitwise_right_shift", operator.rshift),
    "==": ("eq", operator.eq),
    "!=": ("ne", operator.ne),
    "<": ("lt", operator.lt),
    "<=": ("le", operator.le),
    ">": ("gt", operator.gt),
    ">=": ("ge", operator.ge),
}


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def const_ssa(interp: Interpreter, value: object) -> SSAValue:
    """A Python number as an SSA scalar: bool -> i1, int -> index, float -> f64."""
    if isinstance(value, bool):
        return interp.emit(arith.ConstantOp(IntegerAttr(int(value), 1))).results[0]
    if isinstance(value, int):
        return interp.emit(arith.ConstantOp(IntegerAttr(value, IndexType()))).results[0]
    if isinstance(value, float):
        return interp.emit(arith.ConstantOp(FloatAttr(value, f64))).results[0]
    raise interp.unsupported(f"the constant {value!r}", "only numbers can be used as run-time values")


def as_index(interp: Interpreter, v: Value) -> SSAValue:
    if isinstance(v, Const) and isinstance(v.value, int) and not isinstance(v.value, bool):
        return const_ssa(interp, v.value)
    if isinstance(v, Scalar) and isinstance(v.type, IndexType):
        return v.ssa
    raise interp.unsupported(f"{v.describe()} as an integer", "an int (constant, argument or size) is needed here")


def as_operand(interp: Interpreter, v: Value) -> SSAValue:
    if isinstance(v, (Tensor, Scalar)):
        return v.ssa
    if isinstance(v, Const) and isinstance(v.value, (bool, int, float)):
        return const_ssa(interp, v.value)
    raise interp.unsupported(f"{v.describe()} as an operand of tensor math", "expected a tensor or a number")


def to_f64(interp: Interpreter, s: SSAValue) -> SSAValue:
    if s.type == f64:
        return s
    if isinstance(s.type, IndexType):
        s = interp.emit(arith.IndexCastOp(s, i64)).results[0]
    return interp.emit(arith.SIToFPOp(s, f64)).results[0]


def _unboxed(interp: Interpreter, a: Value, b: Value) -> tuple[Value, Value]:
    """`h * s.item()`, `k % 3`, `err < tol`: a float or int that `.item()` returned, next to a tensor or a
    number, is read as a scalar (jic.unbox) and the math is compiled, as with an int or float argument. A
    bool stays Python's (`h * True` is typed apart), as does any other eager result."""

    def num(v: Value) -> Scalar | None:
        n = graph_breaks.as_number(interp, v)
        return n if n is not None and n.type != i1 else None

    def plain(v: Value) -> bool:
        return isinstance(v, (Tensor, Scalar)) or (isinstance(v, Const) and is_number(v.value))

    na, nb = num(a), num(b)
    if na is not None and (nb is not None or plain(b)):
        return na, nb or b
    if nb is not None and plain(a):
        return a, nb
    return a, b


def binary(interp: Interpreter, sym: str, a: Value, b: Value) -> Value:
    if sym.endswith("=") and sym not in ("==", "!=", "<=", ">="):
        sym = sym[:-1]  # `x += 1` on a number is `x = x + 1`; tensors go through `inplace`
    a, b = _unboxed(interp, a, b)
    if (graph_breaks.is_opaque(a) or graph_breaks.is_opaque(b)) and sym in PY_BINARY:
        return graph_breaks.eager_operator(interp, PY_BINARY[sym], sym, a, b)  # math on an eager call's result
    if isinstance(a, Const) and isinstance(b, Const):
        py = PY_BINARY.get(sym)
        if py is None:
            raise interp.unsupported(f"the operator `{sym}`", "not supported yet")
        try:
            return Const(py(a.value, b.value))
        except Exception as e:  # the same error eager Python would raise, at compile time
            raise interp.unsupported(f"`{a.describe()} {sym} {b.describe()}`", str(e)) from None
    if sym == "@":
        from jic.frontend import calls_linalg

        return calls_linalg.matmul(interp, a, b, "`@`")
    if sym in ("//", "%") and not isinstance(a, Tensor) and not isinstance(b, Tensor):
        return _int_div(interp, sym, a, b)
    if isinstance(a, Tensor) or isinstance(b, Tensor):
        if sym in TENSOR_BINARY:
            fn = TENSOR_BINARY[sym][0]
            return power(interp, a, b, "`**`") if fn == "pow" else pointwise(interp, fn, [a, b], f"`{sym}`")
        if sym in BINARY:
            return pointwise(interp, BINARY[sym][0].FN, [a, b], f"`{sym}`")
    if sym == "**" and isinstance(b, Const) and b.value in (1, 2, 3) and isinstance(a, Scalar):
        out = a
        for _ in range(b.value - 1):
            out = binary(interp, "*", out, a)
        return out
    entry = BINARY.get(sym)
    if entry is None:
        raise interp.unsupported(f"the operator `{sym}` on {a.describe()} and {b.describe()}", "not supported yet")
    tensor_op, float_op, int_op, py = entry
    # scalar math with Python semantics: int op int stays int (but `/`), else float
    both_int = all(_is_int(v) for v in (a, b))
    if both_int and int_op is not None:
        return Scalar(interp.emit(int_op(as_operand(interp, a), as_operand(interp, b))).results[0])
    a, b = (Const(float(v.value)) if isinstance(v, Const) else v for v in (a, b))
    x, y = to_f64(interp, as_operand(interp, a)), to_f64(interp, as_operand(interp, b))
    assert float_op is not None
    return Scalar(interp.emit(float_op(x, y)).results[0])


PY_BINARY = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,
    "&": operator.and_,
    "|": operator.or_,
    "^": operator.xor,
    "<<": operator.lshift,
    ">>": operator.rshift,
    "@": operator.matmul,
}


def _int_div(interp: Interpreter, sym: str, a: Value, b: Value) -> Value:
    """Python's `//` and `%` on ints (rounding toward minus infinity) from C's truncating ones."""
    if not (_is_int(a) and _is_int(b)):
        raise interp.unsupported(f"`{sym}` on {a.describe()} and {b.describe()}", "only ints are supported yet")
    x, y = as_index(interp, a), as_index(interp, b)
    zero = const_ssa(interp, 0)
    if isinstance(b, Const) and b.value == 0:
        raise interp.unsupported(f"`{a.describe()} {sym} 0`", "integer division or modulo by zero")
    if not isinstance(b, Const):  # y == 0 raises Python's ZeroDivisionError (host, CPU kernel), never a trap
        is_zero = interp.emit(arith.CmpiOp(y, zero, "eq")).results[0]
        interp.emit(ReportIfOp(is_zero, "int ZeroDivisionError"))
        y = interp.emit(arith.SelectOp(is_zero, const_ssa(interp, 1), y)).results[0]
    q = interp.emit(arith.DivSIOp(x, y)).results[0]
    r = interp.emit(arith.RemSIOp(x, y)).results[0]
    nonzero = interp.emit(arith.CmpiOp(r, zero, "ne")).results[0]
    r_neg = interp.emit(arith.CmpiOp(r, zero, "slt")).results[0]
    y_neg = interp.emit(arith.CmpiOp(y, zero, "slt")).results[0]
    signs = interp.emit(arith.XOrIOp(r_neg, y_neg)).results[0]
    fix = interp.emit(arith.AndIOp(nonzero, signs)).results[0]
    if sym == "//":
        one = const_ssa(interp, 1)
        return Scalar(interp.emit(arith.SelectOp(fix, interp.emit(arith.SubiOp(q, one)).results[0], q)).results[0])
    return Scalar(interp.emit(arith.SelectOp(fix, interp.emit(arith.AddiOp(r, y)).results[0], r)).results[0])


def inplace(interp: Interpreter, sym: str, a: Tensor, b: Value) -> Value:
    """`a op= b` on a tensor: PyTorch updates `a` in place, so every name bound to it sees the new value."""
    from jic.frontend import inline

    if not a.fresh:
        raise interp.unsupported(
            f"the in-place operator `{sym}` on a tensor the caller passed in (or a view of one)",
            f"it would change the caller's tensor, which compiled code does not do; write `x = x {sym[:-1]} y`",
        )
    new = binary(interp, sym[:-1], a, b)
    if not isinstance(new, Tensor) or new.type != a.type:
        raise interp.unsupported(
            f"the in-place operator `{sym}` here",
            f"the result ({new.describe()}) would not fit the tensor updated in place ({a.describe()})",
        )
    owner = new.ssa.owner
    if isinstance(owner, Operation):  # infer-shapes checks that the result keeps `a`'s shape, as eager does
        owner.attributes[INPLACE_ATTR] = UnitAttr()
    inline.rebind(interp, a, new)
    return new


CMP = {
    "<": ("slt", "olt", operator.lt),
    "<=": ("sle", "ole", operator.le),
    ">": ("sgt", "ogt", operator.gt),
    ">=": ("sge", "oge", operator.ge),
    "==": ("eq", "oeq", operator.eq),
    "!=": ("ne", "une", operator.ne),
}


def compare(interp: Interpreter, sym: str, a: Value, b: Value) -> Value:
    """A comparison: folded when both sides are known, else an i1 scalar."""
    entry = CMP.get(sym)
    if entry is None:
        raise interp.unsupported(f"the comparison `{sym}`")
    a, b = _unboxed(interp, a, b)
    if graph_breaks.is_opaque(a) or graph_breaks.is_opaque(b):
        return graph_breaks.eager_operator(interp, entry[2], sym, a, b)
    ipred, fpred, py = entry
    if isinstance(a, Const) and isinstance(b, Const):
        try:
            return Const(py(a.value, b.value))
        except Exception as e:  # noqa: BLE001 - the error eager Python would raise
            raise interp.unsupported(f"`{a.describe()} {sym} {b.describe()}`", str(e)) from None
    if isinstance(a, Tensor) or isinstance(b, Tensor):
        return pointwise(interp, TENSOR_BINARY[sym][0], [a, b], f"`{sym}`")
    for v in (a, b):
        if not (isinstance(v, Scalar) or isinstance(v, Const) and isinstance(v.value, (int, float))):
            raise interp.unsupported(f"the comparison `{sym}` on {a.describe()} and {b.describe()}")
    if _is_bool(a) or _is_bool(b):
        if sym not in ("==", "!=") or not (_is_bool(a) and _is_bool(b)):
            raise interp.unsupported(f"the comparison `{sym}` between a bool and {b.describe()}", "not supported yet")
        x, y = as_operand(interp, a), as_operand(interp, b)
        return Scalar(interp.emit(arith.CmpiOp(x, y, ipred)).results[0])
    if _is_int(a) and _is_int(b):
        return Scalar(interp.emit(arith.CmpiOp(as_index(interp, a), as_index(interp, b), ipred)).results[0])
    a, b = (Const(float(v.value)) if isinstance(v, Const) else v for v in (a, b))
    x, y = to_f64(interp, as_operand(interp, a)), to_f64(interp, as_operand(interp, b))
    return Scalar(interp.emit(arith.CmpfOp(x, y, fpred)).results[0])


def _is_bool(v: Value) -> bool:
    if isinstance(v, Const):
        return isinstance(v.value, bool)
    return isinstance(v, Scalar) and v.type == i1


def select(interp: Interpreter, cond: SSAValue, a: Value, b: Value) -> Value:
    """`a if cond else b` for numbers (min, max, abs)."""
    if _is_int(a) and _is_int(b):
        x, y = as_index(interp, a), as_index(interp, b)
    else:
        a, b = (Const(float(v.value)) if isinstance(v, Const) else v for v in (a, b))
        x, y = to_f64(interp, as_operand(interp, a)), to_f64(interp, as_operand(interp, b))
    return Scalar(interp.emit(arith.SelectOp(cond, x, y)).results[0])


def _is_int(v: Value) -> bool:
    if isinstance(v, Const):
        return isinstance(v.value, int) and not isinstance(v.value, bool)
    return isinstance(v, Scalar) and isinstance(v.type, IndexType)


def check_tensor_operand(interp: Interpreter, v: Value) -> None:
    if isinstance(v, Tensor) or isinstance(v, Scalar):
        return
    graph_breaks.refuse_opaque(interp, "tensor math", v)
    if isinstance(v, Const) and isinstance(v.value, (bool, int, float)):
        return
    raise interp.unsupported(f"tensor math with {v.describe()}", "expected a tensor or a number")


def unary(interp: Interpreter, op: type[T.UnaryOp], v: Value, what: str) -> Value:
    if not isinstance(v, Tensor):
        raise interp.unsupported(f"{what} on {v.describe()}", "expected a tensor")
    return pointwise(interp, op.FN, [v], what)


# functions that have a named op of their own (jic.add, jic.tanh, ...); the rest are jic.pointwise
NAMED: dict[str, type[T.ElementwiseOp]] = {cls.FN: cls for cls in T.ELEMENTWISE_OPS}


def type_name(t: object) -> str:
    return str(dtypes.torch_dtype(t)).removeprefix("torch.") if isinstance(t, TensorType) else "number"


def pointwise(interp: Interpreter, fn: str, operands: list[Value], what: str) -> Tensor:
    """Pointwise function `fn` (a row of jic/ir/pointwise.py) on tensors, numbers and its parameters."""
    spec = FNS[fn]
    if not any(isinstance(v, Tensor) for v in operands[: spec.arity]):
        raise interp.unsupported(f"{what} on {', '.join(v.describe() for v in operands)}", "expected a tensor")
    for v in operands:
        check_tensor_operand(interp, v)
    ssas = [as_operand(interp, v) for v in operands]
    types = [x.type for x in ssas]
    why = spec.domain_error(types)
    if why is not None:
        shown = ", ".join(type_name(t) for t in types[: spec.arity])
        raise interp.unsupported(f"{what} on ({shown})", why)
    named = NAMED.get(fn)
    if named is not None:
        op = named(*ssas)  # type: ignore[call-arg]
    else:
        op = PointwiseOp(fn, ssas)  # type: ignore[arg-type]
    return Tensor(interp.emit(op).results[0], fresh=True)


def power(interp: Interpreter, base: Value, exp: Value, what: str) -> Tensor:
    """`base ** exp`; a float32/64 or bfloat16 tensor to a constant 2, 3, 0.5, -0.5, -1, -2 takes ATen's
    shortcuts (square, x*x*x, sqrt, rsqrt, reciprocal, 1/(x*x)), whose edge cases differ from pow's
    (sqrt(-0.0) is -0.0, pow's +0.0); float16 does on CUDA only (ATen's CPU kernel leaves Half to pow)."""
    shortcut = (0.5, -0.5, -1.0, 2.0, 3.0, -2.0)
    shortcuts = isinstance(base, Tensor) and isinstance(base.type.element_type, BFloat16Type)
    if getattr(interp.device, "type", None) == "cuda" and isinstance(base, Tensor) and dtypes.is_half(base.type):
        shortcuts = True  # eager's CUDA kernel takes the shortcuts for float16 too
    if (
        isinstance(base, Tensor)
        and dtypes.is_half(base.type)
        and isinstance(exp, Const)
        and is_number(exp.value)
        and not (shortcuts and float(exp.value) in shortcut)
    ):
        import torch  # ATen rounds a scalar exponent to the half type first

        exp = Const(float(torch.tensor(float(exp.value), dtype=dtypes.torch_dtype(base.type))))
    elif isinstance(base, Tensor) and dtypes.is_float(base.type) and isinstance(exp, Const) and is_number(exp.value):
        e = float(exp.value)
        if e == 2.0:
            return pointwise(interp, "square", [base], what)
        if e == 3.0:
            return pointwise(interp, "mul", [pointwise(interp, "square", [base], what), base], what)
        if e == 0.5:
            return pointwise(interp, "sqrt", [base], what)
        if e == -0.5:
            return pointwise(interp, "rsqrt", [base], what)
        if e == -1.0:
            return pointwise(interp, "reciprocal", [base], what)
        if e == -2.0:
            return pointwise(interp, "reciprocal", [pointwise(interp, "square", [base], what)], what)
    if isinstance(base, Tensor) and dtypes.is_int(base.type) and isinstance(exp, Const):
        if isinstance(exp.value, int) and exp.value < 0:
            raise interp.unsupported(f"{what} of an integer tensor to {exp.value}", "integers to negative powers")
    if isinstance(base, Tensor) and dtypes.is_int(base.type) and isinstance(exp, Scalar) and exp.is_int:
        raise interp.unsupported(f"{what} of an integer tensor to a run-time int", "it may be negative")
    return pointwise(interp, "pow", [base, exp], what)


def cast(interp: Interpreter, v: Tensor, dtype: object, what: str) -> Tensor:
    """`x.to(dtype)`; to the same dtype eager returns `x` itself, jic a copy (the same values:
    compiled code never writes into a tensor)."""
    import torch

    if not isinstance(dtype, torch.dtype) or dtype not in dtypes.TORCH_TO_IR:
        raise interp.unsupported(f"{what} to {dtype}", f"jic tensors are one of {dtypes.SUPPORTED_TENSOR_DTYPES}")
    elem = dtypes.TORCH_TO_IR[dtype]
    return Tensor(interp.emit(CastOp(v.ssa, elem)).results[0], fresh=True)


def full_like(interp: Interpreter, like: Tensor, value: Value, dtype: object, what: str) -> Tensor:
    import torch

    if dtype is None:
        elem = like.type.element_type
    elif isinstance(dtype, torch.dtype) and dtype in dtypes.TORCH_TO_IR:
        elem = dtypes.TORCH_TO_IR[dtype]
    else:
        raise interp.unsupported(f"{what} with dtype {dtype}", f"expected one of {dtypes.SUPPORTED_TENSOR_DTYPES}")
    if not (isinstance(value, Scalar) or isinstance(value, Const) and isinstance(value.value, (bool, int, float))):
        raise interp.unsupported(f"{what} with the fill value {value.describe()}", "expected a number")
    return Tensor(interp.emit(FullLikeOp(like.ssa, as_operand(interp, value), elem)).results[0], fresh=True)


def dim(interp: Interpreter, t: Tensor, d: Value) -> Value:
    if not (isinstance(d, Const) and isinstance(d.value, int)):
        raise interp.unsupported("a size query with a non-constant dim", "dims must be constants")
    i = d.value + t.rank if d.value < 0 else d.value
    if not 0 <= i < t.rank:
        raise interp.unsupported(f"dim {d.value} of a {t.rank}-d tensor", "dimension out of range")
    return Scalar(interp.emit(T.DimOp(t.ssa, i)).results[0])


def subscript(interp: Interpreter, t: Tensor, key: Value) -> Value:
    """Basic indexing: `:` keeps a dim, an int (constant or run-time) selects one, a slice with
    constant bounds and a positive step is a view, None inserts a dim, `...` stands for the rest."""
    if isinstance(key, Tuple):
        items = list(key.items)
    elif isinstance(key, Const) and isinstance(key.value, tuple):
        items = [Const(v) for v in key.value]
    else:
        items = [key]
    consumed = sum(1 for i in items if not (isinstance(i, Const) and (i.value is None or i.value is Ellipsis)))
    if consumed > t.rank:
        raise interp.unsupported("this index", f"too many indices ({consumed}) for a {t.rank}-d tensor")
    result = t
    d = 0
    for item in items:
        v = item.value if isinstance(item, Const) else item
        if isinstance(item, Const) and v is Ellipsis:
            d += t.rank - consumed
            continue
        if isinstance(item, Const) and v is None:
            result = view(interp, "unsqueeze", result, [d], "indexing with None")
            d += 1
            continue
        if isinstance(item, Const) and isinstance(v, slice):
            if v == slice(None):
                d += 1
                continue
            parts = (v.start, v.stop, v.step)
            if not all(p is None or isinstance(p, int) and not isinstance(p, bool) for p in parts):
                raise interp.unsupported(f"the slice {v}", "slice bounds must be ints")
            if v.step is not None and v.step <= 0:
                raise interp.unsupported(f"the slice {v}", "the step must be positive (as in eager)")
            result = view(interp, "slice", result, [d, v.start, v.stop, v.step], "slicing")
            d += 1
            continue
        result = select_index(interp, result, d, item)
    return result


def select_index(interp: Interpreter, t: Tensor, d: int, index: Value) -> Tensor:
    """`x.select(d, i)`: an int constant (negative counts from the end) or a run-time int."""
    if isinstance(index, Const) and isinstance(index.value, int) and not isinstance(index.value, bool):
        idx_val: Value = index
        if index.value < 0:
            idx_val = binary(interp, "+", dim(interp, t, Const(d)), index)
        idx = as_index(interp, idx_val)
    elif isinstance(index, Scalar) and isinstance(index.type, IndexType):
        idx = index.ssa
    else:
        raise interp.unsupported(f"indexing with {index.describe()}", "only ints, slices, None and ... are supported")
    return Tensor(interp.emit(T.SelectOp(t.ssa, d, idx)).results[0])


def view(interp: Interpreter, kind: str, t: Tensor, args: list[object], what: str) -> Tensor:
    """A view made on the host (jic/ir/view_ops.py); `args` are ints, None, or int Values."""
    ints: list[int] = []
    rts: list[SSAValue] = []
    for a in args:
        a = a.value if isinstance(a, Const) else a
        if a is None:
            ints.append(NONE)
        elif isinstance(a, int) and not isinstance(a, bool):
            ints.append(a)
        elif isinstance(a, Scalar) and a.is_int:
            ints.append(RT)
            rts.append(as_index(interp, a))
        else:
            shown = a.describe() if isinstance(a, Value) else repr(a)
            raise interp.unsupported(f"{what} with {shown}", "expected ints")
    n = getattr(interp, "n_views", 0)
    interp.n_views = n + 1  # type: ignore[attr-defined]
    op = ViewOp(kind, t.ssa, ints, rts)
    op.attributes[NAME_ATTR] = StringAttr(f"{kind}#{n}")
    return Tensor(interp.emit(op).results[0])


def carried_ssa(interp: Interpreter, name: str, v: Value) -> SSAValue | None:
    """The SSA value a local enters a loop with, or None if it is a compile-time constant
    that the loop body may not change (checked after the body ran)."""
    if isinstance(v, (Tensor, Scalar)):
        return v.ssa
    if isinstance(v, Const) and isinstance(v.value, (int, float)):
        return const_ssa(interp, v.value)
    number = graph_breaks.as_number(interp, v)  # `err = d.max().item()` before the loop
    if number is not None:
        return number.ssa
    graph_breaks.refuse_opaque(interp, f"the loop-carried variable '{name}'", v)
    raise interp.unsupported(
        f"loop-carried variable '{name}'",
        f"it holds {v.describe()} before the loop; only tensors and numbers can change inside a loop",
    )


def return_values(interp: Interpreter, v: Value) -> list[SSAValue]:
    from jic.frontend.host_lists import HostList

    items = v.items if isinstance(v, Tuple) else (v,)
    outs = []
    for item in items:
        if isinstance(item, HostList) or (isinstance(item, graph_breaks.EagerResult) and item.number):
            outs.append(item.ssa)  # a Python list of eager results (host_lists.py) or an `.item()`: as eager's
            continue
        graph_breaks.refuse_opaque(interp, "the return value", item)
        if isinstance(item, Scalar):  # a number the host computed (a step count): a Python int, float or bool
            outs.append(item.ssa)
            continue
        if not isinstance(item, Tensor):
            raise interp.unsupported(
                f"returning {item.describe()}", "compiled functions return tensors, numbers or tuples of them"
            )
        outs.append(item.ssa)
    return outs
