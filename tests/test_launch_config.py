"""Block sizes from the device's limits: spread small launches over every SM, cap large ones."""

from __future__ import annotations

import pytest

from jic.backend.launch_config import DeviceLimits, block_size, grid_size

H200 = DeviceLimits(sm_count=132, warp_size=32, max_threads_per_block=1024)


@pytest.mark.parametrize(
    "n,expected",
    [
        (8 * 128, 32),  # W1 (8, 256, 128): 32 blocks of one warp
        (16 * 256, 32),  # W1 (16, 2048, 256): 128 blocks, one warp each, on 128 SMs
        (132 * 100, 128),  # 100 threads per SM, rounded up to whole warps
        (64 * 1024, 256),  # W1 (64, 512, 1024): capped
        (1, 32),
    ],
)
def test_block_size(n, expected):
    b = block_size(n, H200, kernel_max_threads=1024)
    assert b == expected
    assert b % H200.warp_size == 0
    assert grid_size(n, b) * b >= n


def test_the_kernel_limit_wins():
    """A kernel whose registers allow at most 200 threads a block gets whole warps below that."""
    assert block_size(10**6, H200, kernel_max_threads=200) == 192


def test_a_small_device_gets_larger_blocks():
    small = DeviceLimits(sm_count=8, warp_size=32, max_threads_per_block=1024)
    assert block_size(16 * 256, small, kernel_max_threads=1024) == 256
    assert block_size(16 * 256, small, kernel_max_threads=1024, cap=1024) == 512


def test_refuses_an_empty_launch():
    with pytest.raises(ValueError, match="positive thread count"):
        block_size(0, H200, kernel_max_threads=1024)
