"""Compiled variants on disk, shared by every process of the user: `JIC_CACHE_DIR` (default ~/.cache/jic).

An entry is one JSON file `<dir>/v1/<key[:2]>/<key>.json` holding the Artifact
(PTX or base64 object code and the host schedule) and a SHA-256 of it. The key
hashes the frontend's IR text, the pipeline, the target and its architecture,
and the versions of everything that makes code from it: jic's own sources,
xDSL, llvmlite, and for CUDA the driver. A variant with graph breaks is stored
only when every Python object its eager calls use has a reference a new process
can resolve and check (runtime/eager_refs.py); the references are in the key and
the entry, and an entry whose references do not resolve to the same objects
(a helper's code changed) is not used.

A second, small file `<dir>/v1/front/<f[:2]>/<f>.json` maps the key made
before the frontend runs (runtime/front_key.py) to the entry's key, so that a
new process finds its entry without importing xDSL or LLVM. For the CPU
target the first hit links the entry's object code into `<key>.so` when a C
compiler is there (its SHA-256 in the entry), which ctypes loads without
llvmlite.

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

from jic.config import cache_dir, config
from jic.files import write_atomic
from jic.runtime.artifact import Artifact, ArtifactError

LAYOUT = "v1"


def _sources() -> list[tuple[str, str]]:
    """(relative path, path) of each of jic's Python sources, in a fixed order."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        out += [(os.path.relpath(os.path.join(dirpath, f), root), os.path.join(dirpath, f)) for f in sorted(filenames)]
    return [(r, p) for r, p in out if r.endswith(".py")]


@functools.cache
def jic_source_hash() -> str:
    """A hash of jic's own Python sources: any change to the compiler invalidates the cache.

    Reading every source costs a new process tens of milliseconds, so the hash is remembered in the cache
    directory under a hash of the sources' paths, sizes and modification times (a touched file is hashed
    again; the content decides)."""
    files = _sources()
    stamp = hashlib.sha256()
    for rel, p in files:
        st = os.stat(p)
        stamp.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    memo = os.path.join(cache_dir(), LAYOUT, "sources", stamp.hexdigest())
    try:
        with open(memo, encoding="ascii") as f:
            known = f.read()
        if len(known) == 64 and all(c in "0123456789abcdef" for c in known):
            return known
    except (OSError, UnicodeDecodeError):
        pass
    h = hashlib.sha256()
    for rel, p in files:
        h.update(rel.encode() + b"\0")
        with open(p, "rb") as fh:
            h.update(fh.read())
    digest = h.hexdigest()
    if config.disk_cache:
        _write_atomic(memo, digest.encode())
    return digest


@functools.cache
def _version(dist: str) -> str:
    """The installed version of `dist` (a top-level package), read from its dist-info directory's name
    without importing it (importlib.metadata's search costs milliseconds)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(dist)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        site = os.path.dirname(os.path.dirname(spec.origin))
        prefix = dist.replace("-", "_") + "-"
        try:
            infos = [d for d in os.listdir(site) if d.startswith(prefix) and d.endswith(".dist-info")]
        except OSError:
            infos = []
        if len(infos) == 1:
            return infos[0][len(prefix) : -len(".dist-info")]
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


def make_key(ir_text: str, target: str, arch: str, pipeline: str, object_refs: list | None = None) -> str:
    """`object_refs`: what a variant's graph breaks call (runtime/eager_refs.py), which the IR names by index."""
    d = {"ir": ir_text, "target": target, "arch": arch, "pipeline": pipeline, "tools": tool_versions(target)}
    if object_refs is not None:
        d["object_refs"] = object_refs
    blob = json.dumps(d, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _path(key: str) -> str:
    return os.path.join(cache_dir(), LAYOUT, key[:2], key + ".json")


def _digest(art: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(art, sort_keys=True).encode()).hexdigest()


def load(key: str) -> Artifact | None:
    """The entry stored under `key`, or None if there is none or it is unusable. A CPU entry whose shared
    library is there and intact comes with `art.library` set to its path."""
    try:
        with open(_path(key), encoding="utf-8") as f:
            entry = json.load(f)
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        art = entry.get("artifact")
        if entry.get("sha256") != _digest(art):
            return None
        artifact = Artifact.from_json(art)
    except (OSError, ValueError, ArtifactError, UnicodeDecodeError, TypeError):
        return None
    lib = _path(key).removesuffix(".json") + ".so"
    if isinstance(entry.get("library_sha256"), str) and _file_digest(lib) == entry["library_sha256"]:
        artifact.library = lib
    return artifact


def _file_digest(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


def _front_path(front: str) -> str:
    return os.path.join(cache_dir(), LAYOUT, "front", front[:2], front + ".json")


def load_front(front: str) -> tuple[str, Artifact] | None:
    """(the entry's key, the entry) that the key made before the frontend (front_key.py) leads to, if any."""
    try:
        with open(_front_path(front), encoding="utf-8") as f:
            link = json.load(f)
        key = link["key"] if isinstance(link, dict) and link.get("front") == front else None
    except (OSError, ValueError, UnicodeDecodeError, TypeError, KeyError):
        return None
    if not isinstance(key, str) or len(key) != 64:
        return None
    art = load(key)
    return (key, art) if art is not None else None


def store_front(front: str, key: str) -> None:
    """Remember that the key made before the frontend leads to entry `key`."""
    _write_atomic(_front_path(front), json.dumps({"front": front, "key": key}).encode())


_write_failed = False


def store(key: str, art: Artifact) -> None:
    """Write the entry atomically; a cache directory that cannot be written only warns (once)."""
    _write_entry(key, art, None)


def _write_entry(key: str, art: Artifact, library_sha256: str | None) -> None:
    data = art.to_json()
    entry: dict[str, Any] = {"key": key, "sha256": _digest(data), "artifact": data}
    if library_sha256 is not None:
        entry["library_sha256"] = library_sha256
    _write_atomic(_path(key), json.dumps(entry, sort_keys=True).encode())


def add_library(key: str, art: Artifact) -> str | None:
    """Link a CPU entry's object code into `<key>.so` and record it in the entry, so that later processes
    load the kernels with ctypes (no llvmlite); its path, or None without a C compiler. Done on the first
    hit, not at the compile: most compiled variants are never loaded from disk."""
    if art.target != "cpu" or art.obj is None:
        return None
    lib = _path(key).removesuffix(".json") + ".so"
    digest = _link_library(art.obj, lib)
    if digest is None:
        return None
    _write_entry(key, art, digest)
    return lib


def _link_library(obj: bytes, path: str) -> str | None:
    """Link CPU object code into the shared library `path` (atomically); its SHA-256, or None without a C
    compiler or if linking fails."""
    from jic.backend.c_build import c_compiler
    from jic.backend.cpu import link_shared_library

    if c_compiler() is None:
        return None
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".so")
        os.close(fd)
        link_shared_library(obj, tmp)
        digest = _file_digest(tmp)
        os.replace(tmp, path)
        tmp = None
        return digest
    except (OSError, RuntimeError):
        return None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _write_atomic(path: str, data: bytes) -> None:
    """files.write_atomic, warning once (not raising) where the cache cannot be written."""
    global _write_failed
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomic(path, data, suffix=".json")
    except OSError as e:
        if not _write_failed:
            _write_failed = True
            warnings.warn(f"jic: cannot write the compile cache in {cache_dir()}: {e}", stacklevel=4)


__all__ = ["add_library", "jic_source_hash", "load", "load_front", "make_key", "store", "store_front", "tool_versions"]
