"""lower-to-llvm's translation of `jic.vector_load` / `jic.vector_store` (vector_ops.py).

NVPTX: one 16-byte access as inline PTX (`ld.global.v4.f32 {a, b, c, d}, [p]`, the `.nc` form for a
load issued steps ahead by pipeline-loads, as for scalar loads; `st.global.v4.f32 [p], {a, b, c, d}`),
its values taken out of the returned struct. CPU: one scalar access per element (the vector form is
then only checked for correctness; LLVM may merge them).
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
    if tr.target == "nvptx" and elem in _PTX:
        suffix, c = _PTX[elem]
        outs = ", ".join(f"${k}" for k in range(n))
        asm = (
            f"{{ .reg .u64 %gp; cvta.to.global.u64 %gp, ${n}; "
            f"ld.global{'.nc' if prefetched else ''}.v{n}.{suffix} {{{outs}}}, [%gp]; }}"
        )
        struct = llvm.LLVMStructType.from_type_list([elem] * n)
        res = tr.add(llvm.InlineAsmOp(asm, ",".join([f"={c}"] * n + ["l"]), [addr], [struct]))
        for k, r in enumerate(op.res):
            tr.vmap[r] = tr.add(llvm.ExtractValueOp(DenseArrayBase.from_list(i64, [k]), res, elem))
        return
    for k, r in enumerate(op.res):
        raw = tr.add(llvm.LoadOp(_element_ptr(tr, addr, elem, k), scalar_to_llvm.storage_type(elem)))
        tr.vmap[r] = scalar_to_llvm.from_storage(tr, raw, elem)


def translate_store(tr: KernelTranslator, op: VectorStoreOp) -> None:
    elem = op.values[0].type
    addr = tr.address(op.memref, op.indices)
    n = len(op.values)
    if tr.target == "nvptx" and elem in _PTX:
        suffix, c = _PTX[elem]
        ins = ", ".join(f"${k + 1}" for k in range(n))
        asm = f"{{ .reg .u64 %gp; cvta.to.global.u64 %gp, $0; st.global.v{n}.{suffix} [%gp], {{{ins}}}; }}"
        vals = [tr.v(v) for v in op.values]
        tr.add(llvm.InlineAsmOp(asm, ",".join(["l"] + [c] * n), [addr, *vals], has_side_effects=True))
        return
    for k, v in enumerate(op.values):
        val = scalar_to_llvm.to_storage(tr, tr.v(v), elem)
        tr.add(llvm.StoreOp(val, _element_ptr(tr, addr, elem, k)))
