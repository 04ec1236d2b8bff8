"""split-host-scalars: a number a loop counts on the host gets a loop of its own, so the tensor loop can sink.

A loop that carries tensors and also counts something the host reads afterwards (`n += 1`, `if t % 2 == 0:
n += 2`, returned as `return h, n`) stayed on the host, one kernel launch per step: the count was "read by
host code that no kernel can hold". When the count depends only on the loop index, on itself and on values
from before the loop, through scalar arithmetic, it does not need the tensors at all: it gets its own loop of
that arithmetic alone (loop fission), which the host runs, and the host reads the count from there.

    %r:2 = scf.for %t = %lb to %ub step %s                        %r = scf.for %t = %lb to %ub step %s
           iter_args(%h = %h0, %n = %n0) {                               iter_args(%h = %h0) {
      %h1 = jic.tanh ...                                             %h1 = jic.tanh ...
      %n1 = arith.select %even, %n2, %n                    ->        scf.yield %h1 }
      scf.yield %h1, %n1 }                                         %c = scf.for %t = %lb to %ub step %s
    func.return %r#0, %r#1                                               iter_args(%n = %n0) {
                                                                     %n1 = arith.select %even, %n2, %n
                                                                     scf.yield %n1 }
                                                                   func.return %r, %c

The count's loop goes after the tensor loop: on a GPU the host counts while the kernel runs. (tests/ir/counters-*)
The tensor loop keeps a count that its tensor work reads (`h = h * n`): each thread then computes it too.
A count the tensor work does not read leaves the tensor loop. A plain counter (`n += k`, `k` from before the
loop, integers) needs no loop at all: it is `n0 + k * trips`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, scf
from xdsl.dialects.builtin import AnyFloat, IndexType, IntegerType, ModuleOp
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.passes import registry
from jic.passes.ir_utils import defined_inside
from jic.passes.simplify_loop_carried import drop_carried


def _number(t: Attribute) -> bool:
    return isinstance(t, (IndexType, IntegerType, AnyFloat))


def _pure_scalar(op: Operation) -> bool:
    """Scalar arithmetic with no regions and no effects: it can be computed again anywhere."""
    return op.name.startswith("arith.") and not op.regions and all(_number(r.type) for r in op.results)


def _slice(loop: scf.ForOp, k: int) -> tuple[list[Operation], set[int]] | None:
    """The body's ops that compute carried value `k`'s next value, and the carried values they read;
    None if one of them is not scalar arithmetic in the body itself."""
    body = loop.body.block
    ops: set[Operation] = set()
    reads: set[int] = set()
    todo = [body.last_op.operands[k]]
    while todo:
        v = todo.pop()
        if not defined_inside(v, loop):
            continue
        if v.owner is body:
            if v.index > 0:
                reads.add(v.index - 1)
            continue
        op = v.owner
        if not isinstance(op, Operation) or op.parent_block() is not body or not _pure_scalar(op):
            return None
        if op not in ops:
            ops.add(op)
            todo.extend(op.operands)
    return [op for op in body.ops if op in ops], reads


def _splittable(loop: scf.ForOp) -> dict[int, tuple[list[Operation], set[int]]]:
    """The carried numbers whose next values are scalar arithmetic of the index, of each other and of values
    from before the loop (the largest such set), with the ops that compute each and the numbers they read."""
    slices = {}
    for k, v in enumerate(loop.iter_args):
        if _number(v.type):
            s = _slice(loop, k)
            if s is not None:
                slices[k] = s
    while bad := [k for k, (_, reads) in slices.items() if not reads <= slices.keys()]:
        for k in bad:
            del slices[k]
    return slices


def split(loop: scf.ForOp) -> bool:
    """Give the numbers the host reads after `loop` their own loop (see the module's doc); True if it did."""
    body = loop.body.block
    slices = _splittable(loop)
    moved = {k for k in slices if loop.results[k].uses}
    if not moved:
        return False
    while reads := set().union(*(slices[k][1] for k in moved)) - moved:  # the numbers they read move along
        moved |= reads
    if len(moved) == len(loop.iter_args):
        return False  # nothing but these numbers: the loop is host arithmetic already
    moved = sorted(moved)
    needed = {op for k in moved for op in slices[k][0]}
    new_block = Block(arg_types=[body.args[0].type, *(body.args[k + 1].type for k in moved)])
    mapping: dict[SSAValue, SSAValue] = {body.args[0]: new_block.args[0]}
    mapping.update({body.args[k + 1]: new_block.args[j + 1] for j, k in enumerate(moved)})
    for op in body.ops:
        if op in needed:
            new_block.add_op(op.clone(value_mapper=mapping))
    y = body.last_op
    new_block.add_op(scf.YieldOp(*(mapping.get(y.operands[k], y.operands[k]) for k in moved)))
    new_loop = scf.ForOp(loop.lb, loop.ub, loop.step, [loop.iter_args[k] for k in moved], Region(new_block))
    if "loc" in loop.attributes:
        new_loop.attributes["loc"] = loop.attributes["loc"]
    Rewriter.insert_op(new_loop, InsertPoint.after(loop))  # the host counts while the kernel runs
    for j, k in enumerate(moved):
        loop.results[k].replace_all_uses_with(new_loop.results[j])
    _drop_unread(loop)
    _closed_form_counters(new_loop)
    return True


def _drop_unread(loop: scf.ForOp) -> None:
    """Carried numbers nothing reads after the loop, and nothing but their own arithmetic reads in it, go."""
    body = loop.body.block
    y = body.last_op
    keep = {k for k, r in enumerate(loop.results) if r.uses or not _number(r.type)}
    while True:  # the least set: what is read after the loop, and the numbers the kept work reads
        live: set[SSAValue] = {y.operands[k] for k in keep}
        for op in reversed(list(body.ops)):
            if op is not y and (not _pure_scalar(op) or any(r in live for r in op.results)):
                live.update(o for inner in op.walk() for o in inner.operands)
        more = {k for k in range(len(loop.iter_args)) if body.args[k + 1] in live} - keep
        if not more:
            break
        keep |= more
    if len(keep) < len(loop.iter_args):
        drop_carried(loop, sorted(keep), erase_unused=_pure_scalar)


def _closed_form_counters(loop: scf.ForOp) -> None:
    """Each carried integer of `loop` that only steps by `k` from before the loop (`n = n + k`) is
    `n0 + k * trips` after it; the loop goes when nothing else is left in it."""
    body = loop.body.block
    counters: dict[int, SSAValue] = {}
    for k, (arg, new) in enumerate(zip(body.args[1:], body.last_op.operands)):
        op = new.owner
        if not isinstance(op, arith.AddiOp) or len(list(arg.uses)) != 1 or len(list(new.uses)) != 1:
            continue
        inc = op.rhs if op.lhs is arg else op.lhs if op.rhs is arg else None
        if inc is not None and (not defined_inside(inc, loop) or isinstance(inc.owner, arith.ConstantOp)):
            counters[k] = inc
    if not counters:
        return
    ops: list[Operation] = []

    def add(op: Operation) -> SSAValue:
        ops.append(op)
        return op.results[0]

    lb, ub, step = loop.lb, loop.ub, loop.step
    span = add(arith.SubiOp(add(arith.AddiOp(add(arith.SubiOp(ub, lb)), step)),
                            add(arith.ConstantOp.from_int_and_width(1, lb.type))))
    ran = add(arith.CmpiOp(lb, ub, "slt"))
    trips = add(arith.SelectOp(ran, add(arith.DivSIOp(span, step)), add(arith.ConstantOp.from_int_and_width(0, lb.type))))
    for k, inc in counters.items():
        if defined_inside(inc, loop):  # a constant (`n += 1`)
            inc = add(inc.owner.clone())
        t = trips if inc.type == lb.type else add(arith.IndexCastOp(trips, inc.type))
        loop.results[k].replace_all_uses_with(add(arith.AddiOp(loop.iter_args[k], add(arith.MuliOp(inc, t)))))
    Rewriter.insert_op(ops, InsertPoint.after(loop))
    rest = drop_carried(loop, [k for k in range(len(loop.iter_args)) if k not in counters], erase_unused=_pure_scalar)
    if not rest.results and all(_pure_scalar(op) for op in rest.body.block.ops if op is not rest.body.block.last_op):
        Rewriter.erase_op(rest)


@registry.register
@dataclass(frozen=True)
class SplitHostScalars(ModulePass):
    name = "split-host-scalars"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for loop in [o for o in op.walk() if isinstance(o, scf.ForOp)][::-1]:  # inner loops first
            split(loop)
