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

# The compiler's parts (jic.passes, jic.frontend, jic.ir, ...) load on first use: importing jic, running a
# saved kernel (jic.load) or a variant found in the on-disk cache imports neither xDSL nor llvmlite.
_LAZY = ("passes", "frontend", "ir", "backend", "compiler", "debug", "introspect", "module", "tools")


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name in _LAZY:
        import importlib

        return importlib.import_module(f"jic.{name}")
    raise AttributeError(f"module 'jic' has no attribute {name!r}")


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
