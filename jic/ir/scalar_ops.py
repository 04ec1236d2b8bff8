"""Scalar ops kernels use besides arith/math: a call of a C math function the math dialect lacks, and
the report of an error that eager raises.

    %r = jic.math_call "erfc"(%x) : (f32) -> f32
    %m = jic.math_call "fmod"(%x, %y) : (f64, f64) -> f64
    jic.report_if %is_zero "ZeroDivisionError"

lower-to-llvm calls libdevice's `__nv_erfcf` (nvptx) or libm's `erfcf` (cpu). `jic.report_if` sets the
kernel call's error flag where its condition holds (cpu: the launcher raises after the kernel, as eager
raises on the CPU; nvptx: nothing, eager's value is unspecified there).
"""

from __future__ import annotations

from xdsl.dialects.builtin import Float32Type, Float64Type, StringAttr, i1
from xdsl.ir import Operation, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from jic.errors import KERNEL_ERRORS

# the functions, with their arity
MATH_CALLS = {"erfc": 1, "fmod": 2}
REPORTS = {name: bit for name, (bit, _, _) in KERNEL_ERRORS.items()}  # what jic.report_if can report, with its bit


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


@irdl_op_definition
class ReportIfOp(IRDLOperation):
    """jic.report_if %is_zero "ZeroDivisionError" (reports the error where %is_zero; no result)

    In a kernel it sets the call's error flag (cpu; nothing on nvptx); on the host it raises at once.
    """

    name = "jic.report_if"
    cond = operand_def(i1)
    error = prop_def(StringAttr)
    assembly_format = "$cond $error attr-dict"

    def __init__(self, cond: SSAValue | Operation, error: str):
        super().__init__(operands=[cond], properties={"error": StringAttr(error)})

    def verify_(self) -> None:
        if self.error.data not in REPORTS:
            raise VerifyException(f"jic.report_if: unknown error {self.error.data!r}; expected one of {list(REPORTS)}")
