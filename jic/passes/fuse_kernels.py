"""fuse-kernels: a kernel that reads another kernel's output element-wise is merged into it.

If kernel B reads result %r of kernel A only at B's own element indices, and
both run over the same sizes (the same SSA values: run `cse` first), B's body
is appended to A's and B's results become extra results of the merged kernel:
%r's element is used directly instead of a load, and when nothing else reads
%r the merged kernel no longer writes it at all.

    %s = "jic.kernel"(%B, %H) ({... jic.yield %se : f32})
    %y = "jic.kernel"(%B, %H) ({^bb0(%i, %j): %e = jic.load %s[%i, %j] ... jic.yield %m})
  ->
    %s, %y = "jic.kernel"(%B, %H) ({... jic.yield %se, %m : f32, f32})
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation, Region
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir.kernel_ops import KernelOp, KernelYieldOp, LoadOp
from jic.passes import registry


def _reads_only_own_element(a: KernelOp, b: KernelOp) -> bool:
    reads = False
    for r in a.outputs:
        for use in r.uses:
            user = use.operation
            if b.is_ancestor(user):
                if not (isinstance(user, LoadOp) and tuple(user.indices) == b.indices):
                    return False
                reads = True
    return reads


def _between(a: Operation, b: Operation) -> list[Operation]:
    out = []
    op = a.next_op
    while op is not None and op is not b:
        out.append(op)
        op = op.next_op
    return out


def _can_fuse(a: KernelOp, b: KernelOp) -> bool:
    if tuple(a.sizes) != tuple(b.sizes) or not _reads_only_own_element(a, b):
        return False
    # a moves down to b: nothing in between may use a's results
    for op in _between(a, b):
        if any(o.owner is a for o in op.operands) or any(
            any(o.owner is a for o in inner.operands) for inner in op.walk()
        ):
            return False
    return True


def fuse(a: KernelOp, b: KernelOp) -> KernelOp:
    block = KernelOp.new_body(len(a.sizes))
    a_block, b_block = a.body.block, b.body.block
    a_yield, b_yield = a_block.last_op, b_block.last_op
    assert isinstance(a_yield, KernelYieldOp) and isinstance(b_yield, KernelYieldOp)
    for old, new in zip(a_block.args, block.args):
        old.replace_all_uses_with(new)
    for old, new in zip(b_block.args, block.args):
        old.replace_all_uses_with(new)
    a_vals = list(a_yield.values)
    b_vals = list(b_yield.values)
    for op in list(a_block.ops)[:-1]:
        op.detach()
        block.add_op(op)
    # b's reads of a's results (at any depth: also inside b's time loop) become a's values
    for load in [o for o in b_block.walk() if isinstance(o, LoadOp) and o.source.owner is a]:
        load.result.replace_all_uses_with(a_vals[load.source.index])  # type: ignore[union-attr]
        Rewriter.erase_op(load)
    for op in list(b_block.ops)[:-1]:
        op.detach()
        block.add_op(op)
    block.add_op(KernelYieldOp(*a_vals, *b_vals))
    merged = KernelOp(list(a.sizes), [r.type for r in (*a.outputs, *b.outputs)], Region(block))
    return merged


@registry.register
@dataclass(frozen=True)
class FuseKernels(ModulePass):
    name = "fuse-kernels"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in list(op.walk()):
            if isinstance(f, func.FuncOp):
                from jic.passes.elementwise_to_kernels import host_blocks

                for block in host_blocks(f):
                    self.fuse_in(block)

    def fuse_in(self, block: Block) -> None:
        self.merge_all(block)
        for k in [o for o in block.ops if isinstance(o, KernelOp)]:
            drop_unused_outputs(k)

    def merge_all(self, block: Block) -> None:
        changed = True
        while changed:
            changed = False
            kernels = [o for o in block.ops if isinstance(o, KernelOp)]
            for b in kernels:
                for a in kernels:
                    if a is b or not a.is_before_in_block(b) or not _can_fuse(a, b):
                        continue
                    merged = fuse(a, b)
                    Rewriter.insert_op(merged, InsertPoint.before(b))
                    na = len(a.outputs)
                    for old, new in zip(a.outputs, merged.outputs[:na]):
                        old.replace_all_uses_with(new)
                    for old, new in zip(b.outputs, merged.outputs[na:]):
                        old.replace_all_uses_with(new)
                    Rewriter.erase_op(a)
                    Rewriter.erase_op(b)
                    changed = True
                    break
                if changed:
                    break


def drop_unused_outputs(k: KernelOp) -> None:
    """A merged kernel stops writing results that nothing reads any more."""
    keep = [i for i, r in enumerate(k.outputs) if r.uses]
    if len(keep) == len(k.outputs) or not keep:
        return
    block = k.body.block
    y = block.last_op
    assert isinstance(y, KernelYieldOp)
    vals = list(y.values)
    Rewriter.replace_op(y, KernelYieldOp(*(vals[i] for i in keep)))
    k.body.detach_block(block)
    new = KernelOp(list(k.sizes), [k.outputs[i].type for i in keep], Region(block))
    Rewriter.insert_op(new, InsertPoint.before(k))
    for i, r in zip(keep, new.outputs):
        k.outputs[i].replace_all_uses_with(r)
    Rewriter.erase_op(k)
