"""One handler per opcode, registered with the Python versions it serves.

A handler takes (interpreter, instruction) and returns None to fall through or
the index of the next instruction. Registration checks that the opcode exists
in `dis.opmap` of the running Python when the handler claims that version, so
a renamed opcode fails at import, not in the middle of a user's function.
"""

from __future__ import annotations

import dis
from collections.abc import Callable
from typing import TYPE_CHECKING

from jic.frontend import bytecode, calls, emit
from jic.frontend.bytecode import PY, Instr
from jic.frontend.values import NULL, Const, Null, Range, RangeIter, Scalar, Shape, Tensor, Tuple, Undefined, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

Handler = Callable[["Interpreter", Instr], "int | None"]
HANDLERS: dict[str, Handler] = {}
ALL_VERSIONS = bytecode.SUPPORTED_VERSIONS


def handles(*names: str, versions: tuple[tuple[int, int], ...] = ALL_VERSIONS) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        if PY in versions:
            for name in names:
                if name not in dis.opmap:
                    raise AssertionError(f"{name} is not an opcode of Python {PY[0]}.{PY[1]}")
                if name in HANDLERS:
                    raise AssertionError(f"two handlers for {name}")
                HANDLERS[name] = fn
        return fn

    return register


# ------------------------------------------------------------------ no-ops
@handles("RESUME", "NOP")
def _nop(interp: Interpreter, ins: Instr) -> None:
    return None


@handles("PRECALL", versions=((3, 11),))
def _precall(interp: Interpreter, ins: Instr) -> None:
    return None


# ------------------------------------------------------------------ loads and stores
@handles("LOAD_FAST")
def _load_fast(interp: Interpreter, ins: Instr) -> None:
    v = interp.frame.locals.get(ins.argval)
    if v is None:
        raise interp.unsupported(f"the name '{ins.argval}'", "it is not bound here")
    if isinstance(v, Undefined):
        raise interp.unsupported(f"the use of '{v.name}' here", v.why)
    interp.push(v)


# 3.12 opcodes: aliases of the above
handles("LOAD_FAST_CHECK", versions=((3, 12),))(_load_fast)


@handles("STORE_FAST")
def _store_fast(interp: Interpreter, ins: Instr) -> None:
    interp.frame.locals[ins.argval] = interp.pop()


@handles("LOAD_CONST")
def _load_const(interp: Interpreter, ins: Instr) -> None:
    interp.push(Const(ins.argval))


@handles("LOAD_GLOBAL")
def _load_global(interp: Interpreter, ins: Instr) -> None:
    name = ins.argval
    g = interp.fn.__globals__
    if name in g:
        value = g[name]
    else:
        import builtins

        if not hasattr(builtins, name):
            raise interp.unsupported(f"the global '{name}'", "it is not defined")
        value = getattr(builtins, name)
    if ins.push_null:
        interp.push(NULL)
    interp.push(Const(value))


@handles("LOAD_ATTR")
def _load_attr(interp: Interpreter, ins: Instr) -> None:
    obj = interp.pop()
    attr = calls.get_attr(interp, obj, ins.argval)
    if ins.method:
        interp.push(NULL)
    interp.push(attr)


@handles("LOAD_METHOD", versions=((3, 11),))
def _load_method(interp: Interpreter, ins: Instr) -> None:
    _load_attr(interp, ins)


@handles("PUSH_NULL")
def _push_null(interp: Interpreter, ins: Instr) -> None:
    interp.push(NULL)


# ------------------------------------------------------------------ stack shuffles
@handles("POP_TOP")
def _pop_top(interp: Interpreter, ins: Instr) -> None:
    interp.pop()


@handles("COPY")
def _copy(interp: Interpreter, ins: Instr) -> None:
    interp.push(interp.frame.stack[-ins.arg])


@handles("SWAP")
def _swap(interp: Interpreter, ins: Instr) -> None:
    s = interp.frame.stack
    s[-1], s[-ins.arg] = s[-ins.arg], s[-1]


# ------------------------------------------------------------------ building values
@handles("BUILD_TUPLE")
def _build_tuple(interp: Interpreter, ins: Instr) -> None:
    interp.push(Tuple(tuple(interp.popn(ins.arg))))


