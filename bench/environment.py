"""What the numbers were measured on: the card, its driver, the versions, the date."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
from importlib import metadata

import torch


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _driver() -> str:
    try:
        out = subprocess.run(
            ["nvidia-smi", "--query-gpu=driver_version", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=20,
        )
        return out.stdout.strip().splitlines()[0] if out.returncode == 0 and out.stdout.strip() else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _commit() -> str:
    """The commit of the checkout these benchmarks run from: $JIC_COMMIT when set (a copy of the tree whose git
    metadata is older than its files), else git's HEAD when this directory is a git checkout's top (never an
    enclosing repository's), else "unknown (no git checkout)"."""
    if os.environ.get("JIC_COMMIT"):
        return os.environ["JIC_COMMIT"]
    try:
        top = subprocess.run(
            ["git", "-C", ROOT, "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=10
        )
        if top.returncode == 0 and os.path.realpath(top.stdout.strip()) == os.path.realpath(ROOT):
            out = subprocess.run(
                ["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
            )
            if out.returncode == 0 and out.stdout.strip():
                dirty = subprocess.run(
                    ["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                )
                return out.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        pass
    return "unknown (no git checkout)"


def _sources() -> str:
    """A hash of jic's Python sources (what the disk cache keys on): names the code even without git."""
    sys.path.insert(0, ROOT)
    from jic.runtime.disk_cache import jic_source_hash

    return jic_source_hash()[:12]


def describe(device: torch.device) -> dict[str, str]:
    env = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "device": device.type,
        "python": sys.version.split()[0],
        "torch": torch.__version__,
        "triton": _version("triton"),
        "llvmlite": _version("llvmlite"),
        "xdsl": _version("xdsl"),
        "cuda-bindings": _version("cuda-bindings"),
        "jic commit": _commit(),
        "jic sources": _sources(),
    }
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        env["card"] = props.name
        env["driver"] = _driver()
        env["CUDA (torch)"] = str(torch.version.cuda)
        env["SMs"] = str(props.multi_processor_count)
        env["L2"] = f"{props.L2_cache_size / 2**20:.0f} MiB"
    else:
        env["card"] = f"CPU ({platform.processor() or platform.machine()}, {torch.get_num_threads()} threads)"
    return env
