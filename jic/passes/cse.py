"""cse: xDSL's common-subexpression elimination, blind to source locations.

xDSL's CSE compares attributes, so two `jic.dim %x[1]` from different lines would stay apart; here the
`loc` attributes are set aside while it runs, and the op that survives keeps its own.
"""

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.transforms.common_subexpression_elimination import CommonSubexpressionElimination

from jic.passes import registry
from jic.passes.locations import LOC


@registry.register
@dataclass(frozen=True)
class CSE(CommonSubexpressionElimination):
    name = "cse"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        locs = {o: o.attributes.pop(LOC) for o in op.walk() if LOC in o.attributes}
        super().apply(ctx, op)
        for o in op.walk():
            if o in locs:
                o.attributes[LOC] = locs[o]
