"""Functions that the frontend refuses; each marks the line the refusal must name with `# <- refused: <function>`.

(Kept out of test modules: pytest rewrites the `assert` statements of those.)
"""

import torch


def data_dependent_branch(x, h):
    for t in range(x.size(1)):
        if h:  # <- refused: data_dependent_branch
            h = h + x[:, t]
    return h


def inplace_on_argument(x, h):
    h += 1.0  # <- refused: inplace_on_argument
    return h


def prints(x, h):
    print("step")  # <- refused: prints
    return h + 1.0


def asserts(x, h, n):
    assert n > 0  # <- refused: asserts
    return h + n


def list_grows_in_loop(x, h, n):
    outs = []
    for t in range(n):  # <- refused: list_grows_in_loop
        h = torch.tanh(h + x[:, t])
        outs.append(h * 1.0)
    return h


def loop_over_tensor(x, h):
    for row in x:  # <- refused: loop_over_tensor
        h = h + row
    return h


def assigns_nonlocal(x, h):
    k = 1.0

    def bump():
        nonlocal k
        k = 2.0  # <- refused: assigns_nonlocal

    bump()
    return h * k


def _star(*a):
    return a[0]


def star_call(x, h):
    return _star(*(h, x)) + 1.0  # <- refused: star_call


def _gen(h):
    yield h


def calls_generator(x, h):
    return next(_gen(h)) + 1.0  # <- refused: calls_generator


def _countdown(h, n):
    return h if n == 0 else _countdown(h * 0.5, n - 1)  # <- refused: symbolic_recursion


def symbolic_recursion(x, h, n):
    return _countdown(h, n)


def carried_type_changes(x, h):
    k = 0
    for t in range(x.size(1)):  # <- refused: carried_type_changes
        k = k + 0.5
        h = h * k
    return h


def maybe_unbound(x, h, n):
    if n > 0:
        y = h * 2.0
    return y  # <- refused: maybe_unbound


def catches(x, h):
    try:  # <- refused: catches
        h = h + 1.0
    except IndexError:
        h = h - 1.0
    return h


class _Timer:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


TIMER = _Timer()


def uses_with(x, h):
    with TIMER:  # <- refused: uses_with
        h = h + 1.0
    return h


def index_not_affine(x, h):
    for t in range(x.size(1)):
        h = h + x[:, t * t % 3]  # <- refused: index_not_affine
    return h


def index_of_two_loops(x, h):
    for t in range(2):
        for k in range(2):
            h = h + x[:, t + k]  # <- refused: index_of_two_loops
    return h
