"""Structured control flow from bytecode jumps: branches, joins, loops, early exits.

A branch on a run-time value interprets both successors, each into its own
block, up to their join - the branch's immediate post-dominator in the
enclosing region (a loop body or the function) - and merges the two states
(locals and stack) with one `scf.if` whose results are the values that differ:

    if n > 0:            %y = scf.if %c -> (tensor<?x?xf32>) {
        y = x * 2          %a = jic.mul %x, %c2 ...  scf.yield %a
    else:                } else {
        y = x + 1          %b = jic.add %x, %c1 ...  scf.yield %b
                         }

`return`, `break` and `continue` end a path and set a flag among its locals
(`$ret`, `$brk`, `$cont`); flags merge like any value, and the code after a
join that some paths left runs under `scf.if (not flag)`. A `for` whose body
can leave early becomes an `scf.while` that also tests the flags; a `while`
loop (compiled by CPython as `if cond: do { body } while (cond)`) is one
`scf.while` whose "before" region runs the body and the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xdsl.dialects import arith, scf
from xdsl.dialects.builtin import IndexType, IntegerAttr, TensorType, UnitAttr, i1
from xdsl.ir import Attribute, Block, Region, SSAValue

from jic.frontend import bytecode, emit, graph_breaks, host_lists, lists, tensor_conditions
from jic.frontend.interpreter import BRK, CONT, FLAGS, RET, RETVAL, TERM, LoopCtx
from jic.frontend.values import Const, GrowingList, List, RangeIter, Scalar, Tensor, Tuple, Undefined, Value
from jic.ir.eager_ops import PyObjectType
from jic.ir.host_read_ops import TruthOp

if TYPE_CHECKING:
    from jic.frontend.bytecode import Instr
    from jic.frontend.interpreter import Interpreter

STORES = ("STORE_FAST", "DELETE_FAST", "STORE_DEREF", "STORE_FAST_STORE_FAST", "STORE_FAST_LOAD_FAST")


@dataclass
class PathState:
    exit: int  # the join, or TERM
    locals: dict[str, Value]
    stack: list[Value]
    block: Block

    @property
    def live(self) -> bool:
        return self.exit != TERM


# ------------------------------------------------------------------ small IR helpers
def _bool(interp: Interpreter, value: bool) -> SSAValue:
    return interp.emit(arith.ConstantOp(IntegerAttr(int(value), 1))).results[0]


def _not(interp: Interpreter, v: SSAValue) -> SSAValue:
    return interp.emit(arith.XOrIOp(v, _bool(interp, True))).results[0]


def _flag_or(interp: Interpreter, a: Value, b: Value) -> Value:
    """`a or b` on flags (Const bools or i1 scalars), folded when one is known."""
    if isinstance(a, Const):
        return b if not a.value else Const(True)
    if isinstance(b, Const):
        return a if not b.value else Const(True)
    assert isinstance(a, Scalar) and isinstance(b, Scalar)
    return Scalar(interp.emit(arith.OrIOp(a.ssa, b.ssa)).results[0])


def _flag_not(interp: Interpreter, a: Value) -> Value:
    if isinstance(a, Const):
        return Const(not a.value)
    assert isinstance(a, Scalar)
    return Scalar(_not(interp, a.ssa))


def _flag_ssa(interp: Interpreter, a: Value) -> SSAValue:
    return _bool(interp, bool(a.value)) if isinstance(a, Const) else a.ssa  # type: ignore[union-attr]


def wrap(ssa: SSAValue, fresh: bool = False) -> Value:
    return Tensor(ssa, fresh=fresh) if isinstance(ssa.type, TensorType) else Scalar(ssa)


def _fresh(*vs: Value | None) -> bool:
    return all(isinstance(v, Tensor) and v.fresh for v in vs)


def truth(interp: Interpreter, v: Value) -> SSAValue | bool:
    """Python truthiness: a bool now, or an i1 computed at run time."""
    if isinstance(v, Const):
        return bool(v.value)
    if isinstance(v, Scalar):
        t = v.type
        if t == i1:
            return v.ssa
        if isinstance(t, IndexType):
            return interp.emit(arith.CmpiOp(v.ssa, emit.const_ssa(interp, 0), "ne")).results[0]
        zero = emit.const_ssa(interp, 0.0)
        return interp.emit(arith.CmpfOp(emit.to_f64(interp, v.ssa), zero, "une")).results[0]
    if isinstance(v, Tensor):
        return tensor_conditions.condition(interp, v)
    if isinstance(v, graph_breaks.EagerResult):  # `if err.item() < tol:`: Python's truth of it, on the host
        number = graph_breaks.as_number(interp, v)  # `.item()`: the scalar read where it was made
        if number is not None:
            return truth(interp, number)
        return interp.emit(TruthOp(v.ssa)).results[0]
    graph_breaks.refuse_opaque(interp, "a condition", v)
    if isinstance(v, (Tuple, List)):
        return len(v.items) > 0
    return True


# ------------------------------------------------------------------ joins: post-dominators of the region
def _successors(interp: Interpreter, k: int, lo: int, hi: int) -> list[int]:
    """bytecode.successors within the region [lo, hi): a return, or a jump out of it, goes to its end (a raise
    falls through: the frontend refuses one it cannot prove dead)."""
    ins = interp.frame.instrs[k]
    out = [hi] if ins.opname in ("RETURN_VALUE", "RETURN_CONST") else bytecode.successors(ins, hi)
    return [s if lo < s < hi or s == lo == k + 1 else hi for s in out]


def join_point(interp: Interpreter, k: int) -> int:
    """The immediate post-dominator of instruction k in the current region (its end if none)."""
    frame = interp.frame
    lo, hi = frame.region
    cache = frame.__dict__.setdefault("_pdoms", {})
    pd = cache.get((lo, hi))
    n = hi - lo + 1
    if pd is None:
        full = (1 << n) - 1
        pd = [full] * n
        pd[n - 1] = 1 << (n - 1)
        succs = [[s - lo for s in _successors(interp, i, lo, hi)] for i in range(lo, hi)]
        changed = True
        while changed:
            changed = False
            for i in reversed(range(n - 1)):
                acc = full
                for s in succs[i]:
                    acc &= pd[s]
                new = acc | (1 << i)
                if new != pd[i]:
                    pd[i] = new
                    changed = True
        cache[(lo, hi)] = pd
    i = k - lo
    cands = pd[i] & ~(1 << i)
    for c in range(i + 1, n):
        if cands >> c & 1 and pd[c] == cands:
            return lo + c
    for c in range(n):
        if cands >> c & 1 and pd[c] == cands:
            return lo + c
    return hi


# ------------------------------------------------------------------ paths and merges
def leaves_loop(interp: Interpreter, nxt: int) -> bool:
    """Is a transfer to `nxt` a `continue` or `break` of the innermost loop? Sets its flag."""
    loops = interp.frame.loops
    if not loops:
        return False
    ctx = loops[-1]
    if nxt == ctx.head:
        interp.frame.locals[CONT] = Const(True)
        return True
    if nxt in ctx.breaks:
        interp.frame.locals[BRK] = Const(True)
        return True
    return False


def flags_pending(interp: Interpreter) -> bool:
    return any(isinstance(interp.frame.locals.get(f), Scalar) for f in FLAGS)


def run_path(interp: Interpreter, pc: int, join: int, push: Value | None = None, still_here: bool = False) -> PathState:
    """Interpret from `pc` to `join` into a fresh block, from a copy of the current state
    (`still_here`: on the paths that did not leave, whose flags are all false)."""
    frame = interp.frame
    saved = interp.block, frame.locals, frame.stack, interp.instr
    block = Block()
    interp.block = block
    frame.locals = dict(saved[1])
    if still_here:
        frame.locals.update({f: Const(False) for f in FLAGS})
    frame.stack = list(saved[2])
    if push is not None:
        frame.stack.append(push)
    try:
        if leaves_loop(interp, pc):
            end = TERM
        else:
            end = interp.run_range(pc, join)
        return PathState(end, frame.locals, frame.stack, block)
    finally:
        interp.block, frame.locals, frame.stack, interp.instr = saved


def branch(interp: Interpreter, ins: Instr, cond: SSAValue, jump_when: bool, keep_on_jump: Value | None = None) -> int:
    """A conditional jump on a run-time value: both paths, merged at their join."""
    join = join_point(interp, ins.index)
    assert ins.target is not None
    taken, fall = ins.target, ins.index + 1
    on_true = run_path(interp, taken if jump_when else fall, join, keep_on_jump if jump_when else None)
    on_false = run_path(interp, fall if jump_when else taken, join, None if jump_when else keep_on_jump)
    interp.instr = ins
    return merge(interp, cond, on_true, on_false, join)


def guard_rest(interp: Interpreter, pc: int, stop: int) -> int:
    """Some paths have left (a flag may be set): run [pc, stop) only on those that have not."""
    frame = interp.frame
    left: Value = Const(False)
    for f in FLAGS:
        left = _flag_or(interp, left, frame.locals[f])
    assert isinstance(left, Scalar)
    live = _not(interp, left.ssa)
    rest = run_path(interp, pc, stop, still_here=True)
    gone = PathState(TERM, dict(frame.locals), [], Block())
    return merge(interp, live, rest, gone, stop)


def _dummy(interp: Interpreter, like: Value, pool: list[Value]) -> Value | None:
    """A stand-in of `like`'s type for a path on which the value is never read."""
    if isinstance(like, Tensor):
        for v in pool:
            if isinstance(v, Tensor) and v.type == like.type:
                return v
        return None
    if isinstance(like, Scalar):
        t = like.type
        if t == i1:
            return Const(False)
        if isinstance(t, IndexType):
            return Const(0)
        return Const(0.0)
    if isinstance(like, Tuple):
        items = [_dummy(interp, x, pool) for x in like.items]
        return None if any(x is None for x in items) else Tuple(tuple(items))  # type: ignore[arg-type]
    if isinstance(like, Const):
        return like
    if isinstance(like, host_lists.HostList) and any(v is like for v in pool):
        return like  # a list on the host made before the branch: the same object on every path
    return None


