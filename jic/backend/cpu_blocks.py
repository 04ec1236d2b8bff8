"""Block kernels on the CPU target: the launch of a kernel whose blocks cooperate (outline_recurrent.py).

A block's threads run one after another (serialize-block-threads), so a CPU block kernel takes, after its
parameters, the block's shared memory (a buffer the launch passes) and its number of threads, then the
number of blocks (and the call's error flag, which the packed entry adds). Few threads a block, so that
tests with small sizes already give each thread several units (the strided loops of the GPU's large sizes).
"""

from __future__ import annotations

import ctypes
import functools
import threading
from collections.abc import Callable
from typing import Any

from jic.backend.launch_config import DeviceLimits, block_threads

CPU_BLOCK_THREADS = 64
CPU_BLOCK_LIMITS = DeviceLimits(sm_count=1, warp_size=32, max_threads_per_block=CPU_BLOCK_THREADS)


def block_launch_source(
    kernels: Any,
    name: str,
    types: list[str],
    exprs: list[str],
    device: Any,
    blocks: str,
    units: str,
    smem: str,
    bind: Callable[[Any, str], str],
) -> list[str]:
    """The lines of block kernel `name`'s launch (see runtime/launch.py): `kernels.launch_source` with the
    shared memory (`smem` bytes) and the threads (from `units`) after the parameters, over `blocks`."""
    shared = bind(SharedBuffer(), "shared")
    threads = bind(
        functools.partial(block_threads, device=CPU_BLOCK_LIMITS, kernel_max_threads=CPU_BLOCK_THREADS), "threads"
    )
    more = [f"{shared}({smem})", f"{threads}({units})"]
    return kernels.launch_source(name, [*types, "ptr", "i64"], [*exprs, *more], device, blocks, bind)


class SharedBuffer:
    """A block kernel's shared memory on the CPU: a buffer per calling thread (ctypes releases the GIL while
    the kernel runs), grown as needed, reused by every block (they run one after another) and call."""

    def __init__(self) -> None:
        self.local = threading.local()

    def __call__(self, size: int) -> int:
        buf = getattr(self.local, "buf", None)
        if buf is None or size > len(buf):
            buf = self.local.buf = ctypes.create_string_buffer(max(size, 16))
        return ctypes.addressof(buf)
