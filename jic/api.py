"""`jic.compile`: the user-facing entry point, its cache and its eager fallback.

A call looks up a compiled variant by the *kinds* of its arguments (tensor
dtype, rank and device type; float; int; the value of any other constant) -
never by sizes, so a new T runs the same kernel. A miss runs the pipeline:

    bytecode -> jic IR (frontend) -> passes -> LLVM IR -> PTX (cuda) / host JIT (cpu)
"""

from __future__ import annotations

import dis
import functools
import inspect
import io
import os
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from xdsl.dialects import func

from jic.errors import UnsupportedError
from jic.ir import dtypes


@dataclass
class Variant:
    """One compiled signature: the host program and the kernels it launches."""

    host: Any
    returns_tuple: bool
    stages: dict[str, str] = field(default_factory=dict)


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0", "false", "False")


class CompiledFunction:
    """What `jic.compile(fn)` returns; call it like `fn`."""

    def __init__(
        self,
        fn: Callable,
        *,
        fullgraph: bool = False,
        debug: bool | None = None,
        pipeline: str | Sequence[str] | None = None,
        passes_before: Mapping[str, Sequence[str]] | None = None,
        passes_after: Mapping[str, Sequence[str]] | None = None,
    ):
        if not inspect.isfunction(fn):
            raise TypeError(f"jic.compile takes a Python function, got {type(fn).__name__}")
        self.fn = fn
        self.fullgraph = fullgraph
        self.debug = _env_flag("JIC_DEBUG") if debug is None else debug
        self.pipeline = pipeline
        self.passes_before = passes_before
        self.passes_after = passes_after
        if pipeline is not None or passes_before or passes_after:  # a bad pipeline fails here, not at the first call
            from jic.passes import pipeline as pl

            pl.build(pl.compose("cpu", pipeline, passes_before, passes_after))
        self.signature = inspect.signature(fn)
        self._names = list(self.signature.parameters)
        self._positional = all(
            p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in self.signature.parameters.values()
        )
        self.cache: dict[tuple, Variant | UnsupportedError] = {}
        self.compile_count = 0
        self._lock = threading.Lock()
        self._warned: set[str] = set()
        functools.update_wrapper(self, fn)

    # ------------------------------------------------------------ call
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs and self._positional and len(args) == len(self._names):
            names, values = self._names, list(args)  # the common case, without inspect's binding
        else:
            bound = self.signature.bind(*args, **kwargs)
            bound.apply_defaults()
            values = list(bound.arguments.values())
            names = list(bound.arguments)
        try:
            key, kinds = self._key(names, values)
            variant = self.cache.get(key)
            if variant is None:
                with self._lock:
                    variant = self.cache.get(key)
                    if variant is None:
                        variant = self._compile_or_error(kinds, values)
                        self.cache[key] = variant
            if isinstance(variant, UnsupportedError):
                raise variant
            runtime = [v for n, v in zip(names, values) if kinds[n][0] != "static"]
            # may raise SizeLimitation (an UnsupportedError); kernels only write fresh outputs,
            # so running eagerly after one has run is still right
            outs = variant.host(runtime)
        except UnsupportedError as e:
            if self.fullgraph:
                raise
            msg = str(e)
            if msg not in self._warned:
                self._warned.add(msg)
                warnings.warn(f"jic: running {self.fn.__qualname__} eagerly: {msg}", stacklevel=2)
            return self.fn(*args, **kwargs)
        return tuple(outs) if variant.returns_tuple else outs[0]

    def _refuse(self, construct: str, why: str) -> UnsupportedError:
        """A refusal about the arguments, located at the function's `def` line."""
        code = self.fn.__code__
        return UnsupportedError(construct, why, code.co_filename, code.co_firstlineno)

    def _key(self, names: list[str], values: list[Any]) -> tuple[tuple, dict[str, tuple]]:
        key: list[Any] = []
        kinds: dict[str, tuple] = {}
        devices = set()
        for n, v in zip(names, values):
            if isinstance(v, torch.Tensor):
                if v.device.type not in ("cpu", "cuda"):
                    raise self._refuse(
                        f"argument '{n}' on device {v.device}",
                        "jic runs on CPU and CUDA tensors",
                    )
                if v.dtype not in dtypes.SUPPORTED_TENSOR_DTYPES:
                    raise self._refuse(
                        f"argument '{n}' of dtype {v.dtype}",
                        "jic compiles float32 and float64 tensors yet",
                    )
                if v.requires_grad and torch.is_grad_enabled():
                    raise self._refuse(
                        f"argument '{n}' that requires grad",
                        "jic kernels have no backward yet; use torch.no_grad()",
                    )
                kinds[n] = ("tensor", dtypes.TORCH_TO_IR[v.dtype], v.dim())
                devices.add(v.device)
                key.append(("T", v.dtype, v.dim(), v.device.type))
            elif isinstance(v, bool) or v is None:
                kinds[n] = ("static", v)
                key.append(("S", v))
            elif isinstance(v, float):
                kinds[n] = ("float",)
                key.append(("f",))
            elif isinstance(v, int):
                kinds[n] = ("int",)
                key.append(("i",))
            else:
                try:
                    hash(v)
                except TypeError:
                    raise self._refuse(
                        f"argument '{n}' of type {type(v).__name__}", "not a tensor, number or hashable constant"
                    ) from None
                kinds[n] = ("static", v)
                key.append(("S", type(v), v))
        if len(devices) > 1:
            raise ValueError(
                f"jic: {self.fn.__qualname__} got tensors on different devices: {sorted(map(str, devices))}"
            )
        if not devices:
            raise self._refuse("a call without tensor arguments", "there is nothing to run on a device")
        return tuple(key), kinds

    # ------------------------------------------------------------ compile
    def _compile_or_error(self, kinds: dict[str, tuple], values: list[Any]) -> Variant | UnsupportedError:
        try:
            return self._compile(kinds, values)
        except UnsupportedError as e:
            return e

    def _target(self, values: list[Any]) -> str:
        for v in values:
            if isinstance(v, torch.Tensor):
                return "nvptx" if v.device.type == "cuda" else "cpu"
        return "cpu"

    def _compile(self, kinds: dict[str, tuple], values: list[Any]) -> Variant:
        from jic import debug as dbg
        from jic.backend import host as host_mod
        from jic.backend import llvm_ir
        from jic.frontend import build_function
        from jic.ir import make_context
        from jic.passes import pipeline as pl

        self.compile_count += 1
        target = self._target(values)
        stages: dict[str, str] = {}
        dumper = dbg.Dumper(self.fn.__qualname__, enabled=self.debug, stages=stages)

        buf = io.StringIO()
        dis.dis(self.fn, file=buf)
        dumper.stage("bytecode", buf.getvalue())
        module, _ = build_function(self.fn, kinds)
        module.verify()
        dumper.stage("jic", str(module))
        pipe = pl.compose(target, self.pipeline, self.passes_before, self.passes_after)
        pl.run(make_context(), module, pipe, after_each=lambda name, m: dumper.stage(name, str(m)))

        host_fn = next(op for op in module.ops if isinstance(op, func.FuncOp))
        returns_tuple = host_fn.attributes["jic.returns_tuple"].data == "1"  # type: ignore[attr-defined]
        has_kernels = any(not isinstance(op, func.FuncOp) for op in module.ops)
        runtime_target: Any = None
        if has_kernels:
            _, lowered_for = llvm_ir.kernel_module(module)
            if lowered_for != target:
                raise ValueError(
                    f"jic: the pipeline lowered the kernels for {lowered_for!r}, but the inputs need {target!r}"
                )
            if target == "cpu":
                from jic.backend.cpu import CpuModule, host_triple

                ir_text, names, _ = llvm_ir.to_llvm_ir(module, host_triple())
                dumper.stage("llvm", ir_text)
                runtime_target = CpuModule(ir_text)
                dumper.stage("asm", runtime_target.asm)
            else:
                from jic.backend import cuda, ptx

                ir_text, names, _ = llvm_ir.to_llvm_ir(module)
                dumper.stage("llvm", ir_text)
                dev = next(v.device for v in values if isinstance(v, torch.Tensor))
                ptx_text = ptx.compile_ptx(ir_text, names, arch=cuda.device_arch(dev))
                dumper.stage("ptx", ptx_text)
                runtime_target = cuda.CudaModule(ptx_text, names)
        host = host_mod.HostProgram(host_fn, runtime_target)
        return Variant(host, returns_tuple, stages)

    # ------------------------------------------------------------ introspection
    def stages(self, *args: Any, **kwargs: Any) -> dict[str, str]:
        """The text of every stage (bytecode, jic, each pass, llvm, ptx/asm) for these arguments."""
        bound = self.signature.bind(*args, **kwargs)
        bound.apply_defaults()
        key, kinds = self._key(list(bound.arguments), list(bound.arguments.values()))
        variant = self.cache.get(key)
        if variant is None:
            variant = self._compile(kinds, list(bound.arguments.values()))
            self.cache[key] = variant
        if isinstance(variant, UnsupportedError):
            raise variant
        return variant.stages

    def inspect(self, *args: Any, stage: str = "jic", **kwargs: Any) -> str:
        """The text of one stage for these arguments: "bytecode", "jic", a pass name (the IR after it),
        "llvm", "ptx" (made for sm_90 when the arguments are on the CPU) or "asm" (CPU)."""
        from jic.introspect import stage_text

        return stage_text(self, stage, args, kwargs)


def compile(
    fn: Callable | None = None,
    *,
    fullgraph: bool = False,
    debug: bool | None = None,
    pipeline: str | Sequence[str] | None = None,
    passes_before: Mapping[str, Sequence[str]] | None = None,
    passes_after: Mapping[str, Sequence[str]] | None = None,
) -> Any:
    """Compile `fn` whole: its loops run inside one kernel per fused region.

    Usable as `@jic.compile` or `@jic.compile(fullgraph=True, debug=True)`. `pipeline=` replaces the pass
    pipeline (a list of pass names or a pipeline string); `passes_before={"lower-to-llvm": ["my-pass"]}` and
    `passes_after=` insert passes at named passes of it (see jic/passes/pipeline.py).
    """
    opts = dict(
        fullgraph=fullgraph, debug=debug, pipeline=pipeline, passes_before=passes_before, passes_after=passes_after
    )
    if fn is None:
        return lambda f: CompiledFunction(f, **opts)
    return CompiledFunction(fn, **opts)


__all__ = ["compile", "CompiledFunction"]
