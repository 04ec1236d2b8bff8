"""jic's IR: the jic dialect on top of xDSL's builtin/arith/math/scf/memref/gpu/llvm."""

from jic.ir.dialect import Jic, make_context

__all__ = ["Jic", "make_context"]
