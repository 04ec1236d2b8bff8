"""The iteration space of a loop's carried tensors: one shape for every thread's element.

A loop sunk into one kernel runs one thread per element of its carried state, so every carried
tensor needs the same shape. Tensors that come from different arguments have different symbolic
sizes (`v.0` and `n.0` in a leaky integrate-and-fire loop carrying `v` and `n`) although they
agree whenever the program makes sense; infer-shapes' loop checks do not prove that (`n.0 ==
bcast(n.0, v.0)` also holds for v.0 == 1). So the kernel's grid is the first carried tensor's
shape, and a host-side check before the loop proves each other carried tensor's sizes equal to
it:

    %e = arith.cmpi eq, %v0, %n0
    cf.assert %e, "lif.py:23: the loop-carried tensors `v` (v.0) and `n` (n.0) differ in size along dim 0;
                   jic runs the loop as one kernel only when they agree" {jic.limitation}

A failing check is a limitation (the call runs eagerly: eager broadcasts the smaller one), never
a wrong answer. Sizes known when compiling decide at once: two different constants, or a static
1 against a run-time size (a state that broadcasts, e.g. `torch.zeros(1, H)` next to `(B, H)`),
leave the loop on the host with that reason, since the check would almost surely fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.dialects import arith, cf
from xdsl.dialects.builtin import TensorType, UnitAttr
from xdsl.ir import Operation, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from jic.ir import symdim
from jic.passes.infer_shapes import LIMITATION_ATTR
from jic.passes.shapes import DimMaterializer, Shape, loc_of, shape_of


def value_name(v: SSAValue, k: int) -> str:
    """A readable name for carried value number k: its Python name where the IR keeps it."""
    return f"`{v.name_hint}`" if v.name_hint else f"value #{k}"


def carried_names(inits: list[SSAValue], body_args: list[SSAValue] | None = None) -> list[str]:
    """Names of a loop's carried values: the body's block arguments' names, else the initial values'."""
    out = []
    for k, init in enumerate(inits):
        arg = body_args[k] if body_args is not None and k < len(body_args) else None
        out.append(value_name(arg if arg is not None and arg.name_hint else init, k))
    return out


@dataclass
class CommonSpace:
    """One iteration space for tensors `values`: `shape`, and the size pairs a host check must prove equal."""

    shape: Shape
    names: list[str]
    values: list[SSAValue]
    checks: list[tuple[int, int]] = field(default_factory=list)  # (value index, dim)

    def assert_on_host(self, dims: DimMaterializer, before: Operation) -> None:
        """Insert, before `before`, a limitation check per size that is not the same symbol."""
        where = loc_of(before)
        for k, d in self.checks:
            want, got = self.shape[d], shape_of(self.values[k])[d]
            msg = (
                f"{where}: the loop-carried tensors {self.names[0]} ({want}) and {self.names[k]} ({got}) differ in"
                f" size along dim {d}; jic runs the loop as one kernel only when they agree"
            )
            a, b = dims.get(want, before, msg), dims.get(got, before, msg)
            eq = arith.CmpiOp(a, b, "eq")
            check = cf.AssertOp(eq.result, msg)
            check.attributes[LIMITATION_ATTR] = UnitAttr()
            Rewriter.insert_op([eq, check], InsertPoint.before(before))


def common_space(values: list[SSAValue], names: list[str]) -> CommonSpace | str:
    """The common shape of tensors `values` (checks still to insert), or why there is none."""
    if not values:
        return "it carries no tensor"
    for v, n in zip(values, names):
        if not isinstance(v.type, TensorType):
            return f"it carries {n}, a {v.type} and not a tensor, from step to step"
    shapes = [shape_of(v) for v in values]
    if len({len(s) for s in shapes}) != 1:
        ranks = ", ".join(f"{n}: {len(s)}-d" for n, s in zip(names, shapes))
        return f"its carried tensors have different ranks ({ranks})"
    space = CommonSpace(shapes[0], names, values)
    for k, s in enumerate(shapes[1:], 1):
        for d, (a, b) in enumerate(zip(shapes[0], s)):
            if a == b:
                continue
            if _statically_different(a, b):
                return (
                    f"its carried tensors {names[0]} and {names[k]} differ in size along dim {d} ({a} and {b}):"
                    " one broadcasts against the other, so they are not one grid of threads"
                )
            space.checks.append((k, d))
    return space


def _statically_different(a: symdim.SymDim, b: symdim.SymDim) -> bool:
    one = symdim.Const(1)
    if isinstance(a, symdim.Const) and isinstance(b, symdim.Const):
        return a != b
    return a == one or b == one