def _pool(state: dict[str, Value]) -> list[Value]:
    out: list[Value] = []
    for v in state.values():
        out.extend(v.items if isinstance(v, Tuple) else (v,))
    return out


class _Merger:
    """Collects the values that differ between two paths as yields of one scf.if."""

    def __init__(self, interp: Interpreter, a: PathState, b: PathState, before: dict[str, Value]):
        self.interp, self.a, self.b = interp, a, b
        self.ya: list[SSAValue] = []
        self.yb: list[SSAValue] = []
        self.pool = _pool(before)

    @contextmanager
    def _emitting_in(self, block: Block) -> Iterator[None]:
        """Ops emitted meanwhile go at the end of one path's block (before its yield)."""
        saved = self.interp.block
        self.interp.block = block
        try:
            yield
        finally:
            self.interp.block = saved

    def ssa_in(self, block: Block, v: Value) -> SSAValue | None:
        if isinstance(v, (Tensor, Scalar)):
            return v.ssa
        if isinstance(v, Const) and (emit.is_number(v.value) or isinstance(v.value, bool)):
            with self._emitting_in(block):
                return emit.const_ssa(self.interp, v.value)
        return None

    def value(self, name: str, va: Value | None, vb: Value | None, dummy_a: bool, dummy_b: bool) -> Callable:
        if va is vb and va is not None:
            return lambda res: va
        if isinstance(va, Const) and isinstance(vb, Const) and type(va.value) is type(vb.value):
            try:
                if va.value is vb.value or bool(va.value == vb.value):
                    return lambda res: va
            except Exception:  # noqa: BLE001 - values without a plain ==
                pass
        undefined_a = va is None or isinstance(va, Undefined)
        undefined_b = vb is None or isinstance(vb, Undefined)
        if undefined_a and undefined_b:
            return lambda res: va if va is not None else vb
        if undefined_a:
            va = _dummy(self.interp, vb, self.pool + _pool(self.a.locals)) if dummy_a else None  # type: ignore[arg-type]
        if undefined_b:
            vb = _dummy(self.interp, va, self.pool + _pool(self.b.locals)) if dummy_b else None  # type: ignore[arg-type]
        if va is None or vb is None:
            return lambda res: Undefined(name, "it is assigned on some paths only")
        if isinstance(va, Tuple) and isinstance(vb, Tuple) and len(va.items) == len(vb.items):
            subs = [self.value(name, x, y, dummy_a, dummy_b) for x, y in zip(va.items, vb.items)]
            return lambda res: Tuple(tuple(s(res) for s in subs))
        if isinstance(va, List) and isinstance(vb, List) and len(va.items) == len(vb.items):
            subs = [self.value(name, x, y, dummy_a, dummy_b) for x, y in zip(va.items, vb.items)]
            return lambda res: List([s(res) for s in subs])
        if isinstance(va, host_lists.HostList) != isinstance(vb, host_lists.HostList):
            va, vb = self._host_list_on_both(va, vb)
        if isinstance(va, graph_breaks.EagerResult) and isinstance(vb, graph_breaks.EagerResult):
            return self._opaque(va, vb)
        sa, sb = self.ssa_in(self.a.block, va), self.ssa_in(self.b.block, vb)
        if sa is None or sb is None or sa.type != sb.type:
            why = f"it is {va.describe()} on one path and {vb.describe()} on another"
            return lambda res: Undefined(name, why)
        i = len(self.ya)
        self.ya.append(sa)
        self.yb.append(sb)
        fresh = _fresh(va, vb)
        return lambda res: wrap(res[i], fresh)

    def _host_list_on_both(self, va: Value, vb: Value) -> tuple[Value, Value]:
        """A list made on the host on one path, still the compile-time list on the other: made there too."""
        if isinstance(va, host_lists.HostList) and self.b.live:
            with self._emitting_in(self.b.block):
                vb = host_lists.on_other_path(self.interp, va, vb) or vb
        elif isinstance(vb, host_lists.HostList) and self.a.live:
            with self._emitting_in(self.a.block):
                va = host_lists.on_other_path(self.interp, vb, va) or va
        return va, vb

    def _opaque(self, va: graph_breaks.EagerResult, vb: graph_breaks.EagerResult) -> Callable:
        """Two eager results: the Python object of the path taken (the branch runs on the host); for two
        numbers of one type (`.item()`) their scalars too, so that compiled code uses the merged one."""
        i = len(self.ya)
        self.ya.append(va.ssa)
        self.yb.append(vb.ssa)
        if isinstance(va, host_lists.HostList) and isinstance(vb, host_lists.HostList):
            return lambda res: host_lists.HostList(
                res[i], va.what, va.why, va.where, source=va.source, origin=va.origin or vb.origin
            )
        number = va.number and vb.number
        ntype = va.number_type if va.number_type == vb.number_type else None
        scalar = None
        if ntype is not None:  # each path's scalar, read at its end if it was not before
            with self._emitting_in(self.a.block):
                na = graph_breaks.as_number(self.interp, va)
            with self._emitting_in(self.b.block):
                nb = graph_breaks.as_number(self.interp, vb)
            scalar = self.value("<number>", na, nb, False, False)

        def made(res: list[SSAValue]) -> graph_breaks.EagerResult:
            r = graph_breaks.EagerResult(res[i], va.what, va.why, va.where, number=number, number_type=ntype)
            merged = scalar(res) if scalar is not None else None
            r.unboxed = merged if isinstance(merged, Scalar) else None  # else read again where it is used
            return r

        return made


