"""Source locations: every op carries `loc = "file:line"`, the Python line it comes from.

The frontend stamps each op it emits, and passes that translate one op into others stamp those with its
location (scalarize.py, lower_to_llvm.py). Every other op a pass creates - size computations, checks, loop
bounds, terminators, the kernel around a loop - gets its location after the pass from the ops it serves,
as a line table would (`fill`, run by the pipeline after each pass):

1. the first located op that uses one of its results, or the first located op nested in it;
2. else the op that defines its first located operand;
3. else the closest located op before it in its block, or the op around it;
4. else the first located op of its function (a prologue belongs to the function's first line).

Containers (modules, functions) and terminators are left alone: a function's lines are those of its ops, and
a terminator belongs to the line before it, as in a line table.
"""

from __future__ import annotations

from xdsl.dialects import builtin, func, gpu, llvm
from xdsl.dialects.builtin import StringAttr
from xdsl.ir import Attribute, Operation
from xdsl.traits import IsTerminator

from jic.errors import UnsupportedError

LOC = "loc"
_CONTAINERS = (builtin.ModuleOp, gpu.ModuleOp, func.FuncOp, gpu.FuncOp, llvm.FuncOp)


def locatable(op: Operation) -> bool:
    """Does `op` get a location of its own (not a container or a terminator)?"""
    return not isinstance(op, _CONTAINERS) and not op.has_trait(IsTerminator)


def loc_of(op: Operation) -> StringAttr | None:
    a = op.attributes.get(LOC)
    return a if isinstance(a, StringAttr) else None


def stamp(op: Operation, loc: Attribute | None) -> None:
    """Give `op` the location `loc` unless it has one."""
    if loc is not None and LOC not in op.attributes and locatable(op):
        op.attributes[LOC] = loc


def _from_users_or_body(op: Operation) -> StringAttr | None:
    for r in op.results:
        for use in r.uses:
            if (loc := loc_of(use.operation)) is not None:
                return loc
    for region in op.regions:
        for inner in region.walk():
            if (loc := loc_of(inner)) is not None:
                return loc
    return None


def _from_operands_or_before(op: Operation) -> StringAttr | None:
    for o in op.operands:
        if isinstance(o.owner, Operation) and (loc := loc_of(o.owner)) is not None:
            return loc
    prev = op.prev_op
    while prev is not None:
        if (loc := loc_of(prev)) is not None:
            return loc
        prev = prev.prev_op
    parent = op.parent_op()
    if parent is not None and (loc := loc_of(parent)) is not None:
        return loc
    while parent is not None and not isinstance(parent, _CONTAINERS):
        parent = parent.parent_op()
    if parent is None or isinstance(parent, (builtin.ModuleOp, gpu.ModuleOp)):
        return None
    return next((loc for inner in parent.walk() if (loc := loc_of(inner)) is not None), None)


def fill(module: Operation) -> None:
    """Give every op of `module` without a location the one of the ops it serves (see the module docstring)."""
    missing = [op for op in module.walk() if LOC not in op.attributes and locatable(op)]
    if not missing:
        return
    for op in reversed(missing):  # users come after their definitions: fill them first
        stamp(op, _from_users_or_body(op))
    for op in missing:
        stamp(op, _from_operands_or_before(op))


def unsupported_at(op: Operation, construct: str, why: str = "") -> UnsupportedError:
    """A refusal found by a pass, naming `op`'s file and line (shown with its source line)."""
    loc = loc_of(op)
    filename, _, line = loc.data.rpartition(":") if loc is not None else ("", "", "")
    if filename and line.isdigit():
        return UnsupportedError(construct, why, filename, int(line))
    return UnsupportedError(construct, why)
