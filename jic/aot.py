"""Ahead-of-time kernels: `jic.save(compiled, path, example_args)`, then `jic.load(path)` anywhere.

A saved function is a directory:

    path/jic.json      the artifact without its blobs: target, architecture, parameters, host schedule
    path/kernels.ptx   CUDA: the PTX, loaded with cuda-python on first call on each device
    path/kernels.so    CPU: the kernels linked into a shared library (needs a C compiler to save), loaded by ctypes

Loading imports neither xDSL nor llvmlite: the host schedule is JSON run by
jic/runtime, the kernels are PTX or a shared library. A function with graph
breaks saves what its eager calls use as references (runtime/eager_refs.py:
`print`, a module-level helper with a hash of its code, constants); loading
finds them in the modules already imported and refuses a helper that changed.
A loaded function runs the one signature it was saved for (sizes free, as
always); other arguments are an error naming the argument, what was expected
and what came.
"""

from __future__ import annotations

import dataclasses
import json
import os
import platform
from typing import Any

import torch

from jic.errors import JicError, UnsupportedError
from jic.files import write_atomic
from jic.runtime import guards
from jic.runtime.artifact import Artifact, ArtifactError

MANIFEST = "jic.json"
PTX_FILE = "kernels.ptx"
LIBRARY_FILE = "kernels.so"


class SignatureError(JicError, TypeError):
    """Arguments a loaded function was not saved for."""


class ArchitectureError(JicError, RuntimeError):
    """Kernels saved for a GPU architecture (or CPU) this machine cannot run."""


def save(compiled: Any, path: str, example_args: tuple, example_kwargs: dict | None = None) -> None:
    """Compile `compiled` for arguments like `example_args` (if not done yet) and write it to directory `path`."""
    from jic.api import CompiledFunction

    if not isinstance(compiled, CompiledFunction) or hasattr(compiled, "module"):
        what = type(compiled).__name__
        raise TypeError(f"jic.save takes what jic.compile returns for a function, got {what}")
    values, extra = compiled._flatten(tuple(example_args), dict(example_kwargs or {}))
    key = guards.call_key(values) + extra
    variant = compiled.cache.get(key) or compiled._miss(key, values)
    if isinstance(variant, UnsupportedError):
        raise variant
    art: Artifact = variant.artifact
    if art.graph_breaks:  # its eager calls' objects are saved as references a new process resolves
        art = dataclasses.replace(art, object_refs=_object_refs(compiled.fn.__qualname__, art))
    for p, v in zip(art.params, values):
        if p["kind"] == "static" and p.get("value") != v:
            raise UnsupportedError(
                f"saving argument '{p['name']}' = {v!r}", "only bool, int, float, str and None constants are saved"
            )
    os.makedirs(path, exist_ok=True)
    manifest = art.to_json()
    manifest["ptx"] = manifest["obj"] = manifest["cubin"] = manifest["cubin_key"] = None
    if art.kernels and art.target == "nvptx":
        assert art.ptx is not None
        write_atomic(os.path.join(path, PTX_FILE), art.ptx.encode())
        manifest["files"] = {"ptx": PTX_FILE}
    elif art.kernels:
        from jic.backend.cpu import link_shared_library

        assert art.obj is not None
        tmp = os.path.join(path, f".{LIBRARY_FILE}.tmp")
        link_shared_library(art.obj, tmp)
        os.replace(tmp, os.path.join(path, LIBRARY_FILE))
        manifest["files"] = {"library": LIBRARY_FILE}
    write_atomic(os.path.join(path, MANIFEST), json.dumps(manifest, indent=1, sort_keys=True).encode())  # last


def _object_refs(name: str, art: Artifact) -> list:
    """What the graph breaks' eager calls use, as references (runtime/eager_refs.py); refused, naming the
    object, when one has none (a lambda, a closure, a bound method: nothing a new process could find)."""
    from jic.runtime import eager_refs

    if art.object_refs is not None:
        return art.object_refs
    refs = eager_refs.describe(art.objects)
    if refs is None:
        bad = next(o for o in art.objects if eager_refs.describe([o]) is None)
        raise UnsupportedError(
            f"saving {name} with {len(art.graph_breaks)} graph break(s)",
            f"its eager calls use {bad!r}, which a new process cannot find by name (a lambda, a closure, a "
            "bound method or a submodule); call a module-level function there, or compile with fullgraph=True",
        )
    return refs


def load(path: str) -> LoadedFunction:
    """A function saved with `jic.save`, ready to call."""
    try:
        with open(os.path.join(path, MANIFEST), encoding="utf-8") as f:
            manifest = json.load(f)
    except FileNotFoundError:
        raise FileNotFoundError(f"jic.load: {path} holds no {MANIFEST}; was it written by jic.save?") from None
    except ValueError as e:
        raise ArtifactError(f"jic.load: {path}/{MANIFEST} is not valid JSON: {e}") from None
    files = manifest.pop("files", {})
    art = Artifact.from_json(manifest)
    from jic.runtime.eager_refs import Unresolved

    try:  # with graph breaks: what its eager calls use, found by name in the modules imported so far
        art.resolve_objects()
    except Unresolved as e:
        raise ArtifactError(
            f"jic.load: {art.name} calls Python code eagerly (graph breaks) and {e}: import the module that "
            "defines it, unchanged since jic.save, before jic.load (jic.load imports nothing)"
        ) from None
    if art.kernels and art.target == "nvptx":
        with open(os.path.join(path, files.get("ptx", PTX_FILE)), encoding="utf-8") as f:
            art.ptx = f.read()
    return LoadedFunction(art, os.path.join(path, files.get("library", LIBRARY_FILE)))


