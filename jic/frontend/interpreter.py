"""The symbolic CPython interpreter: walks a function's bytecode and builds jic IR.

It never runs the user's code. Each opcode's handler (opcodes.py) pops and
pushes symbolic values (values.py); tensor math becomes jic ops (emit.py).
Control flow is structured as it is interpreted (control_flow.py): a branch on
a run-time value becomes one `scf.if`, a `for` over `range` one `scf.for` (or
`scf.while` when it can stop early) and a `while` one `scf.while`; each body is
interpreted once, never unrolled. Calls of user functions are inlined from
their own bytecode (inline.py).

Paths that leave a region early (`return`, `break`, `continue`) set flags that
live among the locals (`$ret`, `$brk`, `$cont`, with the value in `$retval`):
they merge at joins like any local, and the code after a join that some paths
left runs under `scf.if (not flag)`.
"""

from __future__ import annotations

import dis
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import CodeType, FunctionType

from xdsl.dialects import func
from xdsl.dialects.builtin import IndexType, ModuleOp, StringAttr
from xdsl.ir import Block, Operation, Region

from jic.errors import UnsupportedError
from jic.frontend import bytecode
from jic.frontend.bytecode import Instr
from jic.frontend.graph_breaks import GraphBreaks
from jic.frontend.values import Cell, Const, Scalar, Tensor, Tuple, Undefined, Value

TERM = -1  # a handler's "this path ended" (return, break, continue): its flags say which

RET, RETVAL, BRK, CONT = "$ret", "$retval", "$brk", "$cont"
FLAGS = (RET, BRK, CONT)


@dataclass
class LoopCtx:
    head: int  # a jump here is `continue`
    breaks: frozenset[int]  # a jump here is `break`


@dataclass
class Frame:
    code: CodeType
    globals: dict
    instrs: list[Instr]
    locals: dict[str, Value]
    freevars: dict[str, Cell] = field(default_factory=dict)
    stack: list[Value] = field(default_factory=list)
    kw_names: tuple[str, ...] = ()
    loops: list[LoopCtx] = field(default_factory=list)
    region: tuple[int, int] = (0, 0)
    while_heads: dict[int, int] = field(default_factory=dict)  # head -> index of its last back jump
    active_whiles: set[int] = field(default_factory=set)

    @staticmethod
    def make(code: CodeType, globals_: dict, locals_: dict[str, Value], freevars: dict[str, Cell]) -> Frame:
        instrs = bytecode.decode(code)
        f = Frame(code, globals_, instrs, dict(locals_), freevars)
        for name in FLAGS:
            f.locals[name] = Const(False)
        f.region = (0, len(instrs))
        f.while_heads = bytecode.while_heads(instrs)
        return f


class Interpreter:
    """Builds `func.func @<name>` for one function and one signature of argument kinds."""

    MAX_INLINE_DEPTH = 32

    def __init__(self, fn: FunctionType, args: dict[str, Value], entry: Block):
        self.fn = fn
        self.frame = Frame.make(fn.__code__, fn.__globals__, args, {})
        self.frames: list[Frame] = [self.frame]
        self.block = entry
        self.entry = entry  # the function's arguments are its block arguments
        self.device: object = None
        self.instr: Instr | None = None
        self.graph_breaks: GraphBreaks | None = None  # None: every call must compile (fullgraph)

    # ---------------------------------------------------------------- helpers for handlers
    @property
    def filename(self) -> str:
        return self.frame.code.co_filename

    def unsupported(self, construct: str, why: str = "") -> UnsupportedError:
        line = self.instr.line if self.instr else self.frame.code.co_firstlineno
        return UnsupportedError(construct, why, self.filename, line)

    @property
    def loc(self) -> str:
        line = self.instr.line if self.instr else self.frame.code.co_firstlineno
        return f"{self.filename}:{line}"

    def emit(self, op: Operation) -> Operation:
        """Append `op` at the insertion point; it remembers its source line."""
        op.attributes["loc"] = StringAttr(self.loc)
        self.block.add_op(op)
        return op

    def push(self, v: Value) -> None:
        self.frame.stack.append(v)

    def pop(self) -> Value:
        if not self.frame.stack:
            raise self.unsupported("this bytecode", "the interpreter's stack ran empty (an unexpected pattern)")
        return self.frame.stack.pop()

    def popn(self, n: int) -> list[Value]:
        if n == 0:
            return []
        if len(self.frame.stack) < n:
            raise self.unsupported("this bytecode", "the interpreter's stack ran empty (an unexpected pattern)")
        vals = self.frame.stack[-n:]
        del self.frame.stack[-n:]
        return vals

    # ---------------------------------------------------------------- the walk
    def run_frame(self, frame: Frame) -> Value:
        """Interpret a whole function body in `frame`; its return value."""
        caller = self.frame
        if len(self.frames) > self.MAX_INLINE_DEPTH:
            raise self.unsupported("this call", f"calls nest deeper than {self.MAX_INLINE_DEPTH} (recursion?)")
        self.frame = frame
        self.frames.append(frame)
        try:
            self._refuse_try(frame)
            end = self.run_range(0, len(frame.instrs))
            # Falling off the end happens only after a loop that is left by `return` alone
            # (3.13 copies the code after `while True: ... break` into the loop).
            if end != TERM and not isinstance(frame.locals.get(RET), Scalar):
                raise self.unsupported("the function's end", "no return reached")
            value = frame.locals.get(RETVAL)
            if value is None or isinstance(value, Undefined):
                raise self.unsupported("this function's return value", "it is not defined on every path")
            return value
        finally:
            self.frames.pop()
            self.frame = caller

    def _refuse_try(self, frame: Frame) -> None:
        """`try` is refused before anything runs, at its line (a `try`'s handler starts with PUSH_EXC_INFO;
        a comprehension's cleanup has none; a `with` block's is PUSH_EXC_INFO, WITH_EXCEPT_START, and
        BEFORE_WITH decides whether its manager is compiled: contexts.py)."""
        from jic.frontend import contexts

        instrs = frame.instrs
        if not any(i.opname == "PUSH_EXC_INFO" for i in instrs):
            return
        by_offset = {i.offset: i for i in instrs}
        for entry in dis.Bytecode(frame.code).exception_entries:
            target = by_offset.get(entry.target)
            first = by_offset.get(entry.start)
            if target is None or first is None or target.opname != "PUSH_EXC_INFO":
                continue
            if contexts.is_with_handler(instrs, target.index):
                continue
            before = instrs[first.index - 1] if first.index > 0 else first
            self.instr = before if before.opname == "NOP" else first
            raise self.unsupported("`try` / `except`", "compiled code raises no exceptions to catch")

    def run(self) -> Value:
        self.frames = []
        frame = self.frame
        self.frame = frame
        return self.run_frame(frame)

    def run_range(self, start: int, stop: int) -> int:
        """Interpret instructions [start, stop); returns `stop`, or TERM if every path ended early.

        Handlers return None (fall through), the index to continue at, or TERM.
        """
        from jic.frontend import control_flow
        from jic.frontend.opcodes import HANDLERS

        frame = self.frame
        instrs = frame.instrs
        pc = start
        while pc < stop:
            if pc in frame.while_heads and pc not in frame.active_whiles:
                nxt = control_flow.while_loop(self, pc)
            else:
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
                    nxt = pc + 1
            if nxt == TERM:
                return TERM
            if control_flow.leaves_loop(self, nxt):
                return TERM
            if not start <= nxt <= stop:
                raise self.unsupported("this control flow", f"a jump from instruction {pc} to {nxt} leaves its block")
            pc = nxt
            if pc < stop and control_flow.flags_pending(self):
                return control_flow.guard_rest(self, pc, stop)
        return pc


