"""Graph breaks: a call jic cannot compile runs eagerly, in place, while the rest of the function compiles.

`print(h.mean())` in a loop used to send the whole function to eager. Now the
call becomes one `jic.eager_call` (jic/ir/eager_ops.py): the host program calls
`print` with the live value of `h.mean()` when it reaches that point, in
program order, and the loop around it steps on the host (each step's fused
kernel, then the call), still compiled.

A call breaks the graph when compiling it fails with UnsupportedError and it
can be run by Python as written: a Python callable known now (`print`, a
function of the user's that jic cannot inline, a torch function missing from
the op table, a submodule jic does not inline) or a method of a tensor
(`h.item()`, `h.tolist()`). What it returns is an opaque Python object
(`EagerResult`): other eager calls may take it (`print(h.mean().item())`,
`log(stats)`), compiled code may not - using it there refuses the function with
the original reason, at the original line, as before graph breaks existed.

What keeps eager's semantics:
- the IR emitted while trying to compile the call is rolled back first (an
  inlined helper may have emitted half its body), so nothing runs twice;
- in-place methods (`h.add_(1)`) and calls with `out=` never break: compiled code
  could not see their effect;
- a called function that changes a tensor argument in place anyway is caught
  when it returns (the tensors' version counters) with a clear error;
- `jic.compile(fn, fullgraph=True)` allows no graph break (it raises, as before).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xdsl.dialects.builtin import IndexType, IntegerType, f64, i1

from jic.errors import UnsupportedError
from jic.frontend.values import Attr, Const, List, Scalar, Shape, Tensor, Tuple, Value

if TYPE_CHECKING:
    from collections.abc import Callable

    from xdsl.ir import Attribute, SSAValue

    from jic.frontend.interpreter import Interpreter


@dataclass
class GraphBreaks:
    """What a frontend run with graph breaks allowed collects: the Python objects the eager calls need
    (the callables and constant arguments, by index) and one line per eager call: where, what, why."""

    objects: list[Any] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass(eq=False)
class EagerResult(Value):
    """What an eager call returned: a Python object only other eager calls may take."""

    ssa: SSAValue
    what: str  # "print()"
    why: UnsupportedError  # why the first call of its chain could not be compiled
    where: str = ""  # file:line of this call
    number: bool = False  # a Python number (`.item()`): the compiled function may return it as eager does
    number_type: Attribute | None = None  # its scalar type where known (f64, index, i1): compiled code may use it
    unboxed: Scalar | None = None  # that scalar (jic.unbox), read where the call is

    def describe(self) -> str:
        return f"the result of {self.what} (run eagerly at {self.where})"


def used_in_compiled_code(interp: Interpreter, v: Value, use: str) -> UnsupportedError:
    """The refusal when compiled code would use what an eager call returned: the call's own reason."""
    assert isinstance(v, EagerResult)
    e = v.why
    line = interp.instr.line if interp.instr else "?"
    return UnsupportedError(
        e.construct, f"{e.why}{'; ' if e.why else ''}its result is used by compiled code ({use}, line {line})",
        e.filename, e.lineno,
    )  # fmt: skip


def is_opaque(v: Value) -> bool:
    if isinstance(v, EagerResult):
        return True
    if isinstance(v, Attr):
        return is_opaque(v.obj)
    if isinstance(v, (Tuple, List)):
        return any(is_opaque(x) for x in v.items)
    return False


