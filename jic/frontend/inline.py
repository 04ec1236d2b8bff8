"""Calls of user functions and lambdas: inlined from their own bytecode.

The callee runs in a new frame of the same interpreter, so its ops land where
the call is (inside a loop body, a branch) and its loops and branches become
IR like the caller's. Arguments bind as Python binds them (positional,
keyword, defaults, keyword-only defaults); free variables read the cells of
the frame that made the function (late binding, as in Python) or, for a
function defined outside, the values its cells hold.
"""

from __future__ import annotations

import inspect
from types import CodeType, FunctionType
from typing import TYPE_CHECKING

from jic.frontend.values import Cell, Const, Function, List, Tuple, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter


def is_user_function(f: object) -> bool:
    """A plain Python function written outside torch (which routes to the op table)."""
    if not isinstance(f, FunctionType):
        return False
    module = getattr(f, "__module__", "") or ""
    return not (module == "torch" or module.startswith(("torch.", "jic.")))


def closure_cells(fn: FunctionType) -> dict[str, Cell]:
    cells = fn.__closure__ or ()
    out: dict[str, Cell] = {}
    for name, cell in zip(fn.__code__.co_freevars, cells):
        try:
            out[name] = Cell(fixed=Const(cell.cell_contents))
        except ValueError:  # an empty cell: the name is assigned later in the enclosing function
            out[name] = Cell(fixed=None, name=name)
    return out


def call(interp: Interpreter, fn: Value, args: list[Value], kwargs: dict[str, Value]) -> Value:
    from jic.frontend.interpreter import Frame

    if isinstance(fn, Function):
        code: CodeType = fn.code
        globals_ = fn.globals
        defaults = list(fn.defaults)
        kwdefaults = dict(fn.kwdefaults or {})
        freevars = dict(zip(code.co_freevars, fn.closure))
    else:
        assert isinstance(fn, Const) and isinstance(fn.value, FunctionType)
        f = fn.value
        code = f.__code__
        globals_ = f.__globals__
        defaults = [Const(d) for d in (f.__defaults__ or ())]
        kwdefaults = {k: Const(v) for k, v in (f.__kwdefaults__ or {}).items()}
        freevars = closure_cells(f)
    name = code.co_qualname if hasattr(code, "co_qualname") else code.co_name
    if code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS):
        raise interp.unsupported(f"a call of {name}", "functions with *args / **kwargs are not inlined yet")
    if code.co_flags & (inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR):
        raise interp.unsupported(f"a call of {name}", "generators and coroutines are not compiled")
    locals_ = _bind(interp, name, code, args, kwargs, defaults, kwdefaults)
    frame = Frame.make(code, globals_, locals_, freevars)
    return interp.run_frame(frame)


def _bind(
    interp: Interpreter,
    name: str,
    code: CodeType,
    args: list[Value],
    kwargs: dict[str, Value],
    defaults: list[Value],
    kwdefaults: dict[str, Value],
) -> dict[str, Value]:
    n_pos = code.co_argcount
    n_kwonly = code.co_kwonlyargcount
    params = list(code.co_varnames[: n_pos + n_kwonly])
    if len(args) > n_pos:
        raise interp.unsupported(f"this call of {name}", f"it takes {n_pos} positional arguments, got {len(args)}")
    bound: dict[str, Value] = dict(zip(params, args))
    for k, v in kwargs.items():
        if k not in params or k in bound:
            raise interp.unsupported(f"this call of {name}", f"unexpected or repeated keyword argument '{k}'")
        bound[k] = v
    first_default = n_pos - len(defaults)
    for i, p in enumerate(params[:n_pos]):
        if p not in bound:
            if i < first_default:
                raise interp.unsupported(f"this call of {name}", f"missing argument '{p}'")
            bound[p] = defaults[i - first_default]
    for p in params[n_pos:]:
        if p not in bound:
            if p not in kwdefaults:
                raise interp.unsupported(f"this call of {name}", f"missing keyword argument '{p}'")
            bound[p] = kwdefaults[p]
    return bound


def rebind(interp: Interpreter, old: Value, new: Value) -> None:
    """Every name (and tuple/list slot) bound to the object `old` now sees `new`:
    what an in-place update means for aliases."""

    def swap(v: Value) -> Value:
        if v is old:
            return new
        if isinstance(v, Tuple) and any(x is old for x in v.items):
            return Tuple(tuple(swap(x) for x in v.items))
        if isinstance(v, List) and any(x is old for x in v.items):
            return List([swap(x) for x in v.items])
        return v

    for frame in interp.frames:
        for k, v in list(frame.locals.items()):
            frame.locals[k] = swap(v)
        frame.stack[:] = [swap(v) for v in frame.stack]
