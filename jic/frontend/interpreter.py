"""The symbolic CPython interpreter: walks a function's bytecode and builds jic IR.

It never runs the user's code. Each opcode's handler (opcodes.py) pops and
pushes symbolic values (values.py); tensor math becomes jic ops (emit.py), a
`for` over `range` becomes one `scf.for` whose loop-carried values are the
locals the body re-assigns - the body is interpreted once, never unrolled.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FunctionType

from xdsl.dialects import func, scf
from xdsl.dialects.builtin import IndexType, ModuleOp, StringAttr, TensorType
from xdsl.ir import Block, Operation, Region, SSAValue

from jic.errors import UnsupportedError
from jic.frontend import bytecode
from jic.frontend.bytecode import Instr
from jic.frontend.values import Const, RangeIter, Scalar, Tensor, Tuple, Undefined, Value


class _Return(Exception):
    """Raised by RETURN_VALUE to unwind to the function's top level."""

    def __init__(self, value: Value):
        self.value = value


@dataclass
class Frame:
    fn: FunctionType
    instrs: list[Instr]
    locals: dict[str, Value]
    stack: list[Value] = field(default_factory=list)
    kw_names: tuple[str, ...] = ()


class Interpreter:
    """Builds `func.func @<name>` for one function and one signature of argument kinds."""

    def __init__(self, fn: FunctionType, args: dict[str, Value], arg_ssa: Block):
        self.fn = fn
        self.filename = fn.__code__.co_filename
        self.frame = Frame(fn, bytecode.decode(fn.__code__), dict(args))
        self.block = arg_ssa
        self.instr: Instr | None = None

    # ---------------------------------------------------------------- helpers for handlers
    def unsupported(self, construct: str, why: str = "") -> UnsupportedError:
        line = self.instr.line if self.instr else self.fn.__code__.co_firstlineno
        return UnsupportedError(construct, why, self.filename, line)

    @property
    def loc(self) -> str:
        line = self.instr.line if self.instr else self.fn.__code__.co_firstlineno
        return f"{self.filename}:{line}"

    def emit(self, op: Operation) -> Operation:
        """Append `op` at the insertion point; jic ops remember their source line."""
        if op.name.startswith(("jic.", "scf.")):
            op.attributes["loc"] = StringAttr(self.loc)
        self.block.add_op(op)
        return op

    def push(self, v: Value) -> None:
        self.frame.stack.append(v)

    def pop(self) -> Value:
        return self.frame.stack.pop()

    def popn(self, n: int) -> list[Value]:
        if n == 0:
            return []
        vals = self.frame.stack[-n:]
        del self.frame.stack[-n:]
        return vals

    # ---------------------------------------------------------------- the walk
    def run(self) -> Value:
        try:
            self.run_range(0, len(self.frame.instrs))
        except _Return as r:
            return r.value
        raise self.unsupported("the function's end", "no return reached")

    def run_range(self, start: int, stop: int) -> int:
        """Interpret instructions [start, stop); returns where control left the range.

        Handlers return None (fall through) or the index to continue at.
        """
        from jic.frontend.opcodes import HANDLERS

        pc = start
        instrs = self.frame.instrs
        while pc < stop:
            ins = instrs[pc]
            self.instr = ins
            handler: Callable[[Interpreter, Instr], int | None] | None = HANDLERS.get(ins.opname)
            if handler is None:
                raise self.unsupported(
                    f"opcode {ins.opname}",
                    f"no handler for it on Python {bytecode.PY[0]}.{bytecode.PY[1]}",
                )
            nxt = handler(self, ins)
            if nxt is None:
                pc += 1
            elif start <= nxt <= stop:
                pc = nxt
            else:
                return nxt
        return pc

    # ---------------------------------------------------------------- loops
    def for_loop(self, ins: Instr, it: RangeIter) -> int:
        """FOR_ITER over a range: one scf.for, the body interpreted once.

        Returns the index of the first instruction after the loop.
        """
        from jic.frontend import emit

        instrs = self.frame.instrs
        exit_idx = ins.target
        assert exit_idx is not None
        back = exit_idx - 1
        while back > ins.index and instrs[back].opname != "JUMP_BACKWARD":
            back -= 1
        if back <= ins.index or instrs[back].target != ins.index:
            raise self.unsupported("this loop", "its body does not end in a plain jump back to the loop head")
        body_stores = {i.argval for i in instrs[ins.index + 1 : back] if i.opname in ("STORE_FAST", "DELETE_FAST")}
        for i in instrs[ins.index + 1 : back]:
            if i.target is not None and not (ins.index <= i.target <= back) and i.opname != "JUMP_BACKWARD":
                raise self.unsupported("`break` or `return` inside a loop", "not supported yet")
            if i.opname in ("RETURN_VALUE", "RETURN_CONST"):
                raise self.unsupported("`return` inside a loop", "not supported yet")

        rng = it.range
        step = rng.step
        if not (isinstance(step, Const) and isinstance(step.value, int) and step.value > 0):
            raise self.unsupported("range() with this step", "only constant positive steps are supported yet")
        lb = emit.as_index(self, rng.start)
        ub = emit.as_index(self, rng.stop)
        st = emit.as_index(self, step)

        # The loop-carried values: locals that the body assigns and that exist before it.
        carried: list[str] = []
        inits: list[SSAValue] = []
        for name in sorted(body_stores):
            v = self.frame.locals.get(name)
            if v is None or isinstance(v, Undefined):
                continue
            ssa = emit.carried_ssa(self, name, v)
            if ssa is None:
                continue
            carried.append(name)
            inits.append(ssa)

        body = Block(arg_types=[IndexType(), *(s.type for s in inits)])
        outer_block, outer_locals, outer_stack = self.block, self.frame.locals, self.frame.stack
        self.block = body
        self.frame.locals = dict(outer_locals)
        for name, arg in zip(carried, body.args[1:]):
            self.frame.locals[name] = Tensor(arg) if isinstance(arg.type, TensorType) else Scalar(arg)
        self.frame.stack = [Scalar(body.args[0])]  # what FOR_ITER pushes: the loop variable
        try:
            end = self.run_range(ins.index + 1, back)
            if end not in (back, ins.index):  # a jump to the head is a static `continue`
                raise self.unsupported("this loop", "control leaves its body other than by the jump back")
            if self.frame.stack:
                raise self.unsupported("this loop", "its body leaves values on the stack")
            yields = []
            for name, init in zip(carried, inits):
                new = self.frame.locals.get(name)
                ssa = getattr(new, "ssa", None)
                if ssa is None and isinstance(new, Const) and emit.is_number(new.value):
                    ssa = emit.const_ssa(self, new.value)  # e.g. `k = 2` again in the body
                if ssa is None:
                    raise self.unsupported(
                        f"loop-carried variable '{name}'",
                        f"the loop body makes it a {new.describe() if new else 'deleted name'}",
                    )
                if ssa.type != init.type:
                    raise self.unsupported(
                        f"loop-carried variable '{name}'",
                        f"it enters the loop as {init.type} and leaves an iteration as {ssa.type}",
                    )
                yields.append(ssa)
            body.add_op(scf.YieldOp(*yields))
            body_locals = self.frame.locals
        finally:
            self.block, self.frame.stack = outer_block, outer_stack
            self.frame.locals = outer_locals
        self.instr = ins  # the loop's line is the `for` line
        loop = self.emit(scf.ForOp(lb, ub, st, inits, Region(body)))
        for name, res in zip(carried, loop.results):
            self.frame.locals[name] = Tensor(res) if isinstance(res.type, TensorType) else Scalar(res)
        # Names first bound inside the body do not exist after it (T may be 0).
        for name in body_stores - set(carried):
            if name in body_locals:
                self.frame.locals[name] = Undefined(name, "it is assigned only inside a loop")
        if exit_idx < len(instrs) and instrs[exit_idx].opname == "END_FOR":
            exit_idx += 1
        return exit_idx


