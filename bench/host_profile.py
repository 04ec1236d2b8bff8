"""Where the host time of a repeated call goes (tiny inputs, so the GPU is never the bottleneck)."""

import cProfile
import pstats
import sys

import torch

import jic


def cell(x_seq, h):
    for t in range(x_seq.size(1)):
        h = torch.tanh(x_seq[:, t] + h)
    return h


def main() -> None:
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    f = jic.compile(fullgraph=True)(cell)
    x, h = torch.randn(1, 1, 32, device=dev), torch.randn(1, 32, device=dev)
    for _ in range(200):
        f(x, h)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(2000):
        f(x, h)
    prof.disable()
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
