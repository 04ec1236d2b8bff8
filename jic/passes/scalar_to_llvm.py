"""Scalar ops inside kernels -> the LLVM dialect: arith, math and jic.math_call, one table per family.

Used by lower-to-llvm's kernel translator (`translate(tr, op)`), which keeps the
kernel structure (arguments, thread grid, loads and stores, control flow).

Element types and their LLVM form:

- `index` is i64; `i1` is i1 in registers and one byte in memory (torch.bool);
- f16 and bf16 values are carried as their i16 bits, in memory and in
  registers; `arith.extf` to f32 and `arith.truncf` from f32 (round to nearest
  even; NaN stays NaN) are integer code, identical on both targets;
- math functions are calls of libdevice's `__nv_<name>[f]` (nvptx, linked by
  the backend) or libm's `<name>[f]` (cpu);
- float -> int conversion is LLVM's saturating `fptosi.sat` (C leaves
  out-of-range values undefined; eager gives whatever the CPU instruction does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import arith, llvm, math
from xdsl.dialects.builtin import (
    BFloat16Type,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    f32,
    f64,
    i1,
    i16,
    i32,
    i64,
)
from xdsl.ir import Attribute, Operation, SSAValue

from jic.ir.scalar_ops import REPORTS, MathCallOp, ReportIfOp

if TYPE_CHECKING:
    from jic.passes.lower_to_llvm import KernelTranslator

i8 = IntegerType(8)

INT_BINARY = {
    arith.AddiOp: llvm.AddOp,
    arith.SubiOp: llvm.SubOp,
    arith.MuliOp: llvm.MulOp,
    arith.DivUIOp: llvm.UDivOp,
    arith.RemUIOp: llvm.URemOp,
    arith.DivSIOp: llvm.SDivOp,
    arith.RemSIOp: llvm.SRemOp,
    arith.AndIOp: llvm.AndOp,
    arith.OrIOp: llvm.OrOp,
    arith.XOrIOp: llvm.XOrOp,
    arith.ShLIOp: llvm.ShlOp,
    arith.ShRSIOp: llvm.AShrOp,
    arith.ShRUIOp: llvm.LShrOp,
}
FLOAT_BINARY = {
    arith.AddfOp: llvm.FAddOp,
    arith.SubfOp: llvm.FSubOp,
    arith.MulfOp: llvm.FMulOp,
    arith.DivfOp: llvm.FDivOp,
}
INT_CASTS = {arith.ExtSIOp: llvm.SExtOp, arith.ExtUIOp: llvm.ZExtOp, arith.TruncIOp: llvm.TruncOp}
# math op -> C function name (libm; libdevice adds "__nv_"); the f32 version ends in "f"
MATH_CALLS: dict[type, str] = {
    math.ExpOp: "exp",
    math.Exp2Op: "exp2",
    math.ExpM1Op: "expm1",
    math.LogOp: "log",
    math.Log1pOp: "log1p",
    math.Log2Op: "log2",
    math.Log10Op: "log10",
    math.SqrtOp: "sqrt",
    math.SinOp: "sin",
    math.CosOp: "cos",
    math.TanOp: "tan",
    math.TanhOp: "tanh",
    math.SinhOp: "sinh",
    math.CoshOp: "cosh",
    math.AsinOp: "asin",
    math.AcosOp: "acos",
    math.AtanOp: "atan",
    math.ErfOp: "erf",
    math.Atan2Op: "atan2",
    math.PowFOp: "pow",
    math.FloorOp: "floor",
    math.CeilOp: "ceil",
    math.TruncOp: "trunc",
    math.RoundEvenOp: "rint",  # half to even in the default rounding mode
    math.CopySignOp: "copysign",
    math.AbsFOp: "fabs",
}

HALF_TYPES = (Float16Type, BFloat16Type)


def value_type(t: Attribute) -> Attribute:
    """The LLVM type that holds a value of type `t` in registers."""
    if isinstance(t, IndexType):
        return i64
    if isinstance(t, HALF_TYPES):
        return i16
    if isinstance(t, (IntegerType, Float32Type, Float64Type)):
        return t
    raise NotImplementedError(f"lower-to-llvm: no LLVM type for {t}")


def storage_type(t: Attribute) -> Attribute:
    """The LLVM type of a tensor element of type `t` in memory."""
    return i8 if t == i1 else value_type(t)


def from_storage(tr: KernelTranslator, v: SSAValue, t: Attribute) -> SSAValue:
    """A loaded element -> its register value (a bool byte -> i1)."""
    if t == i1:
        return tr.add(llvm.ICmpOp(v, tr.const_int(0, i8), _icmp("ne")))
    return v


def to_storage(tr: KernelTranslator, v: SSAValue, t: Attribute) -> SSAValue:
    """A register value -> the element to store (i1 -> one byte 0 or 1)."""
    if t == i1:
        return tr.add(llvm.ZExtOp(v, i8))
    return v


def _icmp(pred: str) -> IntegerAttr:
    return IntegerAttr(list(llvm.ICmpPredicateFlag).index(llvm.ICmpPredicateFlag(pred)), i64)


def translate(tr: KernelTranslator, op: Operation) -> bool:  # noqa: C901 - one dispatch over op families
    """Translate a scalar op into `tr`'s current block; False if `op` is not a scalar op."""
    t = type(op)
    if isinstance(op, arith.ConstantOp):
        rt = value_type(op.result.type)
        val = op.value
        if isinstance(val, FloatAttr):
            if isinstance(op.result.type, HALF_TYPES):
                tr.vmap[op.result] = _f32_to_half(tr, _fconst(tr, val.value.data, f32), op.result.type)
            else:
                tr.vmap[op.result] = tr.add(llvm.ConstantOp(FloatAttr(val.value.data, rt), rt))  # type: ignore[arg-type]
        else:
            assert isinstance(val, IntegerAttr)
            tr.vmap[op.result] = tr.const_int(val.value.data, rt)
    elif t in INT_BINARY:
        tr.vmap[op.results[0]] = tr.add(INT_BINARY[t](tr.v(op.operands[0]), tr.v(op.operands[1])))
    elif t in FLOAT_BINARY:
        tr.vmap[op.results[0]] = tr.add(FLOAT_BINARY[t](tr.v(op.operands[0]), tr.v(op.operands[1])))
    elif isinstance(op, arith.NegfOp):
        tr.vmap[op.result] = tr.add(llvm.FNegOp(tr.v(op.operand)))
    elif isinstance(op, arith.CmpiOp):
        pred = arith.CMPI_COMPARISON_OPERATIONS[op.predicate.value.data]
        tr.vmap[op.result] = tr.add(llvm.ICmpOp(tr.v(op.lhs), tr.v(op.rhs), _icmp(pred)))
    elif isinstance(op, arith.CmpfOp):
        pred = arith.CMPF_COMPARISON_OPERATIONS[op.predicate.value.data]
        tr.vmap[op.result] = tr.add(llvm.FCmpOp(tr.v(op.lhs), tr.v(op.rhs), pred))
    elif isinstance(op, arith.SelectOp):
        tr.vmap[op.result] = tr.add(llvm.SelectOp(tr.v(op.cond), tr.v(op.lhs), tr.v(op.rhs)))
    elif isinstance(op, arith.IndexCastOp):
        tr.vmap[op.result] = tr.v(op.input)  # index is i64
    elif t in INT_CASTS:
        tr.vmap[op.results[0]] = tr.add(INT_CASTS[t](tr.v(op.operands[0]), op.results[0].type))
    elif isinstance(op, arith.SIToFPOp):
        tr.vmap[op.result] = tr.add(llvm.SIToFPOp(tr.v(op.input), op.result.type))
    elif isinstance(op, arith.UIToFPOp):
        wide = tr.add(llvm.ZExtOp(tr.v(op.input), i64))
        tr.vmap[op.result] = tr.add(llvm.SIToFPOp(wide, op.result.type))
    elif isinstance(op, arith.FPToSIOp):
        x = tr.v(op.input)
        rt = op.result.type
        assert isinstance(rt, IntegerType)
        name = f"llvm.fptosi.sat.i{rt.width.data}.{'f64' if x.type == f64 else 'f32'}"
        tr.vmap[op.result] = tr.add(llvm.CallIntrinsicOp(name, [x], [rt]))
    elif isinstance(op, arith.ExtFOp):
        src = op.input.type
        if isinstance(src, HALF_TYPES):
            assert op.result.type == f32, "half types extend to f32 only"
            tr.vmap[op.result] = _half_to_f32(tr, tr.v(op.input), src)
        else:
            tr.vmap[op.result] = tr.add(llvm.FPExtOp(tr.v(op.input), op.result.type))
    elif isinstance(op, arith.TruncFOp):
        dst = op.result.type
        if isinstance(dst, HALF_TYPES):
            assert op.input.type == f32, "half types are rounded from f32 only"
            tr.vmap[op.result] = _f32_to_half(tr, tr.v(op.input), dst)
        else:
            tr.vmap[op.result] = tr.add(llvm.FPTruncOp(tr.v(op.input), dst))
    elif t in MATH_CALLS:
        tr.vmap[op.results[0]] = _call(tr, MATH_CALLS[t], [tr.v(o) for o in op.operands])
    elif isinstance(op, MathCallOp):
        tr.vmap[op.result] = _call(tr, op.fn.data, [tr.v(o) for o in op.args])
    elif isinstance(op, ReportIfOp):
        if tr.target == "cpu":  # into the call's flag, which the launcher reads (backend/cpu.py); nothing on the GPU
            flag = tr.add(llvm.ZExtOp(tr.v(op.cond), i32))
            if REPORTS[op.error.data] != 1:
                flag = tr.add(llvm.MulOp(flag, _c32(tr, REPORTS[op.error.data])))
            old = tr.add(llvm.LoadOp(tr.error_flag, i32))
            tr.add(llvm.StoreOp(tr.add(llvm.OrOp(old, flag)), tr.error_flag))
    else:
        return False
    return True


