"""Compiled variants on disk, shared by every process of the user: `JIC_CACHE_DIR` (default ~/.cache/jic).

An entry is one JSON file `<dir>/v1/<key[:2]>/<key>.json` holding the Artifact
(PTX or base64 object code and the host schedule) and a SHA-256 of it. The key
hashes the frontend's IR text, the pipeline, the target and its architecture,
and the versions of everything that makes code from it: jic's own sources,
xDSL, llvmlite, and for CUDA the driver.

Writes go to a temporary file in the same directory, then `os.replace` -
atomic, so concurrent processes storing the same entry each leave a complete
file and readers never see half of one. A file that does not parse, does not
match its checksum, or was written for another key is ignored and rebuilt.
No pickle: reading an entry never runs code from it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import warnings
from typing import Any

from jic.config import cache_dir
from jic.runtime.artifact import Artifact, ArtifactError

LAYOUT = "v1"


@functools.cache
def jic_source_hash() -> str:
    """A hash of jic's own Python sources: any change to the compiler invalidates the cache."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for f in sorted(filenames):
            if f.endswith(".py"):
                p = os.path.join(dirpath, f)
                h.update(os.path.relpath(p, root).encode() + b"\0")
                with open(p, "rb") as fh:
                    h.update(fh.read())
    return h.hexdigest()


@functools.cache
def _version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def tool_versions(target: str) -> dict[str, Any]:
    v: dict[str, Any] = {"jic": jic_source_hash(), "xdsl": _version("xdsl"), "llvmlite": _version("llvmlite")}
    if target == "nvptx":
        from jic.backend.cuda import driver_version

        v["cuda_driver"] = driver_version()
    return v


def make_key(ir_text: str, target: str, arch: str, pipeline: str) -> str:
    blob = json.dumps(
        {"ir": ir_text, "target": target, "arch": arch, "pipeline": pipeline, "tools": tool_versions(target)},
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()


def _path(key: str) -> str:
    return os.path.join(cache_dir(), LAYOUT, key[:2], key + ".json")


def _digest(art: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(art, sort_keys=True).encode()).hexdigest()


def load(key: str) -> Artifact | None:
    """The entry stored under `key`, or None if there is none or it is unusable."""
    try:
        with open(_path(key), encoding="utf-8") as f:
            entry = json.load(f)
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        art = entry.get("artifact")
        if entry.get("sha256") != _digest(art):
            return None
        return Artifact.from_json(art)
    except (OSError, ValueError, ArtifactError, UnicodeDecodeError, TypeError):
        return None


_write_failed = False


def store(key: str, art: Artifact) -> None:
    """Write the entry atomically; a cache directory that cannot be written only warns (once)."""
    global _write_failed
    path = _path(key)
    d = os.path.dirname(path)
    data = art.to_json()
    text = json.dumps({"key": key, "sha256": _digest(data), "artifact": data}, sort_keys=True)
    tmp = None
    try:
        os.makedirs(d, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        if not _write_failed:
            _write_failed = True
            warnings.warn(f"jic: cannot write the compile cache in {cache_dir()}: {e}", stacklevel=3)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


__all__ = ["jic_source_hash", "load", "make_key", "store", "tool_versions"]
