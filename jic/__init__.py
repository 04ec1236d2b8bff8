"""jic ("Just-in-CUDA"): compile whole PyTorch functions, loops included, into GPU kernels.

@jic.compile
def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h

Kernels saved with `jic.save` run after `jic.load` with only torch (and
cuda-python for CUDA) installed: importing jic needs xDSL and llvmlite only
when they are installed; `jic.compile` needs them.
"""

from jic.aot import load, save
from jic.api import CompiledFunction, compile
from jic.config import config
from jic.errors import EmptyListError, GraphBreakError, IndexOutOfRange, JicError, ShapeError, UnsupportedError
from jic.explain import explain

try:
    from jic import passes as _passes  # noqa: F401  (registers the built-in passes)
    from jic.passes import lower_to_llvm as _lower  # noqa: F401
except ModuleNotFoundError as _e:  # an install for running saved kernels only
    if (_e.name or "").split(".")[0] not in ("xdsl", "llvmlite"):
        raise


def supported_ops() -> list[dict]:
    """What `jic.compile` compiles, one entry per row of the op table: name, the torch functions
    and Tensor methods it covers, its signature and the dtypes it is tested on."""
    from jic.frontend.op_table import supported_ops as table

    return table()


__all__ = [
    "supported_ops",
    "compile",
    "explain",
    "CompiledFunction",
    "UnsupportedError",
    "GraphBreakError",
    "ShapeError",
    "IndexOutOfRange",
    "EmptyListError",
    "JicError",
    "config",
    "save",
    "load",
]
__version__ = "0.1.0"