def _call(tr: KernelTranslator, base: str, args: list[SSAValue]) -> SSAValue:
    ft = args[0].type
    name = base + ("" if ft == f64 else "f")
    if tr.target != "cpu":
        name = "__nv_" + name
    tr.externs[name] = llvm.LLVMFunctionType([a.type for a in args], ft)
    return tr.add(llvm.CallOp(name, *args, return_type=ft))


# ------------------------------------------------------------------ half types as i16 bits
def _c32(tr: KernelTranslator, v: int) -> SSAValue:
    return tr.const_int(v, i32)


def _fconst(tr: KernelTranslator, v: float, t: Attribute) -> SSAValue:
    return tr.add(llvm.ConstantOp(FloatAttr(v, t), t))  # type: ignore[arg-type]


def _half_to_f32(tr: KernelTranslator, h: SSAValue, t: Attribute) -> SSAValue:
    a = tr.add
    w = a(llvm.ZExtOp(h, i32))
    if isinstance(t, BFloat16Type):  # bf16 is the top half of an f32
        return a(llvm.BitcastOp(a(llvm.ShlOp(w, _c32(tr, 16))), f32))
    # IEEE half: rebias the exponent; Inf/NaN get the f32 all-ones exponent; subnormals
    # are renormalized by one f32 subtraction
    sign = a(llvm.ShlOp(a(llvm.AndOp(w, _c32(tr, 0x8000))), _c32(tr, 16)))
    u = a(llvm.ShlOp(a(llvm.AndOp(w, _c32(tr, 0x7FFF))), _c32(tr, 13)))
    exp = a(llvm.AndOp(u, _c32(tr, 0x0F800000)))
    normal = a(llvm.AddOp(u, _c32(tr, 0x38000000)))  # (127 - 15) << 23
    infnan = a(llvm.AddOp(normal, _c32(tr, 0x38000000)))  # (128 - 16) << 23 more
    sub_f = a(
        llvm.FSubOp(
            a(llvm.BitcastOp(a(llvm.AddOp(normal, _c32(tr, 0x00800000))), f32)),
            a(llvm.BitcastOp(_c32(tr, 0x38800000), f32)),  # 2**-14
        )
    )
    sub = a(llvm.BitcastOp(sub_f, i32))
    is_infnan = a(llvm.ICmpOp(exp, _c32(tr, 0x0F800000), _icmp("eq")))
    is_sub = a(llvm.ICmpOp(exp, _c32(tr, 0), _icmp("eq")))
    bits = a(llvm.SelectOp(is_infnan, infnan, a(llvm.SelectOp(is_sub, sub, normal))))
    return a(llvm.BitcastOp(a(llvm.OrOp(bits, sign)), f32))


