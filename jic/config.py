"""Process-wide settings: `jic.config.cache_limit = 16`, or per function `jic.compile(fn, cache_limit=16)`."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_flag(name: str, default: bool) -> bool:
    v = os.environ.get(name)
    if v is None or v == "":
        return default
    return v not in ("0", "false", "False", "no")


@dataclass
class Config:
    # compiled variants per function before further new argument kinds run eagerly (torch.compile's
    # cache size limit); sizes never make a new variant, dtypes, ranks, devices and static values do
    cache_limit: int = 8
    # compiled kernels and host programs kept on disk under JIC_CACHE_DIR (default ~/.cache/jic)
    disk_cache: bool = _env_flag("JIC_DISK_CACHE", True)
    # verify the IR after every pass of jic's default pipeline too (a user's pipeline or passes always is,
    # and so is a debug=True compile): its kernel-level IR is large, verifying it is a tenth of a cold compile,
    # and LLVM verifies what the lowering makes; the tests turn it on
    verify_passes: bool = _env_flag("JIC_VERIFY_PASSES", False)


config = Config()


def cache_dir() -> str:
    """JIC_CACHE_DIR, else $XDG_CACHE_HOME/jic, else ~/.cache/jic."""
    d = os.environ.get("JIC_CACHE_DIR")
    if d:
        return d
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "jic")
