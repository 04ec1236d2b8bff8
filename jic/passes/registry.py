"""The pass registry: pass name -> ModulePass class, extensible by users.

Built-in passes register themselves here; `register` adds a user's pass; the
entry-point group `jic.passes` lets installed packages add theirs. A duplicate
name is an error.
"""

from __future__ import annotations

from importlib import metadata

from xdsl.passes import ModulePass

_PASSES: dict[str, type[ModulePass]] = {}
_ENTRY_POINTS_LOADED = False


def register(cls: type[ModulePass]) -> type[ModulePass]:
    """Register a pass class under its `name` (usable as a decorator)."""
    name = cls.name
    if name in _PASSES and _PASSES[name] is not cls:
        raise ValueError(f"a pass named {name!r} is already registered ({_PASSES[name].__module__})")
    _PASSES[name] = cls
    return cls


def _load_entry_points() -> None:
    global _ENTRY_POINTS_LOADED
    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    for ep in metadata.entry_points(group="jic.passes"):
        register(ep.load())


def get(name: str) -> type[ModulePass]:
    _load_entry_points()
    try:
        return _PASSES[name]
    except KeyError:
        raise KeyError(f"no pass named {name!r}; known: {', '.join(sorted(_PASSES))}") from None


def names() -> list[str]:
    _load_entry_points()
    return sorted(_PASSES)
