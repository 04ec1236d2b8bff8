"""`compiled.inspect(*args, stage=...)`: the text of one compilation stage.

The stages of a call are those its compile recorded (see `CompiledFunction.stages`). The "ptx" stage is also
given for arguments on the CPU: the same function is compiled once more for NVPTX (sm_90, no GPU needed), so that
the kernels' PTX can be read anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jic.api import CompiledFunction

PTX_ARCH_WITHOUT_GPU = "sm_90"


def ptx_for(cf: CompiledFunction, kinds: dict[str, tuple], arch: str = PTX_ARCH_WITHOUT_GPU) -> str:
    """The PTX of `cf`'s kernels for arguments of these kinds, made without a GPU."""
    from jic.backend import llvm_ir, ptx
    from jic.frontend import build_function
    from jic.ir import make_context
    from jic.passes import pipeline as pl

    module, _ = build_function(cf.fn, kinds)
    module.verify()
    pl.run(make_context(), module, pl.compose("nvptx", cf.pipeline, cf.passes_before, cf.passes_after))
    ir_text, names, _ = llvm_ir.to_llvm_ir(module)
    return ptx.compile_ptx(ir_text, names, arch=arch)


def stage_text(cf: CompiledFunction, stage: str, args: tuple, kwargs: dict[str, Any]) -> str:
    stages = cf.stages(*args, **kwargs)
    if stage in stages:
        return stages[stage]
    if stage == "ptx" and "asm" in stages:  # compiled for the CPU: make the PTX the GPU would run
        stages["ptx"] = ptx_for(cf, cf.kinds_for(*args, **kwargs))
        return stages["ptx"]
    raise ValueError(f"jic: {cf.fn.__qualname__} has no stage {stage!r} for these arguments; it has {list(stages)}")
