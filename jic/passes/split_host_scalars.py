"""split-host-scalars: a number a loop counts on the host gets a loop of its own, so the tensor loop can sink.

A loop that carries tensors and also counts something the host reads afterwards (`n += 1`, `if t % 2 == 0:
n += 2`, returned as `return h, n`) stayed on the host, one kernel launch per step: the count was "read by
host code that no kernel can hold". When the count depends only on the loop index, on itself and on values
from before the loop, through scalar arithmetic (branches and inner loops of it too), it does not need the
tensors at all: it gets its own loop of that arithmetic alone (loop fission), which the host runs, and the
host reads the count from there.

    %r:2 = scf.for %t = %lb to %ub step %s                        %r = scf.for %t = %lb to %ub step %s
           iter_args(%h = %h0, %n = %n0) {                               iter_args(%h = %h0) {
      %h1 = jic.tanh ...                                             %h1 = jic.tanh ...
      %n1 = arith.select %even, %n2, %n                    ->        scf.yield %h1 }
      scf.yield %h1, %n1 }                                         %c = scf.for %t = %lb to %ub step %s
    func.return %r#0, %r#1                                               iter_args(%n = %n0) {
                                                                     %n1 = arith.select %even, %n2, %n
                                                                     scf.yield %n1 }
                                                                   func.return %r, %c

The count's loop goes after the tensor loop: on a GPU the host counts while the kernel runs (tests/ir/counters-*).
A branch that updates tensors and counts (`if t % 3 == 0: h = h * 0.5; n += 1`) is first split into a branch of
the counts and a branch of the rest (tests/ir/counted_branch-*). The tensor loop keeps a count that its tensor
work reads (`h = h * n`): each thread then computes it too; a count it does not read leaves it. A plain counter
(`n += k`, `k` from before the loop, integers) needs no loop at all: it is `n0 + k * trips`.
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
    """Scalar arithmetic with no effects (a branch or a loop of it too): it can be computed again anywhere."""
    if not all(_number(r.type) for r in op.results):
        return False
    if isinstance(op, (scf.IfOp, scf.ForOp)):
        return all(inner is op or isinstance(inner, scf.YieldOp) or _pure_scalar(inner) for inner in op.walk())
    return op.name.startswith("arith.") and not op.regions


def _outside_operands(op: Operation) -> list[SSAValue]:
    """What `op` and the ops in its regions read from outside it."""
    return [o for inner in op.walk() for o in inner.operands if not defined_inside(o, op)]


def _computes(block: Block, v: SSAValue) -> tuple[set[Operation], set[int]] | None:
    """The ops of `block` that compute `v`, and the indices of the block's arguments they read, when all those
    ops are scalar arithmetic in the block itself; else None. What comes from before the block's op is free."""
    owner = block.parent_op()
    ops: set[Operation] = set()
    args: set[int] = set()
    todo = [v]
    while todo:
        w = todo.pop()
        if owner is None or not defined_inside(w, owner):
            continue
        if w.owner is block:
            args.add(w.index)
            continue
        op = w.owner
        if not isinstance(op, Operation) or op.parent_block() is not block or not _pure_scalar(op):
            return None
        if op not in ops:
            ops.add(op)
            todo.extend(_outside_operands(op))
    return ops, args


def _separate_scalar_results(branch: scf.IfOp) -> None:
    """A branch that updates tensors and numbers (`if t % 3 == 0: h = h * 0.5; n += 1`) becomes two: one of
    the numbers its arms compute by scalar arithmetic alone, and one of the rest."""
    arms = [r.block for r in branch.regions]
    if len(arms) != 2:
        return
    picked = []
    for i, r in enumerate(branch.results):
        if _number(r.type) and r.uses:
            found = [_computes(arm, arm.last_op.operands[i]) for arm in arms]
            if all(f is not None for f in found):
                picked.append((i, [f[0] for f in found]))
    if not picked or len(picked) == len(branch.results):
        return
    new_arms = []
    for k, arm in enumerate(arms):
        block = Block()
        mapping: dict[SSAValue, SSAValue] = {}
        needed = set().union(*(slices[k] for _, slices in picked))
        for op in arm.ops:
            if op in needed:
                block.add_op(op.clone(value_mapper=mapping))
        block.add_op(scf.YieldOp(*(mapping.get(v, v) for v in (arm.last_op.operands[i] for i, _ in picked))))
        new_arms.append(Region(block))
    numbers = scf.IfOp(branch.cond, [branch.results[i].type for i, _ in picked], *new_arms)
    numbers.attributes.update(branch.attributes)
    Rewriter.insert_op(numbers, InsertPoint.before(branch))
    for j, (i, _) in enumerate(picked):
        branch.results[i].replace_all_uses_with(numbers.results[j])
    rest = [i for i in range(len(branch.results)) if i not in {i for i, _ in picked}]
    for arm in arms:
        y = arm.last_op
        Rewriter.replace_op(y, scf.YieldOp(*(y.operands[i] for i in rest)))
        for op in reversed(list(arm.ops)):
            if _pure_scalar(op) and not any(r.uses for r in op.results):
                Rewriter.erase_op(op)
    others = scf.IfOp(branch.cond, [branch.results[i].type for i in rest], *(r.clone() for r in branch.regions))
    others.attributes.update(branch.attributes)
    Rewriter.insert_op(others, InsertPoint.before(branch))
    for j, i in enumerate(rest):
        branch.results[i].replace_all_uses_with(others.results[j])
    Rewriter.erase_op(branch)


def _slice(loop: scf.ForOp, k: int) -> tuple[list[Operation], set[int]] | None:
    """The body's ops that compute carried value `k`'s next value, in order, and the carried values they read;
    None if one of them is not scalar arithmetic in the body itself."""
    body = loop.body.block
    found = _computes(body, body.last_op.operands[k])
    if found is None:
        return None
    ops, args = found
    return [op for op in body.ops if op in ops], {a - 1 for a in args if a > 0}  # argument 0 is the index


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
    if not any(r.uses and _number(r.type) for r in loop.results):
        return False
    for branch in [op for op in body.ops if isinstance(op, scf.IfOp)]:
        _separate_scalar_results(branch)
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
    zero = add(arith.ConstantOp.from_int_and_width(0, lb.type))
    trips = add(arith.SelectOp(ran, add(arith.DivSIOp(span, step)), zero))
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
