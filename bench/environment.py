"""What the numbers were measured on: the card, its driver, the versions, the date."""

from __future__ import annotations

import datetime
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


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10)
        return out.stdout.strip() if out.returncode == 0 else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


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
