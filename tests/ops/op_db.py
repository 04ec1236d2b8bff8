"""The cases of the differential op suite, in the spirit of PyTorch's OpInfo: one row per op form.

A row is a Python expression over `{x}` (the input that a loop slices per
step), `{y}` and `{z}` (loop-invariant operands), the dtypes it runs on, and
how its inputs are drawn. tests/ops/test_ops.py compiles each row once per
dtype and argument rank (the compile cache is keyed by dtype, rank and device,
never by sizes or strides) and feeds it every layout and edge-value mix.

Tolerances per dtype live in TOLERANCES, the one place; known differences
from eager are listed in KNOWN_DIFFERENCES with why.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

F32, F64, F16, BF16 = torch.float32, torch.float64, torch.float16, torch.bfloat16
I32, I64, BOOL = torch.int32, torch.int64, torch.bool
FLOATS = (F32, F64, F16, BF16)
INTS = (I32, I64)
NUMBERS = (*FLOATS, *INTS)
ALL = (*NUMBERS, BOOL)

# (rtol, atol) per dtype, for results computed in that dtype; integers and bools compare exactly.
# float32: libm (jic, CPU) and SLEEF/libdevice (eager) differ in the last bits of transcendental functions.
TOLERANCES: dict[torch.dtype, tuple[float, float]] = {
    F32: (2e-5, 1e-6),
    F64: (1e-12, 1e-14),
    F16: (2e-3, 1e-5),  # one half-precision ulp is 2**-10 relative
    BF16: (1.6e-2, 1e-5),  # one bfloat16 ulp is 2**-7 relative
    I32: (0.0, 0.0),
    I64: (0.0, 0.0),
    BOOL: (0.0, 0.0),
}


@dataclass(frozen=True)
class Case:
    """One op form. `expr` uses {x}, {y}, {z}; `other` draws y and z: "same" (the op's dtype),
    "nonzero" (no zero divisors), "shift" (shift counts 0..70), "bool" (a condition), "weight"."""

    name: str
    expr: str
    arity: int = 1
    dtypes: tuple[torch.dtype, ...] = FLOATS
    other: str = "same"
    mixed: bool = True  # also against 0-d operands of a wider dtype (eager refuses that for some ops)

    def source(self, x: str) -> str:
        return self.expr.format(x=x, y="y", z="z")


def _unary(names: str, dtypes: tuple[torch.dtype, ...] = FLOATS, fmt: str = "torch.{n}({{x}})") -> list[Case]:
    return [Case(n, fmt.format(n=n), 1, dtypes) for n in names.split()]


CASES: list[Case] = [
    # float math (integers promote to float32)
    *_unary("exp exp2 expm1 sin cos tan tanh sinh cosh atan sigmoid erf erfc", (*FLOATS, I64)),
    *_unary("log log1p log2 log10 sqrt rsqrt asin acos reciprocal", (*FLOATS, I32)),
    Case("Tensor.exp", "{x}.exp()", 1, FLOATS),
    Case("F.tanh", "F.tanh({x})"),
    # same-dtype unary math
    *_unary("neg abs floor ceil trunc round", NUMBERS),
    *_unary("sign square", ALL),
    Case("unary -", "-{x}", 1, NUMBERS),
    Case("isnan", "torch.isnan({x})", 1, ALL),
    Case("isinf", "torch.isinf({x})", 1, ALL),
    Case("isfinite", "{x}.isfinite()", 1, ALL),
    Case("nan_to_num", "torch.nan_to_num({x})", 1, NUMBERS),
    Case("nan_to_num(args)", "torch.nan_to_num({x}, nan=1.5, posinf=2.0, neginf=-3.0)", 1, FLOATS),
    # arithmetic
    Case("+", "{x} + {y}", 2, ALL),
    Case("add(alpha)", "torch.add({x}, {y}, alpha=2)", 2, NUMBERS),
    Case("-", "{x} - {y}", 2, NUMBERS),
    Case("*", "{x} * {y}", 2, ALL),
    Case("/", "{x} / {y}", 2, ALL),
    Case("//", "{x} // {y}", 2, NUMBERS, other="nonzero"),
    Case("%", "{x} % {y}", 2, NUMBERS, other="nonzero"),
    Case("fmod", "torch.fmod({x}, {y})", 2, NUMBERS, other="nonzero"),
    Case("div(floor)", "torch.div({x}, {y}, rounding_mode='floor')", 2, FLOATS),
    Case("div(trunc)", "{x}.div({y}, rounding_mode='trunc')", 2, FLOATS),
    Case("**", "{x} ** {y}", 2, FLOATS),
    Case("** int", "{x} ** ({y}.abs() % 7)", 2, INTS),
    Case("** 2", "{x} ** 2", 1, NUMBERS),
    Case("** 3", "{x} ** 3", 1, FLOATS),
    Case("** 0.5", "{x} ** 0.5", 1, FLOATS),
    Case("** -1", "{x} ** -1", 1, FLOATS),
    Case("** -0.5", "{x} ** -0.5", 1, FLOATS),
    Case("** 1.7", "{x} ** 1.7", 1, FLOATS),
    Case("pow(2.5, x)", "torch.pow({x}, {y})", 2, FLOATS),
    Case("atan2", "torch.atan2({x}, {y})", 2, (*FLOATS, I64)),
    Case("minimum", "torch.minimum({x}, {y})", 2, ALL),
    Case("maximum", "torch.maximum({x}, {y})", 2, ALL),
    # scalar operands and promotion
    Case("x + 2", "{x} + 2", 1, ALL),
    Case("x * 1.5", "{x} * 1.5", 1, ALL),
    Case("3 - x", "3 - {x}", 1, NUMBERS),
    Case("1 / x", "1 / {x}", 1, ALL),
    Case("x > 0.5", "{x} > 0.5", 1, ALL),
    # clamp
    Case("clamp", "torch.clamp({x}, -0.5, 0.5)", 1, FLOATS),
    Case("clamp(int)", "{x}.clamp(min=-20, max=30)", 1, INTS),
    Case("clamp(min)", "{x}.clamp(min=0.25)", 1, FLOATS),
    Case("clip(max)", "torch.clip({x}, max=0.25)", 1, FLOATS),
    Case("clamp(tensors)", "torch.clamp({x}, {y}, {z})", 3, NUMBERS),
    Case("clamp_min", "torch.clamp_min({x}, {y})", 2, NUMBERS),
    # ternary
    Case("where", "torch.where({y}, {x}, {z})", 3, ALL, other="bool"),
    Case("where(scalar)", "torch.where({x} > 0, {x}, 0.0)", 1, NUMBERS),
    Case("lerp", "torch.lerp({x}, {y}, 0.3)", 2, FLOATS, mixed=False),
    Case("lerp(tensor)", "{x}.lerp({y}, {z})", 3, FLOATS, other="weight", mixed=False),
    Case("addcmul", "torch.addcmul({x}, {y}, {z}, value=0.5)", 3, FLOATS, mixed=False),
    Case("addcmul(int)", "torch.addcmul({x}, {y}, {z}, value=3)", 3, INTS, mixed=False),
    Case("addcdiv", "torch.addcdiv({x}, {y}, {z}, value=-2.0)", 3, FLOATS, mixed=False),
    # comparisons, logical, bitwise
    *(Case(s, f"{{x}} {s} {{y}}", 2, ALL) for s in ("==", "!=", "<", "<=", ">", ">=")),
    Case("torch.gt", "torch.gt({x}, {y})", 2, ALL),
    Case("Tensor.le", "{x}.le({y})", 2, ALL),
    Case("logical_and", "torch.logical_and({x}, {y})", 2, ALL),
    Case("logical_or", "torch.logical_or({x}, {y})", 2, ALL),
    Case("logical_xor", "torch.logical_xor({x}, {y})", 2, ALL),
    Case("logical_not", "torch.logical_not({x})", 1, ALL),
    Case("&", "{x} & {y}", 2, (*INTS, BOOL)),
    Case("|", "{x} | {y}", 2, (*INTS, BOOL)),
    Case("^", "{x} ^ {y}", 2, (*INTS, BOOL)),
    Case("~", "~{x}", 1, (*INTS, BOOL)),
    Case("<<", "{x} << {y}", 2, INTS, other="shift"),
    Case(">>", "{x} >> {y}", 2, INTS, other="shift"),
    # activations
    Case("relu", "torch.relu({x})", 1, NUMBERS),
    Case("F.relu", "F.relu({x})"),
    Case("relu6", "F.relu6({x})"),
    Case("hardtanh", "F.hardtanh({x}, -0.5, 2.0)"),
    Case("leaky_relu", "F.leaky_relu({x}, 0.2)"),
    Case("elu", "F.elu({x}, alpha=1.5)"),
    Case("selu", "F.selu({x})"),
    Case("celu", "F.celu({x}, alpha=0.7)"),
    Case("gelu", "F.gelu({x})"),
    Case("gelu(tanh)", "F.gelu({x}, approximate='tanh')"),
    Case("silu", "F.silu({x})"),
    Case("mish", "F.mish({x})"),
    Case("softplus", "F.softplus({x})"),
    Case("softplus(beta)", "F.softplus({x}, beta=2.0, threshold=5.0)"),
    Case("softsign", "F.softsign({x})"),
    Case("hardsigmoid", "F.hardsigmoid({x})"),
    Case("hardswish", "F.hardswish({x})"),
    Case("logsigmoid", "F.logsigmoid({x})"),
    Case("tanhshrink", "F.tanhshrink({x})"),
    Case("threshold", "F.threshold({x}, 0.1, -3.0)"),
    # casts and creation
    *(Case(f".{m}()", f"{{x}}.{m}()", 1, ALL) for m in ("float", "double", "half", "bfloat16", "long", "int", "bool")),
    Case(".to(dtype)", "{x}.to(torch.float16)", 1, ALL),
    Case(".to(y)", "{x}.to({y}) + {y}", 2, ALL),
    Case("type_as", "{x}.type_as({y}.double())", 2, ALL),
    Case("zeros_like", "torch.zeros_like({x}) + {x}", 1, ALL),
    Case("ones_like", "torch.ones_like({x}, dtype=torch.float64) * {x}", 1, ALL),
    Case("full_like", "torch.full_like({x}, 2.5, dtype=torch.float32) - {x}", 1, NUMBERS),
    # new tensors: sizes from x.shape / x.size() (any rank, 0-d and empty included), values from torch itself
    Case("zeros", "torch.zeros({x}.shape, device={x}.device) + {x}", 1, ALL),
    Case("zeros(dtype, device)", "torch.zeros({x}.size(), dtype={x}.dtype, device={x}.device) + {x}", 1, ALL),
    Case("ones", "torch.ones({x}.shape, dtype=torch.float64, device={x}.device) * {x}", 1, ALL),
    Case("full", "torch.full({x}.shape, 2.5, device={x}.device) - {x}", 1, NUMBERS),
    Case("full(int)", "torch.full({x}.shape, 7, dtype={x}.dtype, device={x}.device) * {x}", 1, ALL),
    Case("full(bool)", "torch.full({x}.shape, True, device={x}.device) | ({x} > 0)", 1, ALL),
    Case(
        "empty (shape only)",
        "torch.zeros_like(torch.empty({x}.shape, dtype={x}.dtype, device={x}.device)) + {x}",
        1,
        ALL,
    ),
    Case("arange", "{x} + torch.arange(2, 9, 3, device={x}.device)[-1]", 1, NUMBERS),
    Case("arange(float)", "{x} * torch.arange(0.5, 3.0, 0.75, device={x}.device)[2]", 1, ALL),
    Case("arange(dtype)", "{x} - torch.arange(5, dtype=torch.float64, device={x}.device)[3]", 1, NUMBERS),
    Case("tensor", "{x} * torch.tensor(1.5)", 1, ALL),
    Case("tensor(int)", "{x} + torch.tensor(3)", 1, ALL),
    Case("tensor(dtype)", "torch.tensor(2, dtype=torch.float64) * {x}", 1, ALL),
]


def _known() -> dict[tuple[str, torch.dtype], str]:
    out: dict[tuple[str, torch.dtype], str] = {}
    for dt in FLOATS:
        out[("add(alpha)", dt)] = (
            "eager computes x + alpha * y in one step; jic rounds alpha * y first, so they differ where "
            "alpha * y overflows (inf - inf = NaN in jic, ±inf in eager)"
        )
        for name in ("addcmul", "addcdiv"):
            out[(name, dt)] = (
                "eager evaluates value * t1 * t2 (t1 / t2) in another order and with fused multiply-adds, "
                "so results differ where an intermediate overflows (NaN vs ±inf)"
            )
        for name in ("%", "fmod"):
            out[(name, dt)] = (
                "for a few huge or tiny operand pairs eager's vectorized CPU fmod gives NaN where C fmod "
                "(jic) gives the exact remainder"
            )
    for m in ("long", "int"):
        for dt in FLOATS:
            out[(f".{m}()", dt)] = (
                "float -> int of NaN, ±inf and out-of-range values is undefined in C++: eager gives the x86 "
                "instruction's INT_MIN, jic saturates (LLVM fptosi.sat)"
            )
    return out


KNOWN_DIFFERENCES: dict[tuple[str, torch.dtype], str] = _known()

# Known differences from eager's CUDA kernels only (on the CPU jic matches eager's CPU kernels there).
_CUDA_F64 = (
    "eager's CUDA float64 kernel of this op gives results about one float32 rounding away from the float64 formula "
    "(H200: hardsigmoid 0.8840825927497429 where the formula gives 0.8840825664020292); jic computes the formula in "
    "float64, as eager's CPU kernel does"
)
CUDA_KNOWN_DIFFERENCES: dict[tuple[str, torch.dtype], str] = {
    ("hardsigmoid", torch.float64): _CUDA_F64,
    ("hardswish", torch.float64): _CUDA_F64,
}

# Cases whose zero results are compared by value only: eager's vectorized CPU code and the scalar
# formula give 0.0 and -0.0 on different elements (e.g. gelu(-0.0), min(-0.0, 0.0) in half types).
UNSIGNED_ZERO: set[str] = {"gelu", "minimum", "maximum", "clamp_min", "clamp(tensors)"}

# Cases where eager's vectorized CPU kernel gives NaN where the formula gives an infinity, on some CPUs only:
# torch 2.13's AVX-512 gelu returns NaN for gelu(+inf) (its AVX2 kernel and CUDA give inf, as jic does). There an
# infinity from jic against NaN from eager is accepted; every other element is compared as usual.
EAGER_NAN_FOR_INF: set[str] = {"gelu"}