@handles("BUILD_SLICE")
def _build_slice(interp: Interpreter, ins: Instr) -> None:
    parts = interp.popn(ins.arg)
    if not all(isinstance(p, Const) for p in parts):
        raise interp.unsupported("a slice with run-time bounds", "not supported yet")
    interp.push(Const(slice(*(p.value for p in parts))))  # type: ignore[union-attr]


@handles("UNPACK_SEQUENCE")
def _unpack_sequence(interp: Interpreter, ins: Instr) -> None:
    seq = interp.pop()
    if isinstance(seq, Tuple):
        items = list(seq.items)
    elif isinstance(seq, Const) and isinstance(seq.value, (tuple, list)):
        items = [Const(v) for v in seq.value]
    elif isinstance(seq, Shape):
        items = [emit.dim(interp, seq.tensor, Const(d)) for d in range(seq.tensor.rank)]
    else:
        raise interp.unsupported(f"unpacking {seq.describe()}")
    if len(items) != ins.arg:
        raise interp.unsupported("this unpacking", f"{len(items)} values for {ins.arg} names")
    for v in reversed(items):
        interp.push(v)


# ------------------------------------------------------------------ operators
@handles("BINARY_OP")
def _binary_op(interp: Interpreter, ins: Instr) -> None:
    b = interp.pop()
    a = interp.pop()
    interp.push(emit.binary(interp, bytecode.binary_op_symbol(ins.arg), a, b))


@handles("UNARY_NEGATIVE")
def _unary_negative(interp: Interpreter, ins: Instr) -> None:
    a = interp.pop()
    if isinstance(a, Const):
        interp.push(Const(-a.value))
    elif isinstance(a, Tensor):
        from jic.ir import tensor_ops

        interp.push(emit.unary(interp, tensor_ops.NegOp, a, "unary -"))
    else:
        interp.push(emit.binary(interp, "-", Const(0), a))


@handles("BINARY_SUBSCR")
def _binary_subscr(interp: Interpreter, ins: Instr) -> None:
    key = interp.pop()
    obj = interp.pop()
    if isinstance(obj, Tensor):
        interp.push(emit.subscript(interp, obj, key))
    elif isinstance(obj, Shape):
        interp.push(emit.dim(interp, obj.tensor, key))
    elif isinstance(obj, Tuple) and isinstance(key, Const) and isinstance(key.value, int):
        interp.push(obj.items[key.value])
    elif isinstance(obj, Const) and isinstance(key, Const):
        interp.push(Const(obj.value[key.value]))
    else:
        raise interp.unsupported(f"subscripting {obj.describe()} with {key.describe()}")


@handles("COMPARE_OP")
def _compare_op(interp: Interpreter, ins: Instr) -> None:
    import operator

    b, a = interp.pop(), interp.pop()
    ops = {
        "<": operator.lt,
        "<=": operator.le,
        "==": operator.eq,
        "!=": operator.ne,
        ">": operator.gt,
        ">=": operator.ge,
    }
    sym = ins.argval
    if isinstance(a, Const) and isinstance(b, Const) and sym in ops:
        interp.push(Const(ops[sym](a.value, b.value)))
        return
    raise interp.unsupported(
        f"the comparison `{sym}` on {a.describe()} and {b.describe()}", "only compile-time values can be compared yet"
    )


@handles("IS_OP")
def _is_op(interp: Interpreter, ins: Instr) -> None:
    b, a = interp.pop(), interp.pop()
    if isinstance(a, Const) and isinstance(b, Const):
        interp.push(Const((a.value is b.value) != bool(ins.arg)))
        return
    if isinstance(b, Const) and b.value is None and not isinstance(a, Const):
        interp.push(Const(bool(ins.arg)))  # a tensor or number is never None
        return
    raise interp.unsupported("`is` on run-time values")


# ------------------------------------------------------------------ calls
@handles("KW_NAMES")
def _kw_names(interp: Interpreter, ins: Instr) -> None:
    interp.frame.kw_names = tuple(ins.argval)


