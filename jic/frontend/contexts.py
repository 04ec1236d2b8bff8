"""`with torch.no_grad():` - the context managers the frontend compiles.

A compiled variant never has a tensor argument autograd would record: such a call
runs eagerly (runtime/guards.py's key holds `requires_grad` under grad mode, and
compiler.py refuses it). So inside `torch.no_grad()` or `torch.inference_mode()`
nothing jic computes changes, and the block is interpreted as if the `with` line
were not there:

    LOAD_GLOBAL torch; LOAD_ATTR no_grad; CALL 0   ->  Const(torch.no_grad())   (`manager`)
    BEFORE_WITH                                    ->  pushes Const(EXIT), then Const(None) (`__enter__`'s result)
    ... the block ...
    LOAD_CONST None x3; CALL 2                     ->  EXIT(None, None, None) returns None (`leave`)

Compiled code raises no exceptions, so the handler CPython puts after the block
(the exception table's `with` entry: PUSH_EXC_INFO, WITH_EXCEPT_START) is never
reached. Any other manager - `torch.enable_grad()` (it would make outputs record),
`open(...)`, a class of the user's - is refused at its line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

from jic.frontend.values import Const, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter

NO_OPS = (torch.no_grad, torch.inference_mode)  # managers that change nothing a compiled variant computes


class _Exit:
    """The `__exit__` BEFORE_WITH pushes for a no-op manager."""

    def __repr__(self) -> str:
        return "<the exit of a no-op context manager>"


EXIT = _Exit()


def manager(fn: Value, args: list[Value], kwargs: dict[str, Value]) -> Value | None:
    """`torch.no_grad()`: the manager itself, made now (making it changes nothing; entering it would)."""
    if isinstance(fn, Const) and any(fn.value is m for m in NO_OPS) and not args and not kwargs:
        return Const(fn.value())
    return None


def enter(interp: Interpreter, cm: Value) -> None:
    """BEFORE_WITH on `cm`: push its exit and what `__enter__` returns, or refuse the block."""
    if isinstance(cm, Const) and type(cm.value) in NO_OPS:
        interp.push(Const(EXIT))
        interp.push(Const(None))
        return
    raise interp.unsupported(
        f"a `with` block on {cm.describe()}",
        "only `torch.no_grad()` and `torch.inference_mode()` are compiled (they change nothing jic computes)",
    )


def leave(fn: Value, args: list[Value]) -> Value | None:
    """The exit call CPython makes when the block ends normally: nothing to do."""
    if isinstance(fn, Const) and fn.value is EXIT:
        return Const(None)
    return None


def is_with_handler(instrs: list, target: int) -> bool:
    """Is the exception-table target at index `target` the cleanup CPython emits for a `with` block?"""
    return (
        target + 1 < len(instrs)
        and instrs[target].opname == "PUSH_EXC_INFO"
        and instrs[target + 1].opname == "WITH_EXCEPT_START"
    )


__all__ = ["EXIT", "NO_OPS", "enter", "is_with_handler", "leave", "manager"]
