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

from jic.frontend import bytecode, calls, contexts, control_flow, emit, graph_breaks, inline
from jic.frontend.bytecode import NULL_FIRST, PY, Instr
from jic.frontend.interpreter import RET, RETVAL, TERM
from jic.frontend.module_value import ModuleValue
from jic.frontend.values import (
    NULL,
    Cell,
    Const,
    Function,
    List,
    Null,
    Range,
    RangeIter,
    Scalar,
    Shape,
    StaticIter,
    Tensor,
    Tuple,
    Undefined,
    Value,
)

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
@handles("RESUME", "NOP", "MAKE_CELL", "COPY_FREE_VARS", "EXTENDED_ARG")
def _nop(interp: Interpreter, ins: Instr) -> None:
    return None


@handles("PRECALL", versions=((3, 11),))
def _precall(interp: Interpreter, ins: Instr) -> None:
    return None


# ------------------------------------------------------------------ locals, cells, globals
def _local(interp: Interpreter, name: str) -> Value:
    v = interp.frame.locals.get(name)
    if v is None:
        raise interp.unsupported(f"the name '{name}'", "it is not bound here")
    if isinstance(v, Undefined):
        raise interp.unsupported(f"the use of '{v.name}' here", v.why)
    return v


@handles("LOAD_FAST")
def _load_fast(interp: Interpreter, ins: Instr) -> None:
    if PY >= (3, 13) and ins.argval in interp.frame.code.co_cellvars:
        interp.push(Cell(interp.frame, ins.argval))  # 3.13 loads a cell this way to build a closure
        return
    interp.push(_local(interp, ins.argval))


# 3.12 opcodes: aliases of the above
handles("LOAD_FAST_CHECK", versions=((3, 12), (3, 13)))(_load_fast)


@handles("LOAD_FAST_AND_CLEAR", versions=((3, 12), (3, 13)))
def _load_fast_and_clear(interp: Interpreter, ins: Instr) -> None:
    # an inlined comprehension saves the outer binding of its variable and restores it after
    v = interp.frame.locals.get(ins.argval)
    interp.push(v if v is not None else Undefined(ins.argval, "it is not bound here"))
    interp.frame.locals[ins.argval] = Undefined(ins.argval, "it is not bound here")


@handles("STORE_FAST")
def _store_fast(interp: Interpreter, ins: Instr) -> None:
    interp.frame.locals[ins.argval] = interp.pop()


@handles("DELETE_FAST")
def _delete_fast(interp: Interpreter, ins: Instr) -> None:
    interp.frame.locals[ins.argval] = Undefined(ins.argval, "it was deleted")


# 3.13 opcodes: two loads or stores in one instruction
@handles("LOAD_FAST_LOAD_FAST", versions=((3, 13),))
def _load_fast_load_fast(interp: Interpreter, ins: Instr) -> None:
    a, b = ins.argval
    interp.push(_local(interp, a))
    interp.push(_local(interp, b))


@handles("STORE_FAST_STORE_FAST", versions=((3, 13),))
def _store_fast_store_fast(interp: Interpreter, ins: Instr) -> None:
    a, b = ins.argval
    interp.frame.locals[a] = interp.pop()
    interp.frame.locals[b] = interp.pop()


@handles("STORE_FAST_LOAD_FAST", versions=((3, 13),))
def _store_fast_load_fast(interp: Interpreter, ins: Instr) -> None:
    a, b = ins.argval
    interp.frame.locals[a] = interp.pop()
    interp.push(_local(interp, b))


@handles("LOAD_CLOSURE", versions=((3, 11), (3, 12)))
def _load_closure(interp: Interpreter, ins: Instr) -> None:
    interp.push(Cell(interp.frame, ins.argval))


@handles("LOAD_DEREF")
def _load_deref(interp: Interpreter, ins: Instr) -> None:
    name = ins.argval
    frame = interp.frame
    if name in frame.freevars:
        v = frame.freevars[name].get()
        if v is None or isinstance(v, Undefined):
            raise interp.unsupported(f"the free variable '{name}'", "it is not bound when used")
        interp.push(v)
        return
    interp.push(_local(interp, name))


