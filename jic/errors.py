"""Errors jic raises to users."""

from __future__ import annotations

import linecache


class JicError(Exception):
    """Base of jic's errors."""


class UnsupportedError(JicError):
    """The function uses something jic cannot compile; says what and where.

    `filename`, `lineno` and `construct` are kept as attributes so that the
    eager fallback and tests can use them.
    """

    def __init__(self, construct: str, why: str = "", filename: str | None = None, lineno: int | None = None):
        self.construct, self.why, self.filename, self.lineno = construct, why, filename, lineno
        where = f"{filename}:{lineno}: " if filename and lineno else ""
        msg = f"{where}jic cannot compile {construct}"
        if why:
            msg += f": {why}"
        if filename and lineno:
            src = linecache.getline(filename, lineno).strip()
            if src:
                msg += f"\n    {src}"
        super().__init__(msg)


class ShapeError(JicError, RuntimeError):
    """Arguments whose sizes the compiled function cannot take (like eager's size errors)."""


class GraphBreakError(JicError, RuntimeError):
    """A call run eagerly inside a compiled function (a graph break) did what compiled code cannot follow."""


class IndexOutOfRange(ShapeError, IndexError):
    """An index eager would refuse (`x[:, t + 1]` past the end in some step), found before any kernel runs."""


class EmptyListError(ShapeError, ValueError):
    """`torch.stack` / `torch.cat` of a list that no loop step appended to: eager raises (a RuntimeError for
    stack, a ValueError for cat), so does the compiled function."""


class SizeLimitation(UnsupportedError):
    """Sizes eager PyTorch accepts but a compiled variant cannot run (found when the host program runs)."""

    def __init__(self, msg: str):
        super().__init__("these argument sizes", msg)


# Errors compiled code reports through a flag (one bit each) instead of trapping: name -> (bit, what eager
# raises). In a CPU kernel the launcher raises it after the kernel; on the host the check step does; a GPU kernel
# reports nothing (eager's tensor result is unspecified there, and checking would cost a synchronization).
KERNEL_ERRORS: dict[str, tuple[int, type[Exception], str]] = {
    "ZeroDivisionError": (1, RuntimeError, "ZeroDivisionError"),  # integer tensors: eager's CPU kernels
    "int ZeroDivisionError": (2, ZeroDivisionError, "integer division or modulo by zero"),  # Python ints
}


def kernel_error(name: str) -> Exception:
    _, cls, msg = KERNEL_ERRORS[name]
    return cls(msg)


def raise_kernel_error(bits: int, kernel: str) -> None:
    """Raise what eager raises for a kernel's error flag `bits` (nonzero)."""
    for name, (bit, _, _) in KERNEL_ERRORS.items():
        if bits & bit:
            raise kernel_error(name)
    raise RuntimeError(f"jic kernel {kernel} reported error flag {bits}")
