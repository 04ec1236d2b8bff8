"""Passes: each a ModulePass with a `name`, registered by name (registry.py).

Importing this package registers the built-in passes.
"""

from jic.passes import (  # noqa: F401  (registration side effects)
    cse,
    elementwise_to_kernels,
    fuse_kernels,
    hoist_invariant_scalars,
    infer_shapes,
    lower_to_llvm,
    outline_kernels,
    simplify_loop_carried,
    sink_loops,
)
from jic.passes.registry import get, names, register

__all__ = ["get", "names", "register"]
