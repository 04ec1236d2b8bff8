"""LLVM-dialect kernels -> LLVM IR text, through xDSL's llvmlite translation.

The translation itself is xDSL's (xdsl/backend/llvm/convert.py); jic adds what
it does not carry: the target triple and data layout, the `ptx_kernel`
calling convention of NVPTX kernels, `noalias` on kernel pointers (jic's
outputs are fresh allocations and inputs are only read), and the shared memory
of block kernels.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from xdsl.backend.llvm.convert import convert_module
from xdsl.dialects import gpu, llvm
from xdsl.dialects.builtin import ModuleOp

from jic.backend.line_info import convert_with_line_info

NVPTX_TRIPLE = "nvptx64-nvidia-cuda"
NVPTX_DATALAYOUT = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"


def kernel_module(module: ModuleOp) -> tuple[gpu.ModuleOp, str]:
    for op in module.ops:
        if isinstance(op, gpu.ModuleOp):
            target = op.attributes["jic.target"].data  # type: ignore[attr-defined]
            return op, target
    raise ValueError("no lowered gpu.module in this module: run lower-to-llvm first")


def kernel_names(gm: gpu.ModuleOp) -> list[str]:
    return [
        op.sym_name.data for op in gm.body.block.ops if isinstance(op, llvm.FuncOp) and "jic.kernel" in op.attributes
    ]


def to_llvm_ir(module: ModuleOp, host_triple: str | None = None) -> tuple[str, list[str], str]:
    """(LLVM IR text, kernel names, target) of the module's lowered kernels."""
    gm, target = kernel_module(module)
    names = kernel_names(gm)
    triple = NVPTX_TRIPLE if target == "nvptx" else host_triple
    with _in_a_module(gm) as wrapper:
        if target == "nvptx":  # .file/.loc in the PTX, from the ops' source lines
            ir_mod = convert_with_line_info(wrapper, triple=NVPTX_TRIPLE, data_layout=NVPTX_DATALAYOUT)
        else:
            ir_mod = convert_module(wrapper, fallback_target_triple=triple, data_layout="")
    if target == "nvptx":
        _define_shared_base(ir_mod)
    for fn in ir_mod.functions:
        if fn.name in names:
            if target == "nvptx":
                fn.calling_convention = "ptx_kernel"
            for a in fn.args:
                if str(a.type).startswith("ptr"):
                    a.add_attribute("noalias")
    return str(ir_mod), names, target


@contextlib.contextmanager
def _in_a_module(gm: gpu.ModuleOp) -> Iterator[ModuleOp]:
    """The gpu.module's ops moved into a builtin.module (what the translation takes), and back after: a
    copy of them cost as much as the translation."""
    ops = list(gm.body.block.ops)
    for op in ops:
        op.detach()
    wrapper = ModuleOp(ops)
    try:
        yield wrapper
    finally:
        for op in ops:
            op.detach()
        gm.body.block.add_ops(ops)


def _define_shared_base(ir_mod) -> None:  # type: ignore[no-untyped-def]
    """The body of `jic_shared_base()` (declared by lower-to-llvm for jic.shared_memory, see block_ops.py):
    the generic address of the block's dynamic shared memory, `@jic_shared` in addrspace(3), whose size
    the launch gives. It is inlined, and LLVM then uses shared-memory loads and stores."""
    from llvmlite import ir

    from jic.passes.block_ops import SHARED_BASE, SHARED_GLOBAL

    fn = next((f for f in ir_mod.functions if f.name == SHARED_BASE), None)
    if fn is None:
        return
    smem = ir.GlobalVariable(ir_mod, ir.ArrayType(ir.IntType(8), 0), SHARED_GLOBAL, addrspace=3)
    smem.linkage = "external"
    smem.align = 16
    fn.linkage = "internal"
    fn.attributes.add("alwaysinline")
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    b.ret(b.addrspacecast(smem, fn.function_type.return_type))