def _speculable(block: Block) -> bool:
    """Only scalar arithmetic that cannot fault: safe to run on both paths."""
    for op in block.ops:
        if not op.name.startswith("arith.") or isinstance(
            op, (arith.DivSIOp, arith.DivUIOp, arith.RemSIOp, arith.RemUIOp, arith.FloorDivSIOp, arith.CeilDivSIOp)
        ):
            return False
    return True


def _has_eager_call(block: Block) -> bool:
    from jic.ir.eager_ops import EagerCallOp

    return any(isinstance(op, EagerCallOp) for top in block.ops for op in top.walk())


def merge(interp: Interpreter, cond: SSAValue, a: PathState, b: PathState, join: int) -> int:
    """Join the paths taken when `cond` is true (`a`) and false (`b`) into the current state."""
    frame = interp.frame
    before = frame.locals
    m = _Merger(interp, a, b, before)
    names = list(dict.fromkeys([*a.locals, *b.locals]))
    resolvers = {}
    for name in names:
        dummy_a = name == RETVAL or not a.live
        dummy_b = name == RETVAL or not b.live
        resolvers[name] = m.value(name, a.locals.get(name), b.locals.get(name), dummy_a, dummy_b)
    if a.live and b.live:
        if len(a.stack) != len(b.stack):
            raise interp.unsupported("this branch", "its paths leave different numbers of values on the stack")
        stack = [m.value("<stack>", x, y, False, False) for x, y in zip(a.stack, b.stack)]
    elif a.live:
        stack = [m.value("<stack>", x, None, False, True) for x in a.stack]
    elif b.live:
        stack = [m.value("<stack>", None, x, True, False) for x in b.stack]
    else:
        stack = []
    results: list[SSAValue] = []
    if not m.ya and (_has_eager_call(a.block) or _has_eager_call(b.block)):
        # nothing differs, but a path runs a call eagerly (`if t % 2 == 0: print(t)`): keep the branch
        a.block.add_op(scf.YieldOp())
        b.block.add_op(scf.YieldOp())
        interp.emit(scf.IfOp(cond, [], Region(a.block), Region(b.block)))
    elif m.ya:
        if (
            _speculable(a.block)
            and _speculable(b.block)
            and not any(isinstance(v.type, (TensorType, PyObjectType)) for v in m.ya)
        ):
            for blk in (a.block, b.block):
                for op in list(blk.ops):
                    op.detach()
                    interp.block.add_op(op)
            results = [
                interp.emit(arith.SelectOp(cond, x, y)).results[0] if x is not y else x for x, y in zip(m.ya, m.yb)
            ]
        else:
            a.block.add_op(scf.YieldOp(*m.ya))
            b.block.add_op(scf.YieldOp(*m.yb))
            types: list[Attribute] = [v.type for v in m.ya]
            op = interp.emit(scf.IfOp(cond, types, Region(a.block), Region(b.block)))
            results = list(op.results)
    frame.locals = {name: r(results) for name, r in resolvers.items()}
    frame.stack = [r(results) for r in stack]
    if not a.live and not b.live:
        return TERM
    return join


