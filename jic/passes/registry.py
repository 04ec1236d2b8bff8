"""The pass registry: pass name -> loader of its ModulePass class, extensible by users.

Passes come from three places, and a name may be claimed only once:

- built-in passes register themselves when jic.passes is imported (`@register`);
- code registers its own: `jic.passes.register(MyPass)` (also usable as a decorator);
- installed packages declare theirs in the `jic.passes` entry-point group, one entry per pass, named by the
  pass name; the package is imported only when its pass is first used:

      [project.entry-points."jic.passes"]
      fast-math = "my_package.fast_math:FastMath"

Loaders are lazy, as in xDSL's `Universe` (name -> callable returning the class), so listing the passes never
imports a plugin.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from xdsl.passes import ModulePass

ENTRY_POINT_GROUP = "jic.passes"


class PassRegistryError(ValueError):
    """A duplicate pass name, or a plugin that does not give the pass it names."""


class UnknownPassError(PassRegistryError, KeyError):
    """No pass has this name."""

    __str__ = Exception.__str__  # KeyError would quote the message


@dataclass
class _Entry:
    load: Callable[[], type[ModulePass]]
    origin: str  # where it came from, for error messages
    cls: type[ModulePass] | None = None


_PASSES: dict[str, _Entry] = {}
_PLUGINS_DISCOVERED = False


def _origin(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _add(name: str, entry: _Entry) -> None:
    old = _PASSES.get(name)
    if old is not None:
        raise PassRegistryError(f"two passes are named {name!r}: {old.origin} and {entry.origin}")
    _PASSES[name] = entry


def register(cls: type[ModulePass]) -> type[ModulePass]:
    """Register a pass class under its `name` (usable as a decorator); a name already taken is an error."""
    if not (isinstance(cls, type) and issubclass(cls, ModulePass)):
        raise TypeError(f"jic.passes.register takes a ModulePass subclass, got {cls!r}")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name:
        raise PassRegistryError(f"{_origin(cls)} has no `name`: give the class a kebab-case `name = ...`")
    old = _PASSES.get(name)
    if old is not None and old.cls is cls:
        return cls  # the same class again (a module imported twice)
    _add(name, _Entry(lambda: cls, _origin(cls), cls))
    return cls


def unregister(name: str) -> None:
    """Forget the pass `name` (for code that registered a pass for a while, e.g. a test)."""
    if name not in _PASSES:
        raise UnknownPassError(f"no pass named {name!r} is registered")
    del _PASSES[name]


def _discover_plugins() -> None:
    """Record every entry point of the `jic.passes` group, without importing it."""
    global _PLUGINS_DISCOVERED
    if _PLUGINS_DISCOVERED:
        return
    _PLUGINS_DISCOVERED = True
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = ep.dist.name if ep.dist is not None else "an installed package"
        _add(ep.name, _Entry(ep.load, f"{ep.value} (entry point of {dist})"))


def get(name: str) -> type[ModulePass]:
    """The pass class registered as `name`, importing its plugin on first use."""
    _discover_plugins()
    entry = _PASSES.get(name)
    if entry is None:
        raise UnknownPassError(f"no pass named {name!r}; known passes: {', '.join(sorted(_PASSES))}")
    if entry.cls is None:
        cls = entry.load()
        if not (isinstance(cls, type) and issubclass(cls, ModulePass)):
            raise PassRegistryError(f"{entry.origin} gives {cls!r}, not a ModulePass subclass")
        if getattr(cls, "name", None) != name:
            raise PassRegistryError(
                f"{entry.origin} is registered as {name!r} but its class is named {getattr(cls, 'name', None)!r}"
            )
        entry.cls = cls
    return entry.cls


def origin(name: str) -> str:
    """Where the pass `name` comes from (module path, or entry point and package)."""
    get(name)
    return _PASSES[name].origin


def names() -> list[str]:
    """Every registered pass name, sorted; imports no plugin."""
    _discover_plugins()
    return sorted(_PASSES)