@handles("CALL")
def _call(interp: Interpreter, ins: Instr) -> None:
    args = interp.popn(ins.arg)
    self_or_callable = interp.pop()
    callable_or_null = interp.pop()
    if isinstance(callable_or_null, Null):
        fn = self_or_callable
    else:
        fn = callable_or_null
        args = [self_or_callable, *args]
    kw = interp.frame.kw_names
    interp.frame.kw_names = ()
    kwargs = dict(zip(kw, args[len(args) - len(kw) :])) if kw else {}
    if kw:
        args = args[: len(args) - len(kw)]
    interp.push(calls.call(interp, fn, args, kwargs))


# ------------------------------------------------------------------ control flow
@handles("GET_ITER")
def _get_iter(interp: Interpreter, ins: Instr) -> None:
    it = interp.pop()
    if not isinstance(it, Range):
        raise interp.unsupported(f"a `for` loop over {it.describe()}", "only `for ... in range(...)` is supported yet")
    interp.push(RangeIter(it))


@handles("FOR_ITER")
def _for_iter(interp: Interpreter, ins: Instr) -> int:
    it = interp.pop()
    assert isinstance(it, RangeIter)
    return interp.for_loop(ins, it)


def _static_truth(interp: Interpreter, v: Value) -> bool:
    if isinstance(v, Const):
        return bool(v.value)
    if isinstance(v, Tensor):
        raise interp.unsupported("`if` on a tensor", "data-dependent branches are not supported yet")
    if isinstance(v, Scalar):
        raise interp.unsupported("`if` on a run-time number", "branches on run-time values are not supported yet")
    return True


def _jump_if(when: bool) -> Handler:
    def handler(interp: Interpreter, ins: Instr) -> int | None:
        cond = _static_truth(interp, interp.pop())
        return ins.target if cond == when else None

    return handler


def _jump_if_none(when: bool) -> Handler:
    def handler(interp: Interpreter, ins: Instr) -> int | None:
        v = interp.pop()
        is_none = isinstance(v, Const) and v.value is None
        return ins.target if is_none == when else None

    return handler


if PY == (3, 11):
    for _name, _h in (
        ("POP_JUMP_FORWARD_IF_FALSE", _jump_if(False)),
        ("POP_JUMP_FORWARD_IF_TRUE", _jump_if(True)),
        ("POP_JUMP_BACKWARD_IF_FALSE", _jump_if(False)),
        ("POP_JUMP_BACKWARD_IF_TRUE", _jump_if(True)),
        ("POP_JUMP_FORWARD_IF_NONE", _jump_if_none(True)),
        ("POP_JUMP_FORWARD_IF_NOT_NONE", _jump_if_none(False)),
    ):
        handles(_name, versions=((3, 11),))(_h)
else:
    for _name, _h in (
        ("POP_JUMP_IF_FALSE", _jump_if(False)),
        ("POP_JUMP_IF_TRUE", _jump_if(True)),
        ("POP_JUMP_IF_NONE", _jump_if_none(True)),
        ("POP_JUMP_IF_NOT_NONE", _jump_if_none(False)),
    ):
        handles(_name, versions=((3, 12),))(_h)


@handles("END_FOR", versions=((3, 12),))
def _end_for(interp: Interpreter, ins: Instr) -> None:
    # CPython 3.12 pops the iterator and its last value here; an exhausted FOR_ITER
    # jumps past it (as Interpreter.for_loop does), so only other paths run it.
    interp.popn(2)


@handles("JUMP_FORWARD")
def _jump_forward(interp: Interpreter, ins: Instr) -> int:
    assert ins.target is not None
    return ins.target


@handles("JUMP_BACKWARD")
def _jump_backward(interp: Interpreter, ins: Instr) -> int:
    raise interp.unsupported("this loop", "only `for ... in range(...)` loops are supported yet")


@handles("RETURN_VALUE")
def _return_value(interp: Interpreter, ins: Instr) -> int:
    from jic.frontend.interpreter import _Return

    raise _Return(interp.pop())


@handles("RETURN_CONST", versions=((3, 12),))
def _return_const(interp: Interpreter, ins: Instr) -> int:
    from jic.frontend.interpreter import _Return

    raise _Return(Const(ins.argval))


__all__ = ["HANDLERS", "handles"]
