"""Scalar ops kernels use besides arith/math: a call of a C math function the math dialect lacks.

    %r = jic.math_call "erfc"(%x) : (f32) -> f32
    %m = jic.math_call "fmod"(%x, %y) : (f64, f64) -> f64

lower-to-llvm calls libdevice's `__nv_erfcf` (nvptx) or libm's `erfcf` (cpu).
"""

from __future__ import annotations

from xdsl.dialects.builtin import Float32Type, Float64Type, StringAttr
from xdsl.ir import Operation, SSAValue
from xdsl.irdl import IRDLOperation, irdl_op_definition, prop_def, result_def, traits_def, var_operand_def
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

# the functions, with their arity
MATH_CALLS = {"erfc": 1, "fmod": 2}


@irdl_op_definition
class MathCallOp(IRDLOperation):
    """%r = jic.math_call "erfc"(%x) : (f32) -> f32"""

    name = "jic.math_call"
    fn = prop_def(StringAttr)
    args = var_operand_def()
    result = result_def()
    traits = traits_def(Pure())
    assembly_format = "$fn `(` $args `)` attr-dict `:` functional-type($args, $result)"

    def __init__(self, fn: str, *args: SSAValue | Operation):
        vals = [SSAValue.get(a) for a in args]
        super().__init__(operands=[vals], result_types=[vals[0].type], properties={"fn": StringAttr(fn)})

    def verify_(self) -> None:
        n = MATH_CALLS.get(self.fn.data)
        if n is None:
            raise VerifyException(f"jic.math_call: unknown function {self.fn.data!r}")
        if len(self.args) != n:
            raise VerifyException(f"jic.math_call {self.fn.data}: {len(self.args)} arguments, expected {n}")
        t = self.result.type
        if not isinstance(t, (Float32Type, Float64Type)) or any(a.type != t for a in self.args):
            raise VerifyException(f"jic.math_call {self.fn.data}: arguments and result must be one of f32, f64")
