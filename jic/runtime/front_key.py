"""The disk cache's key before the frontend runs: what a new process needs to find its compiled code
without importing xDSL or LLVM.

The on-disk entry is keyed on the frontend's IR text (disk_cache.make_key), which only the frontend can
make. This key is made from what the frontend reads instead:

- the function's code: its bytecode, constants, names, line table and file (`marshal`, whose output
  does not depend on the process at version 2), and the same for every nested code object;
- every value the code can load: each name of the code (and of nested code) that is a global or a
  builtin, the closure's cells and the default arguments; a Python function among them recursively
  (the frontend inlines it), a module with those of its attributes the code names;
- the argument kinds (the variant key), the target and its architecture, and the versions of Python,
  torch, jic's sources, xDSL, llvmlite and the driver.

Equal keys mean the frontend would read the same things, so it would make the same IR. A value whose
content cannot be named this way (an arbitrary object, a tensor held in a global) gives no key: that
function always runs the frontend first, as before.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import marshal
import platform
import sys
import types
from typing import Any

import torch

LIBRARIES = ("torch", "math", "cmath", "builtins", "operator", "functools", "itertools", "numpy", "jic", "typing")
_SCALARS = (type(None), bool, int, float, complex, str, bytes)


class Unnameable(Exception):
    """A value the key cannot name by its content."""


def _library(module: str | None) -> bool:
    return bool(module) and module.split(".")[0] in LIBRARIES  # type: ignore[union-attr]


def _code_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            names |= _code_names(c)
    return names


class _Namer:
    """Names values by content; `seen` breaks the cycles of recursive functions."""

    def __init__(self) -> None:
        self.seen: dict[int, str] = {}

    def value(self, v: Any, names: set[str], depth: int = 0) -> Any:
        if depth > 12:
            raise Unnameable("too deep")
        t = type(v)
        if t in _SCALARS:
            return [t.__name__, repr(v)]
        if t in (tuple, list, frozenset, set):
            items = [self.value(x, names, depth + 1) for x in v]
            return [t.__name__, sorted(items, key=repr) if t in (frozenset, set) else items]
        if t is dict:
            return ["dict", [[self.value(k, names, depth + 1), self.value(x, names, depth + 1)] for k, x in v.items()]]
        if isinstance(v, (torch.dtype, torch.device, torch.layout, torch.Size)):
            return [t.__name__, str(v)]
        if isinstance(v, types.ModuleType):
            return self._module(v, names, depth)
        if isinstance(v, types.FunctionType):
            if _library(v.__module__):
                return ["libfn", v.__module__, v.__qualname__]
            return self.function(v, depth)
        if isinstance(v, (types.BuiltinFunctionType, types.BuiltinMethodType, types.MethodDescriptorType)):
            owner = getattr(v, "__module__", None) or getattr(getattr(v, "__objclass__", None), "__module__", "")
            return ["builtin", owner, getattr(v, "__qualname__", getattr(v, "__name__", repr(v)))]
        if isinstance(v, type) and _library(v.__module__):
            return ["class", v.__module__, v.__qualname__]
        if callable(v) and _library(getattr(v, "__module__", None)) and hasattr(v, "__qualname__"):
            return ["libcall", v.__module__, v.__qualname__]  # torch's functions that are objects (e.g. ops)
        raise Unnameable(f"a {t.__qualname__}")

    def _module(self, m: types.ModuleType, names: set[str], depth: int) -> Any:
        if _library(m.__name__):
            return ["module", m.__name__]
        attrs = [[n, self.value(getattr(m, n), names, depth + 1)] for n in sorted(names) if hasattr(m, n)]
        return ["module", m.__name__, attrs]

    def function(self, fn: types.FunctionType, depth: int = 0) -> Any:
        if id(fn) in self.seen:
            return ["recursive", self.seen[id(fn)]]
        self.seen[id(fn)] = fn.__qualname__
        code = fn.__code__
        names = _code_names(code)
        g = fn.__globals__
        loads = []
        for n in sorted(names):
            if n in g:
                loads.append([n, self.value(g[n], names, depth + 1)])
            elif hasattr(builtins, n):
                loads.append([n, "builtin"])
        cells = []
        for c in fn.__closure__ or ():
            try:
                cells.append(self.value(c.cell_contents, names, depth + 1))
            except ValueError:  # an empty cell
                cells.append("empty")
        return [
            "fn",
            hashlib.sha256(marshal.dumps(code, 2)).hexdigest(),
            loads,
            cells,
            self.value(fn.__defaults__, names, depth + 1),
            self.value(fn.__kwdefaults__, names, depth + 1),
        ]


def _kinds(key: tuple) -> list:
    out = []
    for k in key:
        if k[0] == "T":
            out.append(["T", str(k[1]), k[2], str(k[3]), str(k[4]), bool(k[5])])
        elif k in (("f",), ("i",)):
            out.append(list(k))
        else:
            out.append(["S", _Namer().value(k[-1], set())])
    return out


def host_arch() -> str:
    """The CPU target's architecture without asking LLVM (its code is made for the generic CPU of the triple)."""
    return f"{platform.machine()}-{sys.platform}"


def make(fn: types.FunctionType, key: tuple, target: str, arch: str, tools: dict[str, Any]) -> str | None:
    """The key of `fn` compiled for arguments of variant key `key`, or None if it reads something unnameable."""
    try:
        blob = {
            "fn": _Namer().function(fn),
            "kinds": _kinds(key),
            "target": target,
            "arch": arch,
            "tools": tools,
            "python": list(sys.version_info[:2]),
            "torch": torch.__version__,
        }
        text = json.dumps(blob, sort_keys=True)
    except (Unnameable, TypeError, ValueError, RecursionError):
        return None
    return hashlib.sha256(text.encode()).hexdigest()


__all__ = ["Unnameable", "host_arch", "make"]