# ------------------------------------------------------------------ the call
def call(
    interp: Interpreter,
    fn: Value,
    args: list[Value],
    kwargs: dict[str, Value],
    compile_call: Callable[[Interpreter, Value, list[Value], dict[str, Value]], Value],
) -> Value:
    """`fn(*args, **kwargs)` compiled by `compile_call`, or, when that fails and graph breaks are allowed,
    run eagerly by the host program."""
    breaks: GraphBreaks | None = getattr(interp, "graph_breaks", None)
    if breaks is None:
        return compile_call(interp, fn, args, kwargs)
    opaque = next((v for v in (fn, *args, *kwargs.values()) if is_opaque(v)), None)
    if opaque is not None and _appends_to_list(fn, args, kwargs):  # the list lives on the host from now on
        from jic.frontend import host_lists

        return host_lists.append(interp, fn.obj, args[0])  # type: ignore[union-attr]
    if opaque is not None:  # it takes what an eager call returned: it runs eagerly too
        if not _breakable(fn, kwargs) or not _encodable([fn, *args, *kwargs.values()]):
            raise used_in_compiled_code(interp, _origin(opaque), f"a call of {fn.describe()}")
        return eager_call(interp, breaks, fn, args, kwargs, _origin(opaque).why, _origin(opaque))
    snap = _Snapshot(interp)
    try:
        return compile_call(interp, fn, args, kwargs)
    except UnsupportedError as e:
        if not _breakable(fn, kwargs) or not _encodable([fn, *args, *kwargs.values()]):
            raise
        snap.restore()
        return eager_call(interp, breaks, fn, args, kwargs, e)


def _appends_to_list(fn: Value, args: list[Value], kwargs: dict[str, Value]) -> bool:
    from jic.frontend.host_lists import HostList

    return (
        isinstance(fn, Attr) and fn.name == "append" and isinstance(fn.obj, (List, HostList))
        and len(args) == 1 and not kwargs
    )  # fmt: skip


def _origin(v: Value) -> EagerResult:
    if isinstance(v, EagerResult):
        return v
    if isinstance(v, Attr):
        return _origin(v.obj)
    assert isinstance(v, (Tuple, List))
    return next(_origin(x) for x in v.items if is_opaque(x))


def _breakable(fn: Value, kwargs: dict[str, Value]) -> bool:
    """Can Python run this call as written, with nothing compiled code would miss?"""
    from jic.frontend.module_value import ModuleValue

    if "out" in kwargs:
        return False  # writes a tensor compiled code holds
    if isinstance(fn, Attr):
        if fn.name.endswith("_") and not fn.name.endswith("__"):
            return False  # an in-place method
        return isinstance(fn.obj, (Tensor, EagerResult, Const))
    if isinstance(fn, ModuleValue):
        return True  # the submodule itself, called by Python
    return isinstance(fn, Const) and callable(fn.value)


def _encodable(values: list[Value]) -> bool:
    from jic.frontend.module_value import ModuleValue

    for v in values:
        if isinstance(v, (Tuple, List)):
            if not _encodable(list(v.items)):
                return False
        elif isinstance(v, Attr):
            if not _encodable([v.obj]):
                return False
        elif isinstance(v, Shape):
            continue
        elif not isinstance(v, (Tensor, Scalar, Const, EagerResult, ModuleValue)):
            return False
    return True


