"""What each pointwise function computes for one element: one scalar expansion per row.

`expand(fn, b, args, ct)` emits, through the builder `b`, the arith/math ops that
compute function `fn` (a row of jic/ir/pointwise.py) on scalars `args` that are
already converted to the compute type `ct` (bools for logical operands). Each
expansion follows the CPU kernel of PyTorch's ATen op (its formula, its NaN,
±inf and -0.0 behaviour, integer floor semantics), so results agree with eager
up to the math library's last-bit differences; the formula is the comment.
"""

from __future__ import annotations

from collections.abc import Callable

from xdsl.dialects import arith, math, scf
from xdsl.dialects.builtin import FloatAttr, IndexType, IntegerAttr, IntegerType, i1
from xdsl.ir import Attribute, Block, Operation, SSAValue

from jic.errors import UnsupportedError
from jic.ir import dtypes
from jic.ir.scalar_ops import MathCallOp, ReportIfOp

_FCMP = {"eq": "oeq", "ne": "une", "lt": "olt", "le": "ole", "gt": "ogt", "ge": "oge"}
_SCMP = {"eq": "eq", "ne": "ne", "lt": "slt", "le": "sle", "gt": "sgt", "ge": "sge"}
_UCMP = {"eq": "eq", "ne": "ne", "lt": "ult", "le": "ule", "gt": "ugt", "ge": "uge"}


