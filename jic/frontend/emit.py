"""IR emission for the interpreter: Python semantics of values -> jic/arith ops.

The opcode handlers stay about the stack; what an operation means (a constant
folded now, a scalar `arith` op, a tensor `jic` op) is decided here.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from xdsl.dialects import arith
from xdsl.dialects.builtin import FloatAttr, IndexType, IntegerAttr, f64, i1, i64
from xdsl.ir import SSAValue

from jic.frontend.values import Const, Scalar, Tensor, Tuple, Value
from jic.ir import tensor_ops as T

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

# Python operator symbol -> (tensor op, float arith op, int arith op, Python function)
BINARY: dict[str, tuple[type[T.BinaryOp], type | None, type | None, object]] = {
    "+": (T.AddOp, arith.AddfOp, arith.AddiOp, operator.add),
    "-": (T.SubOp, arith.SubfOp, arith.SubiOp, operator.sub),
    "*": (T.MulOp, arith.MulfOp, arith.MuliOp, operator.mul),
    "/": (T.DivOp, arith.DivfOp, None, operator.truediv),
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
    if isinstance(v, Const) and isinstance(v.value, (int, float)):
        return const_ssa(interp, v.value)
    raise interp.unsupported(f"{v.describe()} as an operand of tensor math", "expected a tensor or a number")


def to_f64(interp: Interpreter, s: SSAValue) -> SSAValue:
    if s.type == f64:
        return s
    if isinstance(s.type, IndexType):
        s = interp.emit(arith.IndexCastOp(s, i64)).results[0]
    return interp.emit(arith.SIToFPOp(s, f64)).results[0]


def binary(interp: Interpreter, sym: str, a: Value, b: Value) -> Value:
    if sym.endswith("=") and sym not in ("==", "!=", "<=", ">="):
        sym = sym[:-1]  # `x += 1` on a number is `x = x + 1`; tensors go through `inplace`
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
    if sym == "**" and isinstance(b, Const) and b.value in (1, 2, 3) and isinstance(a, (Scalar, Tensor)):
        out = a
        for _ in range(b.value - 1):
            out = binary(interp, "*", out, a)
        return out
    entry = BINARY.get(sym)
    if entry is None:
        raise interp.unsupported(f"the operator `{sym}` on {a.describe()} and {b.describe()}", "not supported yet")
    tensor_op, float_op, int_op, py = entry
    if isinstance(a, Tensor) or isinstance(b, Tensor):
        check_tensor_operand(interp, a)
        check_tensor_operand(interp, b)
        return Tensor(interp.emit(tensor_op(as_operand(interp, a), as_operand(interp, b))).results[0], fresh=True)
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
    q = interp.emit(arith.DivSIOp(x, y)).results[0]
    r = interp.emit(arith.RemSIOp(x, y)).results[0]
    zero = const_ssa(interp, 0)
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
    ipred, fpred, py = entry
    if isinstance(a, Const) and isinstance(b, Const):
        try:
            return Const(py(a.value, b.value))
        except Exception as e:  # noqa: BLE001 - the error eager Python would raise
            raise interp.unsupported(f"`{a.describe()} {sym} {b.describe()}`", str(e)) from None
    if isinstance(a, Tensor) or isinstance(b, Tensor):
        raise interp.unsupported(
            f"the comparison `{sym}` on {a.describe()} and {b.describe()}",
            "elementwise comparisons of tensors are not compiled yet",
        )
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
    if isinstance(v, Const) and is_number(v.value):
        return
    raise interp.unsupported(f"tensor math with {v.describe()}", "expected a tensor or a number")


def unary(interp: Interpreter, op: type[T.UnaryOp], v: Value, what: str) -> Value:
    if not isinstance(v, Tensor):
        raise interp.unsupported(f"{what} on {v.describe()}", "expected a tensor")
    return Tensor(interp.emit(op(v.ssa)).results[0], fresh=True)


def dim(interp: Interpreter, t: Tensor, d: Value) -> Value:
    if not (isinstance(d, Const) and isinstance(d.value, int)):
        raise interp.unsupported("a size query with a non-constant dim", "dims must be constants")
    i = d.value + t.rank if d.value < 0 else d.value
    if not 0 <= i < t.rank:
        raise interp.unsupported(f"dim {d.value} of a {t.rank}-d tensor", "dimension out of range")
    return Scalar(interp.emit(T.DimOp(t.ssa, i)).results[0])


def subscript(interp: Interpreter, t: Tensor, key: Value) -> Value:
    """Basic indexing: `:` keeps a dim, an int (constant or run-time) selects one."""
    items = key.items if isinstance(key, Tuple) else (key,)
    if len(items) > t.rank:
        raise interp.unsupported("this index", f"too many indices ({len(items)}) for a {t.rank}-d tensor")
    result = t
    d = 0
    for item in items:
        if isinstance(item, Const) and isinstance(item.value, slice) and item.value == slice(None):
            d += 1
            continue
        if isinstance(item, Const) and isinstance(item.value, int) and not isinstance(item.value, bool):
            idx_val: Value = item
            if item.value < 0:
                size = dim(interp, result, Const(d))
                idx_val = binary(interp, "+", size, item)
            idx = as_index(interp, idx_val)
        elif isinstance(item, Scalar) and isinstance(item.type, IndexType):
            idx = item.ssa
        else:
            raise interp.unsupported(f"indexing with {item.describe()}", "only `:` and integers are supported yet")
        result = Tensor(interp.emit(T.SelectOp(result.ssa, d, idx)).results[0])
    return result


def carried_ssa(interp: Interpreter, name: str, v: Value) -> SSAValue | None:
    """The SSA value a local enters a loop with, or None if it is a compile-time constant
    that the loop body may not change (checked after the body ran)."""
    if isinstance(v, (Tensor, Scalar)):
        return v.ssa
    if isinstance(v, Const) and isinstance(v.value, (int, float)):
        return const_ssa(interp, v.value)
    raise interp.unsupported(
        f"loop-carried variable '{name}'",
        f"it holds {v.describe()} before the loop; only tensors and numbers can change inside a loop",
    )


def return_values(interp: Interpreter, v: Value) -> list[SSAValue]:
    items = v.items if isinstance(v, Tuple) else (v,)
    outs = []
    for item in items:
        if not isinstance(item, Tensor):
            raise interp.unsupported(
                f"returning {item.describe()}", "compiled functions return tensors or tuples of tensors"
            )
        outs.append(item.ssa)
    return outs
