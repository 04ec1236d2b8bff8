"""How many threads per block a kernel launch uses, from the device's and the kernel's limits.

(Block kernels, whose threads cooperate over a block's units: `block_threads` below.)

jic's kernels give each thread one element and keep the whole time loop in
the thread, so a launch of n threads is either throughput-bound (n fills the
GPU many times: any block size that reaches full occupancy will do) or
latency-bound (n is small: each thread's serial chain sets the time). For the
latter the blocks should be spread over as many multiprocessors as possible,
so the block holds about n / (number of SMs) threads, rounded up to whole
warps; it never exceeds what the kernel can launch with its register use
(`max_threads`) nor `cap`, and never goes below one warp.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CAP = 256
DEFAULT_SHARED_BYTES = 48 * 1024  # what every CUDA device gives a block without opting in


@dataclass(frozen=True)
class DeviceLimits:
    sm_count: int
    warp_size: int
    max_threads_per_block: int
    shared_bytes_per_block: int = DEFAULT_SHARED_BYTES  # with the kernel's opt-in (cuFuncSetAttribute)


def block_size(n: int, device: DeviceLimits, kernel_max_threads: int, cap: int = DEFAULT_CAP) -> int:
    if n <= 0:
        raise ValueError(f"block_size: expected a positive thread count, got {n}")
    warp = device.warp_size
    per_sm = -(-n // device.sm_count)
    whole_warps = -(-per_sm // warp) * warp
    limit = min(cap, device.max_threads_per_block, kernel_max_threads)
    limit = max(warp, limit // warp * warp)
    return max(warp, min(whole_warps, limit))


def grid_size(n: int, block: int) -> int:
    return -(-n // block)


def block_threads(units: int, device: DeviceLimits, kernel_max_threads: int) -> int:
    """Threads of a block kernel whose threads cover `units` (each thread every ntid-th unit): one per
    unit, in whole warps, up to what the device and the kernel's registers allow."""
    if units <= 0:
        raise ValueError(f"block_threads: expected a positive number of units, got {units}")
    warp = device.warp_size
    limit = max(warp, min(device.max_threads_per_block, kernel_max_threads) // warp * warp)
    return min(-(-units // warp) * warp, limit)
