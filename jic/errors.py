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


class SizeLimitation(UnsupportedError):
    """Sizes eager PyTorch accepts but a compiled variant cannot run (found when the host program runs)."""

    def __init__(self, msg: str):
        super().__init__("these argument sizes", msg)
