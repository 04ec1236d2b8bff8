"""Regenerate the pass IR tests in this folder: python tests/ir/regen.py [chain ...]

Each `<n>-<pass>.mlir` holds the IR before one pass (`// INPUT:`) and the IR
it must produce (`// OUTPUT:`); the chain starts from the frontend's IR of a
corpus function (`*.input`). Review the diff before committing new goldens.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from xdsl.parser import Parser  # noqa: E402

import jic  # noqa: E402, F401
from jic.ir import make_context  # noqa: E402
from jic.passes import pipeline  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# no loop below but counters' counts a number the host reads after it, so split-host-scalars changes none of
# them; the loops of cell, ema and two_loops have no matmul, so hoist-step-matmuls does not change them
TENSOR_PIPELINE = [p for p in pipeline.TENSOR_PIPELINE if p != "split-host-scalars"]
ELEMENTWISE_PIPELINE = [p for p in TENSOR_PIPELINE if p != "hoist-step-matmuls"]
CHAINS = {
    "cell": [*ELEMENTWISE_PIPELINE, "lower-to-llvm{target=nvptx}", "fast-math{approx-tanh=true}"],
    "ema": [*ELEMENTWISE_PIPELINE, "lower-to-llvm{target=cpu}"],
    "two_loops": ELEMENTWISE_PIPELINE[: ELEMENTWISE_PIPELINE.index("fuse-kernels") + 1],
    "chain": ["infer-shapes", "elementwise-to-kernels"],
    "python_locals": ["simplify-loop-carried"],
    # counts the host reads after the loop: `n += 1` becomes n0 + 1 * trips, `if t % 2 == 0: m += 2` gets its
    # own loop of host arithmetic; the tensor loop keeps m (its tensor work reads it) and drops n
    "counters": ["split-host-scalars"],
    # a branch that scales h and counts: the count gets a branch of its own, in a loop of its own
    "counted_branch": ["split-host-scalars"],
    # the block kernel of elman (elman-8-outline-kernels), its threads as loops between the barriers (the CPU's form)
    "block_threads": ["serialize-block-threads"],
    # a recurrence with weights: the input product leaves the loop, the rest is one block kernel (or, for a
    # large state, stays on the host)
    "elman": [
        *TENSOR_PIPELINE[TENSOR_PIPELINE.index("hoist-step-matmuls") :],
        "lower-to-llvm{target=cpu}",
    ],
    # the periodic stencil: coupled along its rolled dim, never one thread per element (a block kernel)
    "heat": TENSOR_PIPELINE[
        TENSOR_PIPELINE.index("infer-shapes") : TENSOR_PIPELINE.index("fuse-kernels") + 1
    ],
    # reductions become kernels that compute their producers in the reduction loop
    "softmax": ["infer-shapes", "elementwise-to-kernels", "cse", "fuse-kernels"],
    "loop_branch": TENSOR_PIPELINE[: TENSOR_PIPELINE.index("sink-control-flow-into-kernels") + 1],
    "early_return": TENSOR_PIPELINE[: TENSOR_PIPELINE.index("sink-control-flow-into-kernels") + 1],
    # two carried tensors from different arguments (sizes n.i and v.i): one kernel, their sizes checked equal
    "lif": ["infer-shapes", "sink-loops-into-kernels"],
    # W1's kernel gets a form whose threads run 4 floats with 16-byte accesses, pipelined like scalar loads
    "vector": ["vectorize-inner-dim", "pipeline-loads{depth=2 prefetch=false}", "lower-to-llvm{target=nvptx}"],
    # a graph break (`print(t, h.sum())` in the loop): the loop stays on the host, the call between its kernels
    "graph_break": ["infer-shapes", "sink-loops-into-kernels", "elementwise-to-kernels", "fuse-kernels"],
    # a number `.item()` read on the host (jic.unbox) before the loop: the loop still sinks, the scalar an operand
    "item_scale": ["infer-shapes", "sink-loops-into-kernels"],
    # indexes affine in the loop index: x[:, t - 1] needs no check, x[:, t + n] a host check and a wrap
    "time_index": ["infer-shapes", "sink-loops-into-kernels"],
    # a loop that fills a list sinks: the buffer is allocated before the kernel, each thread stores into it
    "stack_loop": ["infer-shapes", "sink-loops-into-kernels", "outline-kernels"],
    # kernels after outline-kernels: a load of step t+1 is pipelined, a pointer chase is left alone
    "kernel_loops": ["pipeline-loads{depth=2 prefetch=true}", "lower-to-llvm{target=nvptx}"],
}

# inputs made from another chain's output: (chain, pass) whose output's gpu.module is the input
DERIVED = {"block_threads": ("elman", "outline-kernels")}


def _derive_input(name: str, chain: str, pass_name: str) -> None:
    (path,) = [p for p in os.listdir(HERE) if p.startswith(f"{chain}-") and p.endswith(f"-{pass_name}.mlir")]
    out = open(os.path.join(HERE, path)).read().split("// OUTPUT:\n", 1)[1]
    kernels = out[out.index('  "gpu.module"') :].rstrip()[:-1].rstrip()  # without the module's closing brace
    with open(os.path.join(HERE, f"{name}.input"), "w") as f:
        f.write("builtin.module attributes {gpu.container_module} {\n" + kernels + "\n}\n")


def main(only: list[str]) -> None:
    """Regenerate every chain, or only the chains named on the command line."""
    chains = {n: p for n, p in CHAINS.items() if not only or n in only}
    for old in os.listdir(HERE):
        if old.endswith(".mlir") and old.split("-")[0] in chains:
            os.remove(os.path.join(HERE, old))
    # chains whose input is another chain's output go last, after that one
    for name, passes in sorted(chains.items(), key=lambda c: c[0] in DERIVED):
        if name in DERIVED:
            _derive_input(name, *DERIVED[name])
        text = open(os.path.join(HERE, f"{name}.input")).read()
        for i, p in enumerate(passes):
            module = Parser(make_context(), text).parse_module()
            pipeline.run(make_context(), module, p)
            out = str(module)
            fname = f"{name}-{i}-{p.split('{')[0]}.mlir"
            with open(os.path.join(HERE, fname), "w") as f:
                f.write(f"// PASS: {p}\n// INPUT:\n{text.strip()}\n// OUTPUT:\n{out.strip()}\n")
            text = out


if __name__ == "__main__":
    main(sys.argv[1:])
