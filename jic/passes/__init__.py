"""Passes: each a ModulePass with a `name`, registered by name (registry.py).

Importing this package registers the built-in passes.
"""

from jic.passes import (  # noqa: F401  (registration side effects)
    cse,
    elementwise_to_kernels,
    fuse_kernels,
    hoist_invariant_scalars,
    hoist_step_matmuls,
    infer_shapes,
    lower_to_llvm,
    outline_kernels,
    pipeline_loads,
    recurrent_kernels,
    serialize_block_threads,
    simplify_loop_carried,
    sink_control_flow,
    sink_loops,
    split_host_scalars,
    vectorize_inner,
)
from jic.passes.registry import PassRegistryError, UnknownPassError, get, names, origin, register, unregister

__all__ = ["get", "names", "origin", "register", "unregister", "PassRegistryError", "UnknownPassError"]
