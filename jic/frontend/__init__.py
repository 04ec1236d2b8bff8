"""Frontend: a symbolic CPython bytecode interpreter that builds jic IR."""

from jic.frontend.interpreter import build_function

__all__ = ["build_function"]
