"""`jic.pointwise`: one elementwise op for the whole table of pointwise functions.

    %r = jic.pointwise "atan2"(%a, %b) : (tensor<?x?xf32>, f64) -> tensor<?x?xf32>

Operands are tensors (broadcast against each other, numpy style) and scalars
(Python numbers, or compile-time parameters such as leaky_relu's slope). What
each function computes per element is jic/passes/scalar_math.py; what element
type it produces is its `Fn` row below, so the verifier checks every op against
PyTorch's promotion rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects.builtin import StringAttr, TensorType, i1
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.irdl import irdl_op_definition, prop_def, result_def, traits_def, var_operand_def
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from jic.ir import dtypes
from jic.ir.tensor_ops import ElementwiseOp

# How the result element type follows from the operands (dtypes.result_type = torch.result_type):
PROMOTE = "promote"  # result_type(operands)
FLOAT = "float"  # result_type(operands), integers -> float32 (exp, atan2, /)
COMPARE = "compare"  # bool, computed in result_type(operands) (==, <, ...)
PREDICATE = "predicate"  # bool, computed in the operand's own type (isnan, ...)
LOGICAL = "logical"  # bool, operands read as bools (logical_and, ...)
WHERE = "where"  # result_type(operands[1:]); operand 0 read as a bool


@dataclass(frozen=True)
class Fn:
    """One pointwise function: arity (tensor-or-number operands), then `params` scalar parameters.

    `domain` is what operand dtypes PyTorch defines it for: "any", "no_bool"
    (e.g. neg), "integral" (bitwise: ints and bools), "int" (shifts), "float"
    (activations). `params` are scalars that do not take part in promotion.
    """

    name: str
    arity: int
    rule: str = PROMOTE
    params: int = 0
    domain: str = "any"

    def operand_types(self, types: list[Attribute]) -> list[Attribute]:
        """The operands that take part in promotion."""
        ops = types[: self.arity]
        return ops[1:] if self.rule == WHERE else ops

    def result_element_type(self, types: list[Attribute]) -> Attribute:
        if self.rule in (COMPARE, PREDICATE, LOGICAL):
            return i1
        rt = dtypes.result_type(*self.operand_types(types))
        return dtypes.to_float(rt) if self.rule == FLOAT else rt

    def common_type(self, types: list[Attribute]) -> Attribute:
        """The dtype operands are converted to before computing (ATen's common dtype): a float32
        0-d tensor meeting a float16 tensor is rounded to float16 first."""
        if self.rule in (PREDICATE, LOGICAL):
            return self.compute_type(types)
        if self.rule == COMPARE:
            return dtypes.result_type(*types[: self.arity])
        return self.result_element_type(types)

    def compute_type(self, types: list[Attribute]) -> Attribute:
        """The scalar type the function's body computes in."""
        if self.rule == LOGICAL:
            return i1
        if self.rule == PREDICATE:
            return dtypes.compute_type(types[0])
        if self.rule == COMPARE:
            return dtypes.compute_type(dtypes.result_type(*types[: self.arity]))
        return dtypes.compute_type(self.result_element_type(types))

    def domain_error(self, types: list[Attribute]) -> str | None:
        """Why PyTorch does not define this function on these operand types, or None."""
        elems = [dtypes.element_type(t) for t in self.operand_types(types) if isinstance(t, TensorType)]
        if self.domain == "no_bool" and any(dtypes.is_bool(e) for e in elems):
            return "it is not defined for bool tensors"
        if self.domain == "integral" and any(dtypes.is_float(t) for t in self.operand_types(types)):
            return "it is only defined for integer and bool tensors"
        if self.domain == "int" and any(not dtypes.is_int(t) or dtypes.is_bool(t) for t in self.operand_types(types)):
            return "it is only defined for integer tensors"
        if self.domain == "float" and not any(dtypes.is_float(e) for e in elems):
            return "it is only defined for floating-point tensors"
        return None


def _fns(*rows: Fn) -> dict[str, Fn]:
    out: dict[str, Fn] = {}
    for r in rows:
        assert r.name not in out, f"two rows for {r.name}"
        out[r.name] = r
    return out


# fmt: off
FNS: dict[str, Fn] = _fns(
    # arithmetic
    Fn("add", 2), Fn("sub", 2, domain="no_bool"), Fn("mul", 2), Fn("div", 2, FLOAT),
    Fn("floor_divide", 2, domain="no_bool"), Fn("remainder", 2, domain="no_bool"), Fn("fmod", 2, domain="no_bool"),
    Fn("pow", 2, domain="no_bool"), Fn("atan2", 2, FLOAT),
    Fn("minimum", 2), Fn("maximum", 2),
    Fn("neg", 1, domain="no_bool"), Fn("abs", 1, domain="no_bool"), Fn("sign", 1), Fn("square", 1),
    Fn("reciprocal", 1, FLOAT),
    Fn("floor", 1, domain="no_bool"), Fn("ceil", 1, domain="no_bool"), Fn("round", 1, domain="no_bool"),
    Fn("trunc", 1, domain="no_bool"),
    # float math (integers compute in float32)
    *(Fn(n, 1, FLOAT) for n in (
        "exp", "exp2", "expm1", "log", "log1p", "log2", "log10", "sqrt", "rsqrt", "sin", "cos", "tan", "tanh",
        "sinh", "cosh", "asin", "acos", "atan", "sigmoid", "erf", "erfc",
    )),
    # ternary
    Fn("clamp", 3), Fn("clamp_min", 2), Fn("clamp_max", 2),
    Fn("where", 3, WHERE), Fn("lerp", 3, domain="float"),
    Fn("addcmul", 3, params=1), Fn("addcdiv", 3, FLOAT, params=1),
    # comparisons and predicates
    *(Fn(n, 2, COMPARE) for n in ("eq", "ne", "lt", "le", "gt", "ge")),
    Fn("isnan", 1, PREDICATE), Fn("isinf", 1, PREDICATE), Fn("isfinite", 1, PREDICATE),
    Fn("nan_to_num", 1, params=3),
    # logical and bitwise
    Fn("logical_and", 2, LOGICAL), Fn("logical_or", 2, LOGICAL), Fn("logical_xor", 2, LOGICAL),
    Fn("logical_not", 1, LOGICAL),
    Fn("bitwise_and", 2, domain="integral"), Fn("bitwise_or", 2, domain="integral"),
    Fn("bitwise_xor", 2, domain="integral"), Fn("bitwise_not", 1, domain="integral"),
    Fn("bitwise_left_shift", 2, domain="int"), Fn("bitwise_right_shift", 2, domain="int"),
    # activations
    Fn("relu", 1, domain="no_bool"),
    Fn("hardtanh", 1, params=2, domain="float"), Fn("leaky_relu", 1, params=1, domain="float"),
    Fn("elu", 1, params=3, domain="float"),
    Fn("gelu", 1, domain="float"), Fn("gelu_tanh", 1, domain="float"),
    Fn("silu", 1, domain="float"), Fn("mish", 1, domain="float"),
    Fn("softplus", 1, params=2, domain="float"),
    Fn("hardsigmoid", 1, domain="float"), Fn("hardswish", 1, domain="float"),
    Fn("logsigmoid", 1, domain="float"),
    Fn("threshold", 1, params=2, domain="float"),
)
# fmt: on


@irdl_op_definition
class PointwiseOp(ElementwiseOp):
    """%r = jic.pointwise "atan2"(%a, %b) : (tensor<?xf32>, f64) -> tensor<?xf32>"""

    name = "jic.pointwise"
    fn = prop_def(StringAttr)
    args = var_operand_def()
    result = result_def(TensorType)
    traits = traits_def(Pure())
    assembly_format = "$fn `(` $args `)` attr-dict `:` functional-type($args, $result)"

    def __init__(self, fn: str, args: list[SSAValue | Operation]):
        spec = FNS[fn]
        vals = [SSAValue.get(a) for a in args]
        types = [v.type for v in vals]
        rtype = dtypes.tensor_type(spec.result_element_type(types), dtypes.result_rank(*types))
        super().__init__(operands=[vals], result_types=[rtype], properties={"fn": StringAttr(fn)})

    @property
    def fn_name(self) -> str:
        return self.fn.data

    @property
    def spec(self) -> Fn:
        return FNS[self.fn.data]

    def verify_(self) -> None:
        spec = FNS.get(self.fn.data)
        if spec is None:
            raise VerifyException(f"jic.pointwise: unknown function {self.fn.data!r}")
        types = [o.type for o in self.operands]
        if len(types) != spec.arity + spec.params:
            raise VerifyException(
                f"jic.pointwise {spec.name}: {len(types)} operands, expected {spec.arity} + {spec.params} parameters"
            )
        if any(isinstance(t, TensorType) for t in types[spec.arity :]):
            raise VerifyException(f"jic.pointwise {spec.name}: parameters must be scalars")
        if not any(isinstance(t, TensorType) for t in types):
            raise VerifyException(f"jic.pointwise {spec.name}: needs at least one tensor operand")
        res = self.result.type
        assert isinstance(res, TensorType)
        if len(res.get_shape()) != dtypes.result_rank(*types):
            raise VerifyException(f"jic.pointwise {spec.name}: result rank {len(res.get_shape())} is wrong")
        want = spec.result_element_type(types)
        if res.element_type != want:
            raise VerifyException(f"jic.pointwise {spec.name}: result element type {res.element_type}, expected {want}")
