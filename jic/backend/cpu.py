"""The CPU target: the same kernels, compiled for the host by llvmlite's JIT.

A kernel is a function `void k(ptr, i64 strides..., ..., i64 nthreads)` whose
body loops over the thread grid (lower-to-llvm{target=cpu}). It is called
through ctypes with the tensors' data pointers and element strides.
"""

from __future__ import annotations

import ctypes
import functools

import llvmlite.binding as llvm


@functools.cache
def _init() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()


def _target_machine() -> llvm.TargetMachine:
    # one per module: the MCJIT engine takes ownership of its target machine
    _init()
    return llvm.Target.from_default_triple().create_target_machine(opt=3, jit=True)


def host_triple() -> str:
    return llvm.get_process_triple()


class CpuModule:
    """One JIT-compiled module; `launch` runs a kernel over `n` threads (the same call as CudaModule's)."""

    def __init__(self, llvm_ir: str):
        tm = _target_machine()
        mod = llvm.parse_assembly(llvm_ir)
        mod.verify()
        pto = llvm.create_pipeline_tuning_options(speed_level=2)
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(mod, pb)
        self.engine = llvm.create_mcjit_compiler(mod, tm)
        self.asm = tm.emit_assembly(mod)
        self.engine.finalize_object()
        self._fns: dict[str, ctypes._CFuncPtr] = {}  # type: ignore[name-defined]

    def function(self, name: str, argtypes: list[type]) -> ctypes._CFuncPtr:  # type: ignore[name-defined]
        addr = self.engine.get_function_address(name)
        if not addr:
            raise RuntimeError(f"kernel {name} not found in the JIT module")
        return ctypes.CFUNCTYPE(None, *argtypes)(addr)

    def launch(self, name: str, device: object, n: int, params: list) -> None:
        fn = self._fns.get(name)
        if fn is None:
            fn = self._fns[name] = self.function(name, [type(p) for p in params] + [ctypes.c_int64])
        fn(*params, ctypes.c_int64(n))
