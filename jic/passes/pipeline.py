"""The pass pipeline: a list of registered pass names, run in order, verifying after each.

    DEFAULT_PIPELINE = simplify-loop-carried, hoist-invariant-scalars, infer-shapes, sink-loops-into-kernels, elementwise-to-kernels,
                       cse, fuse-kernels, outline-kernels, lower-to-llvm{target=...}

A pipeline string is the xDSL syntax: `a,b{opt=1},c`.
"""

from __future__ import annotations

from collections.abc import Callable

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.utils.arg_spec import parse_pipeline

from jic.passes import registry

TENSOR_PIPELINE = [
    "simplify-loop-carried",
    "hoist-invariant-scalars",
    "infer-shapes",
    "sink-loops-into-kernels",
    "elementwise-to-kernels",
    "cse",
    "fuse-kernels",
    "outline-kernels",
]


def default_pipeline(target: str) -> str:
    return ",".join([*TENSOR_PIPELINE, f"lower-to-llvm{{target={target}}}"])


def build(pipeline: str) -> list[ModulePass]:
    passes = []
    for spec in parse_pipeline(pipeline):
        cls = registry.get(spec.name)
        passes.append(cls.from_pass_spec(spec))
    return passes


def run(
    ctx: Context,
    module: ModuleOp,
    pipeline: str,
    after_each: Callable[[str, ModuleOp], None] | None = None,
) -> None:
    """Run the pipeline on `module` in place, verifying after every pass."""
    for p in build(pipeline):
        p.apply(ctx, module)
        try:
            module.verify()
        except Exception as e:
            raise RuntimeError(f"IR does not verify after pass {p.name!r}: {e}") from e
        if after_each is not None:
            after_each(p.name, module)
