"""jic ("Just-in-CUDA"): compile whole PyTorch functions, loops included, into GPU kernels.

@jic.compile
def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h
"""

from jic import passes as _passes  # noqa: F401  (registers the built-in passes)
from jic.api import CompiledFunction, compile
from jic.errors import JicError, ShapeError, UnsupportedError
from jic.explain import explain
from jic.passes import lower_to_llvm as _lower  # noqa: F401

__all__ = ["compile", "explain", "CompiledFunction", "UnsupportedError", "ShapeError", "JicError"]
__version__ = "0.1.0"
