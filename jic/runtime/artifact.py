"""A compiled variant as plain data: what the disk cache stores and what `jic.save` writes.

    {"format": 1, "name": "cell", "target": "nvptx", "arch": "sm_90",
     "params": [{"name": "x_seq", "kind": "tensor", "dtype": "float32", "rank": 3}, ...],
     "schedule": [...records...], "kernels": ["cell_k0"], "ptx": "...", "obj": null,
     "cubin": "<base64>", "cubin_key": "sm_90/13000"}

`params` lists every argument of the call in order - tensors, "float" and
"int" scalars, and "static" values the code was specialized on; the runtime
arguments become the host program's registers 0, 1, ... in that order. For
the CPU target `obj` is object code (base64 in JSON); for CUDA `cubin`, where
it could be made, is the PTX compiled for the GPU and driver `cubin_key` names. A variant with graph
breaks also holds `object_refs` (what its eager calls use, as references: runtime/eager_refs.py) and
`graph_breaks` (one line each). No pickle anywhere: an artifact is JSON and text/binary blobs, checked
field by field when read.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

import torch

from jic.runtime.schedule import Record, build_program

FORMAT = 1
_KINDS = ("tensor", "float", "int", "static")


class ArtifactError(ValueError):
    """A stored artifact that cannot be used (corrupt, truncated, or from another format)."""


@dataclass
class Artifact:
    name: str
    target: str  # "nvptx" | "cpu"
    arch: str  # "sm_90" / the host's target triple
    params: list[dict[str, Any]]
    schedule: list[Record]
    kernels: list[str] = field(default_factory=list)
    ptx: str | None = None
    obj: bytes | None = None
    cubin: bytes | None = None  # the PTX compiled for one GPU and driver (`cubin_key`, backend/cubin.py)
    cubin_key: str | None = None
    library: str | None = None  # CPU: a shared library of `obj` to load with ctypes (not stored in the JSON)
    # graph breaks: the Python objects its eager calls use (not in the JSON), references to them a new process
    # can resolve (runtime/eager_refs.py; None: some have none, and the artifact is not cached on disk)
    objects: list[Any] = field(default_factory=list)
    graph_breaks: list[str] = field(default_factory=list)  # "file:line: what runs eagerly (why)" of each
    object_refs: list[Any] | None = None

    @property
    def device_type(self) -> str:
        return "cuda" if self.target == "nvptx" else "cpu"

    def registers(self) -> list[int | None]:
        regs: list[int | None] = []
        n = 0
        for p in self.params:
            if p["kind"] == "static":
                regs.append(None)
            else:
                regs.append(n)
                n += 1
        return regs

    def resolve_objects(self) -> None:
        """Fill `objects` from `object_refs` (an artifact from disk or jic.save with graph breaks): found by name
        in the modules this process has imported; eager_refs.Unresolved says which one is missing or changed."""
        if self.graph_breaks:
            from jic.runtime import eager_refs  # only for an artifact with graph breaks

            self.objects = eager_refs.resolve(self.object_refs)

    def program(self, module: Any, device: torch.device) -> Any:
        """The host function for calls on `device`, launching kernels of the loaded `module`."""
        return build_program(self.schedule, self.registers(), module, device, self.name, self.objects)

    def load_module(self, device: torch.device) -> Any:
        """The kernels loaded for `device` (None when the program launches none)."""
        if not self.kernels:
            return None
        if self.target == "nvptx":
            from jic.backend.cuda import CudaModule

            if self.ptx is None:
                raise ArtifactError(f"{self.name}: a CUDA artifact without PTX")
            return CudaModule(self.ptx, self.kernels, self.cubin, self.cubin_key)
        from jic.backend.cpu import CpuModule, SharedLibraryModule

        if self.library is not None:  # no llvmlite needed
            try:
                return SharedLibraryModule(self.library)
            except OSError:
                pass
        if self.obj is None:
            raise ArtifactError(f"{self.name}: a CPU artifact without object code")
        return CpuModule(self.obj)

    # ------------------------------------------------------------ JSON
    def to_json(self) -> dict[str, Any]:
        d = {
            "format": FORMAT,
            "name": self.name,
            "target": self.target,
            "arch": self.arch,
            "params": self.params,
            "schedule": self.schedule,
            "kernels": self.kernels,
            "ptx": self.ptx,
            "obj": _b64(self.obj),
            "cubin": _b64(self.cubin),
            "cubin_key": self.cubin_key,
        }
        if self.graph_breaks:
            assert self.object_refs is not None, "an artifact with graph breaks whose objects have no references"
            d["object_refs"] = self.object_refs
            d["graph_breaks"] = self.graph_breaks
        return d

    @classmethod
    def from_json(cls, d: Any) -> Artifact:
        def need(cond: bool, what: str) -> None:
            if not cond:
                raise ArtifactError(f"not a jic artifact: {what}")

        need(isinstance(d, dict), "not a JSON object")
        need(d.get("format") == FORMAT, f"format {d.get('format')!r}, expected {FORMAT}")
        need(d.get("target") in ("nvptx", "cpu"), f"target {d.get('target')!r}")
        for k in ("name", "arch"):
            need(isinstance(d.get(k), str), f"field {k!r}")
        need(isinstance(d.get("params"), list), "field 'params'")
        for p in d["params"]:
            need(isinstance(p, dict) and p.get("kind") in _KINDS and isinstance(p.get("name"), str), f"param {p!r}")
        need(isinstance(d.get("schedule"), list) and all(isinstance(r, dict) for r in d["schedule"]), "schedule")
        need(isinstance(d.get("kernels"), list) and all(isinstance(k, str) for k in d["kernels"]), "kernels")
        need(d.get("ptx") is None or isinstance(d["ptx"], str), "field 'ptx'")
        for k in ("obj", "cubin", "cubin_key"):
            need(d.get(k) is None or isinstance(d[k], str), f"field {k!r}")
        blobs = []
        for k in ("obj", "cubin"):
            try:
                blobs.append(base64.b64decode(d[k], validate=True) if d.get(k) is not None else None)
            except ValueError as e:
                raise ArtifactError(f"not a jic artifact: field {k!r}: {e}") from None
        obj, cubin = blobs
        need(d.get("object_refs") is None or isinstance(d["object_refs"], list), "field 'object_refs'")
        breaks = d.get("graph_breaks", [])
        need(isinstance(breaks, list) and all(isinstance(b, str) for b in breaks), "field 'graph_breaks'")
        need(bool(breaks) == (d.get("object_refs") is not None), "graph breaks without object references")
        art = cls(
            d["name"],
            d["target"],
            d["arch"],
            d["params"],
            d["schedule"],
            d["kernels"],
            d.get("ptx"),
            obj,
            cubin,
            d.get("cubin_key"),
        )
        art.graph_breaks, art.object_refs = list(breaks), d.get("object_refs")
        return art  # with graph breaks, `objects` is filled by resolve_objects()


def _b64(blob: bytes | None) -> str | None:
    return base64.b64encode(blob).decode() if blob is not None else None


def param_spec(name: str, key: tuple) -> dict[str, Any]:
    """An argument's entry in `params`, from its guard key (runtime/guards.py)."""
    if key[0] == "T":
        return {"name": name, "kind": "tensor", "dtype": str(key[1]).removeprefix("torch."), "rank": key[2]}
    if key == ("f",):
        return {"name": name, "kind": "float"}
    if key == ("i",):
        return {"name": name, "kind": "int"}
    value = key[-1]
    return {"name": name, "kind": "static", "value": value if isinstance(value, (bool, int, float, str)) else None}


__all__ = ["Artifact", "ArtifactError", "FORMAT", "param_spec"]