_MACHINES = {"amd64": "x86_64", "arm64": "aarch64"}


def _host_machine() -> str:
    m = platform.machine().lower()
    return _MACHINES.get(m, m)


def _sm(arch: str) -> int:
    return int(arch.removeprefix("sm_").rstrip("af"))


class LoadedFunction:
    """A saved function: call it like the original, with arguments of the kinds it was saved for."""

    def __init__(self, art: Artifact, library: str):
        self.artifact = art
        self._library = library
        self._programs: dict[tuple, Any] = {}
        self._modules: dict[torch.device, Any] = {}
        self._names = [p["name"] for p in art.params]
        if art.target == "cpu" and art.arch.split("-")[0] != _host_machine():
            raise ArchitectureError(
                f"jic.load: {art.name} was saved for {art.arch}, this machine is {_host_machine()}; save it again here"
            )
        if art.target == "nvptx" and torch.cuda.is_available():
            self._check_arch(torch.device("cuda", torch.cuda.current_device()))

    def __repr__(self) -> str:
        sig = ", ".join(f"{p['name']}: {_describe(p, self.artifact.device_type)}" for p in self.artifact.params)
        return f"<jic loaded {self.artifact.name}({sig}) for {self.artifact.arch}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            args = self._bind(args, kwargs)
        try:
            key = guards.call_key(args)
        except TypeError:
            key = None
        prog = self._programs.get(key) if key is not None else None
        if prog is None:
            prog = self._prepare(key, args)
        return prog(*args)

    def _bind(self, args: tuple, kwargs: dict) -> tuple:
        names = self._names[len(args) :]
        unknown = set(kwargs) - set(names)
        if unknown:
            raise SignatureError(f"{self.artifact.name}() got unexpected keyword arguments {sorted(unknown)}")
        missing = [n for n in names if n not in kwargs]
        if missing:
            raise SignatureError(f"{self.artifact.name}() is missing arguments {missing}")
        return (*args, *(kwargs[n] for n in names))

    def _prepare(self, key: tuple | None, args: tuple) -> Any:
        art = self.artifact
        if len(args) != len(art.params):
            raise SignatureError(f"{art.name}() takes {len(art.params)} arguments ({self._names}), got {len(args)}")
        for p, v in zip(art.params, args):
            self._check_arg(p, v)
        assert key is not None
        device = guards.check_devices(art.name, self._names, key)
        if device.type == "cuda":
            self._check_arch(device)
        module = self._modules.get(device)
        if module is None and art.kernels:
            module = self._modules[device] = self._load_module()
        prog = art.program(module, device)
        self._programs[key] = prog
        return prog

    def _check_arg(self, p: dict, v: Any) -> None:
        dev = self.artifact.device_type
        expected = _describe(p, dev)
        ok = False
        if p["kind"] == "tensor" and isinstance(v, torch.Tensor):
            ok = (
                str(v.dtype).removeprefix("torch.") == p["dtype"]
                and v.dim() == p["rank"]
                and v.device.type == dev
                and v.layout == torch.strided
            )
            if ok and v.requires_grad and torch.is_grad_enabled():
                raise SignatureError(
                    f"{self.artifact.name}: argument '{p['name']}' requires grad; "
                    "saved kernels have no backward: call under torch.no_grad()"
                )
        elif p["kind"] == "float":
            ok = type(v) is float
        elif p["kind"] == "int":
            ok = type(v) is int
        elif p["kind"] == "static":
            ok = type(v) is type(p["value"]) and v == p["value"]
        if not ok:
            got = guards.describe(guards.arg_key(v)) if _hashable(v) else f"a {type(v).__name__}"
            raise SignatureError(f"{self.artifact.name}: argument '{p['name']}' expected {expected}, got {got}")

    def _check_arch(self, device: torch.device) -> None:
        from jic.backend.cuda import device_arch

        have = device_arch(device)
        if _sm(have) < _sm(self.artifact.arch):
            raise ArchitectureError(
                f"jic.load: {self.artifact.name} was compiled for {self.artifact.arch}; {device} is {have} "
                f"({torch.cuda.get_device_name(device)}), which cannot run it: save it again on this GPU"
            )

    def _load_module(self) -> Any:
        art = self.artifact
        if art.target == "nvptx":
            from jic.backend.cuda import CudaModule

            assert art.ptx is not None
            return CudaModule(art.ptx, art.kernels)
        from jic.backend.cpu import SharedLibraryModule

        return SharedLibraryModule(self._library)


def _hashable(v: Any) -> bool:
    try:
        guards.arg_key(v)
        return True
    except TypeError:
        return False


def _describe(p: dict, device_type: str) -> str:
    if p["kind"] == "tensor":
        return f"a {p['dtype']} tensor of rank {p['rank']} on {device_type}"
    if p["kind"] == "float":
        return "a float"
    if p["kind"] == "int":
        return "an int"
    return f"the constant {p['value']!r}"


__all__ = ["ArchitectureError", "LoadedFunction", "SignatureError", "load", "save"]