def build_function(
    fn: FunctionType, arg_kinds: dict[str, tuple], graph_breaks: GraphBreaks | None = None
) -> tuple[ModuleOp, func.FuncOp]:
    """Interpret `fn` for arguments of the given kinds; returns the module holding `func.func`.

    `arg_kinds[name]` is ("tensor", elem_type, rank[, device]), ("float",), ("int",) or ("static", value).
    With `graph_breaks`, a call that cannot be compiled runs eagerly in place (graph_breaks.py), which
    collects what those calls need; without, it is refused.
    """
    from jic.frontend import emit, inline
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
    arg_types = []
    runtime_params = []
    for name in params:
        kind = arg_kinds[name]
        if kind[0] == "module":  # ("module", [(path, tensor kind), ...], module): one argument per tensor
            arg_types += [dtypes.tensor_type(k[1], k[2]) for _, k in kind[1]]
            runtime_params += [f"{name}.{path}" for path, _ in kind[1]]
            continue
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
        if kind[0] == "module":
            from jic.frontend.module_value import ModuleValue

            tensors: dict[str, Value] = {}
            for path, _ in kind[1]:
                arg = next(ssa_args)
                hint = path.replace(".", "_")
                arg.name_hint = "_" + hint if hint[0].isdigit() else hint  # `0.weight` of an nn.Sequential
                tensors[path] = Tensor(arg)
            values[name] = ModuleValue(kind[2], "", tensors)  # type: ignore[arg-type]
            continue
        arg = next(ssa_args)
        arg.name_hint = name
        values[name] = Tensor(arg) if kind[0] == "tensor" else Scalar(arg)
    interp = Interpreter(fn, values, entry)
    interp.graph_breaks = graph_breaks
    # every tensor of a call is on one device (the API checks): `x.device` is a fact of the variant
    interp.device = next((k[3] for k in arg_kinds.values() if k[0] == "tensor" and len(k) > 3), None)
    interp.frame.freevars = inline.closure_cells(fn)
    result = interp.run()
    outs = emit.return_values(interp, result)
    entry.add_op(func.ReturnOp(*outs))
    f = func.FuncOp(symbol_name(fn.__name__), (arg_types, [o.type for o in outs]), Region(entry))
    f.attributes["jic.params"] = StringAttr(",".join(runtime_params))
    f.attributes["jic.returns_tuple"] = StringAttr("1" if isinstance(result, Tuple) else "0")
    return ModuleOp([f]), f


def symbol_name(name: str) -> str:
    """A function's name as a symbol that LLVM, PTX and the kernels' `<name>_k<i>` accept: `<lambda>` is `_lambda_`."""
    name = re.sub(r"\W", "_", name)
    return name if name and not name[0].isdigit() else f"_{name}"

