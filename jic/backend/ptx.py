"""LLVM IR -> PTX with llvmlite's NVPTX backend, libdevice linked for math.

libdevice is linked into the module and every non-kernel function is made
internal, so that the optimizer inlines what is used and drops the rest (the
PTX is a few KB instead of all of libdevice).
"""

from __future__ import annotations

import functools
import glob
import os
import site

import llvmlite.binding as llvm

from jic.stage_times import Stages


@functools.cache
def _init() -> None:
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()


def find_libdevice() -> str:
    cands: list[str] = []
    for root in (os.environ.get("CUDA_HOME", ""), os.environ.get("CUDA_PATH", ""), "/usr/local/cuda"):
        if root:
            cands += glob.glob(os.path.join(root, "nvvm", "libdevice", "libdevice*.bc"))
    for sp in site.getsitepackages() + [site.getusersitepackages()]:
        cands += glob.glob(os.path.join(sp, "nvidia", "**", "libdevice*.bc"), recursive=True)
    try:
        import triton

        cands += glob.glob(os.path.join(os.path.dirname(triton.__file__), "**", "libdevice*.bc"), recursive=True)
    except ImportError:
        pass
    if not cands:
        raise FileNotFoundError("libdevice.10.bc not found: set CUDA_HOME to a CUDA toolkit")
    return cands[0]


@functools.cache
def _libdevice_bitcode() -> bytes:
    with open(find_libdevice(), "rb") as f:
        return f.read()


def ptx_version(arch: str) -> str:
    """The oldest PTX ISA that knows `arch` (sm_90 -> ptx80), so that older drivers can load it."""
    sm = int(arch.removeprefix("sm_").rstrip("af"))
    for min_sm, version in ((120, "ptx87"), (100, "ptx86"), (90, "ptx80"), (89, "ptx78"), (80, "ptx70")):
        if sm >= min_sm:
            return version
    return "ptx70"


def compile_ptx(llvm_ir: str, kernels: list[str], arch: str = "sm_90", times: dict[str, float] | None = None) -> str:
    """PTX of an LLVM IR module; `times`, if given, gets the seconds each step took (bench/cold_compile.py)."""
    t = Stages(times)
    with t("llvm init"):
        _init()
        tm = llvm.Target.from_triple("nvptx64-nvidia-cuda").create_target_machine(
            cpu=arch, features=f"+{ptx_version(arch)}", opt=3
        )
    with t("llvm parse"):
        mod = llvm.parse_assembly(llvm_ir)
    with t("llvm verify"):
        mod.verify()  # jic's IR alone: libdevice's 400-odd functions are NVIDIA's, and verifying them costs
    if any(f.is_declaration and f.name.startswith("__nv_") for f in mod.functions):
        with t("libdevice parse"):
            lib = llvm.parse_bitcode(_libdevice_bitcode())
            lib.triple = mod.triple
            lib.data_layout = mod.data_layout
        with t("libdevice link"):
            mod.link_in(lib)
    with t("internalize + dead functions"):
        for f in mod.functions:
            if not f.is_declaration and f.name not in kernels:
                f.linkage = llvm.Linkage.internal
        # the libdevice functions nothing calls go before the optimizer, which would otherwise work on them
        # until its own dead-code pass: half of its time for W1, the same PTX
        dce = llvm.create_new_module_pass_manager()
        dce.add_global_dead_code_eliminate_pass()
        dce.run(mod, llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=0)))
    with t("llvm optimize"):
        pto = llvm.create_pipeline_tuning_options(speed_level=3)
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(mod, pb)
    with t("ptx emit"):
        return tm.emit_assembly(mod)