# ------------------------------------------------------------------ loops
def _stored_names(interp: Interpreter, lo: int, hi: int) -> set[str]:
    names: set[str] = set()
    for i in interp.frame.instrs[lo:hi]:
        if i.opname in STORES:
            if isinstance(i.argval, tuple):
                names.add(i.argval[0])
                if i.opname == "STORE_FAST_STORE_FAST":
                    names.add(i.argval[1])
            else:
                names.add(i.argval)
    return names


def _can_leave_early(interp: Interpreter, lo: int, hi: int, breaks: frozenset[int]) -> tuple[bool, bool]:
    """(may break, may return) - from the instructions, before interpreting."""
    ins = interp.frame.instrs[lo:hi]
    returns = any(i.opname in ("RETURN_VALUE", "RETURN_CONST") for i in ins)
    breaks_ = any(i.target in breaks for i in ins if i.target is not None)
    return breaks_, returns


@dataclass
class _Body:
    block: Block
    end: dict[str, Value]
    exit: int


def _interpret_body(
    interp: Interpreter,
    ctx: LoopCtx,
    region: tuple[int, int],
    carried: list[str],
    types: list[Attribute],
    outer: dict[str, Value],
    iv: bool,
    stack: list[Value],
    growing: dict[str, Callable[[SSAValue, Block], Value]] | None = None,
    index_of: Callable[[SSAValue], SSAValue] | None = None,
) -> _Body:
    """Interpret one iteration into a new block whose arguments are [iv,] and the carried names.
    `index_of` computes the loop variable from the block's iv (emitting into the block), if it is not the iv."""
    frame = interp.frame
    block = Block(arg_types=([IndexType()] if iv else []) + types)
    args = list(block.args[1:] if iv else block.args)
    saved = interp.block, frame.locals, frame.stack, frame.region
    interp.block = block
    frame.locals = dict(outer)
    for name, a in zip(carried, args):
        if name.isidentifier():
            a.name_hint = name  # the Python name, for messages about the carried value
        frame.locals[name] = wrap(a, _fresh(outer.get(name)))
        if growing and name in growing:  # a list the loop appends to: its buffer
            frame.locals[name] = growing[name](a, block)
    for f in FLAGS:
        frame.locals[f] = Const(False)
    if iv:
        frame.stack = [*stack, Scalar(index_of(block.args[0]) if index_of else block.args[0])]
    else:
        frame.stack = list(stack)
    frame.region = region
    frame.loops.append(ctx)
    try:
        end = interp.run_range(*region)
        return _Body(block, frame.locals, end)
    finally:
        frame.loops.pop()
        interp.block, frame.locals, frame.stack, frame.region = saved


