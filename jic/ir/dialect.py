"""The jic dialect: tensor-level ops (tensor_ops.py) and kernel-level ops (kernel_ops.py)."""

from xdsl.context import Context
from xdsl.dialects import arith, builtin, cf, func, gpu, llvm, math, memref, scf
from xdsl.ir import Dialect

from jic.ir import (
    cast_ops,
    creation_ops,
    eager_ops,
    host_read_ops,
    kernel_ops,
    list_ops,
    memory_ops,
    pointwise,
    recurrent_ops,
    scalar_ops,
    structured_ops,
    tensor_ops,
    vector_ops,
    view_ops,
)

Jic = Dialect(
    "jic",
    [
        tensor_ops.DimOp,
        tensor_ops.SelectOp,
        *tensor_ops.ELEMENTWISE_OPS,
        *structured_ops.STRUCTURED_OPS,
        *structured_ops.DECOMPOSITION_MATH_OPS,
        *list_ops.LIST_OPS,
        pointwise.PointwiseOp,
        cast_ops.CastOp,
        cast_ops.FullLikeOp,
        scalar_ops.MathCallOp,
        scalar_ops.ReportIfOp,
        view_ops.ViewOp,
        creation_ops.CreateOp,
        recurrent_ops.RecurrentKernelOp,
        recurrent_ops.RecurrentYieldOp,
        recurrent_ops.ContiguousOp,
        memory_ops.SharedMemoryOp,
        kernel_ops.KernelOp,
        kernel_ops.KernelYieldOp,
        kernel_ops.LoadOp,
        kernel_ops.BroadcastDimOp,
        kernel_ops.LaunchOp,
        memory_ops.PrefetchOp,
        vector_ops.VectorLoadOp,
        vector_ops.VectorStoreOp,
        eager_ops.EagerCallOp,
        *host_read_ops.HOST_READ_OPS,
    ],
    [eager_ops.PyObjectType],
)


def make_context() -> Context:
    """A context that can parse every stage of jic's IR."""
    ctx = Context()
    for d in (
        builtin.Builtin,
        func.Func,
        arith.Arith,
        math.Math,
        scf.Scf,
        cf.Cf,
        memref.MemRef,
        gpu.GPU,
        llvm.LLVM,
        Jic,
    ):
        ctx.load_dialect(d)
    return ctx