def build_function(fn: FunctionType, arg_kinds: dict[str, tuple]) -> tuple[ModuleOp, func.FuncOp]:
    """Interpret `fn` for arguments of the given kinds; returns the module holding `func.func`.

    `arg_kinds[name]` is ("tensor", elem_type, rank), ("float",), ("int",) or ("static", value).
    """
    from jic.ir import dtypes

    sig = inspect.signature(fn)
    params = list(sig.parameters)
    code = fn.__code__
    if bytecode.PY not in bytecode.SUPPORTED_VERSIONS:
        supported = ", ".join(f"{a}.{b}" for a, b in bytecode.SUPPORTED_VERSIONS)
        raise UnsupportedError(
            f"bytecode of Python {bytecode.PY[0]}.{bytecode.PY[1]}",
            f"the frontend reads the bytecode of Python {supported}",
            code.co_filename,
            code.co_firstlineno,
        )
    if code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS):
        raise UnsupportedError(
            "*args / **kwargs parameters", "not supported yet", code.co_filename, code.co_firstlineno
        )
    if fn.__closure__:
        raise UnsupportedError(
            "a closure", "functions with free variables are not supported yet", code.co_filename, code.co_firstlineno
        )
    arg_types = []
    runtime_params = []
    for name in params:
        kind = arg_kinds[name]
        if kind[0] == "tensor":
            arg_types.append(dtypes.tensor_type(kind[1], kind[2]))
        elif kind[0] == "float":
            arg_types.append(dtypes.f64)
        elif kind[0] == "int":
            arg_types.append(IndexType())
        else:
            continue
        runtime_params.append(name)
    entry = Block(arg_types=arg_types)
    values: dict[str, Value] = {}
    ssa_args = iter(entry.args)
    for name in params:
        kind = arg_kinds[name]
        if kind[0] == "static":
            values[name] = Const(kind[1])
            continue
        arg = next(ssa_args)
        arg.name_hint = name
        values[name] = Tensor(arg) if kind[0] == "tensor" else Scalar(arg)
    interp = Interpreter(fn, values, entry)
    result = interp.run()
    from jic.frontend import emit

    outs = emit.return_values(interp, result)
    entry.add_op(func.ReturnOp(*outs))
    f = func.FuncOp(fn.__name__, (arg_types, [o.type for o in outs]), Region(entry))
    f.attributes["jic.params"] = StringAttr(",".join(runtime_params))
    f.attributes["jic.returns_tuple"] = StringAttr("1" if isinstance(result, Tuple) else "0")
    return ModuleOp([f]), f
