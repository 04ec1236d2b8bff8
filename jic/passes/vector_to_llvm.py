"""lower-to-llvm's translation of `jic.vector_load` / `jic.vector_store` (vector_ops.py).

A load issued steps ahead by pipeline-loads is, on NVPTX, one inline `ld.global.nc.v4.f32 {a, b, c, d}, [p]`
(opaque to LLVM, which would otherwise move it next to its use, as for scalar pipelined loads), its values
taken out of the returned struct. Every other access is one LLVM load or store per element, the first
marked 16-byte aligned (which the launcher guarantees): NVPTX's load/store vectorizer makes them one
`ld.global.v4.f32` / `st.global.v4.f32`, and the same IR runs anywhere (the CPU target, an emulator).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xdsl.dialects import llvm
from xdsl.dialects.builtin import DenseArrayBase, Float32Type, i64
from xdsl.ir import SSAValue

from jic.ir.vector_ops import VectorLoadOp, VectorStoreOp
from jic.passes import scalar_to_llvm

if TYPE_CHECKING:
    from jic.passes.lower_to_llvm import KernelTranslator

_PTX = {Float32Type(): ("f32", "f")}


def _element_ptr(tr: KernelTranslator, base: SSAValue, elem, k: int) -> SSAValue:  # type: ignore[no-untyped-def]
    if k == 0:
        return base
    storage = scalar_to_llvm.storage_type(elem)
    gep = llvm.GEPOp(base, [llvm.GEP_USE_SSA_VAL], storage, ssa_indices=[tr.const_int(k)], result_type=tr.ptr_type())
    return tr.add(gep)


def translate(tr: KernelTranslator, op: VectorLoadOp | VectorStoreOp) -> None:
    if isinstance(op, VectorLoadOp):
        from jic.passes.lower_to_llvm import PREFETCHED

        translate_load(tr, op, PREFETCHED in op.attributes)
    else:
        translate_store(tr, op)


def translate_load(tr: KernelTranslator, op: VectorLoadOp, prefetched: bool) -> None:
    elem = op.res[0].type
    addr = tr.last_address = tr.address(op.memref, op.indices)
    n = len(op.res)
    if prefetched and tr.target == "nvptx" and elem in _PTX:
        suffix, c = _PTX[elem]
        outs = ", ".join(f"${k}" for k in range(n))
        asm = f"{{ .reg .u64 %gp; cvta.to.global.u64 %gp, ${n}; ld.global.nc.v{n}.{suffix} {{{outs}}}, [%gp]; }}"
        struct = llvm.LLVMStructType.from_type_list([elem] * n)
        res = tr.add(llvm.InlineAsmOp(asm, ",".join([f"={c}"] * n + ["l"]), [addr], [struct]))
        for k, r in enumerate(op.res):
            tr.vmap[r] = tr.add(llvm.ExtractValueOp(DenseArrayBase.from_list(i64, [k]), res, elem))
        return
    align = 4 * n  # f32 elements: the launcher checked the first one's address
    for k, r in enumerate(op.res):
        ptr = _element_ptr(tr, addr, elem, k)
        raw = tr.add(llvm.LoadOp(ptr, scalar_to_llvm.storage_type(elem), alignment=align if k == 0 else 4))
        tr.vmap[r] = scalar_to_llvm.from_storage(tr, raw, elem)


def translate_store(tr: KernelTranslator, op: VectorStoreOp) -> None:
    elem = op.values[0].type
    addr = tr.address(op.memref, op.indices)
    align = 4 * len(op.values)  # f32 elements: the launcher checked the first one's address
    for k, v in enumerate(op.values):
        val = scalar_to_llvm.to_storage(tr, tr.v(v), elem)
        tr.add(llvm.StoreOp(val, _element_ptr(tr, addr, elem, k), alignment=align if k == 0 else 4))