class ScalarBuilder:
    """Typed helpers over arith/math that append to a block: float or integer ops by operand type."""

    def __init__(self, add: Callable[[Operation], SSAValue]):
        self.emit = add

    # ------------------------------------------------------------ constants
    def const(self, value: float | int | bool, t: Attribute) -> SSAValue:
        if dtypes.is_float(t):
            return self.emit(arith.ConstantOp(FloatAttr(float(value), t)))  # type: ignore[arg-type]
        if t == i1:
            return self.emit(arith.ConstantOp(IntegerAttr(1 if value else 0, i1)))
        assert isinstance(t, (IntegerType, IndexType))
        return self.emit(arith.ConstantOp(IntegerAttr(int(value), t)))

    def like(self, value: float | int, x: SSAValue) -> SSAValue:
        return self.const(value, x.type)

    # ------------------------------------------------------------ arithmetic
    def _bin(self, fop: type, iop: type, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit((fop if dtypes.is_float(a.type) else iop)(a, b))

    def add(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self._bin(arith.AddfOp, arith.AddiOp, a, b)

    def sub(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self._bin(arith.SubfOp, arith.SubiOp, a, b)

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self._bin(arith.MulfOp, arith.MuliOp, a, b)

    def div(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.DivfOp(a, b))

    def neg(self, a: SSAValue) -> SSAValue:
        if dtypes.is_float(a.type):
            return self.emit(arith.NegfOp(a))
        return self.sub(self.like(0, a), a)

    def and_(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.AndIOp(a, b))

    def or_(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.OrIOp(a, b))

    def xor(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.XOrIOp(a, b))

    def not_(self, a: SSAValue) -> SSAValue:
        return self.xor(a, self.like(1 if a.type == i1 else -1, a))

    # ------------------------------------------------------------ comparisons and selection
    def cmp(self, pred: str, a: SSAValue, b: SSAValue) -> SSAValue:
        """`pred` in eq ne lt le gt ge; floats ordered (ne: unordered, so NaN != NaN), bools unsigned."""
        if dtypes.is_float(a.type):
            return self.emit(arith.CmpfOp(a, b, _FCMP[pred]))
        return self.emit(arith.CmpiOp(a, b, (_UCMP if a.type == i1 else _SCMP)[pred]))

    def select(self, c: SSAValue, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.SelectOp(c, a, b))

    def isnan(self, a: SSAValue) -> SSAValue:
        return self.emit(arith.CmpfOp(a, a, "uno"))

    def nan(self, t: Attribute) -> SSAValue:
        return self.const(float("nan"), t)

    def math(self, op: type, *args: SSAValue) -> SSAValue:
        return self.emit(op(*args))

    def maximum(self, a: SSAValue, b: SSAValue) -> SSAValue:
        """NaN-propagating max; b when equal (x86 maxps, what ATen's vectorized maximum computes)."""
        m = self.select(self.cmp("gt", a, b), a, b)
        if not dtypes.is_float(a.type):
            return m
        return self.select(self.emit(arith.CmpfOp(a, b, "uno")), self.nan(a.type), m)

    def minimum(self, a: SSAValue, b: SSAValue) -> SSAValue:
        m = self.select(self.cmp("lt", a, b), a, b)
        if not dtypes.is_float(a.type):
            return m
        return self.select(self.emit(arith.CmpfOp(a, b, "uno")), self.nan(a.type), m)


Expansion = Callable[[ScalarBuilder, list[SSAValue], Attribute], SSAValue]
EXPANSIONS: dict[str, Expansion] = {}


def rule(*names: str) -> Callable[[Expansion], Expansion]:
    def register(fn: Expansion) -> Expansion:
        for n in names:
            assert n not in EXPANSIONS, f"two expansions of {n}"
            EXPANSIONS[n] = fn
        return fn

    return register


def expand(fn: str, b: ScalarBuilder, args: list[SSAValue], ct: Attribute) -> SSAValue:
    e = EXPANSIONS.get(fn)
    if e is None:
        raise UnsupportedError(f"the pointwise function {fn}", "it has no scalar expansion")
    return e(b, args, ct)


def _float_only(fn: str, ct: Attribute) -> None:
    if not dtypes.is_float(ct):
        raise UnsupportedError(f"{fn} on {ct}", "it is computed in floating point only")


# ------------------------------------------------------------------ arithmetic
@rule("add")
def _add(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.or_(*a) if ct == i1 else b.add(*a)  # bool + bool is `or`


@rule("sub")
def _sub(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.sub(*a)


@rule("mul")
def _mul(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.and_(*a) if ct == i1 else b.mul(*a)


@rule("div")
def _div(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.div(*a)


def _int_div_rem(b: ScalarBuilder, x: SSAValue, y: SSAValue) -> tuple[SSAValue, SSAValue]:
    """C division and remainder, defined where C is not: y == 0 gives (0, 0) instead of a trap and is
    reported (the CPU launcher then raises eager's ZeroDivisionError; on the GPU eager's value is
    unspecified), y == -1 gives (-x wrapping, 0) instead of the INT_MIN trap."""
    zero, one, m1 = b.like(0, x), b.like(1, x), b.like(-1, x)
    b.emit(ReportIfOp(b.cmp("eq", y, zero), "ZeroDivisionError"))
    bad = b.or_(b.cmp("eq", y, zero), b.cmp("eq", y, m1))
    safe = b.select(bad, one, y)
    q = b.emit(arith.DivSIOp(x, safe))
    r = b.emit(arith.RemSIOp(x, safe))
    q = b.select(b.cmp("eq", y, m1), b.neg(x), b.select(b.cmp("eq", y, zero), zero, q))
    r = b.select(bad, zero, r)
    return q, r


@rule("floor_divide")
def _floor_divide(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, y = a
    if not dtypes.is_float(ct):
        # q = trunc(x / y); q - 1 where the remainder is nonzero and its sign differs from y's
        q, r = _int_div_rem(b, x, y)
        zero = b.like(0, x)
        fix = b.and_(b.cmp("ne", r, zero), b.xor(b.cmp("lt", r, zero), b.cmp("lt", y, zero)))
        return b.select(fix, b.sub(q, b.like(1, x)), q)
    # ATen div_floor_floating: mod = fmod(x, y); div = (x - mod) / y; div -= 1 if mod and y differ in sign;
    # floordiv = floor(div), + 1 if div - floor(div) > 0.5; div == 0 -> copysign(0, x / y); y == 0 -> x / y
    zero, one, half = b.like(0.0, x), b.like(1.0, x), b.like(0.5, x)
    mod = b.emit(MathCallOp("fmod", x, y))
    div = b.div(b.sub(x, mod), y)
    fix = b.and_(b.cmp("ne", mod, zero), b.xor(b.cmp("lt", y, zero), b.cmp("lt", mod, zero)))
    div = b.select(fix, b.sub(div, one), div)
    fl = b.math(math.FloorOp, div)
    fl = b.select(b.cmp("gt", b.sub(div, fl), half), b.add(fl, one), fl)
    q = b.div(x, y)
    signed_zero = b.math(math.CopySignOp, zero, q)
    fl = b.select(b.cmp("ne", div, zero), fl, signed_zero)
    return b.select(b.cmp("eq", y, zero), q, fl)


@rule("remainder")
def _remainder(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # Python's %: r = fmod(x, y); r + y where r is nonzero and its sign differs from y's
    x, y = a
    zero = b.like(0, x)
    r = b.emit(MathCallOp("fmod", x, y)) if dtypes.is_float(ct) else _int_div_rem(b, x, y)[1]
    fix = b.and_(b.cmp("ne", r, zero), b.xor(b.cmp("lt", r, zero), b.cmp("lt", y, zero)))
    return b.select(fix, b.add(r, y), r)


@rule("fmod")
def _fmod(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, y = a
    return b.emit(MathCallOp("fmod", x, y)) if dtypes.is_float(ct) else _int_div_rem(b, x, y)[1]


@rule("pow")
def _pow(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, y = a
    if dtypes.is_float(ct):
        return b.math(math.PowFOp, x, y)
    # integers (ATen powi): square-and-multiply over the exponent's bits; a negative exponent
    # gives 1 for x == 1, ±1 for x == -1 (by parity), else 0
    assert isinstance(ct, IntegerType)
    width = ct.width.data
    one, zero, m1 = b.like(1, x), b.like(0, x), b.like(-1, x)
    c0, cn, c1 = (b.const(v, IndexType()) for v in (0, width, 1))
    body = Block(arg_types=[IndexType(), ct, ct, ct])
    _, r, base, e = body.args
    inner = ScalarBuilder(lambda op: (body.add_op(op), op.results[0])[1])
    odd = inner.cmp("ne", inner.and_(e, inner.like(1, e)), inner.like(0, e))
    r2 = inner.select(odd, inner.mul(r, base), r)
    base2 = inner.mul(base, base)
    e2 = inner.emit(arith.ShRUIOp(e, inner.like(1, e)))
    body.add_op(scf.YieldOp(r2, base2, e2))
    loop = scf.ForOp(c0, cn, c1, [one, x, y], body)
    b.emit(loop)
    pos = loop.results[0]
    odd_y = b.cmp("ne", b.and_(y, one), zero)
    neg = b.select(b.cmp("eq", x, one), one, b.select(b.cmp("eq", x, m1), b.select(odd_y, m1, one), zero))
    return b.select(b.cmp("lt", y, zero), neg, pos)


@rule("atan2")
def _atan2(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.math(math.Atan2Op, *a)


@rule("maximum")
def _maximum(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.or_(*a) if ct == i1 else b.maximum(*a)


@rule("minimum")
def _minimum(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.and_(*a) if ct == i1 else b.minimum(*a)


@rule("neg")
def _neg(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.neg(a[0])


@rule("abs")
def _abs(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a
    if dtypes.is_float(ct):
        return b.math(math.AbsFOp, x)
    return b.select(b.cmp("lt", x, b.like(0, x)), b.neg(x), x)


@rule("sign")
def _sign(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # (0 < x) - (x < 0): NaN -> 0
    (x,) = a
    if ct == i1:
        return x
    zero, one = b.like(0, x), b.like(1, x)
    pos = b.select(b.cmp("gt", x, zero), one, zero)
    neg = b.select(b.cmp("lt", x, zero), one, zero)
    return b.sub(pos, neg)


@rule("square")
def _square(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return _mul(b, [a[0], a[0]], ct)


@rule("reciprocal")
def _reciprocal(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.div(b.like(1.0, a[0]), a[0])


def _rounding(op: type) -> Expansion:
    def expansion(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
        return b.math(op, a[0]) if dtypes.is_float(ct) else a[0]  # integers are already whole

    return expansion


rule("floor")(_rounding(math.FloorOp))
rule("ceil")(_rounding(math.CeilOp))
rule("round")(_rounding(math.RoundEvenOp))  # half to even, like torch.round
rule("trunc")(_rounding(math.TruncOp))


def _unary_math(op: type) -> Expansion:
    def expansion(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
        return b.math(op, a[0])

    return expansion


for _name, _op in {
    "exp": math.ExpOp,
    "exp2": math.Exp2Op,
    "expm1": math.ExpM1Op,
    "log": math.LogOp,
    "log1p": math.Log1pOp,
    "log2": math.Log2Op,
    "log10": math.Log10Op,
    "sqrt": math.SqrtOp,
    "sin": math.SinOp,
    "cos": math.CosOp,
    "tan": math.TanOp,
    "tanh": math.TanhOp,
    "sinh": math.SinhOp,
    "cosh": math.CoshOp,
    "asin": math.AsinOp,
    "acos": math.AcosOp,
    "atan": math.AtanOp,
    "erf": math.ErfOp,
}.items():
    rule(_name)(_unary_math(_op))


@rule("erfc")
def _erfc(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.emit(MathCallOp("erfc", a[0]))


@rule("rsqrt")
def _rsqrt(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.div(b.like(1.0, a[0]), b.math(math.SqrtOp, a[0]))  # 1 / sqrt(x)


def _sigmoid_of(b: ScalarBuilder, x: SSAValue) -> SSAValue:
    one = b.like(1.0, x)
    return b.div(one, b.add(one, b.math(math.ExpOp, b.neg(x))))  # 1 / (1 + exp(-x))


@rule("sigmoid")
def _sigmoid(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return _sigmoid_of(b, a[0])


# ------------------------------------------------------------------ ternary
@rule("clamp")
def _clamp(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, lo, hi = a  # minimum(maximum(x, lo), hi): NaN anywhere gives NaN; lo > hi gives hi
    if ct == i1:
        return b.and_(b.or_(x, lo), hi)
    return b.minimum(b.maximum(x, lo), hi)


@rule("clamp_min")
def _clamp_min(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return _maximum(b, a, ct)


@rule("clamp_max")
def _clamp_max(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return _minimum(b, a, ct)


@rule("where")
def _where(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.select(*a)


@rule("lerp")
def _lerp(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # |w| < 0.5 ? x + w * (y - x) : y - (y - x) * (1 - w)
    x, y, w = a
    d = b.sub(y, x)
    small = b.cmp("lt", b.math(math.AbsFOp, w), b.like(0.5, w))
    lo = b.add(x, b.mul(w, d))
    hi = b.sub(y, b.mul(d, b.sub(b.like(1.0, w), w)))
    return b.select(small, lo, hi)


@rule("addcmul")
def _addcmul(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, t1, t2, v = a  # x + v * t1 * t2
    if ct == i1:
        return b.or_(x, b.and_(v, b.and_(t1, t2)))
    return b.add(x, b.mul(b.mul(v, t1), t2))


@rule("addcdiv")
def _addcdiv(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, t1, t2, v = a  # x + v * t1 / t2
    return b.add(x, b.div(b.mul(v, t1), t2))


# ------------------------------------------------------------------ comparisons and predicates
def _compare(pred: str) -> Expansion:
    def expansion(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
        return b.cmp(pred, *a)

    return expansion


for _pred in ("eq", "ne", "lt", "le", "gt", "ge"):
    rule(_pred)(_compare(_pred))


def _abs_is(pred: str, if_int: bool) -> Expansion:
    def expansion(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
        if not dtypes.is_float(ct):
            return b.const(if_int, i1)
        return b.cmp(pred, b.math(math.AbsFOp, a[0]), b.like(float("inf"), a[0]))

    return expansion


rule("isinf")(_abs_is("eq", False))  # |x| == inf
rule("isfinite")(_abs_is("lt", True))  # |x| < inf (false for NaN)


@rule("isnan")
def _isnan(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    return b.isnan(a[0]) if dtypes.is_float(ct) else b.const(False, i1)


@rule("nan_to_num")
def _nan_to_num(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, nan, posinf, neginf = a  # the frontend resolves None to the dtype's max / lowest
    if not dtypes.is_float(ct):
        return x
    inf = b.like(float("inf"), x)
    r = b.select(b.cmp("eq", x, inf), posinf, x)
    r = b.select(b.cmp("eq", x, b.neg(inf)), neginf, r)
    return b.select(b.isnan(x), nan, r)


# ------------------------------------------------------------------ logical and bitwise
rule("logical_and", "bitwise_and")(lambda b, a, ct: b.and_(*a))
rule("logical_or", "bitwise_or")(lambda b, a, ct: b.or_(*a))
rule("logical_xor", "bitwise_xor")(lambda b, a, ct: b.xor(*a))
rule("logical_not", "bitwise_not")(lambda b, a, ct: b.not_(a[0]))


@rule("bitwise_left_shift")
def _shl(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # shifts by < 0 or >= the width give 0 (unsigned compare: negative counts are huge)
    x, s = a
    assert isinstance(ct, IntegerType)
    ok = b.emit(arith.CmpiOp(s, b.like(ct.width.data, s), "ult"))
    return b.select(ok, b.emit(arith.ShLIOp(x, s)), b.like(0, x))


@rule("bitwise_right_shift")
def _shr(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # arithmetic shift; by < 0 or >= width - 1 it shifts by width - 1 (all sign bits)
    x, s = a
    assert isinstance(ct, IntegerType)
    top = b.like(ct.width.data - 1, s)
    ok = b.emit(arith.CmpiOp(s, top, "ult"))
    return b.emit(arith.ShRSIOp(x, b.select(ok, s, top)))


# ------------------------------------------------------------------ activations
@rule("relu")
def _relu(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # x < 0 ? 0 : x (NaN and -0.0 stay, as ATen's clamp_min(x, 0))
    zero = b.like(0, x)
    return b.select(b.cmp("lt", x, zero), zero, x)


@rule("hardtanh")
def _hardtanh(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # clamp with scalar bounds: min(hi, max(lo, x)), x when equal; NaN stays NaN
    x, lo, hi = a
    m = b.select(b.cmp("gt", lo, x), lo, x)
    return b.select(b.cmp("lt", hi, m), hi, m)


@rule("leaky_relu")
def _leaky_relu(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, slope = a  # x > 0 ? x : x * slope
    return b.select(b.cmp("gt", x, b.like(0, x)), x, b.mul(x, slope))


@rule("elu")
def _elu(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    # x <= 0 ? expm1(x * input_scale) * alpha * scale : x * scale   (params: alpha*scale, scale, input_scale)
    x, negcoef, poscoef, negiptcoef = a
    neg = b.mul(b.math(math.ExpM1Op, b.mul(x, negiptcoef)), negcoef)
    return b.select(b.cmp("le", x, b.like(0, x)), neg, b.mul(x, poscoef))


@rule("gelu")
def _gelu(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # x * 0.5 * (1 + erf(x / sqrt(2)))
    e = b.math(math.ErfOp, b.mul(x, b.like(0.7071067811865476, x)))
    return b.mul(b.mul(x, b.like(0.5, x)), b.add(b.like(1.0, x), e))


@rule("gelu_tanh")
def _gelu_tanh(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))
    cube = b.mul(b.mul(x, x), x)
    inner = b.mul(b.like(0.7978845608028654, x), b.add(x, b.mul(b.like(0.044715, x), cube)))
    return b.mul(b.mul(b.like(0.5, x), x), b.add(b.like(1.0, x), b.math(math.TanhOp, inner)))


@rule("silu")
def _silu(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # x / (1 + exp(-x))
    one = b.like(1.0, x)
    return b.div(x, b.add(one, b.math(math.ExpOp, b.neg(x))))


@rule("mish")
def _mish(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # x * tanh(log1p(exp(x)))
    return b.mul(x, b.math(math.TanhOp, b.math(math.Log1pOp, b.math(math.ExpOp, x))))


@rule("softplus")
def _softplus(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, beta, threshold = a  # x * beta > threshold ? x : log1p(exp(x * beta)) / beta
    xb = b.mul(x, beta)
    soft = b.div(b.math(math.Log1pOp, b.math(math.ExpOp, xb)), beta)
    return b.select(b.cmp("gt", xb, threshold), x, soft)


@rule("hardsigmoid")
def _hardsigmoid(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # min(max(x + 3, 0), 6) / 6
    return b.div(_relu6_of(b, b.add(x, b.like(3.0, x))), b.like(6.0, x))


@rule("hardswish")
def _hardswish(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # x * min(max(x + 3, 0), 6) / 6
    return b.div(b.mul(x, _relu6_of(b, b.add(x, b.like(3.0, x)))), b.like(6.0, x))


def _relu6_of(b: ScalarBuilder, x: SSAValue) -> SSAValue:
    zero, six = b.like(0.0, x), b.like(6.0, x)
    m = b.select(b.cmp("gt", x, zero), x, zero)
    m = b.select(b.isnan(x), x, m)
    return b.select(b.cmp("gt", m, six), six, m)  # NaN stays NaN


@rule("logsigmoid")
def _logsigmoid(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    (x,) = a  # min(x, 0) - log1p(exp(-|x|))
    zero = b.like(0.0, x)
    m = b.select(b.cmp("lt", x, zero), x, zero)
    m = b.select(b.isnan(x), x, m)
    z = b.math(math.ExpOp, b.neg(b.math(math.AbsFOp, x)))
    return b.sub(m, b.math(math.Log1pOp, z))


@rule("threshold")
def _threshold(b: ScalarBuilder, a: list[SSAValue], ct: Attribute) -> SSAValue:
    x, th, value = a  # x <= threshold ? value : x
    return b.select(b.cmp("le", x, th), value, x)


__all__ = ["EXPANSIONS", "ScalarBuilder", "expand"]
