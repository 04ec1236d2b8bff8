"""Lists of what eager calls returned: Python lists that live on the host.

    losses = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)
        losses.append(h.pow(2).mean().item())   # a Python float per step
    return h, losses

`.item()` runs eagerly (graph_breaks.py), so what the loop appends is an opaque
Python object. The list holding such objects becomes one too: an eager call
`list()` makes it where it is first needed - before the loop that appends to
it, found by interpreting the loop body once (control_flow.py) - and each
`losses.append(v)` is an eager call of its `append`, a step of the host loop.
A `while` loop sits behind its entry test (CPython tests once, then loops), so
its lists are made on the path that enters it; the merge after that test makes
them on the other path too (`on_other_path`), and the branch yields the list.
The function returns that very list: the same floats in the same order as
eager, and `[]` when the loop runs no step. What the list holds stays Python's:
`if losses[-1] < tol: break` is Python's `[]`, `<` and truth on the host, each
step; tensor math on an item the list holds is refused (the loop would carry
what Python computed), with the reason of the call that made the item.

Only what Python can hold without jic giving it away goes in: eager results,
numbers, constants. A tensor may not (its buffer belongs to the compiled code),
and a list that another frame of an inlined call also holds is not converted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jic.frontend import graph_breaks
from jic.frontend.graph_breaks import EagerResult
from jic.frontend.values import Attr, Const, List, Scalar, Tuple, Value

if TYPE_CHECKING:
    from jic.frontend.interpreter import Interpreter


@dataclass(eq=False)
class HostList(EagerResult):
    """A Python list made on the host from the compile-time list `source` (a `List`)."""

    source: List | None = None
    origin: EagerResult | None = None  # the eager call that made its first opaque item

    def describe(self) -> str:
        return f"the list of eager results made at {self.where}"


def _holdable(v: Value) -> bool:
    if isinstance(v, Tuple):
        return all(_holdable(x) for x in v.items)
    return isinstance(v, (EagerResult, Scalar, Const))


def _only_here(interp: Interpreter, lst: List) -> bool:
    """No frame but the current one holds `lst` (an inlined call's caller would not see the conversion)."""

    def holds(v: Value) -> bool:
        return v is lst or (isinstance(v, (Tuple, List)) and any(holds(x) for x in v.items))

    return not any(
        holds(v) for f in interp.frames if f is not interp.frame for v in (*f.locals.values(), *f.stack)
    )


def convertible(interp: Interpreter, lst: List) -> bool:
    return interp.graph_breaks is not None and all(_holdable(x) for x in lst.items) and _only_here(interp, lst)


def _made_here(interp: Interpreter, lst: List, origin: EagerResult) -> HostList:
    """An eager `list(items)` of `lst`, emitted here."""
    breaks = interp.graph_breaks
    assert breaks is not None and convertible(interp, lst)
    args = [List(list(lst.items))] if lst.items else []
    r = graph_breaks.eager_call(interp, breaks, Const(list), args, {}, origin.why, origin, "list()")
    return HostList(r.ssa, r.what, r.why, r.where, source=lst, origin=origin)


def to_host(interp: Interpreter, lst: List, origin: EagerResult) -> HostList:
    """Emit `list(items)` here and bind every name of `lst` in this frame to it."""
    from jic.frontend import inline

    host = _made_here(interp, lst, origin)
    made: list[HostList] = interp.__dict__.setdefault("host_lists_made", [])
    made.append(host)  # seen by the loop around a probe, even where a branch's merge hides it
    inline.rebind(interp, lst, host)
    return host


def on_other_path(interp: Interpreter, host: HostList, other: Value) -> HostList | None:
    """At the merge of a branch: `host` made on one path from the list that is still `other` on the other
    path (a `while` converts its lists after its entry test, on the path that enters it). The other path
    makes its host list too, at its end (the current block): both paths then hold a Python list."""
    if other is not host.source or not isinstance(other, List) or not convertible(interp, other):
        return None
    assert host.origin is not None
    return _made_here(interp, other, host.origin)


def append(interp: Interpreter, lst: List | HostList, item: Value) -> Value:
    """`lst.append(item)` where `lst` or `item` is opaque: an eager call on the host list."""
    if not _holdable(item):
        origin = graph_breaks._origin(lst if graph_breaks.is_opaque(lst) else item)
        raise interp.unsupported(
            f"appending {item.describe()} to a list of eager results",
            f"such a list lives on the host (it holds {origin.describe()}); only eager results and numbers go in",
        )
    origin = graph_breaks._origin(item if graph_breaks.is_opaque(item) else lst)
    if isinstance(origin, HostList) and origin.origin is not None:
        origin = origin.origin
    if isinstance(lst, List):
        if not convertible(interp, lst):
            raise graph_breaks.used_in_compiled_code(interp, origin, "a list that compiled code holds")
        lst = to_host(interp, lst, origin)
    assert interp.graph_breaks is not None
    fn = Attr(lst, "append")
    return graph_breaks.eager_call(interp, interp.graph_breaks, fn, [item], {}, origin.why, origin, "list.append()")


def mark(interp: Interpreter) -> int:
    """How many host lists were made so far (before a loop body's probe)."""
    return len(interp.__dict__.get("host_lists_made", []))


def before_loop(interp: Interpreter, outer: dict[str, Value], since: int) -> None:
    """Make the host lists that a loop's body made (in its probe, from `since` on) from lists bound before
    the loop, there, once: the body then only appends to them (on some paths of a branch, say)."""
    made: list[HostList] = interp.__dict__.get("host_lists_made", [])[since:]
    for name, lst in list(outer.items()):
        probed = next((h for h in made if h.source is lst), None)
        if probed is not None and isinstance(outer.get(name), List) and convertible(interp, lst):  # type: ignore[arg-type]
            assert probed.origin is not None and isinstance(lst, List)
            to_host(interp, lst, probed.origin)


def holds_list(v: Value) -> bool:
    return isinstance(v, List) or (isinstance(v, Tuple) and any(holds_list(x) for x in v.items))


__all__ = ["HostList", "append", "before_loop", "holds_list", "mark", "on_other_path", "to_host"]
