"""The pass pipeline: a list of registered pass names, run in order, verifying after each.

Every name in the list is also an insertion point: `jic.compile(fn, passes_before={"lower-to-llvm": ["my-pass"]})`
or `passes_after={"outline-kernels": [...]}` put a user's passes there, and `pipeline=` replaces the list.
A pipeline is written as a list of entries or as the xDSL string `a,b{opt=1},c`; an entry may carry options
(`lower-to-llvm{target=cpu}`), which set the pass's dataclass fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.utils.arg_spec import ArgSpec, parse_pipeline

from jic.stage_times import Stages
from jic.passes import locations, registry

# The tensor-level passes, in order (one name per line; add a new pass where it belongs).
TENSOR_PIPELINE = [
    "simplify-loop-carried",
    "split-host-scalars",
    "hoist-invariant-scalars",
    "hoist-step-matmuls",
    "infer-shapes",
    "sink-loops-into-kernels",
    "recurrent-block-kernels",
    "sink-control-flow-into-kernels",
    "elementwise-to-kernels",
    "cse",
    "fuse-kernels",
    "outline-kernels",
]

# Kernel-level passes, between outlining and lowering.
KERNEL_PIPELINE = [
    "pipeline-loads",
]

# Registered but not in the default pipeline: "vectorize-inner-dim" (a second form of each f32 kernel, 4
# elements per thread with 16-byte accesses) measured no speed-up on W1 on the GPU and doubles the kernels to
# compile; `passes_before=VECTORIZE` puts it back in front of pipeline-loads.
VECTORIZE = {"pipeline-loads": ["vectorize-inner-dim"]}

# The whole default pipeline; lower-to-llvm gets `{target=...}` from the inputs' device when compiling.
DEFAULT_PIPELINE = [*TENSOR_PIPELINE, *KERNEL_PIPELINE, "lower-to-llvm"]

Pipeline = str | Sequence[str]


class PassVerifyError(RuntimeError):
    """The IR does not verify after a pass; `pass_name` says which."""

    def __init__(self, pass_name: str, error: Exception):
        super().__init__(f"IR does not verify after pass {pass_name!r}: {error}")
        self.pass_name = pass_name


def entries(pipeline: Pipeline) -> list[ArgSpec]:
    """A pipeline (string or list of entries) as one spec per pass."""
    text = pipeline if isinstance(pipeline, str) else ",".join(pipeline)
    return list(parse_pipeline(text))


def compose(
    target: str,
    pipeline: Pipeline | None = None,
    passes_before: Mapping[str, Pipeline] | None = None,
    passes_after: Mapping[str, Pipeline] | None = None,
) -> str:
    """The pipeline string for one compile: `pipeline` (default: DEFAULT_PIPELINE) with the user's passes
    inserted before/after the named passes, and lower-to-llvm's target set if it has none."""
    specs = entries(DEFAULT_PIPELINE if pipeline is None else pipeline)
    present = [s.name for s in specs]
    for what, anchors in (("passes_before", passes_before), ("passes_after", passes_after)):
        for anchor in anchors or {}:
            if anchor not in present:
                raise ValueError(f"{what}: no pass {anchor!r} in the pipeline to insert at; it has {present}")
    out: list[ArgSpec] = []
    for s in specs:
        out += entries((passes_before or {}).get(s.name, ()))
        if s.name == "lower-to-llvm" and "target" not in s.parameters:
            s = ArgSpec(s.name, {**s.parameters, "target": (target,)})
        out.append(s)
        out += entries((passes_after or {}).get(s.name, ()))
    return ",".join(map(str, out))


def default_pipeline(target: str) -> str:
    return compose(target)


def build(pipeline: Pipeline) -> list[ModulePass]:
    """The pass instances of a pipeline; an unknown name or option is an error naming it."""
    passes = []
    for spec in entries(pipeline):
        cls = registry.get(spec.name)
        try:
            passes.append(cls.from_pass_spec(spec))
        except Exception as e:
            raise ValueError(f"pass {spec.name!r}: bad options {{{str(spec).partition('{')[2]}: {e}") from e
    return passes


def apply_verified(
    ctx: Context, module: ModuleOp, p: ModulePass, times: dict[str, float] | None = None, verify: bool = True
) -> None:
    """Apply one pass to `module` in place, locate the ops it made (locations.fill), then verify the module
    (unless not `verify`); a verifier failure names the pass. `times`, if given, gets the seconds of each."""
    t = Stages(times)
    with t(f"pass {p.name}"):
        p.apply(ctx, module)
    with t("locations"):
        locations.fill(module)
    if not verify:
        return
    with t("verify"):
        try:
            module.verify()
        except Exception as e:
            raise PassVerifyError(p.name, e) from e


def run(
    ctx: Context,
    module: ModuleOp,
    pipeline: Pipeline,
    after_each: Callable[[str, ModuleOp], None] | None = None,
    times: dict[str, float] | None = None,
    verify: bool = True,
) -> None:
    """Run the pipeline on `module` in place, verifying after every pass unless not `verify`;
    `after_each(name, module)` sees the IR after each pass; `times`, if given, gets the seconds of each pass
    (bench/cold_compile.py)."""
    for p in build(pipeline):
        apply_verified(ctx, module, p, times, verify)
        if after_each is not None:
            after_each(p.name, module)
