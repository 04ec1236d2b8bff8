"""`self` inside a compiled `nn.Module.forward`: a symbolic module whose tensors are run-time arguments.

The module's parameters and buffers (by dotted path, e.g. `lin.weight`) are
arguments of the compiled function, read live on every call, so an optimizer
step needs no recompilation. `self.training` and plain Python attributes
(ints, floats, bools, strings, None and tuples of them) are constants the variant is guarded on
(jic/module.py). Submodules are modules again; calling one inlines it
(submodules.py); a container (`nn.ModuleList`, `nn.Sequential`, `nn.ModuleDict`)
is indexed by a constant, iterated and measured with `len` as Python would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch

from jic.frontend.values import Const, StaticIter, Tensor, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

PLAIN_TYPES = (int, float, bool, str, type(None))


@dataclass(eq=False)
class ModuleValue(Value):
    module: torch.nn.Module
    prefix: str  # "" for self, "lin." for self.lin
    tensors: dict[str, Tensor]  # every parameter and buffer, by full dotted path

    def describe(self) -> str:
        where = "self"
        for part in self.prefix.split(".")[:-1]:
            where += f"[{part}]" if part.isdigit() else f".{part}"
        return f"the module {where} ({type(self.module).__name__})"

    def get_attr(self, interp: Interpreter, name: str) -> Value:
        path = self.prefix + name
        if path in self.tensors:
            return self.tensors[path]
        try:
            v = getattr(self.module, name)
        except AttributeError as e:
            raise interp.unsupported(f"`self.{path}`", str(e)) from None
        if isinstance(v, torch.nn.Module):
            return self.child(name)
        if isinstance(v, torch.Tensor):
            raise interp.unsupported(
                f"the tensor attribute `self.{path}`", "register it as a parameter or buffer so jic passes it live"
            )
        if isinstance(v, PLAIN_TYPES) or type(v) is tuple and all(type(x) in PLAIN_TYPES for x in v):
            return Const(v)  # guarded: a new value makes a new variant
        if callable(v):
            return Const(v)  # a method: refused when called unless it is in the op table
        raise interp.unsupported(
            f"the attribute `self.{path}` of type {type(v).__name__}",
            "a compiled forward reads parameters, buffers, submodules and plain Python values",
        )

    # ------------------------------------------------------------ containers
    def child(self, name: str) -> ModuleValue:
        return ModuleValue(getattr(self.module, name), f"{self.prefix}{name}.", self.tensors)

    def children(self) -> list[ModuleValue]:
        """The direct submodules, in order (the layers of an nn.Sequential / nn.ModuleList)."""
        return [self.child(name) for name, _ in self.module.named_children()]

    def subscript(self, interp: Interpreter, key: Value) -> Value:
        """`self.layers[0]`, `self.layers[-1]`, `self.blocks["enc"]`, `self.layers[1:]` with a key known now."""
        m = self.module
        if not isinstance(key, Const):
            raise interp.unsupported(f"indexing {self.describe()} with {key.describe()}", "the index must be known now")
        if isinstance(m, torch.nn.ModuleDict):
            if key.value not in m:
                raise interp.unsupported(f"{self.describe()}[{key.value!r}]", "no such key")
            return self.child(key.value)
        if not isinstance(m, (torch.nn.ModuleList, torch.nn.Sequential)):
            raise interp.unsupported(f"indexing {self.describe()}", "only ModuleList, Sequential and ModuleDict index")
        names = [name for name, _ in m.named_children()]
        if isinstance(key.value, slice):
            raise interp.unsupported(f"slicing {self.describe()}", "index one layer at a time, or iterate")
        if not isinstance(key.value, int) or not -len(names) <= key.value < len(names):
            raise interp.unsupported(f"{self.describe()}[{key.value!r}]", f"it has {len(names)} layers")
        return self.child(names[key.value])

    def iterate(self, interp: Interpreter) -> Value:
        """`for layer in self.layers:` - each layer in turn (a ModuleDict iterates its keys, as in Python)."""
        m = self.module
        if isinstance(m, torch.nn.ModuleDict):
            return StaticIter(tuple(Const(k) for k in m.keys()))
        if not isinstance(m, (torch.nn.ModuleList, torch.nn.Sequential)):
            raise interp.unsupported(f"iterating over {self.describe()}", "only containers of modules iterate")
        return StaticIter(tuple(self.children()))

    def length(self, interp: Interpreter) -> Value:
        if not isinstance(self.module, (torch.nn.ModuleList, torch.nn.Sequential, torch.nn.ModuleDict)):
            raise interp.unsupported(f"len() of {self.describe()}", "only containers of modules have a length")
        return Const(len(self.module))

    def call(self, interp: Interpreter, args: list[Value], kwargs: dict[str, Value]) -> Value:
        from jic.frontend import submodules

        return submodules.call(interp, self, args, kwargs)
