"""A graph break: a call that compiled code cannot perform, run by Python when the host program reaches it.

`print(h.mean())` in a compiled function computes `h.mean()` in a kernel and
calls `print` on the host, with the live value, in program order:

    %m = jic.reduce "mean" %h ... : tensor<?x?xf32> -> tensor<f32>
    %p = jic.eager_call %m {callee = "print", spec = "{\"fn\": {\"obj\": 0}, \"args\": [{\"in\": 0}]}"}
           : (tensor<f32>) -> !jic.pyobj

`spec` (JSON) rebuilds the call from the op's operands (`{"in": i}`), Python
objects the variant holds (`{"obj": k}`: the callable, constants; `{"weak": k}`:
a submodule, by weak reference) and
containers of them (`{"tuple": [...]}`, `{"list": [...]}`, `{"dict": {...}}`,
`{"attr": [spec, name]}`, `{"shape": spec}`). The result is an opaque Python
object (`!jic.pyobj`) that only other eager calls may take. The op has side
effects: no pass removes, merges or moves it into a kernel; a loop holding one
stays on the host.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from xdsl.dialects.builtin import StringAttr
from xdsl.ir import ParametrizedAttribute, SSAValue, TypeAttribute
from xdsl.irdl import IRDLOperation, irdl_attr_definition, irdl_op_definition, prop_def, result_def, var_operand_def


@irdl_attr_definition
class PyObjectType(ParametrizedAttribute, TypeAttribute):
    """A Python object made by an eager call: `!jic.pyobj`."""

    name = "jic.pyobj"


@irdl_op_definition
class EagerCallOp(IRDLOperation):
    """%r = "jic.eager_call"(%a, %t) <{callee = "print", spec = "..."}> : (tensor<f32>, index) -> !jic.pyobj"""

    name = "jic.eager_call"
    args = var_operand_def()
    result = result_def(PyObjectType)
    callee = prop_def(StringAttr)  # what is called, for reading the IR
    spec = prop_def(StringAttr)  # JSON: how the call is rebuilt from operands and held objects

    def __init__(self, callee: str, spec: dict[str, Any], args: Sequence[SSAValue]):
        super().__init__(
            operands=[list(args)],
            result_types=[PyObjectType()],
            properties={"callee": StringAttr(callee), "spec": StringAttr(json.dumps(spec, sort_keys=True))},
        )


__all__ = ["EagerCallOp", "PyObjectType"]