def _f32_to_half(tr: KernelTranslator, f: SSAValue, t: Attribute) -> SSAValue:
    a = tr.add
    u = a(llvm.BitcastOp(f, i32))
    if isinstance(t, BFloat16Type):
        # round to nearest even on the low 16 bits; NaN -> the quiet NaN 0x7fc0 (as c10::BFloat16)
        lsb = a(llvm.AndOp(a(llvm.LShrOp(u, _c32(tr, 16))), _c32(tr, 1)))
        r = a(llvm.LShrOp(a(llvm.AddOp(u, a(llvm.AddOp(lsb, _c32(tr, 0x7FFF))))), _c32(tr, 16)))
        isnan = a(llvm.FCmpOp(f, f, "uno"))
        return a(llvm.TruncOp(a(llvm.SelectOp(isnan, _c32(tr, 0x7FC0), r)), i16))
    # IEEE half, round to nearest even: overflow -> Inf, NaN -> quiet NaN, subnormals by one
    # f32 addition of 0.5 (whose rounding is the half rounding), normals by bias-and-shift
    sign = a(llvm.AndOp(u, _c32(tr, 0x80000000 - (1 << 32))))
    au = a(llvm.XOrOp(u, sign))
    big = a(llvm.ICmpOp(au, _c32(tr, (127 + 16) << 23), _icmp("sge")))
    isnan = a(llvm.ICmpOp(au, _c32(tr, 255 << 23), _icmp("sgt")))
    inf_nan = a(llvm.SelectOp(isnan, _c32(tr, 0x7E00), _c32(tr, 0x7C00)))
    small = a(llvm.ICmpOp(au, _c32(tr, 113 << 23), _icmp("slt")))
    magic = _c32(tr, ((127 - 15) + (23 - 10) + 1) << 23)
    sub_sum = a(llvm.FAddOp(a(llvm.BitcastOp(au, f32)), a(llvm.BitcastOp(magic, f32))))
    sub = a(llvm.SubOp(a(llvm.BitcastOp(sub_sum, i32)), magic))
    odd = a(llvm.AndOp(a(llvm.LShrOp(au, _c32(tr, 13))), _c32(tr, 1)))
    biased = a(llvm.AddOp(a(llvm.AddOp(au, _c32(tr, ((15 - 127) << 23) + 0xFFF))), odd))
    normal = a(llvm.LShrOp(biased, _c32(tr, 13)))
    bits = a(llvm.SelectOp(big, inf_nan, a(llvm.SelectOp(small, sub, normal))))
    bits = a(llvm.OrOp(bits, a(llvm.LShrOp(sign, _c32(tr, 16)))))
    return a(llvm.TruncOp(bits, i16))


__all__ = ["from_storage", "storage_type", "to_storage", "translate", "value_type"]
