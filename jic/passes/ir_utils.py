"""Small questions about IR that several passes ask."""

from __future__ import annotations

from xdsl.ir import Operation, SSAValue


def defined_inside(v: SSAValue, op: Operation) -> bool:
    """Is `v` (an op result or a block argument) defined within `op`'s regions?"""
    where = v.owner if isinstance(v.owner, Operation) else v.owner.parent_op()
    return where is not None and op.is_ancestor(where)


def python_object_in(op: Operation) -> Operation | None:
    """The first op in `op` (itself included) that takes or makes a Python object (`!jic.pyobj`, what an
    eager call returned: frontend/graph_breaks.py), or None. Such values live on the host: no kernel may
    hold the op, and a loop holding it steps on the host."""
    from jic.ir.eager_ops import PyObjectType

    for inner in op.walk():
        values = [*inner.operands, *inner.results, *(a for r in inner.regions for b in r.blocks for a in b.args)]
        if any(isinstance(v.type, PyObjectType) for v in values):
            return inner
    return None
