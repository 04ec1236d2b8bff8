"""Reductions, softmax, the matmul family, roll and transposes: compiled (fullgraph=True) against eager.

Shapes and dtypes must match eager's exactly (checked with the values); what jic refuses runs eagerly
with one warning, and sizes eager rejects raise ShapeError before any kernel runs.
"""

from __future__ import annotations

import warnings

import linalg_corpus as C
import pytest
import torch

import jic

X3 = (4, 5, 6)

# (function, argument shapes); every function is compiled whole and compared with eager
UNARY_CASES = [
    (C.sum_dim1, X3),
    (C.sum_keep, X3),
    (C.sum_two_dims, X3),
    (C.sum_all, X3),
    (C.sum_all, ()),
    (C.mean_keep, X3),
    (C.mean_all, X3),
    (C.amax_dims, X3),
    (C.amin_keep, X3),
    (C.max_all, X3),
    (C.prod_dim, (3, 7)),
    (C.norm_all, X3),
    (C.norm_p1, X3),
    (C.norm_inf_keep, X3),
    (C.var_dim, X3),
    (C.var_biased_keep, X3),
    (C.var_correction, X3),
    (C.std_all, X3),
    (C.std_dim, X3),
    (C.logsumexp_dim, X3),
    (C.logsumexp_keep, X3),
    (C.softmax_last, X3),
    (C.softmax_method, (5, 9)),
    (C.log_softmax_f, X3),
    (C.argmax_dim, X3),
    (C.argmin_all, X3),
    (C.argmax_keep, (6, 5)),
    (C.transposes, (5, 5)),
    (C.permute_mt, X3),
    (C.roll_one, X3),
    (C.roll_two, (5, 7)),
    (C.roll_big_shift, (3, 5)),
    (C.reduce_of_reduce, X3),
    (C.roll_then_reduce, X3),
]


def _ids(cases):
    return [f"{fn.__name__}-{'x'.join(map(str, shape)) or 'scalar'}" for fn, shape in cases]


def _check(fn, *args):
    f = jic.compile(fullgraph=True)(fn)
    out, ref = f(*args), fn(*args)
    outs, refs = (out, ref) if isinstance(ref, tuple) else ((out,), (ref,))
    assert len(outs) == len(refs)
    for o, r in zip(outs, refs):
        if r.dtype == torch.int64:
            assert o.dtype == r.dtype and o.shape == r.shape and torch.equal(o, r), (o, r)
        else:
            assert o.shape == r.shape and o.dtype == r.dtype and o.device == r.device, (o, r)
            # a sum or mean can cancel to near zero, where another summation order differs by more than 1e-5 of
            # the result: the error is measured against the size of the terms (mean |x| per output element)
            terms = [a.double().abs().mean().item() for a in args if isinstance(a, torch.Tensor) and a.numel()]
            scale = max([r.double().norm().item()] + [t * max(r.numel(), 1) ** 0.5 for t in terms])
            err = (o.double() - r.double()).norm().item()
            assert err <= 1e-5 * max(scale, 1e-30), f"error {err:.3e} against a scale of {scale:.3e}: {o} vs {r}"


@pytest.mark.parametrize("fn,shape", UNARY_CASES, ids=_ids(UNARY_CASES))
def test_unary_structured(device, fn, shape):
    _check(fn, torch.randn(shape, device=device))


@pytest.mark.parametrize("fn", [C.max_dim, C.min_dim_fields], ids=["max", "min-fields"])
def test_values_and_indices(device, fn):
    _check(fn, torch.randn(*X3, device=device))


@pytest.mark.parametrize("fn", [C.softmax_last, C.var_dim, C.logsumexp_dim, C.argmax_dim])
def test_float64(device, fn):
    _check(fn, torch.randn(*X3, device=device, dtype=torch.float64))


def test_layer_norm_by_hand(device):
    x = torch.randn(6, 16, device=device)
    _check(C.layer_norm_by_hand, x, torch.randn(16, device=device), torch.randn(16, device=device))


def test_reduction_fused_with_its_producers():
    x, y = torch.randn(3, 8), torch.randn(3, 8)
    f = jic.compile(fullgraph=True)(C.reduce_of_expression)
    _check(C.reduce_of_expression, x, y)
    ir = f.stages(x, y)["fuse-kernels"]
    assert ir.count('"jic.kernel"') == 1, ir  # tanh, mul, sub, both reductions and the add: one kernel
    assert "math.tanh" in ir


def test_broadcast_reduction_is_its_own_kernel():
    x = torch.randn(3, 8)
    _check(C.scaled_normalize, x)
    ir = jic.compile(fullgraph=True)(C.scaled_normalize).stages(x)["fuse-kernels"]
    assert ir.count('"jic.kernel"') == 2, ir  # the row sums (with * 2 + 100), then the divide
    divide = ir.split('"jic.kernel"')[2]
    assert "scf.for" not in divide


def test_softmax_kernels():
    st = jic.compile(fullgraph=True)(C.softmax_last).stages(torch.randn(3, 4))
    assert st["outline-kernels"].count("= jic.launch") == 4  # max, exp, sum, divide


