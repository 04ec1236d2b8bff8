"""`jic.compile`: the user-facing entry point, its variants and its eager fallback.

A call looks up a compiled variant by the *kinds* of its arguments (tensor
dtype, rank, device and layout; float; int; the value of any other constant,
see runtime/guards.py) - never by sizes, so a new T runs the same kernel. A
miss runs the compiler (jic/compiler.py):

    bytecode -> jic IR (frontend) -> [on-disk cache] -> passes -> LLVM IR -> PTX (cuda) / object code (cpu)

and turns the result into one generated host function (runtime/schedule.py)
that the following calls run directly. Past `cache_limit` variants a new kind
of arguments runs eagerly, with one warning.
"""

from __future__ import annotations

import functools
import inspect
import os
import threading
import types
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from jic.config import config
from jic.errors import UnsupportedError
from jic.runtime import guard_fn, guards
from jic.runtime.artifact import Artifact


@dataclass
class Variant:
    """One compiled signature: its artifact and the host function that runs it."""

    run: Callable  # takes the call's arguments positionally
    artifact: Artifact
    device: torch.device
    stages: dict[str, str] = field(default_factory=dict)
    from_disk: bool = False  # loaded from the on-disk cache: only the frontend's stages are in `stages`
    module: Any = None  # the loaded kernels (CpuModule / CudaModule)
    all_stages: bool = True  # False: `stages` lacks the passes' IR (from disk, or compiled for a call)
    guard: guard_fn.Guard | None = None  # what a call's arguments must pass to run it (the fast path)

    @property
    def source(self) -> str:
        """The generated Python of the host program."""
        return getattr(self.run, "__jic_source__", "")


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
        cache_limit: int | None = None,
    ):
        if not inspect.isfunction(fn):
            raise TypeError(f"jic.compile takes a Python function or an nn.Module, got {type(fn).__name__}")
        self.fn = fn
        self.fullgraph = fullgraph
        self.debug = _env_flag("JIC_DEBUG") if debug is None else debug
        self.pipeline = pipeline
        self.passes_before = passes_before
        self.passes_after = passes_after
        if pipeline is not None or passes_before or passes_after:  # a bad pipeline fails here, not at the first call
            from jic.passes import pipeline as pl

            pl.build(pl.compose("cpu", pipeline, passes_before, passes_after))
        self._cache_limit = cache_limit
        self.signature = inspect.signature(fn)
        self._names = list(self.signature.parameters)
        self._positional = all(
            p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in self.signature.parameters.values()
        )
        self._n = len(self._names)
        self.cache: dict[tuple, Variant | UnsupportedError] = {}
        self.stats = guards.GuardStats()
        self._fast: Callable = guard_fn.make_fast_path(self._n, (), self.stats)  # a hit's whole path
        self._lock = threading.RLock()
        self._warned: set[str] = set()
        functools.update_wrapper(self, fn)

    @property
    def cache_limit(self) -> int:
        return config.cache_limit if self._cache_limit is None else self._cache_limit

    @property
    def compile_count(self) -> int:
        """Variants made so far (compiled, or loaded from the on-disk cache)."""
        return self.stats.compiles + self.stats.disk_hits

    # ------------------------------------------------------------ call
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs and len(args) == self._n:
            try:
                out = self._fast(*args)  # the variant whose guard the arguments pass (guard_fn.py)
            except UnsupportedError as e:  # SizeLimitation: sizes this variant cannot take
                return self._fall_back(e, args, kwargs)
            if out is not guard_fn.MISS:
                return out
        values = args
        if kwargs or len(args) != self._n or not self._positional:
            bound = self.signature.bind(*args, **kwargs)
            bound.apply_defaults()
            values = tuple(bound.arguments.values())
        return self._dispatch(values, (), args, kwargs)

    def _dispatch(self, values: tuple, extra_key: tuple, args: tuple, kwargs: dict) -> Any:
        """Run the variant `values` (plus `extra_key`, what else it is specialized on) select, or fall back."""
        try:
            try:
                key = guards.call_key(values)
            except TypeError:
                raise self._unhashable(values) from None
            if extra_key:
                key += extra_key
            variant = self.cache.get(key)
            if variant is None:
                variant = self._miss(key, values)
            else:
                self.stats.hits += 1
            if variant.__class__ is not Variant:
                raise variant  # type: ignore[misc]
            # may raise SizeLimitation (an UnsupportedError); kernels only write fresh outputs,
            # so running eagerly after one has run is still right
            return variant.run(*values)
        except UnsupportedError as e:
            return self._fall_back(e, args, kwargs)

    def _fall_back(self, e: UnsupportedError, args: tuple, kwargs: dict) -> Any:
        if self.fullgraph:
            raise e
        self._warn_once(f"jic: running {self.fn.__qualname__} eagerly: {e}")
        self.stats.eager_calls += 1
        return self._eager(args, kwargs)

    def _flatten(self, args: tuple, kwargs: dict) -> tuple[tuple, tuple]:
        """(the values the compiled code takes, what else the variant key holds) for a call's arguments."""
        bound = self.signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return tuple(bound.arguments.values()), ()

    def _eager(self, args: tuple, kwargs: dict) -> Any:
        return self.fn(*args, **kwargs)

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        """`@jic.compile` on a method: on an nn.Module, its tensors become live arguments (jic/module.py)."""
        if obj is None:
            return self
        if isinstance(obj, torch.nn.Module):
            from jic.module import bound_forward

            return bound_forward(self, obj)
        return types.MethodType(self, obj)

    def _warn_once(self, msg: str) -> None:
        if msg not in self._warned:
            self._warned.add(msg)
            warnings.warn(msg, stacklevel=4)

    def _unhashable(self, args: tuple) -> UnsupportedError:
        code = self.fn.__code__
        for n, v in zip(self._names, args):
            try:
                guards.arg_key(v)
            except TypeError:
                return UnsupportedError(
                    f"argument '{n}' of type {type(v).__name__}",
                    "not a tensor, number or hashable constant",
                    code.co_filename,
                    code.co_firstlineno,
                )
        raise AssertionError("no unhashable argument")

    def _miss(self, key: tuple, args: tuple) -> Variant | UnsupportedError:
        """A call whose variant is not cached: compile it (once, whatever the threads), or refuse past the limit."""
        with self._lock:
            self.stats.misses += 1
            variant = self.cache.get(key)
            if variant is not None:
                return variant  # another thread compiled it meanwhile
            guards.check_devices(self.fn.__qualname__, self._names, key)
            if len(self.cache) >= self.cache_limit:
                return self._over_limit(key)
            try:
                variant = self._build(key, args)
            except UnsupportedError as e:
                variant = e
            self._install(key, variant, args)
            return variant

    def _install(self, key: tuple, variant: Variant | UnsupportedError, values: tuple) -> None:
        """Cache `variant` under `key` and regenerate the fast path over every compiled variant."""
        self.cache[key] = variant
        if not isinstance(variant, Variant) or not self._positional or len(key) != self._n:
            return  # refusals, and calls that bind keywords or carry more in their key, take the slow path
        if type(self).__call__ is not CompiledFunction.__call__:
            return  # a subclass with its own call (a module's forward) does not use the fast path
        variant.guard = guard_fn.make_guard(key, values)
        entries = [(v.guard, v.run) for v in self.cache.values() if isinstance(v, Variant) and v.guard is not None]
        self._fast = guard_fn.make_fast_path(self._n, entries, self.stats)

    def _over_limit(self, key: tuple) -> UnsupportedError:
        kinds = ", ".join(f"{n}: {guards.describe(k)}" for n, k in zip(self._names, key))
        code = self.fn.__code__
        return UnsupportedError(
            f"another variant of {self.fn.__qualname__} ({kinds})",
            f"it already has {len(self.cache)} compiled variants, the cache limit "
            f"(jic.compile(..., cache_limit=N) or jic.config.cache_limit)",
            code.co_filename,
            code.co_firstlineno,
        )

    # ------------------------------------------------------------ compile
    def _build(self, key: tuple, args: tuple, use_disk_cache: bool = True) -> Variant:
        from jic.runtime import disk_cache, eager_refs

        device = guards.check_devices(self.fn.__qualname__, self._names, key)
        target = "nvptx" if device.type == "cuda" else "cpu"
        # with debugging on, every stage is wanted: the pipeline runs even on a cache hit; a user's passes
        # are not part of the key (their code may change under the same name), so they bypass the cache
        custom = self.pipeline is not None or bool(self.passes_before or self.passes_after)
        use_disk = (
            use_disk_cache and config.disk_cache and not (self.debug or os.environ.get("JIC_DUMP_DIR")) and not custom
        )
        # a hit found before the frontend runs: no xDSL, no LLVM in this process (runtime/front_key.py); with
        # graph breaks, only if what its eager calls use resolves to the same objects here (eager_refs.py)
        front = self._front_key(key, device, target) if use_disk else None
        found = disk_cache.load_front(front) if front else None
        if found is not None and _resolve_objects(found[1]):
            self.stats.disk_hits += 1
            return self._load(found[1], device, found[0], True, {}, False)
        from jic import gc_pause

        # no cyclic collection while compiling: one full collection over torch's heap costs more than the passes
        with gc_pause.paused():
            try:
                from jic import compiler, frontend, passes  # noqa: F401
            except ModuleNotFoundError as e:
                raise RuntimeError(
                    f"jic.compile needs {e.name} (xdsl and llvmlite); this install runs saved kernels only (jic.load)"
                ) from e
            from jic import debug as dbg

            stages: dict[str, str] = {}
            # a call keeps no per-pass IR (printing it costs); introspection (use_disk_cache=False) does
            dumper = dbg.Dumper(self.fn.__qualname__, enabled=self.debug, stages=stages, keep=not use_disk_cache)
            kinds = self._frontend_kinds(key)
            fe = compiler.run_frontend(self.fn, kinds, dumper, graph_breaks=not self.fullgraph)
            arch = compiler.target_arch(target, device)
            from jic.passes import pipeline as pl

            pipe = pl.compose(target, self.pipeline, self.passes_before, self.passes_after)
            # graph breaks' eager calls hold Python objects of this process: cached only if each has a reference
            # a new process resolves and checks (a builtin, a module-level function or class, a constant)
            refs = eager_refs.describe(fe.graph_breaks.objects) if use_disk and fe.has_graph_breaks else None
            cacheable = use_disk and (not fe.has_graph_breaks or refs is not None)
            disk_key = disk_cache.make_key(fe.ir_text, target, arch, pipe, refs) if cacheable else None
            art = disk_cache.load(disk_key) if disk_key else None
            if art is not None and not _resolve_objects(art):
                art = None
            from_disk = art is not None
            if art is None:
                self.stats.compiles += 1
                # jic's own pipeline unverified between passes unless asked (config.verify_passes); a user's is
                verify = config.verify_passes or self.debug or custom
                art = compiler.run_pipeline(self.fn, self._names, key, fe, target, arch, pipe, dumper, verify)
                art.object_refs = refs
            else:
                self.stats.disk_hits += 1
            variant = self._load(art, device, disk_key, from_disk, stages, dumper.wants_text and not from_disk)
            if front and disk_key:
                disk_cache.store_front(front, disk_key)
            return variant

    def _load(
        self, art: Artifact, device: Any, disk_key: str | None, from_disk: bool, stages: dict, all_stages: bool
    ) -> Variant:
        """The variant of an artifact: its kernels loaded, its host program built; a new entry (or a cubin made
        for an entry that had none) is stored."""
        from jic.runtime import disk_cache

        if from_disk and disk_key and art.target == "cpu" and art.library is None:
            art.library = disk_cache.add_library(disk_key, art)  # later hits load it without llvmlite
        module = art.load_module(device)
        run = art.program(module, device)  # loads the kernels: on CUDA, makes the cubin the entry stores
        if getattr(module, "cubin_made", False):
            art.cubin, art.cubin_key = module.cubin, module.cubin_key
        if disk_key and (not from_disk or getattr(module, "cubin_made", False)):
            disk_cache.store(disk_key, art)
        return Variant(run, art, device, stages, from_disk, module, all_stages=all_stages)

    def _front_key(self, key: tuple, device: Any, target: str) -> str | None:
        """The disk cache's key before the frontend runs, for plain functions (a module's forward reads the
        module's structure, which the key does not name)."""
        if type(self)._frontend_kinds is not CompiledFunction._frontend_kinds:
            return None
        from jic.runtime import disk_cache, front_key

        if target == "nvptx":
            from jic.backend.cuda import device_arch

            arch = device_arch(device)
        else:
            arch = front_key.host_arch()
        # creation ops without device= are made on torch's default device, which the frontend reads
        tools = dict(
            disk_cache.tool_versions(target), pipeline="default", default_device=str(torch.get_default_device())
        )
        return front_key.make(self.fn, key, target, arch, tools)

    def _frontend_kinds(self, key: tuple) -> dict[str, tuple]:
        from jic import compiler

        return compiler.kinds_of(self.fn, self._names, key)

    # ------------------------------------------------------------ introspection
    def variant(self, *args: Any, **kwargs: Any) -> Variant:
        """The compiled variant these arguments select (compiled now if needed)."""
        values, extra = self._flatten(args, kwargs)
        key = guards.call_key(values) + extra
        with self._lock:
            variant = self.cache.get(key)
            if variant is None or (isinstance(variant, Variant) and not variant.all_stages):
                guards.check_devices(self.fn.__qualname__, self._names, key)
                if variant is None:
                    self.stats.misses += 1
                variant = self._build(key, values, use_disk_cache=False)
                self._install(key, variant, values)
        if isinstance(variant, UnsupportedError):
            raise variant
        return variant

    def stages(self, *args: Any, **kwargs: Any) -> dict[str, str]:
        """The text of every stage (bytecode, jic, each pass, llvm, ptx/asm) for these arguments (the variant is
        compiled once more, keeping them, if its compile did not: a plain compile prints no IR)."""
        return self.variant(*args, **kwargs).stages

    def kinds_for(self, *args: Any, **kwargs: Any) -> dict[str, tuple]:
        """The argument kinds the frontend compiles these arguments as."""
        values, extra = self._flatten(args, kwargs)
        return self._frontend_kinds(guards.call_key(values) + extra)

    def inspect(self, *args: Any, stage: str = "jic", **kwargs: Any) -> str:
        """The text of one stage for these arguments: "bytecode", "jic", a pass name (the IR after it),
        "llvm", "ptx" (made for sm_90 when the arguments are on the CPU) or "asm" (CPU)."""
        from jic.introspect import stage_text

        return stage_text(self, stage, args, kwargs)