@handles("STORE_DEREF")
def _store_deref(interp: Interpreter, ins: Instr) -> None:
    if ins.argval in interp.frame.freevars:
        raise interp.unsupported(f"assigning the nonlocal '{ins.argval}'", "not supported yet")
    interp.frame.locals[ins.argval] = interp.pop()


@handles("LOAD_CONST")
def _load_const(interp: Interpreter, ins: Instr) -> None:
    interp.push(Const(ins.argval))


def _push_callable(interp: Interpreter, value: Value, null: bool) -> None:
    """A callable and its NULL, in the running version's order."""
    if null and NULL_FIRST:
        interp.push(NULL)
    interp.push(value)
    if null and not NULL_FIRST:
        interp.push(NULL)


@handles("LOAD_GLOBAL")
def _load_global(interp: Interpreter, ins: Instr) -> None:
    name = ins.argval
    g = interp.frame.globals
    if name in g:
        value = g[name]
    else:
        import builtins

        if not hasattr(builtins, name):
            raise interp.unsupported(f"the global '{name}'", "it is not defined")
        value = getattr(builtins, name)
    _push_callable(interp, Const(value), ins.push_null)


@handles("LOAD_ATTR")
def _load_attr(interp: Interpreter, ins: Instr) -> None:
    obj = interp.pop()
    attr = calls.get_attr(interp, obj, ins.argval)
    _push_callable(interp, attr, ins.method)


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


@handles("BUILD_LIST")
def _build_list(interp: Interpreter, ins: Instr) -> None:
    interp.push(List(interp.popn(ins.arg)))


def _items(interp: Interpreter, v: Value, what: str) -> list[Value]:
    if isinstance(v, (Tuple, List)):
        return list(v.items)
    if isinstance(v, Const) and isinstance(v.value, (tuple, list)):
        return [Const(x) for x in v.value]
    if isinstance(v, Shape):
        return [emit.dim(interp, v.tensor, Const(d)) for d in range(v.tensor.rank)]
    graph_breaks.refuse_opaque(interp, what.split(" ")[0], v)
    raise interp.unsupported(f"{what} {v.describe()}", "only tuples, lists and sizes known now can be taken apart")


@handles("LIST_EXTEND")
def _list_extend(interp: Interpreter, ins: Instr) -> None:
    items = _items(interp, interp.pop(), "extending a list with")
    lst = interp.frame.stack[-ins.arg]
    assert isinstance(lst, List)
    interp.frame.stack[-ins.arg] = List([*lst.items, *items])


@handles("LIST_APPEND")
def _list_append(interp: Interpreter, ins: Instr) -> None:
    v = interp.pop()
    lst = interp.frame.stack[-ins.arg]
    assert isinstance(lst, List)
    interp.frame.stack[-ins.arg] = List([*lst.items, v])


@handles("LIST_TO_TUPLE", versions=((3, 11),))
def _list_to_tuple(interp: Interpreter, ins: Instr) -> None:
    interp.push(Tuple(tuple(_items(interp, interp.pop(), "a tuple of"))))


@handles("CALL_INTRINSIC_1", versions=((3, 12), (3, 13)))
def _call_intrinsic_1(interp: Interpreter, ins: Instr) -> None:
    name = ins.argval if isinstance(ins.argval, str) else str(ins.argval)
    if "LIST_TO_TUPLE" in name:
        interp.push(Tuple(tuple(_items(interp, interp.pop(), "a tuple of"))))
    elif "UNARY_POSITIVE" in name:
        pass
    else:
        raise interp.unsupported(f"the intrinsic {name}", "not supported")


@handles("BUILD_SLICE")
def _build_slice(interp: Interpreter, ins: Instr) -> None:
    parts = interp.popn(ins.arg)
    if not all(isinstance(p, Const) for p in parts):
        raise interp.unsupported("a slice with run-time bounds", "not supported yet")
    interp.push(Const(slice(*(p.value for p in parts))))  # type: ignore[union-attr]


