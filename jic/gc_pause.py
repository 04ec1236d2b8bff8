"""The cyclic garbage collector paused while jic compiles.

A compile allocates a few hundred thousand short-lived objects (xDSL ops, attributes, blocks); with torch
imported the process holds several hundred thousand long-lived ones, and the full collection that the
compile's allocations set off walks all of them: about 100 ms of a 0.4 s cold compile on a 2-core machine,
more on a slower host. Paused, the compile's garbage (mostly cycles: ops point at their blocks and back) is
collected by the first young-generation collection after it, which walks only the young objects (~10 ms).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; restores the collector's state (a caller's gc.disable() stays)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
