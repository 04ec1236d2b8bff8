"""elementwise-to-kernels: each remaining top-level elementwise op becomes a one-op kernel.

    %y = jic.mul %s, %c2 : tensor<?x?xf32>, index -> tensor<?x?xf32>
  ->
    %y = "jic.kernel"(%d0, %d1) ({
    ^bb0(%i: index, %j: index):
      %e = jic.load %s[%i, %j]
      %m = arith.mulf %e, (arith.sitofp %c2)
      jic.yield %m : f32
    })

fuse-kernels then merges chains of such kernels.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Region
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from jic.ir import tensor_ops as T
from jic.ir.kernel_ops import KernelOp, KernelYieldOp
from jic.passes import registry
from jic.passes.scalarize import Scalarizer
from jic.passes.shapes import DimMaterializer, shape_of


@registry.register
@dataclass(frozen=True)
class ElementwiseToKernels(ModulePass):
    name = "elementwise-to-kernels"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for f in list(op.walk()):
            if not isinstance(f, func.FuncOp):
                continue
            dims = DimMaterializer(f)
            for ew in list(f.body.block.ops):
                if not isinstance(ew, T.ElementwiseOp):
                    continue
                space = shape_of(ew.results[0])
                sizes = [dims.get(d, ew) for d in space]
                block = KernelOp.new_body(len(space))
                idx = tuple(block.args)
                s = Scalarizer(block, inside={ew}, identity=idx)
                block.add_op(KernelYieldOp(s.elem(ew.results[0], idx)))
                Rewriter.replace_op(ew, KernelOp(sizes, [ew.results[0].type], Region(block)))