@handles("BINARY_SLICE", versions=((3, 12), (3, 13)))
def _binary_slice(interp: Interpreter, ins: Instr) -> None:
    stop, start = interp.pop(), interp.pop()
    if not (isinstance(start, Const) and isinstance(stop, Const)):
        raise interp.unsupported("a slice with run-time bounds", "not supported yet")
    interp.push(Const(slice(start.value, stop.value)))
    _binary_subscr(interp, ins)


@handles("UNPACK_SEQUENCE")
def _unpack_sequence(interp: Interpreter, ins: Instr) -> None:
    items = _items(interp, interp.pop(), "unpacking")
    if len(items) != ins.arg:
        raise interp.unsupported("this unpacking", f"{len(items)} values for {ins.arg} names")
    for v in reversed(items):
        interp.push(v)


@handles("MAKE_FUNCTION")
def _make_function(interp: Interpreter, ins: Instr) -> None:
    code = interp.pop()
    assert isinstance(code, Const)
    fn = Function(code.value, interp.frame.globals)
    if PY < (3, 13):
        flags = ins.arg or 0
        if flags & 0x08:
            fn.closure = tuple(_items(interp, interp.pop(), "a closure of"))  # type: ignore[arg-type]
        if flags & 0x04:
            interp.pop()  # annotations
        if flags & 0x02:
            kw = interp.pop()
            fn.kwdefaults = {k: Const(v) for k, v in kw.value.items()} if isinstance(kw, Const) else None
            if fn.kwdefaults is None:
                raise interp.unsupported("keyword-only defaults computed at run time")
        if flags & 0x01:
            fn.defaults = tuple(_items(interp, interp.pop(), "defaults"))
    interp.push(fn)


@handles("SET_FUNCTION_ATTRIBUTE", versions=((3, 13),))
def _set_function_attribute(interp: Interpreter, ins: Instr) -> None:
    fn = interp.pop()
    value = interp.pop()
    assert isinstance(fn, Function)
    if ins.arg == 0x08:
        fn.closure = tuple(_items(interp, value, "a closure of"))  # type: ignore[arg-type]
    elif ins.arg == 0x02:
        if not isinstance(value, Const):
            raise interp.unsupported("keyword-only defaults computed at run time")
        fn.kwdefaults = {k: Const(v) for k, v in value.value.items()}
    elif ins.arg == 0x01:
        fn.defaults = tuple(_items(interp, value, "defaults"))
    interp.push(fn)


# ------------------------------------------------------------------ text (of values known now; else a graph break)
_CONVERSIONS = {0: None, 1: "s", 2: "r", 3: "a"}  # FORMAT_VALUE's low bits (3.11/3.12) and CONVERT_VALUE's arg


def _format(interp: Interpreter, v: Value, spec: Value, conversion: str | None) -> Value:
    """f"{v!conversion:spec}": now for values known now; for a run-time value, by Python when the host
    program reaches it (graph_breaks.py) - compiled code has no text."""
    if isinstance(v, Const) and isinstance(spec, Const):
        return Const(graph_breaks.format_value(v.value, spec.value, conversion))
    return graph_breaks.eager_text(interp, graph_breaks.format_value, [v, spec, Const(conversion)], v)


@handles("FORMAT_VALUE", versions=((3, 11), (3, 12)))
def _format_value(interp: Interpreter, ins: Instr) -> None:
    spec = interp.pop() if (ins.arg or 0) & 0x04 else Const("")
    v = interp.pop()
    interp.push(_format(interp, v, spec, _CONVERSIONS[(ins.arg or 0) & 0x03]))


@handles("FORMAT_SIMPLE", versions=((3, 13),))
def _format_simple(interp: Interpreter, ins: Instr) -> None:
    interp.push(_format(interp, interp.pop(), Const(""), None))


@handles("CONVERT_VALUE", versions=((3, 13),))
def _convert_value(interp: Interpreter, ins: Instr) -> None:
    interp.push(_format(interp, interp.pop(), Const(""), _CONVERSIONS[ins.arg or 0]))


