"""Machine code (cubin) from PTX through the driver's linker, so that a later process skips the PTX JIT.

Loading PTX makes the driver compile it for the GPU (`cuModuleLoadData`: about
0.2 s for W1 on an H200, the bulk of a disk-cache hit); loading a cubin made
for that GPU does not. `link(ptx)` runs the same compile once through
`cuLinkCreate` / `cuLinkAddData` / `cuLinkComplete` (a context must be current)
and returns the cubin's bytes, which the disk cache stores next to the PTX.

A cubin is valid for one architecture, and is made by one driver's compiler:
`key(idx)` ("sm_90/13000") names both, and a cubin whose key differs from the
device's is not used. One that the driver refuses (a corrupt file passes the
disk cache's checksum only if written so) is dropped and the PTX is loaded.
"""

from __future__ import annotations

import ctypes
from typing import Any

import torch


def key(idx: int, driver: int) -> str:
    major, minor = torch.cuda.get_device_capability(idx)
    return f"sm_{major}{minor}/{driver}"


def link(cu: Any, ptx: bytes) -> bytes:
    """The cubin of `ptx` (NUL-terminated) for the current context's device; raises RuntimeError if the driver
    cannot make it."""
    err, state = cu.cuLinkCreate(0, [], [])
    _ok(cu, err, "cuLinkCreate")
    try:
        (err,) = cu.cuLinkAddData(state, cu.CUjitInputType.CU_JIT_INPUT_PTX, ptx, len(ptx), b"jic.ptx", 0, [], [])
        _ok(cu, err, "cuLinkAddData")
        err, image, size = cu.cuLinkComplete(state)
        _ok(cu, err, "cuLinkComplete")
        return ctypes.string_at(int(image), int(size))  # copied before the link state (which owns it) goes
    finally:
        cu.cuLinkDestroy(state)


def _ok(cu: Any, err: Any, what: str) -> None:
    if err != cu.CUresult.CUDA_SUCCESS:
        raise RuntimeError(f"{what}: {err}")


__all__ = ["key", "link"]
