"""Small questions about IR that several passes ask."""

from __future__ import annotations

from xdsl.ir import Operation, SSAValue


def defined_inside(v: SSAValue, op: Operation) -> bool:
    """Is `v` (an op result or a block argument) defined within `op`'s regions?"""
    where = v.owner if isinstance(v.owner, Operation) else v.owner.parent_op()
    return where is not None and op.is_ancestor(where)
