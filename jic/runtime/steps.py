"""The built-in step kinds of a host schedule: size arithmetic, checks, kernel launches, return.

Each function writes one step's Python source (see schedule.py). Integer
arithmetic follows `arith`'s semantics where Python's differs (divsi rounds
toward zero); a float rounded to f32 rounds as the device does.
"""

from __future__ import annotations

import ctypes
import math

from jic.errors import IndexOutOfRange, ShapeError, SizeLimitation, kernel_error
from jic.runtime.schedule import Emitter, Record, step_kind


def _divsi(a: int, b: int) -> int:
    """arith.divsi: division rounding toward zero (C), not Python's floor."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _remsi(a: int, b: int) -> int:
    """arith.remsi: the C remainder (the sign of a)."""
    return a - b * _divsi(a, b)


def _to_f32(v: float) -> float:
    return ctypes.c_float(v).value


_INFIX = {
    "add": "+",
    "sub": "-",
    "mul": "*",
    "floordiv": "//",
    "truediv": "/",
    "and": "&",
    "or": "|",
    "xor": "^",
    "eq": "==",
    "ne": "!=",
    "lt": "<",
    "le": "<=",
    "gt": ">",
    "ge": ">=",
}
_CALLS = {"divsi": _divsi, "remsi": _remsi, "int": int, "float": float, "f32": _to_f32}
_CALLS.update({f: getattr(math, f) for f in ("exp", "tanh", "sqrt", "log", "sin", "cos")})


def _out(em: Emitter, rec: Record) -> str:
    (o,) = rec["out"]
    return em.reg(o)


@step_kind("dim")
def _dim(em: Emitter, rec: Record) -> None:
    (t,) = em.regs(rec)
    em.line(f"{_out(em, rec)} = {em.read(t, 'shape')}[{int(rec['dim'])}]")


@step_kind("const")
def _const(em: Emitter, rec: Record) -> None:
    v = rec["value"]
    if type(v) not in (int, float, bool):
        raise ValueError(f"schedule: a const step holds {type(v).__name__}, expected int, float or bool")
    em.line(f"{_out(em, rec)} = {v!r}")


@step_kind("binop")
def _binop(em: Emitter, rec: Record) -> None:
    """{"op": "add" | "sub" | "mul" | "divsi" | "remsi" | "floordiv" | "truediv" | "and" | "or" | "xor" | "eq" | ...}"""
    a, b = em.regs(rec)
    op = rec["op"]
    if op in _INFIX:
        em.line(f"{_out(em, rec)} = {a} {_INFIX[op]} {b}")
    elif op in _CALLS:
        em.line(f"{_out(em, rec)} = {em.bind(_CALLS[op], op)}({a}, {b})")
    else:
        raise ValueError(f"schedule: unknown binop {op!r}")


@step_kind("unop")
def _unop(em: Emitter, rec: Record) -> None:
    """{"op": "int" | "float" | "f32" | "neg" | "exp" | "tanh" | "sqrt" | "log" | "sin" | "cos"}"""
    (a,) = em.regs(rec)
    op = rec["op"]
    if op == "neg":
        em.line(f"{_out(em, rec)} = -{a}")
    elif op in _CALLS:
        em.line(f"{_out(em, rec)} = {em.bind(_CALLS[op], op)}({a})")
    else:
        raise ValueError(f"schedule: unknown unop {op!r}")


@step_kind("truth")
def _truth(em: Emitter, rec: Record) -> None:
    """`if h.mean() > 0:` outside loops: the 0-d condition read back once (a device sync)."""
    (p,) = em.regs(rec)
    em.line(f"{_out(em, rec)} = bool({p})")


_UNBOX = {"float": float, "int": int, "bool": bool}


@step_kind("unbox")
def _unbox(em: Emitter, rec: Record) -> None:
    """A Python number an eager call returned (`.item()`), used as a scalar by compiled code."""
    (e,) = em.regs(rec)
    kind = rec.get("as")
    if kind not in _UNBOX:
        raise ValueError(f"schedule: unbox as {kind!r}, expected one of {sorted(_UNBOX)}")
    em.line(f"{_out(em, rec)} = {em.bind(_UNBOX[kind], 'unbox_' + kind)}({e})")


@step_kind("select")
def _select(em: Emitter, rec: Record) -> None:
    c, a, b = em.regs(rec)
    em.line(f"{_out(em, rec)} = {a} if {c} else {b}")


def _broadcast_error(msg: str, x: int, y: int) -> int:
    raise ShapeError(f"{msg}: size {x} does not match size {y}")


@step_kind("broadcast_dim")
def _broadcast_dim(em: Emitter, rec: Record) -> None:
    """The broadcast of two sizes; sizes that cannot broadcast raise ShapeError with the op's message."""
    x, y = em.regs(rec)
    fail = em.bind(_broadcast_error, "bcast_error")
    msg = em.bind(rec["msg"], "msg")
    em.line(f"{_out(em, rec)} = {x} if ({x} == {y} or {y} == 1) else ({y} if {x} == 1 else {fail}({msg}, {x}, {y}))")


_CHECK_ERRORS = {"shape": ShapeError, "index": IndexOutOfRange, "limitation": SizeLimitation}


@step_kind("check")
def _check(em: Emitter, rec: Record) -> None:
    """{"error": "shape"} raises ShapeError (eager would fail too), "index" IndexOutOfRange (an IndexError,
    as eager's); "limitation" makes the call run eagerly."""
    (c,) = em.regs(rec)
    err = em.bind(_CHECK_ERRORS[rec.get("error", "shape")], "err")
    em.line(f"if not {c}:")
    em.line(f"    raise {err}({em.bind(rec['msg'], 'msg')})")


@step_kind("report")
def _report(em: Emitter, rec: Record) -> None:
    """{"error": "ZeroDivisionError"}: raise what eager raises (jic.errors.KERNEL_ERRORS) where the input is true."""
    (c,) = em.regs(rec)
    err = em.bind(kernel_error, "kernel_error")
    em.line(f"if {c}:")
    em.line(f"    raise {err}({rec['error']!r})")


@step_kind("launch")
def _launch(em: Emitter, rec: Record) -> None:
    """One kernel: allocate its outputs, pack its arguments, launch (see launch.py for the record's fields)."""
    from jic.runtime.launch import emit_launch

    emit_launch(em, rec)


@step_kind("return")
def _return(em: Emitter, rec: Record) -> None:
    """{"tuple": true} returns a tuple even of one value; otherwise the single value."""
    vals = em.regs(rec)
    if rec.get("tuple"):
        em.line(f"return ({', '.join(vals)}{',' if len(vals) == 1 else ''})")
    elif len(vals) == 1:
        em.line(f"return {vals[0]}")
    else:
        raise ValueError(f"schedule: a non-tuple return of {len(vals)} values")
