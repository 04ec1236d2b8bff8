"""cse: xDSL's common-subexpression elimination, registered under jic's registry."""

from xdsl.transforms.common_subexpression_elimination import CommonSubexpressionElimination

from jic.passes import registry

registry.register(CommonSubexpressionElimination)