@handles("FORMAT_WITH_SPEC", versions=((3, 13),))
def _format_with_spec(interp: Interpreter, ins: Instr) -> None:
    spec = interp.pop()
    v = interp.pop()
    interp.push(_format(interp, v, spec, None))


@handles("BUILD_STRING")
def _build_string(interp: Interpreter, ins: Instr) -> None:
    parts = interp.popn(ins.arg)
    if all(isinstance(p, Const) for p in parts):
        interp.push(Const("".join(p.value for p in parts)))  # type: ignore[attr-defined]
        return
    interp.push(graph_breaks.eager_text(interp, graph_breaks.join_text, parts, parts[0]))


# ------------------------------------------------------------------ operators
@handles("BINARY_OP")
def _binary_op(interp: Interpreter, ins: Instr) -> None:
    b = interp.pop()
    a = interp.pop()
    sym = bytecode.binary_op_symbol(ins.arg)
    if sym.endswith("=") and isinstance(a, Tensor):
        interp.push(emit.inplace(interp, sym, a, b))
        return
    interp.push(emit.binary(interp, sym, a, b))


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


@handles("UNARY_NOT")
def _unary_not(interp: Interpreter, ins: Instr) -> None:
    t = control_flow.truth(interp, interp.pop())
    if isinstance(t, bool):
        interp.push(Const(not t))
    else:
        interp.push(Scalar(control_flow._not(interp, t)))


@handles("UNARY_INVERT")
def _unary_invert(interp: Interpreter, ins: Instr) -> None:
    a = interp.pop()
    if isinstance(a, Const) and isinstance(a.value, int):
        interp.push(Const(~a.value))
    elif isinstance(a, Tensor):
        interp.push(emit.pointwise(interp, "bitwise_not", [a], "`~`"))
    else:
        raise interp.unsupported(f"`~` on {a.describe()}", "not supported yet")


@handles("TO_BOOL", versions=((3, 13),))
def _to_bool(interp: Interpreter, ins: Instr) -> None:
    v = interp.pop()
    if isinstance(v, Tensor):
        interp.push(v)  # the jump that follows refuses it with its line
        return
    t = control_flow.truth(interp, v)
    interp.push(Const(t) if isinstance(t, bool) else Scalar(t))


@handles("BINARY_SUBSCR")
def _binary_subscr(interp: Interpreter, ins: Instr) -> None:
    key = interp.pop()
    obj = interp.pop()
    if isinstance(obj, Tensor):
        interp.push(emit.subscript(interp, obj, key))
    elif isinstance(obj, Shape):
        if isinstance(key, Const) and isinstance(key.value, slice):
            dims = _items(interp, obj, "slicing")[key.value]
            interp.push(Tuple(tuple(dims)))
        else:
            interp.push(emit.dim(interp, obj.tensor, key))
    elif isinstance(obj, (Tuple, List)) and isinstance(key, Const) and isinstance(key.value, (int, slice)):
        try:
            picked = obj.items[key.value]
        except IndexError:
            raise interp.unsupported(f"index {key.value} of a {obj.describe()}", "index out of range") from None
        interp.push(Tuple(tuple(picked)) if isinstance(key.value, slice) else picked)  # type: ignore[arg-type]
    elif isinstance(obj, Const) and isinstance(key, Const):
        interp.push(Const(obj.value[key.value]))
    elif isinstance(obj, ModuleValue):  # `self.layers[0]`
        interp.push(obj.subscript(interp, key))
    elif graph_breaks.is_opaque(obj) or graph_breaks.is_opaque(key):
        interp.push(graph_breaks.eager_subscript(interp, obj, key))
    else:
        raise interp.unsupported(f"subscripting {obj.describe()} with {key.describe()}", "the index must be known now")


@handles("STORE_SUBSCR")
def _store_subscr(interp: Interpreter, ins: Instr) -> None:
    key, obj, value = interp.pop(), interp.pop(), interp.pop()
    graph_breaks.refuse_opaque(interp, "a subscript assignment", key, obj, value)
    if isinstance(obj, List) and isinstance(key, Const) and isinstance(key.value, int):
        items = list(obj.items)
        items[key.value] = value
        inline.rebind(interp, obj, List(items))
        return
    if isinstance(obj, Tensor):
        raise interp.unsupported("assigning into a tensor (`x[...] = v`)", "in-place writes are not compiled yet")
    raise interp.unsupported(f"assigning into {obj.describe()}")