def _resolve_objects(art: Artifact) -> bool:
    """Give an entry from disk the Python objects its graph breaks call; False if they do not resolve here to
    what was stored (a module not imported, a helper whose code changed): the entry is not used."""
    from jic.runtime.eager_refs import Unresolved

    try:
        art.resolve_objects()
    except Unresolved:
        return False
    return True


def compile(
    fn: Any = None,
    *,
    fullgraph: bool = False,
    debug: bool | None = None,
    pipeline: str | Sequence[str] | None = None,
    passes_before: Mapping[str, Sequence[str]] | None = None,
    passes_after: Mapping[str, Sequence[str]] | None = None,
    cache_limit: int | None = None,
) -> Any:
    """Compile `fn` whole: its loops run inside one kernel per fused region.

    Usable as `@jic.compile` or `@jic.compile(fullgraph=True, debug=True)`; on an
    `nn.Module` it returns a module whose `forward` is compiled (jic/module.py).
    `pipeline=` replaces the pass pipeline (a list of pass names or a pipeline string);
    `passes_before={"lower-to-llvm": ["my-pass"]}` and `passes_after=` insert passes at
    named passes of it (see jic/passes/pipeline.py). `cache_limit=` caps the compiled
    variants (default jic.config.cache_limit).
    """
    opts = dict(
        fullgraph=fullgraph,
        debug=debug,
        pipeline=pipeline,
        passes_before=passes_before,
        passes_after=passes_after,
        cache_limit=cache_limit,
    )

    def wrap(f: Any) -> Any:
        if isinstance(f, torch.nn.Module):
            from jic.module import CompiledModule

            return CompiledModule(f, **opts)
        return CompiledFunction(f, **opts)

    return wrap if fn is None else wrap(fn)


__all__ = ["compile", "CompiledFunction", "Variant"]
