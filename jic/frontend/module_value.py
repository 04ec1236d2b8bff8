"""`self` inside a compiled `nn.Module.forward`: a symbolic module whose tensors are run-time arguments.

The module's parameters and buffers (by dotted path, e.g. `lin.weight`) are
arguments of the compiled function, read live on every call, so an optimizer
step needs no recompilation. `self.training` and plain Python attributes
(ints, floats, bools, strings, None) are constants the variant is guarded on
(jic/module.py). Submodules are modules again; calling one is refused (jic has
no matmul or normalization kernels to inline them into yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch

from jic.frontend.values import Const, Tensor, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

PLAIN_TYPES = (int, float, bool, str, type(None))


@dataclass(eq=False)
class ModuleValue(Value):
    module: torch.nn.Module
    prefix: str  # "" for self, "lin." for self.lin
    tensors: dict[str, Tensor]  # every parameter and buffer, by full dotted path

    def describe(self) -> str:
        where = "self." + self.prefix.rstrip(".") if self.prefix else "self"
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
            return ModuleValue(v, path + ".", self.tensors)
        if isinstance(v, torch.Tensor):
            raise interp.unsupported(
                f"the tensor attribute `self.{path}`", "register it as a parameter or buffer so jic passes it live"
            )
        if isinstance(v, PLAIN_TYPES):
            return Const(v)  # guarded: a new value makes a new variant
        if callable(v):
            return Const(v)  # a method: refused when called unless it is in the op table
        raise interp.unsupported(
            f"the attribute `self.{path}` of type {type(v).__name__}",
            "a compiled forward reads parameters, buffers, submodules and plain Python values",
        )
