"""Scalarizing structured control flow: `scf.for`, `scf.while` and `scf.if` over tensors, element by element.

Inside a kernel each thread owns one element, so a region op whose tensor
values are all updated elementwise becomes the same region op over that
element's scalars; its scalar values (loop indices, counters, flags) are
recomputed by every thread:

    %r = scf.if %c -> (tensor<?x?xf32>) {              %re = scf.if %c -> (f32) {
      %a = jic.mul %h, %k ... scf.yield %a       ->      %e = arith.mulf %he, %ke  scf.yield %e
    } else { scf.yield %h }                            } else { scf.yield %he }

Values computed inside a region are only visible there: the memo of element
values is scoped per block.
"""

from __future__ import annotations

from collections.abc import Callable

from xdsl.dialects import scf
from xdsl.dialects.builtin import TensorType
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue

from jic.errors import UnsupportedError
from jic.passes.scalarize import Index, Scalarizer

REGION_OPS = (scf.ForOp, scf.WhileOp, scf.IfOp)


def _elem_type(t: Attribute) -> Attribute:
    return t.element_type if isinstance(t, TensorType) else t


class RegionScalarizer(Scalarizer):
    """A Scalarizer that also turns region ops into their scalar form (at the kernel's own indices)."""

    def _elem(self, v: SSAValue, idx: Index) -> SSAValue:
        op = v.owner
        if isinstance(op, REGION_OPS) and op in self.inside:
            if idx != self.identity:
                raise UnsupportedError("a loop or branch result read at other indices than its own element")
            self.region(op)
            return self.memo[(v, idx)]
        return super()._elem(v, idx)

    def scalar(self, v: SSAValue) -> SSAValue:
        op = v.owner
        if isinstance(op, REGION_OPS) and op in self.inside and v not in self.scalars:
            self.region(op)
        return super().scalar(v)

    # ------------------------------------------------------------ helpers
    def value(self, v: SSAValue) -> SSAValue:
        """A tensor's element at the kernel's own indices, or a scalar as seen here."""
        return self.elem(v, self.identity) if isinstance(v.type, TensorType) else self.scalar(v)

    def bind(self, v: SSAValue, s: SSAValue) -> None:
        if isinstance(v.type, TensorType):
            self.memo[(v, self.identity)] = s
        else:
            self.scalars[v] = s

    def in_block(self, block: Block, fill: Callable[[], None]) -> None:
        """Emit into `block`; element values computed there stay there."""
        saved = self.block, dict(self.memo), dict(self.scalars), dict(self.carried)
        self.block = block
        try:
            fill()
        finally:
            self.block = saved[0]
            self.memo, self.scalars, self.carried = saved[1], saved[2], saved[3]

    def body(self, src: Block, arg_types: list[Attribute], fill: Callable[[Block], None]) -> Block:
        block = Block(arg_types=arg_types)

        def go() -> None:
            for a, b in zip(src.args, block.args):
                if isinstance(a.type, TensorType):
                    self.carried[a] = b
                else:
                    self.scalars[a] = b
            fill(block)

        self.in_block(block, go)
        return block

    # ------------------------------------------------------------ region ops
    def region(self, op: Operation) -> None:
        if isinstance(op, scf.ForOp):
            new = self._for(op)
        elif isinstance(op, scf.WhileOp):
            new = self._while(op)
        else:
            assert isinstance(op, scf.IfOp)
            new = self._if(op)
        self.block.add_op(new)
        for r, n in zip(op.results, new.results):
            self.bind(r, n)

    def _yielding(self, src: Block, term: type) -> Callable[[Block], None]:
        def fill(block: Block) -> None:
            t = src.last_op
            assert isinstance(t, term)
            vals = [self.value(v) for v in t.operands]
            if isinstance(t, scf.ConditionOp):
                block.add_op(scf.ConditionOp(vals[0], *vals[1:]))
            else:
                block.add_op(scf.YieldOp(*vals))

        return fill

    def _for(self, op: scf.ForOp) -> Operation:
        inits = [self.value(a) for a in op.iter_args]
        src = op.body.block
        types = [src.args[0].type, *(i.type for i in inits)]
        block = self.body(src, types, self._yielding(src, scf.YieldOp))
        lb, ub, st = self.scalar(op.lb), self.scalar(op.ub), self.scalar(op.step)
        return scf.ForOp(lb, ub, st, inits, Region(block))

    def _while(self, op: scf.WhileOp) -> Operation:
        inits = [self.value(a) for a in op.arguments]
        before_src, after_src = op.before_region.block, op.after_region.block
        types = [_elem_type(a.type) for a in before_src.args]
        before = self.body(before_src, types, self._yielding(before_src, scf.ConditionOp))
        after = self.body(
            after_src, [_elem_type(a.type) for a in after_src.args], self._yielding(after_src, scf.YieldOp)
        )
        return scf.WhileOp(inits, [_elem_type(r.type) for r in op.results], Region(before), Region(after))

    def _if(self, op: scf.IfOp) -> Operation:
        cond = self.scalar(op.cond)
        then_src = op.true_region.block
        then = self.body(then_src, [], self._yielding(then_src, scf.YieldOp))
        if op.false_region.blocks:
            else_src = op.false_region.block
            els = self.body(else_src, [], self._yielding(else_src, scf.YieldOp))
        else:
            els = Block()
            els.add_op(scf.YieldOp())
        return scf.IfOp(cond, [_elem_type(r.type) for r in op.results], Region(then), Region(els))