def test_nan_and_inf_like_eager():
    x = torch.randn(3, 6)
    x[0, 2] = float("nan")
    x[1, :] = float("-inf")
    x[2, 4] = float("inf")
    for fn in (C.max_dim, C.amax_dims, C.argmax_dim, C.logsumexp_dim, C.sum_dim1):
        f = jic.compile(fullgraph=True)(fn)
        arg = x if fn is not C.amax_dims else x[None]
        out, ref = f(arg), fn(arg)
        for o, r in zip(out if isinstance(out, tuple) else (out,), ref if isinstance(ref, tuple) else (ref,)):
            assert torch.equal(o.isnan(), r.isnan()), (fn.__name__, o, r)
            assert torch.equal(torch.nan_to_num(o), torch.nan_to_num(r)), (fn.__name__, o, r)


def test_empty_reductions(device):
    x = torch.randn(3, 0, device=device)
    _check(C.sum_dim1, x)
    _check(C.prod_dim, x)
    out = jic.compile(fullgraph=True)(C.mean_keep)(x)
    assert out.shape == (3, 1) and out.isnan().all()
    with pytest.raises(jic.ShapeError, match="max: expected reduction dim 1 to have non-zero size"):
        jic.compile(fullgraph=True)(C.max_dim)(x)


# ---------------------------------------------------------------- the matmul family
MATMUL_SHAPES = [
    ((4, 5), (5, 3)),
    ((5,), (5, 3)),
    ((4, 5), (5,)),
    ((5,), (5,)),
    ((2, 4, 5), (5, 3)),
    ((4, 5), (2, 5, 3)),
    ((2, 4, 5), (2, 5, 3)),
    ((3, 1, 4, 5), (2, 5, 3)),
]


@pytest.mark.parametrize("a,b", MATMUL_SHAPES, ids=[f"{a}@{b}" for a, b in MATMUL_SHAPES])
def test_matmul_shapes(device, a, b):
    _check(C.matmul_op, torch.randn(*a, device=device), torch.randn(*b, device=device))


def test_matmul_variants(device):
    a, b = torch.randn(4, 5, device=device), torch.randn(5, 3, device=device)
    _check(C.matmul_fn, a, b)
    _check(C.mm_fn, a, b)
    _check(C.bmm_method, torch.randn(2, 4, 5, device=device), torch.randn(2, 5, 3, device=device))
    _check(C.addmm_fn, torch.randn(4, 3, device=device), a, b)
    _check(
        C.linear_fn,
        torch.randn(2, 4, 5, device=device),
        torch.randn(3, 5, device=device),
        torch.randn(3, device=device),
    )
    _check(C.linear_no_bias, a, torch.randn(3, 5, device=device))
    _check(C.matmul_then_tanh, a, b, torch.randn(3, device=device))
    _check(
        C.float64_mix,
        torch.randn(4, 5, device=device, dtype=torch.float64),
        torch.randn(5, 3, device=device, dtype=torch.float64),
    )


def test_matmul_size_mismatch_raises_before_running():
    f = jic.compile(fullgraph=True)(C.matmul_op)
    with pytest.raises(jic.ShapeError, match=r"matmul: expected the lhs's last size \(a.1\) to equal"):
        f(torch.randn(4, 5), torch.randn(6, 3))
    with pytest.raises(jic.ShapeError, match="batch sizes"):
        f(torch.randn(2, 4, 5), torch.randn(3, 5, 3))


@pytest.mark.parametrize(
    "fn,args,message",
    [
        (
            C.matmul_op,
            (torch.randn(3, 4), torch.randn(4, 2, dtype=torch.float64)),
            "expected both operands to have the same dtype",
        ),
        (C.mm_of_3d, (torch.randn(2, 3, 4), torch.randn(4, 2)), "expected two 2-d tensors"),
        (C.max_of_two, (torch.randn(3), torch.randn(3)), "elementwise torch.maximum"),
        (C.roll_without_dims, (torch.randn(3, 4),), "pass dims"),
        (C.sum_bad_dim, (torch.randn(3, 4),), r"expected to be in range of \[-2, 1\], but got 5"),
        (C.norm_p3, (torch.randn(3, 4),), "p must be 1, 2"),
        (C.softmax_no_dim, (torch.randn(3, 4),), "pass dim"),
    ],
    ids=["dtype", "mm-3d", "max-of-two", "roll-no-dims", "bad-dim", "norm-p3", "softmax-no-dim"],
)
@pytest.mark.filterwarnings("ignore:Implicit dimension choice")
def test_refusals_name_what_was_expected(fn, args, message):
    with pytest.raises(jic.UnsupportedError, match=message):
        jic.compile(fullgraph=True)(fn)(*args)
    # without fullgraph: one warning, then eager's own result or error
    f = jic.compile(fn)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # eager's own deprecation warnings
            ref = fn(*args)
    except Exception as e:  # eager rejects it too: the same error comes out
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(type(e)):
                f(*args)
        return
    with pytest.warns(UserWarning, match=message):
        out = f(*args)
    assert torch.equal(out, ref)


def test_roll_and_transpose_inputs_are_read_in_place(device):
    x = torch.randn(6, 5, device=device).T  # a non-contiguous view
    _check(C.roll_two, x)
    _check(C.softmax_last, x)
    _check(C.matmul_op, x, torch.randn(6, 3, device=device))
