"""Files written whole or not at all: what the cache, `jic.save` and the launcher builds write."""

from __future__ import annotations

import contextlib
import os
import tempfile


def write_atomic(path: str, data: bytes, suffix: str = "") -> None:
    """Write `data` to `path` through a temporary file in the same folder (`.tmp-*<suffix>`) renamed over it, so
    that a reader sees the old file or the new one, and several processes may write the same file at once.
    Raises OSError; leaves no temporary file behind."""
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".tmp-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


__all__ = ["write_atomic"]