def _carried(
    interp: Interpreter, names: set[str], outer: dict[str, Value], flags: tuple[str, ...]
) -> tuple[list[str], list[SSAValue]]:
    carried: list[str] = []
    inits: list[SSAValue] = []
    for name in sorted(names):
        v = outer.get(name)
        if v is None or isinstance(v, Undefined) or name.startswith("$"):
            continue
        ssa = emit.carried_ssa(interp, name, v)
        if ssa is None:
            continue
        carried.append(name)
        inits.append(ssa)
    for f in flags:
        carried.append(f)
        inits.append(_bool(interp, False))
    return carried, inits


def _retval_init(interp: Interpreter, probe: _Body, outer: dict[str, Value]) -> SSAValue | None:
    rv = probe.end.get(RETVAL)
    if rv is None or isinstance(rv, Undefined):
        return None
    if not isinstance(rv, (Tensor, Scalar)):
        raise interp.unsupported("`return` of this value inside a loop", f"it returns {rv.describe()}")
    d = _dummy(interp, rv, _pool(outer))
    if d is None:
        raise interp.unsupported("`return` inside a loop", "no value of the returned type exists before the loop")
    return emit.carried_ssa(interp, RETVAL, d)


def _yields(interp: Interpreter, body: _Body, carried: list[str], inits: list[SSAValue]) -> list[SSAValue]:
    saved = interp.block
    interp.block = body.block
    try:
        out = []
        for name, init in zip(carried, inits):
            new = body.end.get(name)
            if name in FLAGS:
                out.append(_flag_ssa(interp, new if new is not None else Const(False)))
                continue
            new = graph_breaks.as_number(interp, new) or new  # `err = d.max().item()` in the body
            graph_breaks.refuse_opaque(interp, f"the loop-carried variable '{name}'", new)
            ssa = getattr(new, "ssa", None)
            if ssa is None and isinstance(new, Const) and (emit.is_number(new.value) or isinstance(new.value, bool)):
                ssa = emit.const_ssa(interp, new.value)
            if ssa is None:
                raise interp.unsupported(
                    f"loop-carried variable '{name}'",
                    f"the loop body makes it a {new.describe() if new else 'deleted name'}",
                )
            if ssa.type != init.type:
                raise interp.unsupported(
                    f"loop-carried variable '{name}'",
                    f"it enters the loop as {init.type} and leaves an iteration as {ssa.type}",
                )
            out.append(ssa)
        return out
    finally:
        interp.block = saved