@handles("COMPARE_OP")
def _compare_op(interp: Interpreter, ins: Instr) -> None:
    b, a = interp.pop(), interp.pop()
    interp.push(emit.compare(interp, ins.argval, a, b))


@handles("IS_OP")
def _is_op(interp: Interpreter, ins: Instr) -> None:
    b, a = interp.pop(), interp.pop()
    graph_breaks.refuse_opaque(interp, "`is`", a, b)
    if isinstance(a, Const) and isinstance(b, Const):
        interp.push(Const((a.value is b.value) != bool(ins.arg)))
        return
    if isinstance(b, Const) and b.value is None and not isinstance(a, Const):
        interp.push(Const(bool(ins.arg)))  # a tensor, number, list or function is never None
        return
    raise interp.unsupported("`is` on run-time values")


@handles("CONTAINS_OP")
def _contains_op(interp: Interpreter, ins: Instr) -> None:
    b, a = interp.pop(), interp.pop()
    graph_breaks.refuse_opaque(interp, "`in`", a, b)
    if isinstance(a, Const) and isinstance(b, Const):
        interp.push(Const((a.value in b.value) != bool(ins.arg)))
        return
    raise interp.unsupported("`in` on run-time values", "only values known now can be tested")


# ------------------------------------------------------------------ calls
@handles("KW_NAMES", versions=((3, 11), (3, 12)))
def _kw_names(interp: Interpreter, ins: Instr) -> None:
    interp.frame.kw_names = tuple(interp.frame.code.co_consts[ins.arg])  # 3.11's dis leaves argval unresolved


def _do_call(interp: Interpreter, nargs: int, kw: tuple[str, ...]) -> None:
    args = interp.popn(nargs)
    upper, lower = interp.pop(), interp.pop()
    # 3.11/3.12 push [NULL, callable] or [method, self]; 3.13 [callable, NULL] or [method, self]
    if isinstance(lower, Null):
        fn = upper
    elif isinstance(upper, Null):
        fn = lower
    else:
        fn = lower
        args = [upper, *args]
    kwargs = dict(zip(kw, args[len(args) - len(kw) :])) if kw else {}
    if kw:
        args = args[: len(args) - len(kw)]
    interp.push(calls.call(interp, fn, args, kwargs))


@handles("CALL")
def _call(interp: Interpreter, ins: Instr) -> None:
    kw = interp.frame.kw_names
    interp.frame.kw_names = ()
    _do_call(interp, ins.arg, kw)


@handles("CALL_KW", versions=((3, 13),))
def _call_kw(interp: Interpreter, ins: Instr) -> None:
    names = interp.pop()
    assert isinstance(names, Const)
    _do_call(interp, ins.arg, tuple(names.value))


@handles("CALL_FUNCTION_EX")
def _call_function_ex(interp: Interpreter, ins: Instr) -> None:
    raise interp.unsupported("a call with `*args` or `**kwargs`", "not supported yet")


# ------------------------------------------------------------------ control flow
@handles("GET_ITER")
def _get_iter(interp: Interpreter, ins: Instr) -> None:
    it = interp.pop()
    graph_breaks.refuse_opaque(interp, "a `for` loop", it)
    if isinstance(it, Range):
        interp.push(RangeIter(it))
    elif isinstance(it, (Tuple, List)) or isinstance(it, Const) and isinstance(it.value, (tuple, list)):
        interp.push(StaticIter(tuple(_items(interp, it, "iterating over"))))
    elif isinstance(it, ModuleValue):  # `for layer in self.layers:`
        interp.push(it.iterate(interp))
    else:
        raise interp.unsupported(
            f"a `for` loop over {it.describe()}", "loops run over range(...) or over a tuple or list known now"
        )


