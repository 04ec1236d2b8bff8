"""Structural IR tests: what each stage holds, a pass run on printed IR, the verifier and the registry."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import pytest
import torch
from xdsl.dialects import arith, math
from xdsl.dialects.builtin import FloatAttr, f32
from xdsl.parser import Parser
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter
from xdsl.utils.exceptions import VerifyException

import jic
import jic.passes
import jic.passes.pipeline
from corpus import cell
from jic.frontend import build_function
from jic.ir import make_context

CELL_KINDS = {"x_seq": ("tensor", f32, 3), "h": ("tensor", f32, 2)}
DEFAULT_PASSES = [
    "simplify-loop-carried",
    "split-host-scalars",
    "hoist-invariant-scalars",
    "hoist-step-matmuls",
    "infer-shapes",
    "sink-loops-into-kernels",
    "recurrent-block-kernels",
    "sink-control-flow-into-kernels",
    "elementwise-to-kernels",
    "cse",
    "fuse-kernels",
    "outline-kernels",
    "pipeline-loads",
    "lower-to-llvm",
]


def count(op: str, text: str) -> int:
    """Occurrences of op name `op` in IR text (generic or custom form)."""
    return len(re.findall(r'(?<![\w.])"?' + re.escape(op) + r"(?![\w.])", text))


@pytest.fixture(scope="module")
def cell_stages():
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(4, 300, 33), torch.randn(4, 33)
    return f.stages(x, h)


def test_stage_names(cell_stages):
    assert list(cell_stages) == ["bytecode", "jic", *DEFAULT_PASSES, "llvm", "asm"]


def test_frontend_ir_has_one_loop_not_unrolled(cell_stages):
    ir = cell_stages["jic"]
    assert count("scf.for", ir) == 1
    assert count("jic.tanh", ir) == 1
    assert count("jic.add", ir) == 1
    assert count("jic.select", ir) == 1
    assert "300" not in ir  # T is not baked into the IR


def test_one_kernel_after_fusion(cell_stages):
    ir = cell_stages["fuse-kernels"]
    assert count("jic.kernel", ir) == 1
    assert count("scf.for", ir) == 1  # the time loop is inside the kernel


def test_one_launch_after_outlining(cell_stages):
    ir = cell_stages["outline-kernels"]
    assert count("jic.launch", ir) == 1
    assert count("jic.kernel", ir) == 0
    # the host function has no loop left: it lives in the outlined kernel
    host = ir.split('"gpu.module"')[0]
    assert count("scf.for", host) == 0


def test_stages_reparse():
    """Every pass stage prints IR that make_context() parses back and that verifies."""
    f = jic.compile(fullgraph=True)(cell)
    stages = f.stages(torch.randn(2, 3, 5), torch.randn(2, 5))
    for name in ["jic", *DEFAULT_PASSES]:
        m = Parser(make_context(), stages[name]).parse_module()
        m.verify()


# ---------------------------------------------------------------- a pass: text in -> text out


def _cell_after_infer_shapes_text() -> str:
    m, _ = build_function(cell, CELL_KINDS)
    m.verify()
    jic.passes.pipeline.run(make_context(), m, "infer-shapes")
    return str(m)


def test_sink_loops_into_kernels_on_printed_ir():
    text_in = _cell_after_infer_shapes_text()
    assert count("scf.for", text_in) == 1 and count("jic.select", text_in) == 1
    ctx = make_context()
    m = Parser(ctx, text_in).parse_module()
    m.verify()
    jic.passes.pipeline.run(ctx, m, "sink-loops-into-kernels")
    out = str(m)
    assert '"jic.kernel"' in out
    assert count("jic.kernel", out) == 1
    loops = [l for l in out.splitlines() if "scf.for" in l]
    assert len(loops) == 1 and "-> (f32)" in loops[0], loops
    assert "jic.select" not in out
    assert "jic.tanh" not in out and "math.tanh" in out


def test_pipeline_after_each_sees_every_pass():
    m, _ = build_function(cell, CELL_KINDS)
    seen = []
    jic.passes.pipeline.run(
        make_context(), m, "infer-shapes,sink-loops-into-kernels", after_each=lambda n, mod: seen.append(n)
    )
    assert seen == ["infer-shapes", "sink-loops-into-kernels"]


# ---------------------------------------------------------------- verifier


BAD_ADD = """
builtin.module {
  func.func @f(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> tensor<?xf32> {
    %0 = jic.add %a, %b : tensor<?x?xf32>, tensor<?x?xf32> -> tensor<?xf32>
    func.return %0 : tensor<?xf32>
  }
}
"""


def test_verifier_rejects_wrong_result_rank():
    m = Parser(make_context(), BAD_ADD).parse_module()
    with pytest.raises(VerifyException):
        m.verify()


def test_verifier_accepts_right_result_rank():
    good = BAD_ADD.replace("tensor<?xf32>", "tensor<?x?xf32>")
    Parser(make_context(), good).parse_module().verify()


KERNEL_BODIES = [  # a golden kernel op, and a yield its body must not end in
    ("ema-6-elementwise-to-kernels.mlir", "jic.yield %11 : f32"),
    ("elman-3-recurrent-block-kernels.mlir", "jic.recurrent_yield %41 : f32"),
]


@pytest.mark.parametrize("golden,yield_", KERNEL_BODIES)
@pytest.mark.parametrize(
    "bad,error",
    [
        (lambda y: y.replace(" %", " %9, %").replace(": f32", ": index, f32"), "yields 2 values for"),
        (lambda y: y.replace("%11", "%9").replace("%41", "%29").replace("f32", "index"), "yield 0 is index, expected"),
    ],
)
def test_kernel_bodies_yield_one_value_of_each_type(golden, yield_, bad, error):
    """jic.kernel and jic.recurrent_kernel verify their terminator alike (kernel_ops.verify_yield)."""
    with open(os.path.join(os.path.dirname(__file__), "ir", golden)) as f:
        text = f.read().split("// OUTPUT:\n", 1)[1]
    assert text.count(yield_) == 1
    Parser(make_context(), text).parse_module().verify()
    m = Parser(make_context(), text.replace(yield_, bad(yield_))).parse_module()
    with pytest.raises(VerifyException, match=error):
        m.verify()


# ---------------------------------------------------------------- registry


def test_registry_knows_default_passes():
    names = jic.passes.names()
    for p in DEFAULT_PASSES:
        assert p in names
    for p in DEFAULT_PASSES:
        assert jic.passes.get(p).name == p


def test_registry_rejects_duplicate_name():
    @dataclass(frozen=True)
    class X(ModulePass):
        name = "infer-shapes"

        def apply(self, ctx, op) -> None:  # pragma: no cover
            pass

    before = jic.passes.get("infer-shapes")
    with pytest.raises(ValueError):
        jic.passes.register(X)
    assert jic.passes.get("infer-shapes") is before
    # re-registering the same class is allowed
    assert jic.passes.register(before) is before


def test_registry_unknown_name():
    with pytest.raises(KeyError):
        jic.passes.get("no-such-pass")


@jic.passes.register
@dataclass(frozen=True)
class DoubleEveryTanh(ModulePass):
    """Rewrites math.tanh(v) into 2 * math.tanh(v), so its effect shows in the results."""

    name = "test-double-every-tanh"

    def apply(self, ctx, op) -> None:
        for t in [o for o in op.walk() if isinstance(o, math.TanhOp)]:
            two = arith.ConstantOp(FloatAttr(2.0, t.result.type))
            mul = arith.MulfOp(t.result, two.result)
            Rewriter.insert_op([two, mul], InsertPoint.after(t))
            t.result.replace_uses_with_if(mul.result, lambda use: use.operation is not mul)


def test_a_users_pass_runs_in_a_custom_pipeline():
    """A pass registered by name goes into a pipeline string and changes the generated code."""
    pipe = jic.passes.pipeline.TENSOR_PIPELINE + ["test-double-every-tanh", "lower-to-llvm{target=cpu}"]
    f = jic.compile(fullgraph=True, pipeline=",".join(pipe))(cell)
    x, h = torch.randn(3, 4, 5), torch.randn(3, 5)
    ref = h
    for t in range(x.size(1)):
        ref = 2 * torch.tanh(x[:, t] + ref)
    out = f(x, h)
    assert torch.allclose(out, ref, rtol=1e-5, atol=1e-6)
    assert "test-double-every-tanh" in f.stages(x, h)


def test_a_pipeline_for_the_wrong_target_is_refused():
    pipe = jic.passes.pipeline.default_pipeline("nvptx")
    f = jic.compile(fullgraph=True, pipeline=pipe)(cell)
    with pytest.raises(ValueError, match="lowered the kernels for 'nvptx', but the inputs need 'cpu'"):
        f(torch.randn(3, 4, 5), torch.randn(3, 5))
