"""The Python objects of a graph break's eager calls as JSON references a new process can resolve.

A variant with graph breaks holds Python objects (frontend/graph_breaks.py: the callables and constant
arguments of its eager calls). The disk cache stores it only when each one is named without pickle:

    print, len, list           {"builtin": "print"}             (the object `builtins.print` is)
    a module-level function     {"global": ["mod", "helper", h]} (h: a hash of its code, defaults, closure
                                                                   and what it loads, as front_key.py names it)
    a class, torch's functions  {"global": ["torch", "sigmoid", h]}
    3, 2.5, "step", True, None  {"const": ["int", "3"]}
    torch.float32               {"dtype": "float32"}
    (1, "a")                    {"tuple": [...]}

A method called on a tensor or an eager result (`h.item()`, `losses.append`) is a name in the call's
spec already, not an object. Anything else - a lambda, a closure, a function defined in a function, a
bound method, a module-level object that is not a function, class or builtin, a submodule - has no
reference: that variant is not cached (`describe` returns None), never guessed at.

Resolving reads `sys.modules` only (it imports nothing, so loading an entry runs no code of the user's)
and checks each object against its reference: the same hash of a function's code and of what it reads.
A module not imported yet, a name gone, or changed code makes the entry unusable: the function compiles.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import sys
import types
from typing import Any

import torch

from jic.runtime import front_key

_CONSTS = {"bool": bool, "int": int, "float": float, "str": str, "NoneType": type(None)}


class Unresolved(Exception):
    """A stored reference this process cannot resolve to the same object."""


def describe(objects: list[Any]) -> list[Any] | None:
    """References for `objects`, in order, or None if any has none."""
    try:
        return [_ref(o, 0) for o in objects]
    except (front_key.Unnameable, TypeError, ValueError, RecursionError):  # as front_key.make: no reference
        return None


def resolve(refs: Any) -> list[Any]:
    """The objects `refs` name in this process; Unresolved if any is missing or differs from what was stored."""
    if not isinstance(refs, list):
        raise Unresolved("not a list of references")
    return [_resolve(r) for r in refs]


def _ref(o: Any, depth: int) -> Any:
    t = type(o)
    if t.__name__ in _CONSTS and _CONSTS[t.__name__] is t:
        return {"const": [t.__name__, repr(o)]}
    if isinstance(o, torch.dtype):
        return {"dtype": str(o).removeprefix("torch.")}
    if t is tuple and depth < 8:
        return {"tuple": [_ref(x, depth + 1) for x in o]}
    name = getattr(o, "__name__", None)
    if isinstance(name, str) and callable(o) and getattr(builtins, name, None) is o:
        return {"builtin": o.__name__}
    module, qualname = getattr(o, "__module__", None), getattr(o, "__qualname__", None)
    if not (isinstance(module, str) and isinstance(qualname, str)) or "<" in qualname:
        raise front_key.Unnameable(f"a {t.__qualname__} without a module-level name")  # lambdas, locals
    plain = isinstance(o, (types.FunctionType, type, types.BuiltinFunctionType))
    if not plain and not (callable(o) and front_key._library(module)):  # torch's ops are objects
        raise front_key.Unnameable(f"a {t.__qualname__}")
    if isinstance(o, types.BuiltinFunctionType) and not isinstance(o.__self__, (types.ModuleType, type(None))):
        raise front_key.Unnameable("a bound method")
    if _lookup(module, qualname) is not o and front_key._library(module) and _lookup(module, name or "") is o:
        qualname = name  # torch.sigmoid: its qualname names the class torch made it in
    if _lookup(module, qualname) is not o:
        raise front_key.Unnameable(f"{module}.{qualname} is not the object it names")
    return {"global": [module, qualname, _identity(o)]}


def _identity(o: Any) -> str:
    """A hash of what a function or class is: its code and everything it reads (front_key.py's naming)."""
    named = front_key._Namer().value(o, set())  # Unnameable for a class of the user's: not cached
    return hashlib.sha256(json.dumps(named, sort_keys=True).encode()).hexdigest()


def _lookup(module: str, qualname: str) -> Any:
    obj: Any = sys.modules.get(module)
    for part in qualname.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part, None)
    return obj


def _resolve(r: Any) -> Any:
    if not (isinstance(r, dict) and len(r) == 1):
        raise Unresolved(f"bad reference {r!r}")
    ((kind, v),) = r.items()
    if kind == "const" and isinstance(v, list) and len(v) == 2 and v[0] in _CONSTS and isinstance(v[1], str):
        return _const(v[0], v[1])
    if kind == "dtype" and isinstance(v, str) and isinstance(getattr(torch, v, None), torch.dtype):
        return getattr(torch, v)
    if kind == "tuple" and isinstance(v, list):
        return tuple(_resolve(x) for x in v)
    if kind == "builtin" and isinstance(v, str):
        o = getattr(builtins, v, None)
        if o is None or not callable(o):
            raise Unresolved(f"no builtin {v!r}")
        return o
    if kind == "global" and isinstance(v, list) and len(v) == 3 and all(isinstance(x, str) for x in v):
        module, qualname, identity = v
        o = _lookup(module, qualname)
        if o is None:
            raise Unresolved(f"{module}.{qualname} is not there")
        try:
            same = _identity(o) == identity
        except (front_key.Unnameable, TypeError, ValueError, RecursionError):
            same = False
        if not same:
            raise Unresolved(f"{module}.{qualname} changed")
        return o
    raise Unresolved(f"bad reference {r!r}")


def _const(kind: str, text: str) -> Any:
    if kind == "NoneType":
        return None
    if kind == "bool":
        return text == "True"
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    import ast

    value = ast.literal_eval(text)  # a string literal: no code runs
    if not isinstance(value, str):
        raise Unresolved(f"bad string constant {text!r}")
    return value


__all__ = ["Unresolved", "describe", "resolve"]
