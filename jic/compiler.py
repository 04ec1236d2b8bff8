"""One variant's compilation: bytecode -> jic IR -> passes -> kernels + host schedule (an Artifact).

    frontend (build_function) -> `ir_text` -> on-disk cache? -> pipeline -> LLVM IR -> PTX / object code

The frontend's IR text is what the on-disk cache is keyed on (with the target,
its architecture and the versions of the tools), so a hit skips everything
after the frontend.
"""

from __future__ import annotations

import dis
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

from jic.errors import UnsupportedError
from jic.runtime.artifact import Artifact, param_spec


@dataclass
class Frontend:
    module: Any  # the builtin.module holding the host func.func
    ir_text: str
    graph_breaks: Any = None  # GraphBreaks: the eager calls' objects and reasons (None: fullgraph)

    @property
    def has_graph_breaks(self) -> bool:
        return bool(self.graph_breaks and self.graph_breaks.reasons)


def kinds_of(fn: Callable, names: list[str], key: tuple) -> dict[str, tuple]:
    """The frontend's argument kinds from a variant key (runtime/guards.py); refusals point at `def`."""
    from jic.ir import dtypes

    code = fn.__code__

    def refuse(construct: str, why: str) -> UnsupportedError:
        return UnsupportedError(construct, why, code.co_filename, code.co_firstlineno)

    kinds: dict[str, tuple] = {}
    for n, k in zip(names, key):
        if k[0] == "T":
            if k[3].type not in ("cpu", "cuda"):
                raise refuse(f"argument '{n}' on device {k[3]}", "jic runs on CPU and CUDA tensors")
            if k[1] not in dtypes.SUPPORTED_TENSOR_DTYPES:
                supported = ", ".join(str(d).removeprefix("torch.") for d in dtypes.SUPPORTED_TENSOR_DTYPES)
                raise refuse(f"argument '{n}' of dtype {k[1]}", f"jic compiles tensors of {supported}")
            if k[4] != torch.strided:
                raise refuse(f"argument '{n}' with layout {k[4]}", "jic compiles strided (dense) tensors")
            if k[5]:
                raise refuse(
                    f"argument '{n}' that requires grad", "jic kernels have no backward yet; use torch.no_grad()"
                )
            kinds[n] = ("tensor", dtypes.TORCH_TO_IR[k[1]], k[2], k[3])  # the device: `x.device` is static
        elif k == ("f",):
            kinds[n] = ("float",)
        elif k == ("i",):
            kinds[n] = ("int",)
        else:
            kinds[n] = ("static", k[-1])
    return kinds


def run_frontend(fn: Callable, kinds: dict[str, tuple], dumper: Any, graph_breaks: bool = False) -> Frontend:
    """The frontend's module; with `graph_breaks`, calls it cannot compile run eagerly in place."""
    from jic.frontend import build_function
    from jic.frontend.graph_breaks import GraphBreaks

    dumper.stage("bytecode", lambda: _disassembly(fn))
    breaks = GraphBreaks() if graph_breaks else None
    module, _ = build_function(fn, kinds, breaks)
    module.verify()
    text = str(module)
    dumper.stage("jic", text)
    return Frontend(module, text, breaks)


def _disassembly(fn: Callable) -> str:
    buf = io.StringIO()
    dis.dis(fn, file=buf)
    return buf.getvalue()


def target_arch(target: str, device: torch.device) -> str:
    if target == "nvptx":
        from jic.backend import cuda

        return cuda.device_arch(device)
    from jic.backend.cpu import host_triple

    return host_triple()


def run_pipeline(
    fn: Callable,
    names: list[str],
    key: tuple,
    fe: Frontend,
    target: str,
    arch: str,
    pipeline: str,
    dumper: Any,
    verify: bool = True,
) -> Artifact:
    """The passes (`pipeline`, composed for the target; the IR verified after each if `verify`) and the
    backend on the frontend's module: the variant as an Artifact."""
    from xdsl.dialects import func

    from jic.backend import host as host_mod
    from jic.backend import llvm_ir
    from jic.ir import make_context
    from jic.passes import pipeline as pl

    module = fe.module
    # each pass's IR as text only when someone reads it (printing is a quarter of a compile)
    after_each = (lambda name, m: dumper.stage(name, str(m))) if dumper.wants_text else None
    pl.run(make_context(), module, pipeline, after_each=after_each, verify=verify)

    host_fn = next(op for op in module.ops if isinstance(op, func.FuncOp))
    records, _ = host_mod.schedule(host_fn)
    art = Artifact(fn.__qualname__, target, arch, [param_spec(n, k) for n, k in zip(names, key)], records)
    if fe.has_graph_breaks:  # the eager calls' Python objects live with the variant, not in its JSON
        art.objects = list(fe.graph_breaks.objects)
        art.graph_breaks = list(fe.graph_breaks.reasons)
    if any(not isinstance(op, func.FuncOp) for op in module.ops):
        _, lowered_for = llvm_ir.kernel_module(module)
        if lowered_for != target:
            raise ValueError(
                f"jic: the pipeline lowered the kernels for {lowered_for!r}, but the inputs need {target!r}"
            )
        if target == "cpu":
            from jic.backend.cpu import compile_object

            ir_text, names_k, _ = llvm_ir.to_llvm_ir(module, arch)
            dumper.stage("llvm", ir_text)
            art.obj, asm = compile_object(ir_text, names_k, assembly=dumper.wants_text)
            dumper.stage("asm", asm or "")
        else:
            from jic.backend import ptx

            ir_text, names_k, _ = llvm_ir.to_llvm_ir(module)
            dumper.stage("llvm", ir_text)
            art.ptx = ptx.compile_ptx(ir_text, names_k, arch=arch)
            dumper.stage("ptx", art.ptx)
        art.kernels = names_k
    return art


__all__ = ["Frontend", "kinds_of", "run_frontend", "run_pipeline", "target_arch"]
