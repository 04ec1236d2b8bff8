"""Warp-cooperative reductions for lower-to-llvm{target=nvptx}: 32 lanes share each reduction loop.

The scalarizer marks the outermost loop of every reduction with `jic.reduction = "<kind>"`
(scalarize_structured.py). On NVPTX a kernel holding such a loop runs one warp per element of its
iteration space instead of one thread: the element is `global_id / 32`, the lane `global_id % 32`.
Everything outside the marked loops is computed by all 32 lanes alike (the same loads, the same
values, the same stores); each marked loop runs the iterations `lb + lane*step, lb + (lane+32)*step, ...`
and its accumulators are then combined across the warp by a butterfly of `shfl.sync.bfly`, after
which every lane holds the result of the whole loop:

    for k in [lane, n) step 32: acc = step(acc, x[k])
    for off in 16, 8, 4, 2, 1:  acc = combine(acc, shfl_bfly(acc, off))

The combination follows the serial semantics exactly: sums and products add/multiply partials,
max/min keep a NaN, argmax/argmin prefer the smaller index among equal (or NaN) values, logsumexp
rescales partial sums to the larger running maximum. A warp is either wholly inside the kernel's
bounds check or wholly outside it (32 divides the block size and the element count is n * 32), so
the full-warp mask is right. The host launches `jic.lanes` threads per element (see LaunchOp).
On the CPU target a kernel keeps one thread per element and the loops run whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import gpu, llvm, scf
from xdsl.dialects.builtin import Float32Type, Float64Type, FloatAttr, IntegerAttr, StringAttr, i32, i64
from xdsl.ir import Operation, SSAValue

if TYPE_CHECKING:
    from jic.passes.lower_to_llvm import KernelTranslator

REDUCTION_ATTR = "jic.reduction"
LANES_ATTR = "jic.lanes"
WARP = 32
FULL_MASK = -1  # 0xffffffff as i32


def marked(op: Operation) -> bool:
    return isinstance(op, scf.ForOp) and REDUCTION_ATTR in op.attributes


UNIT_LANES_ATTR = "jic.unit_lanes"  # on a block kernel's gpu.func: lanes sharing each unit's marked loops


def lanes_for(f: gpu.FuncOp, target: str) -> int:
    """Lanes per element: a warp on NVPTX for kernels with a reduction loop, a block kernel's own number
    (block_ops.py: its threads split in groups of lanes per unit), else 1."""
    if target != "nvptx":
        return 1
    unit_lanes = f.attributes.get(UNIT_LANES_ATTR)
    if unit_lanes is not None:
        return unit_lanes.value.data  # type: ignore[attr-defined]
    return WARP if any(marked(op) for op in f.body.walk()) else 1


def split_gid(tr: KernelTranslator, gid: SSAValue) -> SSAValue:
    """The element a lane works on; remembers the lane."""
    w = tr.const_int(WARP)
    tr.lane = tr.add(llvm.URemOp(gid, w))
    return tr.add(llvm.UDivOp(gid, w))


def split_loop(tr: KernelTranslator, op: scf.ForOp, lb: SSAValue, step: SSAValue) -> tuple[SSAValue, SSAValue] | None:
    """(first iteration, stride) of this lane in a marked loop, or None to run the loop whole."""
    if tr.lanes == 1 or not marked(op) or tr.in_split:
        return None
    first = tr.add(llvm.AddOp(lb, tr.add(llvm.MulOp(tr.lane, step))))
    stride = tr.add(llvm.MulOp(step, tr.const_int(tr.lanes)))
    return first, stride


def combine(tr: KernelTranslator, op: scf.ForOp, accs: list[SSAValue]) -> list[SSAValue]:
    """Accumulators of the whole warp, from each lane's partial ones."""
    kind = op.attributes[REDUCTION_ATTR]
    assert isinstance(kind, StringAttr)
    off = tr.lanes // 2
    while off:
        other = [_shuffle(tr, a, off) for a in accs]
        accs = _COMBINE[kind.data](tr, accs, other)
        off //= 2
    return accs


def group_mask(tr: KernelTranslator, tid32: SSAValue) -> SSAValue:
    """The mask of the `tr.lanes` lanes (aligned) of thread `tid32`'s group in its warp: the threads that
    share a unit, which reach the shuffles together whichever other groups of the warp are done."""
    group = (1 << tr.lanes) - 1
    group = group - (1 << 32) if group >= 1 << 31 else group  # as a signed i32
    lane = tr.add(llvm.URemOp(tid32, _i32(tr, WARP)))
    first = tr.add(llvm.AndOp(lane, _i32(tr, -tr.lanes)))  # the group's first lane
    return tr.add(llvm.ShlOp(_i32(tr, group), first))


# ------------------------------------------------------------------ shuffles
def _i32(tr: KernelTranslator, v: int) -> SSAValue:
    return tr.const_int(v, i32)


def _shfl32(tr: KernelTranslator, v: SSAValue, off: int, suffix: str) -> SSAValue:
    t = v.type
    mask = tr.mask if tr.mask is not None else _i32(tr, FULL_MASK)
    args = [mask, v, _i32(tr, off), _i32(tr, WARP - 1)]
    return tr.add(llvm.CallIntrinsicOp(f"llvm.nvvm.shfl.sync.bfly.{suffix}", args, [t]))