def eager_call(
    interp: Interpreter,
    breaks: GraphBreaks,
    fn: Value,
    args: list[Value],
    kwargs: dict[str, Value],
    why: UnsupportedError,
    origin: EagerResult | None = None,
    what: str | None = None,
) -> EagerResult:
    """Emit the eager call; `why` it cannot be compiled, or the eager call whose result it takes (`origin`)."""
    from jic.ir.eager_ops import EagerCallOp

    operands: list[SSAValue] = []
    enc = _Encoder(breaks, operands)
    spec = {"fn": enc(fn), "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()}}
    what = what or f"{_name(fn)}()"
    op = interp.emit(EagerCallOp(what, spec, operands))
    if origin is not None:
        because = f"it takes the result of {origin.what} at {origin.where}"
    else:
        because = f"{why.construct}: {why.why}" if why.why else why.construct
    breaks.reasons.append(f"{interp.loc}: {what} runs eagerly ({because})")
    number = isinstance(fn, Attr) and fn.name == "item" and not args and not kwargs
    ntype = _item_type(fn.obj) if number else None  # type: ignore[union-attr]
    result = EagerResult(op.results[0], what, why, interp.loc, number=number, number_type=ntype)
    # the scalar compiled code may use, read right here (not in a loop that uses it)
    result.unboxed = as_number(interp, result)
    return result


def _item_type(obj: Value) -> Attribute | None:
    """The scalar type of `obj.item()`: f64 for a float tensor, index for an int one, i1 for bool."""
    if not isinstance(obj, Tensor):
        return None
    elem = obj.type.element_type
    if elem == i1:
        return i1
    if isinstance(elem, IntegerType):
        return IndexType()
    return f64


def as_number(interp: Interpreter, v: Value) -> Scalar | None:
    """`v` as a scalar compiled code can use, if it is a Python number an eager call returned (`.item()`
    of a tensor): read on the host (jic.unbox), where the value is anyway. Else None."""
    if not (isinstance(v, EagerResult) and v.number_type is not None):
        return None
    if v.unboxed is not None:
        return v.unboxed
    from jic.ir.host_read_ops import UnboxOp

    return Scalar(interp.emit(UnboxOp(v.ssa, v.number_type)).results[0])


def _name(fn: Value) -> str:
    from jic.frontend.module_value import ModuleValue

    if isinstance(fn, Attr):
        owner = "Tensor" if isinstance(fn.obj, Tensor) else _name(fn.obj)
        return f"{owner}.{fn.name}"
    if isinstance(fn, ModuleValue):
        return fn.describe()
    if isinstance(fn, EagerResult):
        return fn.what
    if isinstance(fn, Const):
        v = fn.value
        return getattr(v, "__qualname__", None) or getattr(v, "__name__", None) or type(v).__name__
    return fn.describe()


@dataclass
class _Encoder:
    """A value as the JSON spec the host step rebuilds it from (see jic/ir/eager_ops.py)."""

    breaks: GraphBreaks
    operands: list[SSAValue]

    def __call__(self, v: Value) -> dict[str, Any]:
        from jic.frontend.module_value import ModuleValue

        if isinstance(v, (Tensor, Scalar, EagerResult)):
            self.operands.append(v.ssa)
            return {"in": len(self.operands) - 1}
        if isinstance(v, Const):
            return self.obj(v.value)
        if isinstance(v, ModuleValue):  # weakly: a module owns its compiled forward, not the reverse
            import weakref

            return {"weak": self.obj(weakref.ref(v.module))["obj"]}
        if isinstance(v, Tuple):
            return {"tuple": [self(x) for x in v.items]}
        if isinstance(v, List):
            return {"list": [self(x) for x in v.items]}
        if isinstance(v, Shape):
            return {"shape": self(v.tensor)}
        if isinstance(v, Attr):
            return {"attr": [self(v.obj), v.name]}
        raise AssertionError(f"not encodable: {v.describe()}")  # _encodable checked

    def obj(self, value: object) -> dict[str, Any]:
        self.breaks.objects.append(value)
        return {"obj": len(self.breaks.objects) - 1}


# ------------------------------------------------------------------ text, subscripts, opaque uses
def format_value(value: object, spec: str, conversion: str | None) -> str:
    """f"{value!conversion:spec}", as Python computes it (run now for constants, by the host otherwise)."""
    if conversion == "s":
        value = str(value)
    elif conversion == "r":
        value = repr(value)
    elif conversion == "a":
        value = ascii(value)
    return format(value, spec)


def join_text(*parts: str) -> str:
    """The pieces of an f-string joined (BUILD_STRING)."""
    return "".join(parts)


def eager_text(interp: Interpreter, fn: Callable[..., str], args: list[Value], subject: Value) -> Value:
    """An f-string piece of a run-time value: text made by Python when the host program gets there."""
    opaque = next((v for v in args if is_opaque(v)), None)
    if opaque is not None:
        why, origin = _origin(opaque).why, _origin(opaque)
    else:
        why, origin = interp.unsupported(f"formatting {subject.describe()} as text", "compiled code has no text"), None
    breaks: GraphBreaks | None = getattr(interp, "graph_breaks", None)
    if breaks is None or not _encodable(args):
        raise why
    return eager_call(interp, breaks, Const(fn), args, {}, why, origin, "an f-string")


def eager_subscript(interp: Interpreter, obj: Value, key: Value) -> Value:
    """`stats[0]` of what an eager call returned: by Python too."""
    import operator

    opaque = obj if is_opaque(obj) else key
    breaks = interp.graph_breaks
    assert breaks is not None  # opaque values exist only when graph breaks are allowed
    if not _encodable([obj, key]):
        raise used_in_compiled_code(interp, _origin(opaque), "a subscript")
    return eager_call(
        interp, breaks, Const(operator.getitem), [obj, key], {}, _origin(opaque).why, _origin(opaque), "`[]`"
    )


def eager_operator(interp: Interpreter, fn: Callable, sym: str, a: Value, b: Value) -> Value:
    """`a <sym> b` where one side is what an eager call returned: by Python too."""
    opaque = _origin(a if is_opaque(a) else b)
    if not _encodable([a, b]):
        raise used_in_compiled_code(interp, opaque, f"`{sym}`")
    assert interp.graph_breaks is not None
    return eager_call(interp, interp.graph_breaks, Const(fn), [a, b], {}, opaque.why, opaque, f"`{sym}`")


def refuse_opaque(interp: Interpreter, use: str, *values: Value) -> None:
    """Compiled code is about to use these values: none may be what an eager call returned."""
    for v in values:
        if is_opaque(v):
            raise used_in_compiled_code(interp, _origin(v), use)


# ------------------------------------------------------------------ rolling back a failed attempt
def checkpoint(interp: Interpreter) -> tuple[int, int] | None:
    """How many eager calls were recorded so far (see `forget_since`)."""
    breaks: GraphBreaks | None = getattr(interp, "graph_breaks", None)
    return None if breaks is None else (len(breaks.objects), len(breaks.reasons))


def forget_since(interp: Interpreter, mark: tuple[int, int] | None) -> None:
    """Drop the eager calls recorded since `mark`: IR that is thrown away (a loop body interpreted once
    to learn what it returns) must not list its calls twice in `jic.explain`."""
    if mark is not None and interp.graph_breaks is not None:
        del interp.graph_breaks.objects[mark[0] :]
        del interp.graph_breaks.reasons[mark[1] :]


class _Snapshot:
    """The interpreter's state before a call is tried, to undo what a failed attempt emitted or bound."""

    def __init__(self, interp: Interpreter):
        self.interp = interp
        self.block = interp.block
        self.last = interp.block.last_op
        self.frame, self.frames, self.instr = interp.frame, list(interp.frames), interp.instr
        self.frame_state = [
            (f, dict(f.locals), list(f.stack), f.kw_names, list(f.loops), set(f.active_whiles)) for f in interp.frames
        ]
        self.memo = {k: dict(v) for k, v in interp.__dict__.items() if k.startswith("_memo") and isinstance(v, dict)}
        self.n_reasons = len(interp.graph_breaks.reasons)

    def restore(self) -> None:
        interp = self.interp
        interp.block, interp.frame, interp.instr = self.block, self.frame, self.instr
        interp.frames[:] = self.frames
        for f, locals_, stack, kw, loops, whiles in self.frame_state:
            f.locals.clear()
            f.locals.update(locals_)
            f.stack[:] = stack
            f.kw_names, f.loops, f.active_whiles = kw, loops, whiles
        for k, v in self.memo.items():
            interp.__dict__[k] = v
        for k in [k for k in interp.__dict__ if k.startswith("_memo") and k not in self.memo]:
            del interp.__dict__[k]
        del interp.graph_breaks.reasons[self.n_reasons :]
        block = self.block
        while block.last_op is not None and block.last_op is not self.last:
            op = block.last_op
            op.detach()
            op.erase(safe_erase=False)


__all__ = [
    "EagerResult",
    "GraphBreaks",
    "as_number",
    "call",
    "checkpoint",
    "eager_call",
    "forget_since",
    "is_opaque",
    "used_in_compiled_code",
]
