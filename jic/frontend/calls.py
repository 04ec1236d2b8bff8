"""Calls: builtins, the torch op table and Tensor methods.

The op table (op_table.py) maps a torch callable or a Tensor method name to
what it emits. Anything not in it is refused with the callable's name and the line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from jic.frontend import calls_linalg, contexts, emit, graph_breaks, op_table, pycalls
from jic.frontend.module_value import ModuleValue
from jic.frontend.values import Attr, Const, GrowingList, List, Range, Scalar, Shape, Tensor, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

Handler = Callable[["Interpreter", list[Value], dict[str, Value]], Value]


def _no_kwargs(interp: Interpreter, what: str, kwargs: dict[str, Value]) -> None:
    if kwargs:
        raise interp.unsupported(f"{what} with keyword arguments {sorted(kwargs)}", "not supported yet")


def _range(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    _no_kwargs(interp, "range()", kwargs)
    if not 1 <= len(args) <= 3:
        raise interp.unsupported("range() with this many arguments")
    for a in args:
        if not (isinstance(a, Const) and isinstance(a.value, int) or isinstance(a, Scalar) and a.is_int):
            raise interp.unsupported(f"range() over {a.describe()}", "bounds must be ints")
    if len(args) == 1:
        return Range(Const(0), args[0], Const(1))
    if len(args) == 2:
        return Range(args[0], args[1], Const(1))
    return Range(*args)


def _len(interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
    _no_kwargs(interp, "len()", kwargs)
    (a,) = args
    if isinstance(a, Tensor):
        return emit.dim(interp, a, Const(0))
    if isinstance(a, Shape):
        return Const(a.tensor.rank)
    raise interp.unsupported(f"len() of {a.describe()}")


BUILTINS: dict[object, Handler] = {range: _range, len: _len}


def call(interp: Interpreter, fn: Value, args: list[Value], kwargs: dict[str, Value]) -> Value:
    """A call, compiled; or, where it cannot be and graph breaks are allowed, run by the host (graph_breaks.py)."""
    return graph_breaks.call(interp, fn, args, kwargs, compiled_call)


def compiled_call(interp: Interpreter, fn: Value, args: list[Value], kwargs: dict[str, Value]) -> Value:
    for ctx in (contexts.manager(fn, args, kwargs), contexts.leave(fn, args)):  # `with torch.no_grad():`
        if ctx is not None:
            return ctx
    routed = pycalls.route(interp, fn, args, kwargs)  # user functions (inlined), builtins, math, lists
    if routed is not None:
        return routed
    if isinstance(fn, Attr):
        return call_method(interp, fn.obj, fn.name, args, kwargs)
    if isinstance(fn, ModuleValue):  # `self.lin(x)`: the submodule inlined (submodules.py)
        return fn.call(interp, args, kwargs)
    if not isinstance(fn, Const):
        raise interp.unsupported(f"a call to {fn.describe()}")
    f = fn.value
    try:
        hash(f)
    except TypeError:
        raise interp.unsupported(f"a call to {fn.describe()}") from None
    if f in BUILTINS:
        return BUILTINS[f](interp, args, kwargs)
    if f in calls_linalg.FUNCS:
        return calls_linalg.FUNCS[f](interp, args, kwargs)
    row = op_table.FUNCS.get(f)
    if row is not None:
        return row.build(interp, row.bind(interp, row.name, args, kwargs), row.name)
    name = getattr(f, "__module__", None)
    qual = f"{name}.{fn.describe()}" if name else fn.describe()
    raise interp.unsupported(f"a call to `{qual}`", "it is not in jic's op table")


def call_method(interp: Interpreter, obj: Value, name: str, args: list[Value], kwargs: dict[str, Value]) -> Value:
    if isinstance(obj, Tensor):
        if name == "size":
            _no_kwargs(interp, "Tensor.size", kwargs)
            if not args:
                return Shape(obj)
            return emit.dim(interp, obj, args[0])
        if name == "dim" and not args:
            return Const(obj.rank)
        if name in calls_linalg.METHODS:
            return calls_linalg.METHODS[name](interp, [obj, *args], kwargs)
        row = op_table.METHODS.get(name)
        if row is not None:
            what = f"Tensor.{name}"
            return row.build(interp, row.bind(interp, what, [obj, *args], kwargs), what)
        raise interp.unsupported(f"the Tensor method `.{name}()`", "it is not in jic's op table")
    raise interp.unsupported(f"the method `.{name}()` of {obj.describe()}")


def get_attr(interp: Interpreter, obj: Value, name: str) -> Value:
    """`obj.name` (LOAD_ATTR): static attributes of constants, tensor facts, or a bound method."""
    if hasattr(obj, "get_attr"):  # a symbolic object that resolves its own attributes (module_value.py)
        return obj.get_attr(interp, name)
    if graph_breaks.is_opaque(obj):  # `stats.mean`: resolved by Python, when called or passed to an eager call
        return Attr(obj, name)
    if isinstance(obj, Const):
        try:
            return Const(getattr(obj.value, name))
        except AttributeError as e:
            raise interp.unsupported(f"`{obj.describe()}.{name}`", str(e)) from None
    if isinstance(obj, Tensor):
        if name == "shape":
            return Shape(obj)
        if name == "ndim":
            return Const(obj.rank)
        if name == "device":
            if interp.device is None:
                raise interp.unsupported("`x.device` here", "the device is not known when compiling this way")
            return Const(interp.device)
        if name == "dtype":
            from jic.ir import dtypes

            return Const(dtypes.torch_dtype(obj.type))
        view = calls_linalg.tensor_attr(interp, obj, name)
        return view if view is not None else Attr(obj, name)
    if isinstance(obj, calls_linalg.NamedTuple) and obj.field(name) is not None:
        return obj.field(name)  # type: ignore[return-value]
    if isinstance(obj, (List, GrowingList)):
        return Attr(obj, name)
    raise interp.unsupported(f"the attribute `.{name}` of {obj.describe()}")