def _check_unchanged(interp: Interpreter, body: _Body, outer: dict[str, Value], carried: list[str]) -> None:
    for name, v in outer.items():
        if name in carried or name.startswith("$"):
            continue
        new = body.end.get(name)
        if new is not v and isinstance(v, List):
            raise interp.unsupported(
                f"changing the list '{name}' inside a loop",
                "a list that grows with the trip count is not compiled yet",
            )


def _after_loop(
    interp: Interpreter,
    outer: dict[str, Value],
    carried: list[str],
    results: list[SSAValue],
    body: _Body,
    names: set[str],
) -> None:
    frame = interp.frame
    frame.locals = dict(outer)
    for name, r in zip(carried, results):
        frame.locals[name] = wrap(r, _fresh(outer.get(name), body.end.get(name)))
    frame.locals[BRK] = Const(False)
    frame.locals[CONT] = Const(False)
    frame.locals.setdefault(RET, Const(False))
    # Names first bound inside the body do not exist after it (it may run zero times).
    for name in names - set(carried):
        if name in body.end and not name.startswith("$"):
            frame.locals[name] = Undefined(name, "it is assigned only inside a loop")


def _exits(interp: Interpreter, exit_idx: int) -> frozenset[int]:
    """Where a `break` may jump: the loop's exit, and where unconditional jumps from there lead
    (3.12 jumps from an inner `break` straight to the outer loop's head)."""
    out = {exit_idx}
    instrs = interp.frame.instrs
    k = exit_idx
    while k < len(instrs) and instrs[k].opname in ("JUMP_FORWARD", "JUMP_BACKWARD") and len(out) < 8:
        k = instrs[k].target  # type: ignore[assignment]
        out.add(k)
    return frozenset(out)


