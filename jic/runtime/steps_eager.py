"""The step kind of a graph break: a call Python makes when the host program reaches it.

{"kind": "eager", "callee": "print", "spec": {"fn": {"obj": 0}, "args": [{"in": 0}], "kwargs": {}},
 "tensors": [0], "where": "model.py:7"}
    _v = (r3._version,)
    r9 = _obj0(r3)
    if (r3._version,) != _v: raise ...

`spec` rebuilds the call (jic/ir/eager_ops.py): `{"in": i}` is the i-th input register, `{"obj": k}`
the k-th Python object the variant holds (the callable, constants), `{"weak": k}` one held by a weak
reference (a submodule). Compiled code cannot see a tensor
changed in place by such a call, so a call that changes one raises GraphBreakError instead of going on.
"""

from __future__ import annotations

from typing import Any

from jic.errors import GraphBreakError
from jic.runtime.schedule import Emitter, Record, step_kind


def _changed(callee: str, where: str) -> None:
    raise GraphBreakError(
        f"{where}: {callee}, which jic runs eagerly inside a compiled function (a graph break), changed a "
        "tensor argument in place; compiled code cannot follow that. Move the in-place update out of the "
        "call, or run the function eagerly"
    )


def _expr(em: Emitter, spec: Any, ins: list[str]) -> str:
    if not isinstance(spec, dict) or len(spec) != 1:
        raise ValueError(f"schedule: bad eager-call spec {spec!r}")
    ((kind, v),) = spec.items()
    if kind == "in":
        return ins[int(v)]
    if kind == "obj":
        return em.bind(em.objects[int(v)], "obj")
    if kind == "weak":  # a weak reference (a submodule): dereferenced when the call runs
        return f"{em.bind(em.objects[int(v)], 'ref')}()"
    if kind == "tuple":
        items = [_expr(em, x, ins) for x in v]
        return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    if kind == "list":
        return f"[{', '.join(_expr(em, x, ins) for x in v)}]"
    if kind == "shape":
        return f"{_expr(em, v, ins)}.shape"
    if kind == "attr":
        obj, name = v
        if not (isinstance(name, str) and name.isidentifier()):
            raise ValueError(f"schedule: bad attribute name {name!r} in an eager call")
        return f"{_expr(em, obj, ins)}.{name}"
    raise ValueError(f"schedule: unknown eager-call spec kind {kind!r}")


@step_kind("eager")
def _eager(em: Emitter, rec: Record) -> None:
    ins = em.regs(rec)
    spec = rec["spec"]
    args = [_expr(em, a, ins) for a in spec["args"]]
    for k, v in spec["kwargs"].items():
        if not k.isidentifier():
            raise ValueError(f"schedule: bad keyword {k!r} in an eager call")
        args.append(f"{k}={_expr(em, v, ins)}")
    call = f"{_expr(em, spec['fn'], ins)}({', '.join(args)})"
    (out,) = em.regs(rec, "out")
    tensors = [ins[int(i)] for i in rec.get("tensors", ())]
    if not tensors:
        em.line(f"{out} = {call}")
        return
    versions = f"({', '.join(f'{t}._version' for t in tensors)},)"
    em.line(f"_ver = {versions}")
    em.line(f"{out} = {call}")
    em.line(f"if {versions} != _ver:")
    em.line(f"    {em.bind(_changed, 'changed')}({em.bind(rec['callee'], 'msg')}, {em.bind(rec['where'], 'msg')})")