@handles("FOR_ITER")
def _for_iter(interp: Interpreter, ins: Instr) -> int | None:
    it = interp.frame.stack[-1]
    if isinstance(it, StaticIter):
        if it.pos >= len(it.items):
            interp.pop()
            assert ins.loop_exit is not None
            return ins.loop_exit
        interp.frame.stack[-1] = StaticIter(it.items, it.pos + 1)
        interp.push(it.items[it.pos])
        return None
    interp.pop()
    assert isinstance(it, RangeIter)
    return control_flow.for_loop(interp, ins, it)


def _jump_if(when: bool, keep: bool = False) -> Handler:
    """POP_JUMP_IF_TRUE/FALSE, and (keep=True) JUMP_IF_TRUE/FALSE_OR_POP of 3.11."""

    def handler(interp: Interpreter, ins: Instr) -> int | None:
        v = interp.pop()
        cond = control_flow.truth(interp, v)
        if isinstance(cond, bool):
            if cond == when:
                if keep:
                    interp.push(v)
                return ins.target
            return None
        return control_flow.branch(interp, ins, cond, when, v if keep else None)

    return handler


def _jump_if_none(when: bool) -> Handler:
    def handler(interp: Interpreter, ins: Instr) -> int | None:
        v = interp.pop()
        graph_breaks.refuse_opaque(interp, "`is None`", v)
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
        ("POP_JUMP_BACKWARD_IF_NONE", _jump_if_none(True)),
        ("POP_JUMP_BACKWARD_IF_NOT_NONE", _jump_if_none(False)),
        ("JUMP_IF_FALSE_OR_POP", _jump_if(False, keep=True)),
        ("JUMP_IF_TRUE_OR_POP", _jump_if(True, keep=True)),
    ):
        handles(_name, versions=((3, 11),))(_h)
else:
    for _name, _h in (
        ("POP_JUMP_IF_FALSE", _jump_if(False)),
        ("POP_JUMP_IF_TRUE", _jump_if(True)),
        ("POP_JUMP_IF_NONE", _jump_if_none(True)),
        ("POP_JUMP_IF_NOT_NONE", _jump_if_none(False)),
    ):
        handles(_name, versions=((3, 12), (3, 13)))(_h)


@handles("END_FOR", versions=((3, 12), (3, 13)))
def _end_for(interp: Interpreter, ins: Instr) -> None:
    # An exhausted FOR_ITER jumps past END_FOR (Instr.loop_exit), so only other paths run it:
    # 3.12 pops the iterator and its last value here, 3.13 one value (a POP_TOP follows).
    interp.popn(2 if PY == (3, 12) else 1)


@handles("JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT")
def _jump(interp: Interpreter, ins: Instr) -> int:
    assert ins.target is not None
    return ins.target


def _return(interp: Interpreter, value: Value) -> int:
    interp.frame.locals[RETVAL] = value
    interp.frame.locals[RET] = Const(True)
    return TERM


@handles("RETURN_VALUE")
def _return_value(interp: Interpreter, ins: Instr) -> int:
    return _return(interp, interp.pop())


@handles("RETURN_CONST", versions=((3, 12), (3, 13)))
def _return_const(interp: Interpreter, ins: Instr) -> int:
    return _return(interp, Const(ins.argval))


@handles("BEFORE_WITH")
def _with(interp: Interpreter, ins: Instr) -> None:
    contexts.enter(interp, interp.pop())  # `with torch.no_grad():` (contexts.py); any other is refused


@handles("PUSH_EXC_INFO", "POP_EXCEPT", "RERAISE", "CHECK_EXC_MATCH")
def _exception(interp: Interpreter, ins: Instr) -> None:
    # only exception paths run these (a comprehension's cleanup); `try` is refused at its handler
    raise interp.unsupported("exception handling (`try`)", "not compiled yet")


@handles("LOAD_ASSERTION_ERROR", "RAISE_VARARGS")
def _raise(interp: Interpreter, ins: Instr) -> None:
    raise interp.unsupported("`assert` or `raise`", "compiled code cannot raise exceptions yet")


__all__ = ["HANDLERS", "handles"]
