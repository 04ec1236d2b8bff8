"""vectorize-inner-dim{width=4}: a second form of each f32 kernel whose threads run 4 consecutive elements.

A kernel made by outline-kernels runs one thread per element; along the innermost dim, neighbouring
threads read neighbouring floats with one 4-byte load each. The vector form `<name>_v4` gives each
thread the elements j0 .. j0+3 (j0 = 4 * its group's index) and reads and writes them with one
16-byte access (`jic.vector_load` / `jic.vector_store`, `ld.global.v4.f32` on the GPU): a quarter of
the memory instructions, and each a full sector. The body is unrolled and jammed: what depends on
the element is computed 4 times, a time loop with bounds that do not is one loop carrying 4 states,

    %r = scf.for %t = ... iter_args(%h = %h0) -> (f32) {          %r:4 = scf.for %t = ... iter_args(%h0..3) {
      %x = memref.load %X[%i, %t, %j]                      ->        %x:4 = jic.vector_load %X[%i, %t, %j0]
      %n = math.tanh(arith.addf %x, %h)                              %n_k = math.tanh(arith.addf %x#k, %h_k)   k < 4
      scf.yield %n                                                   scf.yield %n_0, ..., %n_3

so pipeline-loads, which runs after this pass, issues the vector loads steps ahead like scalar ones.

Only accesses whose last index is the thread's innermost index (and whose other indices do not depend
on it) become vector accesses; any other access is repeated per element, so the form stays correct for
any layout of those. The vector form is right only when, for every memref it accesses with a vector,
the last dim has stride 1 and the first element's address is 16-byte aligned - that is: the innermost
size is a multiple of 4, the data pointer a multiple of 16 bytes, every other stride a multiple of 4.
The launcher checks exactly that on every call and runs the scalar kernel otherwise (a sliced input
`x[1:]` with an odd offset, an innermost size of 6). The kernel's gpu.func records what to check:

    gpu.func @cell_k0_v4(...) kernel attributes {jic.vector_of = "cell_k0", jic.vector_width = 4,
                                                 jic.vector_memrefs = [0, 2]}

and the scalar kernel's `jic.launch` names it (`jic.vector_kernel = "cell_k0_v4"`, with the same width
and memrefs): the host schedule's launch step then holds both kernels.

Kernels are left alone when they hold a reduction (lanes share it), a branch or a `while` whose
condition depends on the element, or no access that would become a vector; and where the element
type is not f32.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, gpu, memref, scf
from xdsl.dialects.builtin import ArrayAttr, Float32Type, IndexType, IntegerAttr, MemRefType, ModuleOp, StringAttr, i64
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from jic.ir.kernel_ops import LaunchOp
from jic.ir.vector_ops import VectorLoadOp, VectorStoreOp
from jic.passes import lower_cooperative as cooperative
from jic.passes import registry

VECTOR_OF = "jic.vector_of"
VECTOR_KERNEL = "jic.vector_kernel"  # on the scalar kernel's jic.launch
VECTOR_WIDTH = "jic.vector_width"
VECTOR_MEMREFS = "jic.vector_memrefs"


class _Refuse(Exception):
    """The kernel has no vector form (said why, for debugging)."""


@dataclass
class _Shape:
    """What outline-kernels made: the thread id, the sizes of the iteration space, the guarded body."""

    gid: gpu.GlobalIdOp
    sizes: list[SSAValue]
    guard: scf.IfOp
    inner: SSAValue  # the innermost index, as the body computes it from the thread id


def _recognize(f: gpu.FuncOp) -> _Shape:
    ops = list(f.body.block.ops)
    gid = next((o for o in ops if isinstance(o, gpu.GlobalIdOp)), None)
    guard = next((o for o in ops if isinstance(o, scf.IfOp)), None)
    if gid is None or guard is None or not isinstance(ops[-1], gpu.ReturnOp) or ops[-2] is not guard:
        raise _Refuse("not the form outline-kernels makes")
    cond = guard.cond.owner
    if not (isinstance(cond, arith.CmpiOp) and cond.lhs is gid.result):
        raise _Refuse("no bounds check on the thread id")
    sizes: list[SSAValue] = []

    def leaves(v: SSAValue) -> None:
        if isinstance(v.owner, arith.MuliOp):
            leaves(v.owner.lhs)
            leaves(v.owner.rhs)
        else:
            sizes.append(v)

    leaves(cond.rhs)
    if not all(isinstance(s.owner, Block) and s.owner is f.body.block for s in sizes):
        raise _Refuse("the iteration sizes are not arguments")
    if len(sizes) == 1:
        inner = gid.result
    else:
        rem = next(
            (o for o in guard.true_region.block.ops if isinstance(o, arith.RemUIOp) and o.lhs is gid.result),
            None,
        )
        if rem is None or rem.rhs is not sizes[-1]:
            raise _Refuse("no innermost index")
        inner = rem.result
    return _Shape(gid, sizes, guard, inner)


class _Jammer:
    """Copies a block's ops for `width` elements: uniform values once, varying ones per element."""

    def __init__(self, width: int, inner: SSAValue, memrefs: list[SSAValue]):
        self.width = width
        self.inner = inner
        self.memrefs = memrefs  # the function's memref arguments, in order
        self.vectorized: set[int] = set()  # positions in `memrefs` accessed with vectors
        self.maps: list[dict[SSAValue, SSAValue]] = [{} for _ in range(width)]
        self.varying: set[SSAValue] = set()

    def get(self, v: SSAValue, k: int) -> SSAValue:
        return self.maps[k].get(v, v)

    def bind(self, v: SSAValue, values: list[SSAValue]) -> None:
        for m, x in zip(self.maps, values):
            m[v] = x
        if len(set(values)) > 1:
            self.varying.add(v)

    def is_varying(self, op: Operation) -> bool:
        return any(o in self.varying for inner in op.walk() for o in inner.operands)

    def seed(self, block: Block, base: SSAValue) -> None:
        """The innermost index of element k is base + k."""
        vals = [base]
        for k in range(1, self.width):
            c = arith.ConstantOp(IntegerAttr(k, IndexType()))
            add = arith.AddiOp(base, c)
            block.add_ops([c, add])
            vals.append(add.result)
        self.bind(self.inner, vals)

    def jam(self, src: Block, dst: Block) -> None:
        for op in src.ops:
            self.op(op, dst)

    def op(self, op: Operation, dst: Block) -> None:  # noqa: C901 - one case per op kind
        if isinstance(op, scf.YieldOp):  # of a jammed loop: every element's values
            dst.add_op(scf.YieldOp(*[self.get(a, k) for a in op.arguments for k in range(self.width)]))
            return
        if not self.is_varying(op):
            clone = op.clone(value_mapper=dict(self.maps[0]))
            dst.add_op(clone)
            for r, c in zip(op.results, clone.results):
                self.bind(r, [c] * self.width)
            return
        if isinstance(op, memref.LoadOp) and self._vector_access(op.memref, op.indices):
            vl = VectorLoadOp(self.get(op.memref, 0), [self.get(i, 0) for i in op.indices], self.width)
            dst.add_op(vl)
            self.bind(op.res, list(vl.res))
            return
        if isinstance(op, memref.StoreOp) and self._vector_access(op.memref, op.indices):
            values = [self.get(op.value, k) for k in range(self.width)]
            dst.add_op(VectorStoreOp(values, self.get(op.memref, 0), [self.get(i, 0) for i in op.indices]))
            return
        if isinstance(op, scf.ForOp):
            self.loop(op, dst)
            return
        if op.regions:
            raise _Refuse(f"{op.name} that depends on the element")
        clones = []
        for k in range(self.width):
            c = op.clone(value_mapper=dict(self.maps[k]))
            dst.add_op(c)
            clones.append(c)
        for i, r in enumerate(op.results):
            self.bind(r, [c.results[i] for c in clones])

    def _vector_access(self, m: SSAValue, indices) -> bool:  # type: ignore[no-untyped-def]
        t = m.type
        if not (isinstance(t, MemRefType) and isinstance(t.element_type, Float32Type)) or m not in self.memrefs:
            return False
        *outer, last = indices
        if last is not self.inner or any(i in self.varying for i in outer):
            return False
        self.vectorized.add(self.memrefs.index(m))
        return True

    def loop(self, op: scf.ForOp, dst: Block) -> None:
        """One loop for all elements (its bounds are uniform), carrying each element's values."""
        if any(v in self.varying for v in (op.lb, op.ub, op.step)):
            raise _Refuse("a loop whose bounds depend on the element")
        body = op.body.block
        n = len(op.iter_args)
        inits = [self.get(a, k) for a in op.iter_args for k in range(self.width)]
        new_body = Block(arg_types=[IndexType(), *(v.type for v in inits)])
        self.bind(body.args[0], [new_body.args[0]] * self.width)
        for i, a in enumerate(body.args[1:]):
            self.bind(a, [new_body.args[1 + i * self.width + k] for k in range(self.width)])
            self.varying.add(a)
        self.jam(body, new_body)
        loop = scf.ForOp(self.get(op.lb, 0), self.get(op.ub, 0), self.get(op.step, 0), inits, Region(new_body))
        loop.attributes.update(op.attributes)
        dst.add_op(loop)
        for i, r in enumerate(op.results[:n]):
            self.bind(r, [loop.results[i * self.width + k] for k in range(self.width)])
            self.varying.add(r)