def _counting_down(
    interp: Interpreter, start: SSAValue, stop: SSAValue, step: int
) -> tuple[SSAValue, SSAValue, SSAValue, Callable[[SSAValue], SSAValue]]:
    """`range(start, stop, step)` with step < 0 as an scf.for counting up: k over [0, n) with
    n = max(0, (start - stop - step - 1) // -step), the loop variable t = start + k * step (an affine
    index of k: it sinks into kernels and indexes like `t` does)."""
    span = interp.emit(arith.SubiOp(start, stop)).results[0]
    up = emit.as_index(interp, Const(-step))
    rounded = interp.emit(arith.AddiOp(span, emit.as_index(interp, Const(-step - 1)))).results[0]
    n_raw = interp.emit(arith.DivSIOp(rounded, up)).results[0]
    zero = emit.as_index(interp, Const(0))
    positive = interp.emit(arith.CmpiOp(n_raw, zero, "sgt")).results[0]
    n = interp.emit(arith.SelectOp(positive, n_raw, zero)).results[0]
    one = emit.as_index(interp, Const(1))

    def index_of(k: SSAValue) -> SSAValue:
        scaled = interp.emit(arith.MuliOp(k, emit.as_index(interp, Const(step)))).results[0]
        return interp.emit(arith.AddiOp(start, scaled)).results[0]

    return zero, n, one, index_of


def for_loop(interp: Interpreter, ins: Instr, it: RangeIter) -> int:
    """FOR_ITER over a range: one scf.for (scf.while when the body can leave early)."""
    frame = interp.frame
    assert ins.target is not None and ins.loop_exit is not None
    lo, hi = ins.index + 1, ins.target
    ctx = LoopCtx(ins.index, _exits(interp, ins.loop_exit))
    rng = it.range
    step = rng.step
    if not (isinstance(step, Const) and isinstance(step.value, int) and step.value != 0):
        raise interp.unsupported("range() with this step", "the step must be a non-zero constant")
    lb = emit.as_index(interp, rng.start)
    ub = emit.as_index(interp, rng.stop)
    st = emit.as_index(interp, step)
    index_of = None
    outer = frame.locals
    names = _stored_names(interp, lo, hi)
    may_break, may_return = _can_leave_early(interp, lo, hi, ctx.breaks)
    early = may_break or may_return
    if step.value < 0 and not early:  # counts k = 0, 1, ..., n-1 and runs the body with t = start + k*step
        lb, ub, st, index_of = _counting_down(interp, lb, ub, step.value)
    flags = (BRK, RET) if early else ()
    carried, inits = _carried(interp, names, outer, flags)
    growing: dict[str, Callable[[SSAValue, Block], Value]] = {}
    if may_return or any(host_lists.holds_list(v) for v in outer.values()):
        mark = graph_breaks.checkpoint(interp)
        made = host_lists.mark(interp)
        probe = _interpret_body(
            interp, ctx, (lo, hi), carried, [i.type for i in inits], outer, True, [*frame.stack, it], None, index_of
        )
        graph_breaks.forget_since(interp, mark)  # the probe's block is dropped, its eager calls with it
        rv = _retval_init(interp, probe, outer) if may_return else None
        if rv is not None:
            carried.append(RETVAL)
            inits.append(rv)
        interp.instr = ins
        host_lists.before_loop(interp, outer, made)
        for name, item in lists.grown(outer, probe.end).items():
            if early:
                raise interp.unsupported(f"growing the list '{name}' in a loop that can stop early", "not supported")
            lst = outer[name]
            assert isinstance(lst, List)
            inits.append(lists.init(interp, name, lst, item, lb, ub, step))
            carried.append(name)
            count_dim = inits[-1].owner.attributes["jic.count"].data  # type: ignore[union-attr]
            growing[name] = lambda a, block, c=count_dim: lists.in_body(a, ub, c, block)
    types = [i.type for i in inits]
    body = _interpret_body(interp, ctx, (lo, hi), carried, types, outer, True, [*frame.stack, it], growing, index_of)
    interp.instr = ins  # the loop's line is the `for` line
    _check_unchanged(interp, body, outer, carried)
    yields = _yields(interp, body, carried, inits)
    if not early:
        body.block.add_op(scf.YieldOp(*yields))
        loop = interp.emit(scf.ForOp(lb, ub, st, inits, Region(body.block)))
        results = list(loop.results)
    else:
        # while (iv < ub [iv > ub for a negative step]) and not brk and not ret: body; iv += step
        saved = interp.block
        interp.block = body.block
        nxt = interp.emit(arith.AddiOp(body.block.args[0], st)).results[0]
        interp.block = saved
        body.block.add_op(scf.YieldOp(nxt, *yields))
        before = Block(arg_types=[IndexType(), *types])
        interp.block = before
        cond = interp.emit(arith.CmpiOp(before.args[0], ub, "slt" if step.value > 0 else "sgt")).results[0]
        for f in flags:
            arg = before.args[1 + carried.index(f)]
            cond = interp.emit(arith.AndIOp(cond, _not(interp, arg))).results[0]
        interp.emit(scf.ConditionOp(cond, *before.args))
        interp.block = saved
        loop = interp.emit(scf.WhileOp([lb, *inits], [IndexType(), *types], Region(before), Region(body.block)))
        loop.attributes["jic.counted"] = UnitAttr()  # a `for` over range(lb, ub, step): infer-shapes checks x[:, t]
        results = list(loop.results[1:])
    ret_before = outer.get(RET)
    _after_loop(interp, outer, carried, results, body, names)
    for name in growing:
        end = body.end.get(name)
        if not (isinstance(end, GrowingList) and end.appended):
            raise interp.unsupported(f"the list '{name}'", "the loop must append to it once on every path of a step")
        frame.locals[name] = lists.after_loop(results[carried.index(name)], end)
    if RET in carried and may_return:
        frame.locals[RET] = wrap(results[carried.index(RET)])
    elif RET in carried and ret_before is not None:  # a loop left by `break` alone returns nothing
        frame.locals[RET] = ret_before
    if RETVAL in carried:
        frame.locals[RETVAL] = wrap(results[carried.index(RETVAL)])
    return ins.loop_exit


