"""Compiled functions can be dropped and new ones compiled in the same process.

Run in a subprocess: the bug this guards against is a segfault, which would
otherwise take the whole pytest session down.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import gc
    import torch
    import jic

    def cell(x_seq, h):
        for t in range(x_seq.size(1)):
            h = torch.tanh(x_seq[:, t] + h)
        return h

    x, h = torch.randn(4, 7, 33), torch.randn(4, 33)
    f = jic.compile(fullgraph=True)(cell)
    f(x, h)
    del f
    gc.collect()
    g = jic.compile(fullgraph=True)(cell)
    out = g(x, h)
    assert ((out - cell(x, h)).norm() / cell(x, h).norm()).item() <= 1e-5
    print("OK")
    """
)


def test_recompile_after_compiled_function_is_freed():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and "OK" in r.stdout, f"rc={r.returncode}\n{r.stderr[-2000:]}"
