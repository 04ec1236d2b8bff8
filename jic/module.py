"""nn.Module support: `jic.compile(module)`, and `@jic.compile` on `forward`.

The compiled `forward` takes the module's parameters and buffers as live
arguments - read from the module on every call, so an optimizer step or a
`load_state_dict` needs no recompilation - followed by forward's own
arguments. A variant is also keyed on `module.training`, the hooks and the plain Python
attributes (ints, floats, bools, strings and tuples of them) of the module and
its submodules, which the compiled code may have read as constants. Calls of
submodules inside forward are inlined (jic/frontend/submodules.py).

    model.block = jic.compile(model.block)   # a module inside a larger model
"""

from __future__ import annotations

import inspect
import weakref
from typing import Any

import torch

from jic.api import CompiledFunction
from jic.frontend.module_value import PLAIN_TYPES


class ModuleForward(CompiledFunction):
    """`forward` of one module instance, compiled; called with forward's arguments (no `self`)."""

    def __init__(self, module: torch.nn.Module, fn: Any, **opts: Any):
        super().__init__(fn, **opts)
        if not self._names:
            raise TypeError(f"{fn.__qualname__} takes no `self`")
        self._module = weakref.ref(module)  # the module owns its compiled forward, not the reverse
        self._self_name = self._names[0]
        self._forward_names = self._names[1:]
        self._forward_sig = self.signature.replace(parameters=list(self.signature.parameters.values())[1:])
        self._scan()

    @property
    def module(self) -> torch.nn.Module:
        m = self._module()
        if m is None:
            raise ReferenceError("the module of this compiled forward no longer exists")
        return m

    def _scan(self) -> None:
        """Where each parameter and buffer lives: (dotted path, owning module's dict, name in it)."""
        m = self.module
        slots = [(p, *_owner(m, p, "_parameters")) for p, _ in m.named_parameters()]
        slots += [(p, *_owner(m, p, "_buffers")) for p, _ in m.named_buffers()]
        self._slots = slots
        self._paths = [p for p, _, _ in slots]
        self._submodules = [weakref.ref(mod) for _, mod in m.named_modules()]
        self._names = self._paths + self._forward_names  # the flat argument list the compiled code takes

    def _tensors(self) -> list[torch.Tensor]:
        try:
            out = [d[name] for _, d, name in self._slots]
        except KeyError:
            out = None
        if out is None or any(t is None for t in out) or len(out) != _count(self.module):
            self._scan()  # parameters or buffers were added, removed or replaced by None
            out = [d[name] for _, d, name in self._slots]
        return out

    def _static_key(self) -> tuple:
        parts = []
        for ref in self._submodules:
            mod = ref()
            if mod is None:  # a submodule was replaced
                self._scan()
                return self._static_key()
            # hooks make a submodule's call refused when compiling: adding one must compile again
            parts.append((mod.training, len(mod._forward_hooks) + len(mod._forward_pre_hooks)))
            for k, v in mod.__dict__.items():
                if not k.startswith("_") and _plain(v):
                    parts.append((k, v))
        return (("M", tuple(parts)),)

    def _flatten(self, args: tuple, kwargs: dict) -> tuple[tuple, tuple]:
        if kwargs or len(args) != len(self._forward_names):
            bound = self._forward_sig.bind(*args, **kwargs)
            bound.apply_defaults()
            args = tuple(bound.arguments.values())
        return (*self._tensors(), *args), self._static_key()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        values, extra = self._flatten(args, kwargs)
        return self._dispatch(values, extra, args, kwargs)

    def _eager(self, args: tuple, kwargs: dict) -> Any:
        return self.fn(self.module, *args, **kwargs)

    def _frontend_kinds(self, key: tuple) -> dict[str, tuple]:
        from jic import compiler

        flat = compiler.kinds_of(self.fn, self._names, key)
        kinds: dict[str, tuple] = {self._self_name: ("module", [(p, flat[p]) for p in self._paths], self.module)}
        kinds.update((n, flat[n]) for n in self._forward_names)
        return kinds


def _plain(v: object) -> bool:
    """A value the compiled code may have read as a constant (e.g. LayerNorm's normalized_shape)."""
    if type(v) is tuple:
        return all(type(x) in PLAIN_TYPES for x in v)
    return type(v) in PLAIN_TYPES


def _owner(m: torch.nn.Module, path: str, table: str) -> tuple[dict, str]:
    *mods, name = path.split(".")
    for part in mods:
        m = getattr(m, part)
    return getattr(m, table), name


def _count(m: torch.nn.Module) -> int:
    return sum(1 for _ in m.named_parameters()) + sum(1 for _ in m.named_buffers())


_bound: weakref.WeakKeyDictionary[torch.nn.Module, dict[int, ModuleForward]] = weakref.WeakKeyDictionary()


def bound_forward(compiled: CompiledFunction, module: torch.nn.Module) -> ModuleForward:
    """`@jic.compile` on a method of an nn.Module, looked up on an instance: one ModuleForward per instance."""
    per_module = _bound.setdefault(module, {})
    mf = per_module.get(id(compiled))
    if mf is None:
        opts = dict(
            fullgraph=compiled.fullgraph,
            debug=compiled.debug,
            pipeline=compiled.pipeline,
            passes_before=compiled.passes_before,
            passes_after=compiled.passes_after,
        )
        mf = per_module[id(compiled)] = ModuleForward(module, compiled.fn, cache_limit=compiled._cache_limit, **opts)
    return mf


class CompiledModule(torch.nn.Module):
    """What `jic.compile(module)` returns: the same module (its parameters, state_dict, train/eval) with a
    compiled forward. The original is `._orig_mod`, as with torch.compile."""

    def __init__(self, module: torch.nn.Module, **opts: Any):
        super().__init__()
        fn = getattr(type(module).forward, "fn", type(module).forward)  # already decorated: compile the function
        if not inspect.isfunction(fn):
            raise TypeError(f"jic.compile: {type(module).__name__}.forward is not a Python function")
        self._orig_mod = module
        self.__dict__["compiled_forward"] = ModuleForward(module, fn, **opts)

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return self.__dict__["compiled_forward"](*args, **kwargs)

    @property
    def stats(self) -> Any:
        return self.__dict__["compiled_forward"].stats

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)
        except AttributeError:
            return getattr(self._orig_mod, name)


__all__ = ["CompiledModule", "ModuleForward", "bound_forward"]