def while_loop(interp: Interpreter, head: int) -> int:
    """The loop CPython closes with a backward jump to `head`: do { body; test } while (test)."""
    frame = interp.frame
    back = frame.while_heads[head]
    lo, hi = head, back + 1
    ctx = LoopCtx(head, _exits(interp, hi))
    outer = frame.locals
    names = _stored_names(interp, lo, hi)
    _, may_return = _can_leave_early(interp, lo, hi, ctx.breaks)
    flags = (RET,) if may_return else ()
    frame.active_whiles.add(head)
    try:
        carried, inits = _carried(interp, names, outer, flags)
        if may_return or any(host_lists.holds_list(v) for v in outer.values()):
            mark = graph_breaks.checkpoint(interp)
            made = host_lists.mark(interp)
            probe = _interpret_body(
                interp, ctx, (lo, hi), carried, [i.type for i in inits], outer, False, list(frame.stack)
            )
            graph_breaks.forget_since(interp, mark)
            interp.instr = frame.instrs[head]
            host_lists.before_loop(interp, outer, made)
            rv = _retval_init(interp, probe, outer) if may_return else None
            if rv is not None:
                carried.append(RETVAL)
                inits.append(rv)
        types = [i.type for i in inits]
        body = _interpret_body(interp, ctx, (lo, hi), carried, types, outer, False, list(frame.stack))
    finally:
        frame.active_whiles.discard(head)
    interp.instr = frame.instrs[head]
    _check_unchanged(interp, body, outer, carried)
    saved = interp.block
    interp.block = body.block
    end = body.end
    if body.exit != TERM:  # paths that fell out of the body left the loop
        end[BRK] = _flag_or(interp, end[BRK], _flag_not(interp, _flag_or(interp, end[CONT], end[RET])))
    stop = _flag_or(interp, end[BRK], end[RET])
    interp.block = saved
    yields = _yields(interp, body, carried, inits)
    interp.block = body.block
    cond = _flag_ssa(interp, _flag_not(interp, stop))
    interp.block = saved
    body.block.add_op(scf.ConditionOp(cond, *yields))
    after = Block(arg_types=types)
    after.add_op(scf.YieldOp(*after.args))
    interp.instr = frame.instrs[head]
    loop = interp.emit(scf.WhileOp(inits, types, Region(body.block), Region(after)))
    results = list(loop.results)
    _after_loop(interp, outer, carried, results, body, names)
    if RET in carried:
        frame.locals[RET] = wrap(results[carried.index(RET)])
    if RETVAL in carried:
        frame.locals[RETVAL] = wrap(results[carried.index(RETVAL)])
    return hi