def _shuffle(tr: KernelTranslator, v: SSAValue, off: int) -> SSAValue:
    t = v.type
    if isinstance(t, Float32Type):
        return _shfl32(tr, v, off, "f32")
    bits = tr.add(llvm.BitcastOp(v, i64)) if isinstance(t, Float64Type) else v
    assert bits.type == i64, t
    lo = tr.add(llvm.TruncOp(bits, i32))
    hi = tr.add(llvm.TruncOp(tr.add(llvm.LShrOp(bits, tr.const_int(32))), i32))
    lo, hi = _shfl32(tr, lo, off, "i32"), _shfl32(tr, hi, off, "i32")
    wide = tr.add(
        llvm.OrOp(tr.add(llvm.ZExtOp(lo, i64)), tr.add(llvm.ShlOp(tr.add(llvm.ZExtOp(hi, i64)), tr.const_int(32))))
    )
    return tr.add(llvm.BitcastOp(wide, t)) if isinstance(t, Float64Type) else wide


# ------------------------------------------------------------------ combining partial results
def _fcmp(tr: KernelTranslator, pred: str, a: SSAValue, b: SSAValue) -> SSAValue:
    return tr.add(llvm.FCmpOp(a, b, pred))


def _sel(tr: KernelTranslator, c: SSAValue, a: SSAValue, b: SSAValue) -> SSAValue:
    return tr.add(llvm.SelectOp(c, a, b))


def _better(tr: KernelTranslator, larger: bool, x: SSAValue, acc: SSAValue) -> SSAValue:
    """x replaces acc: strictly better or NaN, unless acc is already NaN (as the serial step)."""
    pred = "ugt" if larger else "ult"
    return tr.add(llvm.AndOp(_fcmp(tr, pred, x, acc), _fcmp(tr, "ord", acc, acc)))


def _sum(tr, a, b):  # type: ignore[no-untyped-def]
    return [tr.add(llvm.FAddOp(a[0], b[0]))]


def _prod(tr, a, b):  # type: ignore[no-untyped-def]
    return [tr.add(llvm.FMulOp(a[0], b[0]))]


def _extreme(larger: bool):  # type: ignore[no-untyped-def]
    def combine(tr, a, b):  # type: ignore[no-untyped-def]
        return [_sel(tr, _better(tr, larger, b[0], a[0]), b[0], a[0])]

    return combine


def _arg(larger: bool):  # type: ignore[no-untyped-def]
    def combine(tr, a, b):  # type: ignore[no-untyped-def]
        (v, i), (v2, i2) = a, b
        both_nan = tr.add(llvm.AndOp(_fcmp(tr, "uno", v, v), _fcmp(tr, "uno", v2, v2)))
        tie = tr.add(llvm.OrOp(_fcmp(tr, "oeq", v2, v), both_nan))
        earlier = tr.add(
            llvm.ICmpOp(i2, i, IntegerAttr(list(llvm.ICmpPredicateFlag).index(llvm.ICmpPredicateFlag("slt")), i64))
        )
        take = tr.add(llvm.OrOp(_better(tr, larger, v2, v), tr.add(llvm.AndOp(tie, earlier))))
        return [_sel(tr, take, v2, v), _sel(tr, take, i2, i)]

    return combine


def _logsumexp(tr, a, b):  # type: ignore[no-untyped-def]
    (m, s), (m2, s2) = a, b
    t = m.type
    top = _sel(tr, _fcmp(tr, "ogt", m2, m), m2, m)
    minus_inf = tr.add(llvm.ConstantOp(_float_attr(float("-inf"), t), t))

    def rescaled(mi, si):  # type: ignore[no-untyped-def]
        # s_i * exp(m_i - top); kept as is where m_i is the maximum (also +inf: no inf - inf) and
        # where m_i is -inf (the lane saw nothing above -inf: s_i is 0, or a NaN it must keep)
        e = _exp(tr, tr.add(llvm.FSubOp(mi, top)))
        keep = tr.add(llvm.OrOp(_fcmp(tr, "oeq", mi, top), _fcmp(tr, "oeq", mi, minus_inf)))
        return _sel(tr, keep, si, tr.add(llvm.FMulOp(si, e)))

    return [top, tr.add(llvm.FAddOp(rescaled(m, s), rescaled(m2, s2)))]


def _float_attr(value: float, t):  # type: ignore[no-untyped-def]
    return FloatAttr(value, t)


def _exp(tr: KernelTranslator, x: SSAValue) -> SSAValue:
    """libdevice's exp, declared like the kernel's other math calls."""
    name = "__nv_exp" if isinstance(x.type, Float64Type) else "__nv_expf"
    tr.externs[name] = llvm.LLVMFunctionType([x.type], x.type)
    return tr.add(llvm.CallOp(name, x, return_type=x.type))


def _sums(tr, a, b):  # type: ignore[no-untyped-def]
    return [tr.add(llvm.FAddOp(x, y)) for x, y in zip(a, b)]


_COMBINE = {
    "sum": _sum,
    "sums": _sums,  # several independent sums (a block kernel's products with the state)
    "prod": _prod,
    "max": _extreme(True),
    "min": _extreme(False),
    "argmax": _arg(True),
    "argmin": _arg(False),
    "logsumexp": _logsumexp,
}