def vector_form(f: gpu.FuncOp, width: int) -> gpu.FuncOp:
    """The kernel `f` with each thread running `width` consecutive elements of the innermost dim."""
    if any(cooperative.marked(o) for o in f.body.walk()):
        raise _Refuse("a reduction shared by a warp's lanes")
    shape = _recognize(f)
    entry_src = f.body.block
    entry = Block(arg_types=[a.type for a in entry_src.args])
    vmap: dict[SSAValue, SSAValue] = dict(zip(entry_src.args, entry.args))
    memrefs = [a for a in entry_src.args if isinstance(a.type, MemRefType)]
    for op in entry_src.ops:  # the constants outline-kernels copied in
        if isinstance(op, arith.ConstantOp):
            entry.add_op(op.clone(value_mapper=vmap))
    sizes = [vmap[s] for s in shape.sizes]
    w = arith.ConstantOp(IntegerAttr(width, IndexType()))
    gid = gpu.GlobalIdOp(gpu.DimensionAttr(gpu.DimensionEnum.X))
    groups = arith.DivUIOp(sizes[-1], w.result)  # the launcher runs this form only when width divides it
    entry.add_ops([w, gid, groups])
    n: SSAValue = groups.result
    for s in sizes[:-1]:
        mul = arith.MuliOp(n, s)
        entry.add_op(mul)
        n = mul.result
    inb = arith.CmpiOp(gid.result, n, "ult")
    entry.add_op(inb)
    then = Block()
    # thread g -> group (q = g % groups, rest = g / groups); the scalar kernel's thread id of element 0
    q = arith.RemUIOp(gid.result, groups.result)
    rest = arith.DivUIOp(gid.result, groups.result)
    j0 = arith.MuliOp(q.result, w.result)
    base = arith.MuliOp(rest.result, sizes[-1])
    lin = arith.AddiOp(base.result, j0.result)
    then.add_ops([q, rest, j0, base, lin])
    vmap[shape.gid.result] = lin.result
    jam = _Jammer(width, shape.inner, memrefs)
    for m in jam.maps:
        m.update(vmap)
    src = shape.guard.true_region.block
    ops = list(src.ops)
    # the innermost index (the first op of the body, or the thread id itself) is element 0's
    inner_at = next((i for i, op in enumerate(ops) if shape.inner in op.results), -1)
    for op in ops[: inner_at + 1]:
        clone = op.clone(value_mapper=jam.maps[0])
        then.add_op(clone)
        for r, c in zip(op.results, clone.results):
            for m in jam.maps:
                m[r] = c
    jam.seed(then, jam.maps[0][shape.inner])
    for op in ops[inner_at + 1 :]:
        if isinstance(op, scf.YieldOp):
            then.add_op(scf.YieldOp())
        else:
            jam.op(op, then)
    if not jam.vectorized:
        raise _Refuse("no access along the innermost dim")
    entry.add_op(scf.IfOp(inb.result, [], Region(then)))
    entry.add_op(gpu.ReturnOp([]))
    name = f.sym_name.data
    vf = gpu.FuncOp(f"{name}_v{width}", f.function_type, Region(entry), kernel=True)
    vf.attributes[VECTOR_OF] = StringAttr(name)
    vf.attributes[VECTOR_WIDTH] = IntegerAttr(width, i64)
    vf.attributes[VECTOR_MEMREFS] = ArrayAttr([IntegerAttr(i, i64) for i in sorted(jam.vectorized)])
    return vf


@registry.register
@dataclass(frozen=True)
class VectorizeInnerDim(ModulePass):
    name = "vectorize-inner-dim"
    width: int = 4  # f32 elements per thread: one 16-byte access

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.width not in (2, 4):
            raise ValueError(f"vectorize-inner-dim: width must be 2 or 4, got {self.width}")
        for gm in op.walk():
            if not isinstance(gm, gpu.ModuleOp):
                continue
            for f in list(gm.body.block.ops):
                if not isinstance(f, gpu.FuncOp) or VECTOR_OF in f.attributes:
                    continue
                try:
                    vf = vector_form(f, self.width)
                except _Refuse:
                    continue
                gm.body.block.insert_op_after(vf, f)
                for launch in op.walk():  # the launcher picks the vector form when the tensors allow it
                    if isinstance(launch, LaunchOp) and launch.kernel.nested_references.data[-1] == f.sym_name:
                        launch.attributes[VECTOR_KERNEL] = vf.sym_name
                        launch.attributes[VECTOR_WIDTH] = vf.attributes[VECTOR_WIDTH]
                        launch.attributes[VECTOR_MEMREFS] = vf.attributes[VECTOR_MEMREFS]
