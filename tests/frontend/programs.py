"""The frontend's acceptance corpus: small functions, one or more per construct of the Python people write.

Each entry of PROGRAMS names the function, how to make fresh inputs for it and
the opcodes its bytecode must contain for the construct it targets (per Python
version where CPython spells it differently). Functions are module-level so
the frontend sees real globals; closures are made by factories below.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

SCALE = 0.75  # a global read by `uses_global`
B, T, H = 3, 6, 5


def _xh(dtype=torch.float32):
    return torch.randn(B, T, H, dtype=dtype), torch.randn(B, H, dtype=dtype)


@dataclass
class Program:
    fn: Callable
    make_args: Callable[[], tuple]
    opcodes: dict[str, tuple[str, ...]]  # "all" or "3.11"/"3.12"/"3.13" -> opnames that must appear
    extra_args: list[Callable[[], tuple]] = field(default_factory=list)  # more calls (other int values, ...)

    @property
    def name(self) -> str:
        return self.fn.__name__

    def targets(self, version: str) -> tuple[str, ...]:
        return self.opcodes.get("all", ()) + self.opcodes.get(version, ())


PROGRAMS: list[Program] = []


def program(make_args: Callable[[], tuple], *extra: Callable[[], tuple], **opcodes: tuple[str, ...]):
    def register(fn: Callable) -> Callable:
        ops = {k.replace("py3", "3.").replace("all_", "all"): v for k, v in opcodes.items()}
        PROGRAMS.append(Program(fn, make_args, ops, list(extra)))
        return fn

    return register


def xh():
    return _xh()


def xhn(n: int):
    return lambda: (*_xh(), n)


def xhf(a: float):
    return lambda: (*_xh(), a)


# ------------------------------------------------------------------ values
@program(xh, all=("LOAD_GLOBAL",))
def uses_global(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] * SCALE + h)
    return h


def _make_closure(k):
    def closed_over(x, h):
        for t in range(x.size(1)):
            h = h * k + x[:, t]
        return h

    return closed_over


closed_over = program(xh, all=("LOAD_DEREF",))(_make_closure(0.5))


def _helper_with_default(h, s=0.5, *, bias=0.25):
    return h * s + bias


@program(xh, all=("LOAD_FAST",), py311=("KW_NAMES",), py312=("KW_NAMES",), py313=("CALL_KW",))
def keyword_arguments(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(_helper_with_default(h, bias=0.1) + x[:, t])
    return _helper_with_default(h, s=2.0)


@program(xh, py311=("POP_JUMP_FORWARD_IF_NOT_NONE",), py312=("POP_JUMP_IF_NOT_NONE",), py313=("POP_JUMP_IF_NOT_NONE",))
def none_default(x, h, bias=None):
    if bias is None:
        bias = 0.5
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h + bias)
    return h


@program(xh, all=("BUILD_TUPLE", "UNPACK_SEQUENCE"))
def tuple_build_unpack(x, h):
    g = h * 0.5
    pair = (h, g)
    a, b = pair
    for t in range(x.size(1)):
        a, b = b, torch.tanh(a + x[:, t])
    return a + b


@program(xh, all=("BUILD_LIST", "BINARY_SUBSCR"))
def list_index_len(x, h):
    ws = [0.5, 0.25, h * 0.1]
    for t in range(x.size(1)):
        h = h * ws[0] + x[:, t] * ws[1] + ws[-1] * len(ws)
    return h


@program(xhn(4), xhn(2), xhn(0), all=("FOR_ITER",))
def int_bound(x, h, n):
    for t in range(n):
        h = torch.tanh(x[:, t] + h)
    return h


@program(xhf(0.3), xhf(-1.5), all=("BINARY_OP",))
def float_argument(x, h, alpha):
    for t in range(x.size(1)):
        h = alpha * x[:, t] + (1 - alpha) * h
    return h


@program(lambda: (*_xh(), True), lambda: (*_xh(), False), all=("LOAD_FAST",))
def bool_static(x, h, flag):
    if flag:
        h = h * 2.0
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] - h)
    return h


@program(xhf(2.0), xhf(0.5), all=("LOAD_ATTR",))
def math_on_scalars(x, h, a):
    k = math.sqrt(a) + math.exp(-a) + math.log(a + 1.0)
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] * k + h * math.cos(0.5))
    return h


@program(xh, py311=("LOAD_METHOD",), py312=("LOAD_ATTR",), py313=("LOAD_ATTR",))
def dim_len_dtype(x, h):
    if x.dim() == 3 and len(x) == x.size(0) and x.dtype == torch.float32:
        h = h + 1.0
    if x.ndim != 3 or x.dtype == torch.float64:
        h = h * 100.0
    return h


@program(xh, all=("UNPACK_SEQUENCE",))
def shape_unpack(x, h):
    b, steps, w = x.shape
    for t in range(steps):
        h = torch.tanh(x[:, t] + h * (w / (w + b)))
    return h


# ------------------------------------------------------------------ loops
@program(xhn(1), xhn(4), all=("FOR_ITER",))
def range_start_stop(x, h, n):
    for t in range(1, n + 1):
        h = torch.tanh(x[:, t] + h)
    return h


@program(xh, all=("FOR_ITER",))
def range_step(x, h):
    for t in range(0, x.size(1), 2):
        h = torch.tanh(x[:, t] - h)
    return h


@program(xhn(5), xhn(0), all=("FOR_ITER",))
def range_negative_step(x, h, n):
    for t in range(n, 0, -1):
        h = h * 0.5 + t
    return h


@program(xhn(3), all=("FOR_ITER",))
def nested_loops(x, h, n):
    for t in range(x.size(1)):
        for k in range(n):
            h = h * 0.5 + x[:, t]
    return h


@program(xhn(4), xhn(0), py311=("POP_JUMP_BACKWARD_IF_TRUE",), py312=("JUMP_BACKWARD",), py313=("JUMP_BACKWARD",))
def while_counter(x, h, n):
    i = 0
    while i < n:
        h = h * 0.9 + 1.0
        i += 1
    return h


@program(xhn(3), xhn(50), all=("JUMP_BACKWARD",))
def while_true_break(x, h, n):
    i = 0
    while True:
        h = torch.tanh(h + 0.5)
        i = i + 1
        if i >= n:
            break
    return h


@program(xhn(2), xhn(9), all=("FOR_ITER",))
def for_break(x, h, n):
    for t in range(x.size(1)):
        if t >= n:
            break
        h = torch.tanh(h + x[:, t])
    return h


@program(xh, all=("JUMP_BACKWARD",))
def for_continue(x, h):
    for t in range(x.size(1)):
        if t % 2 == 1:
            continue
        h = torch.tanh(h + x[:, t])
    return h


@program(xhn(2), xhn(99), all=("RETURN_VALUE",))
def return_in_loop(x, h, n):
    for t in range(x.size(1)):
        if t == n:
            return h * 2.0
        h = torch.tanh(h + x[:, t])
    return h - 1.0


@program(xhn(3), all=("RETURN_VALUE",))
def return_in_while(x, h, n):
    i = 0
    while i < 10:
        if i == n:
            return h + 1.0
        h = h * 0.5
        i += 1
    return h


@program(xhn(2), xhn(9), all=("FOR_ITER",))
def inner_loop_break(x, h, n):
    for t in range(x.size(1)):
        for k in range(5):
            if k >= n:
                break
            h = h * 0.9 + x[:, t]
    return h


@program(xhn(3), all=("FOR_ITER", "JUMP_BACKWARD"))
def while_inside_for(x, h, n):
    for t in range(x.size(1)):
        i = 0
        while i < n:
            h = torch.tanh(h + x[:, t] * 0.1)
            i += 1
    return h


@program(xhn(7), xhn(0), all=("JUMP_BACKWARD",))
def while_continue(x, h, n):
    i = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        h = h + 1.0
    return h


@program(xhn(7), xhn(100), all=("RETURN_VALUE",))
def return_in_nested_loop(x, h, n):
    for t in range(x.size(1)):
        for k in range(3):
            if t * 3 + k == n:
                return h - 5.0
            h = h * 0.5 + x[:, t]
    return h


@program(xhn(8), py311=("POP_JUMP_BACKWARD_IF_TRUE",), py312=("JUMP_BACKWARD",), py313=("JUMP_BACKWARD",))
def branches_in_while(x, h, n):
    i = 0
    while i < n:
        if i % 3 == 0:
            h = h * 2.0
        elif i % 3 == 1:
            h = h - 1.0
        i += 1
    return h


def xhwn(n: int):
    return lambda: (*_xh(), torch.randn(H, H) / H**0.5, n)


@program(xhwn(2), xhwn(0), xhwn(99), all=("FOR_ITER",))
def coupled_for_break(x, h, w, n):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h @ w)  # coupled: the loop steps on the host, its break test there
        if t >= n:
            break
    return h


@program(xhwn(3), xhwn(0), all=("RETURN_VALUE",))
def coupled_return_in_while(x, h, w, n):
    i = 0
    while i < 5:
        h = torch.tanh(h @ w + 0.1)
        if i == n:
            return h * 2.0
        i += 1
    return h


# ------------------------------------------------------------------ indexes affine in the loop index
@program(xh, all=("BINARY_OP",))
def index_next_step(x, h):
    for t in range(x.size(1) - 1):
        h = torch.tanh(x[:, t + 1] + h)
    return h


@program(xh, all=("BINARY_OP",))
def index_stencil_in_time(x, h):
    for t in range(1, x.size(1)):
        h = torch.tanh(x[:, t] - x[:, t - 1] + h)
    return h


@program(xh, all=("BINARY_OP",))
def index_reversed_in_time(x, h):
    steps = x.size(1)
    for t in range(steps):
        h = torch.tanh(x[:, steps - 1 - t] + h)
    return h


@program(xh, all=("BINARY_OP",))
def index_strided(x, h):
    for t in range(x.size(1) // 2):
        h = torch.tanh(x[:, 2 * t + 1] + h * 0.5)
    return h


@program(xh, all=("BINARY_OP",))
def index_wraps_like_eager(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t - 1] + h)  # t = 0 reads the last step, as eager does
    return h


@program(xh, all=("FOR_ITER", "LOAD_CONST"))
def index_reversed_range(x, h):
    for t in range(x.size(1) - 1, -1, -1):
        h = torch.tanh(x[:, t] + h)
    return h


@program(xhn(2), xhn(-1), all=("FOR_ITER",))
def index_reversed_range_break(x, h, n):
    for t in range(x.size(1) - 1, -1, -1):
        if t < n:
            break
        h = torch.tanh(x[:, t] * 0.5 + h)
    return h


@program(xhn(-2), xhn(0), xhn(-6), all=("BINARY_OP",))
def index_offset_argument(x, h, n):
    for t in range(x.size(1)):
        h = h * 0.5 + x[:, t + n]
    return h


# ------------------------------------------------------------------ branches
@program(xh, all=("BINARY_OP",))
def if_elif_else(x, h):
    for t in range(x.size(1)):
        if t % 3 == 0:
            h = torch.tanh(h + x[:, t])
        elif t % 3 == 1:
            h = h * 0.5
        else:
            h = torch.sigmoid(h - x[:, t])
    return h


def _xh_shifted(shift: float):
    return lambda: (_xh()[0], torch.randn(B, H) + shift)


@program(
    _xh_shifted(3.0),
    _xh_shifted(-3.0),
    py311=("POP_JUMP_FORWARD_IF_FALSE",),
    py312=("POP_JUMP_IF_FALSE",),
    py313=("POP_JUMP_IF_FALSE",),
)
def if_on_tensor_value(x, h):
    for t in range(x.size(1)):
        h = h * 0.5 + x[:, t] * 0.1
    if h.mean() > 0:  # outside loops: one reduction, one read by the host, a branch
        h = torch.tanh(h)
    elif h.amax() < -1.0:
        h = h + 1.0
    return h


@program(xhn(5), xhn(-2), all=("COMPARE_OP",))
def if_on_int_argument(x, h, n):
    if n > 0:
        y = h * 2.0
    else:
        y = h + 1.0
    return torch.tanh(y)


@program(xhf(0.7), xhf(0.2), all=("COMPARE_OP",))
def if_on_float_argument(x, h, alpha):
    for t in range(x.size(1)):
        if alpha > 0.5:
            h = h + x[:, t] * alpha
        else:
            h = h - x[:, t]
    return h


@program(xhn(4), all=("COMPARE_OP",))
def and_or(x, h, n):
    for t in range(x.size(1)):
        if t > 0 and t < n or t == 5:
            h = torch.tanh(h + x[:, t])
    return h


@program(xh, all=("UNARY_NOT",), py313=("TO_BOOL",))
def not_operator(x, h):
    for t in range(x.size(1)):
        even = t % 2 == 0
        if not even:
            h = h + x[:, t]
        flag = not even
        h = h * 0.5 if flag else h
    return h


@program(xhn(4), all=("SWAP", "COPY"))
def chained_comparison(x, h, n):
    for t in range(x.size(1)):
        if 1 <= t < n:
            h = torch.tanh(h + x[:, t])
    return h


@program(xh, all=("BINARY_OP",))
def ternary(x, h):
    for t in range(x.size(1)):
        h = h * 0.5 if t % 2 else torch.tanh(h + x[:, t])
    return h


@program(xhn(0), xhn(3), all=("STORE_FAST",), py311=("JUMP_IF_TRUE_OR_POP",), py312=("COPY",), py313=("COPY",))
def or_value(x, h, n):
    k = n or 2
    for t in range(k):
        h = h * 0.5 + x[:, t]
    return h


@program(xhn(4), all=("CALL",))
def min_max_abs(x, h, n):
    for t in range(min(n, x.size(1))):
        h = h + x[:, t] * abs(t - 2) + max(t, 1)
    return h


@program(xh, all=("BINARY_OP",))
def floor_div_mod(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(h + x[:, t] * (t // 2) + (t % 3 - 1) + (-t) // 4 + (-t) % 3)
    return h


# ------------------------------------------------------------------ calls
def _step(h, xt):
    return torch.tanh(xt + h)


@program(xh, all=("CALL",))
def helper_inlined(x, h):
    for t in range(x.size(1)):
        h = _step(h, x[:, t])
    return h


@program(xh, all=("MAKE_FUNCTION",))
def lambda_inlined(x, h):
    f = lambda a, b=0.5: a * b + 1.0  # noqa: E731
    for t in range(x.size(1)):
        h = torch.tanh(f(h) + x[:, t])
    return h


def _decay(h, k):
    return h if k == 0 else _decay(h * 0.5, k - 1)


@program(xh, all=("CALL",))
def recursive_helper(x, h):
    return _decay(h, 3)


@program(xh, all=("MAKE_FUNCTION",), py311=("LOAD_CLOSURE",), py312=("LOAD_CLOSURE",), py313=("MAKE_CELL",))
def nested_def_closure(x, h):
    scale = 0.25

    def update(a, xt):
        return torch.tanh(a * scale + xt)

    for t in range(x.size(1)):
        h = update(h, x[:, t])
    return h


def _run_steps(x, h):
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
    return h


@program(xh, all=("CALL",))
def helper_with_loop(x, h):
    h = _run_steps(x, h * 0.5)
    return h + 1.0


@program(xh, py311=("LOAD_METHOD",), py312=("LOAD_ATTR",), py313=("LOAD_ATTR",))
def functional_and_methods(x, h):
    for t in range(x.size(1)):
        h = F.relu(x[:, t] + h).tanh() - torch.sigmoid(h).mul(0.5)
    return h


# ------------------------------------------------------------------ augmented assignment
@program(xh, all=("BINARY_OP",))
def accumulate_inplace(x, h):
    acc = h * 0.0
    for t in range(x.size(1)):
        acc += x[:, t]
        acc *= 0.5
    return acc


@program(xh, all=("BINARY_OP",))
def inplace_alias(x, h):
    a = h * 1.0
    b = a
    a += 1.0
    return a + b


# ------------------------------------------------------------------ static collections
@program(xh, all=("GET_ITER",))
def iterate_tuple(x, h):
    g = h * 0.5
    for w in (h, g, 0.25):
        h = h + w
    return h


@program(xh, py311=("LIST_APPEND",), py312=("LIST_APPEND",), py313=("LIST_APPEND",))
def list_comprehension(x, h):
    parts = [h * k for k in (1.0, 2.0, 3.0)]
    return parts[0] + parts[1] - parts[2]


@program(xh, all=("CALL",))
def list_append_static(x, h):
    outs = []
    outs.append(h)
    outs.append(h * 2.0)
    total = outs[0]
    for o in outs:
        total = total + o
    return total


# ------------------------------------------------------------------ accumulating outputs
@program(xh, all=("CALL",))
def stack_outputs(x, h):
    outs = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        outs.append(h)
    return torch.stack(outs, dim=1), h


@program(xh, all=("CALL",))
def stack_outputs_last_dim(x, h):
    outs = []
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] - h * 0.5)
        outs.append(h * 2.0)
    return torch.stack(outs, -1) + 1.0


@program(xh, py311=("LOAD_METHOD",), py312=("LOAD_ATTR",), py313=("LOAD_ATTR",))
def cat_outputs_unsqueezed(x, h):
    outs = []
    for t in range(x.size(1)):
        h = torch.tanh(x[:, t] + h)
        outs.append(h.unsqueeze(1))
    return torch.cat(outs, dim=1), h


@program(xh, all=("CALL",))
def cat_outputs_along_features(x, h):
    outs = []
    for t in range(x.size(1)):
        h = torch.sigmoid(x[:, t] - h)
        outs.append(h)
    return torch.cat(outs, 1) * 2.0


@program(xh, all=("CALL",))
def cat_outputs_along_batch(x, h):
    outs = []
    for t in range(x.size(1)):
        h = h * 0.5 + x[:, t]
        outs.append(torch.tanh(h))
    return torch.cat(outs, dim=-2)


@program(xh, py311=("LOAD_ATTR",), py312=("LOAD_ATTR",), py313=("LOAD_ATTR",))
def device_fact(x, h):
    if x.device.type == "cpu" and h.device == x.device:
        h = h + 1.0
    else:
        h = h - 1.0
    return h * 2.0


# ------------------------------------------------------------------ new tensors
@program(xh, all=("CALL",))
def zeros_accumulator(x, h):
    acc = torch.zeros(x.size(0), x.size(2), dtype=x.dtype, device=x.device)
    for t in range(x.size(1)):
        acc = acc + x[:, t] * h
    return acc


@program(xh, all=("CALL",))
def arange_index_math(x, h):
    w = torch.arange(x.size(2), device=x.device) / x.size(2) - 0.5
    for t in range(1, x.shape[1], 2):
        h = torch.tanh(x[:, t] * w + h + torch.arange(0.0, 1.0, 0.25, device=x.device)[-2])
    return h


@program(xhn(4), xhn(7), all=("CALL",))
def full_ones_tensor(x, h, n):
    b = torch.full((x.shape[0], 1), 0.25, device=x.device) + torch.ones(n, 1, 1, device=x.device)
    for t in range(x.size(1)):
        h = h * torch.tensor(0.5) + x[:, t]
    return h + b
