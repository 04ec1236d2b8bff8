"""Python-level calls: user functions (inlined), builtins on numbers, `math.*`, list methods.

`route` returns None for anything else, which then goes to the torch op table
(calls.py). A function that only makes sense for its side effect (`print`) is
refused: compiled code would not perform it, so the call runs eagerly instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from xdsl.dialects import math as xmath

from jic.frontend import emit, inline, lists
from jic.frontend.values import Attr, Const, Function, GrowingList, List, Scalar, Shape, Tensor, Tuple, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

Handler = Callable[["Interpreter", list[Value], dict[str, Value]], Value]

SIDE_EFFECTS = {print, input, open, exec, eval}

# math function -> the math dialect op computing it on f64
MATH_OPS: dict[object, type] = {
    math.exp: xmath.ExpOp,
    math.tanh: xmath.TanhOp,
    math.sqrt: xmath.SqrtOp,
    math.log: xmath.LogOp,
    math.sin: xmath.SinOp,
    math.cos: xmath.CosOp,
}


def _known(args: list[Value]) -> bool:
    return all(isinstance(a, Const) for a in args)


def _minmax(pick_first: str) -> Handler:
    def handler(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        if kwargs or len(args) < 2:
            raise interp.unsupported("min()/max() with these arguments", "two or more numbers are supported")
        out = args[0]
        for b in args[1:]:
            if isinstance(out, Tensor) or isinstance(b, Tensor):
                raise interp.unsupported("min()/max() of tensors", "use torch.minimum/torch.maximum")
            c = emit.compare(interp, pick_first, out, b)
            if isinstance(c, Const):
                out = out if c.value else b
            else:
                assert isinstance(c, Scalar)
                out = emit.select(interp, c.ssa, out, b)
        return out

    return handler


def _abs(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    (a,) = args
    if isinstance(a, Tensor):
        raise interp.unsupported("abs() of a tensor", "not in jic's op table yet")
    neg = emit.binary(interp, "-", Const(0), a)
    c = emit.compare(interp, "<", a, Const(0))
    assert isinstance(c, Scalar)
    return emit.select(interp, c.ssa, neg, a)


def _float(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    (a,) = args
    if isinstance(a, Scalar):
        return Scalar(emit.to_f64(interp, a.ssa))
    raise interp.unsupported(f"float() of {a.describe()}")


def _int(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    (a,) = args
    if isinstance(a, Scalar) and emit._is_int(a):
        return a
    raise interp.unsupported(f"int() of {a.describe()}", "converting a run-time float to int is not supported yet")


def _len(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    (a,) = args
    if isinstance(a, (Tuple, List)):
        return Const(len(a.items))
    if isinstance(a, GrowingList) and a.done:
        return Scalar(a.count)
    if isinstance(a, Tensor):
        if a.rank == 0:
            raise interp.unsupported("len() of a 0-d tensor", "len() of a 0-d tensor is an error in eager too")
        return emit.dim(interp, a, Const(0))
    if isinstance(a, Shape):
        return Const(a.tensor.rank)
    if hasattr(a, "length"):  # a container of modules (module_value.py)
        return a.length(interp)
    raise interp.unsupported(f"len() of {a.describe()}")


def _isinstance(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    import torch

    obj, cls = args
    if not isinstance(cls, Const):
        raise interp.unsupported("isinstance() with a run-time class")
    kinds = {Tensor: torch.Tensor, Tuple: tuple, List: list}
    if isinstance(obj, Const):
        return Const(isinstance(obj.value, cls.value))
    if hasattr(obj, "module"):  # a submodule (module_value.py)
        return Const(isinstance(obj.module, cls.value))
    if isinstance(obj, Scalar):
        py = bool if obj.type == emit.i1 else int if emit._is_int(obj) else float
        return Const(issubclass(py, cls.value) if isinstance(cls.value, type) else isinstance(py(), cls.value))
    for k, py in kinds.items():
        if isinstance(obj, k):
            return Const(
                issubclass(py, cls.value) if isinstance(cls.value, type) else any(issubclass(py, c) for c in cls.value)
            )
    raise interp.unsupported(f"isinstance() of {obj.describe()}")


BUILTINS: dict[object, Handler] = {
    min: _minmax("<="),
    max: _minmax(">="),
    abs: _abs,
    float: _float,
    int: _int,
    len: _len,
    isinstance: _isinstance,
}


def _math(interp: Interpreter, f: object, args: list[Value]) -> Value:
    (a,) = args
    if not isinstance(a, Scalar):
        raise interp.unsupported(f"math.{getattr(f, '__name__', '?')} of {a.describe()}", "expected a number")
    x = emit.to_f64(interp, a.ssa)
    return Scalar(interp.emit(MATH_OPS[f](x)).results[0])


def route(interp: Interpreter, fn: Value, args: list[Value], kwargs: dict[str, Value]) -> Value | None:
    """The result of a Python-level call, or None when the op table should take it."""
    if isinstance(fn, Function):
        return inline.call(interp, fn, args, kwargs)
    if isinstance(fn, Attr) and isinstance(fn.obj, (List, GrowingList)):
        return _list_method(interp, fn.obj, fn.name, args, kwargs)
    if not isinstance(fn, Const):
        return None
    f = fn.value
    try:
        hash(f)
    except TypeError:
        return None
    if f in lists.ROUTES:
        return lists.ROUTES[f](interp, args, kwargs)
    if f in SIDE_EFFECTS:
        raise interp.unsupported(
            f"a call of {f.__name__}()", "it has a side effect that compiled code does not perform"
        )
    if inline.is_user_function(f):
        return inline.call(interp, fn, args, kwargs)
    if f in BUILTINS:
        if isinstance(f, type) and _known(args) and not kwargs:
            return Const(f(*(a.value for a in args)))  # type: ignore[union-attr]
        if _known(args) and not kwargs and f is not len:
            return Const(f(*(a.value for a in args)))  # type: ignore[union-attr]
        return BUILTINS[f](interp, args, kwargs)
    if getattr(f, "__module__", None) == "math" or f in MATH_OPS:
        if _known(args) and not kwargs:
            try:
                return Const(f(*(a.value for a in args)))  # type: ignore[union-attr]
            except Exception as e:  # noqa: BLE001 - the error eager Python would raise
                raise interp.unsupported(f"math.{f.__name__}", str(e)) from None
        if f in MATH_OPS and len(args) == 1 and not kwargs:
            return _math(interp, f, args)
        raise interp.unsupported(f"math.{getattr(f, '__name__', '?')} on run-time values", "not supported yet")
    return None


def _list_method(
    interp: Interpreter, lst: List | GrowingList, name: str, args: list[Value], kwargs: dict[str, Value]
) -> Value:
    if isinstance(lst, GrowingList):
        if name != "append" or len(args) != 1 or kwargs:
            raise interp.unsupported(f"the method `.{name}()` of a list grown in a loop", "only append is supported")
        inline.rebind(interp, lst, lists.append(interp, lst, args[0]))
        return Const(None)
    if name == "append" and len(args) == 1 and not kwargs:
        inline.rebind(interp, lst, List([*lst.items, args[0]]))
        return Const(None)
    raise interp.unsupported(f"the list method `.{name}()`", "only append is supported yet")
