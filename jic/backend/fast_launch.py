"""The `ext` launch binding: a small CPython extension that packs a launch's parameters and calls the driver.

A call's launch through cuda-python converts eleven arguments in Cython, and the
parameters were packed before it by `struct` into a buffer shared under a lock
(cuda.py). Here one vectorcall does it all: `launch(kernel, grid, block,
stream, *values)` reads each value straight from its Python object into
8-byte slots on the C stack (the kernel's descriptor says its type: `p` pointer,
`q` int64, `f` float32, `d` float64, `t` and a rank digit a tensor), makes sure
the kernel's context is current (pushing it for the launch if another is),
calls `cuLaunchKernel` and returns the driver's error code. Nothing is shared
between calls, so no lock either.

Built against torch's headers too (C++, where there is a C++ compiler and
torch ships its headers), the extension also reads tensors itself: a `t<rank>`
value is a tensor whose data pointer and strides (0 where a size is 1) fill
1 + rank slots, and `empty(code, *sizes)` allocates a contiguous output
through ATen's allocator of the device (`empty_code` makes the code). That
skips what the host program otherwise does in Python per call (`x.shape`,
`x.stride()`, `x.data_ptr()`, `torch.empty`'s argument parsing): about 2 us on
an H100 host. torch's `python_variable.h` takes seconds to parse, so the
installed torch's own `struct THPVariable` is copied from it into the source
(`_thp_variable`); the build is then about as quick as the C one's, and is
still done once per machine and torch.

The source is compiled once with the system's compiler against this Python's
headers, and kept under the cache directory (`native_dir`; a build that failed
leaves the compiler's message there, in a `.failed` file); where there is no
compiler, no headers or no libcuda, `extension()` is None and launches take
cuda-python (cuda_launch.method()). The driver's functions are given as
addresses (`init`), so tests point them at recording stand-ins and run the
same code without a GPU.

A kernel's descriptor is a ctypes structure made once per kernel
(`descriptor(fn, ctx, types)`): {function, context, slot count, value count,
type letters}; its address is what the host program passes.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.machinery
import importlib.util
import os
import re
import sys
import sysconfig
from typing import Any

from jic.backend import c_build
from jic.backend.cuda_launch import _C_DRIVER_FUNCTIONS, DRIVER_C, libcuda
from jic.runtime.launch import MAX_TENSOR_RANK  # a tensor's rank is one digit in the descriptor

C_SOURCE = (
    r"""
/* jic's launch extension (jic/backend/fast_launch.py) */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>
"""
    + DRIVER_C
    + r"""
#define MAX_PARAMS 1024

typedef struct {
    void *fn;
    void *ctx;
    int64_t n;      /* 8-byte slots the kernel takes */
    int64_t values; /* Python values a launch passes (a tensor fills 1 + rank slots) */
    char types[];
} kernel_t;

#ifdef JIC_TORCH
/* tensors read in C++: the installed torch's THPVariable (pasted in at build time), its class, its wrapper */
#include <ATen/core/Tensor.h>
#include <ATen/EmptyTensor.h>
#include <c10/util/MaybeOwned.h>
#ifdef JIC_TORCH_CUDA
#include <ATen/cuda/EmptyTensor.h>
#endif
JIC_THP_VARIABLE
extern PyObject *THPVariableClass;
PyObject *THPVariable_Wrap(const at::TensorBase &var);

static const at::Tensor &cdata(const at::Tensor &t) { return t; }
static const at::Tensor &cdata(const c10::MaybeOwned<at::Tensor> &t) { return *t; }

/* a tensor's data pointer, then a stride per dim (0 where the size is 1: how size-1 dims broadcast) */
static int tensor_slots(PyObject *v, int rank, uint64_t *slots, Py_ssize_t i) {
    if (THPVariableClass == NULL || !PyObject_TypeCheck(v, (PyTypeObject *)THPVariableClass)) {
        PyErr_Format(PyExc_TypeError, "jic: kernel parameter %zd: expected a tensor, got %s", i, Py_TYPE(v)->tp_name);
        return -1;
    }
    const at::Tensor &t = cdata(((THPVariable *)v)->cdata);
    try {
        if (t.dim() != rank) {
            PyErr_Format(PyExc_TypeError, "jic: kernel parameter %zd: expected a tensor of rank %d, got rank %lld", i,
                         rank, (long long)t.dim());
            return -1;
        }
        void *p = t.data_ptr();
        memcpy(&slots[0], &p, sizeof p);
        at::IntArrayRef sizes = t.sizes(), strides = t.strides();
        for (int d = 0; d < rank; d++) {
            int64_t s = sizes[d] == 1 ? 0 : strides[d];
            memcpy(&slots[1 + d], &s, 8);
        }
    } catch (const std::exception &e) {
        PyErr_Format(PyExc_RuntimeError, "jic: kernel parameter %zd: %s", i, e.what());
        return -1;
    }
    return 0;
}

static const at::ScalarType DTYPES[] = {at::kFloat, at::kDouble, at::kHalf, at::kBFloat16, at::kLong, at::kInt, at::kBool};
#define N_DTYPES (sizeof DTYPES / sizeof DTYPES[0])

/* empty(code, *sizes): a contiguous tensor; code = dtype index + 8 * (1 + CUDA device index), or the dtype index
   alone for the CPU (fast_launch.empty_code) */
static PyObject *empty(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    int64_t sizes[16];
    if (nargs < 1 || nargs > 17) {
        PyErr_SetString(PyExc_TypeError, "empty(code, *sizes) takes a code and at most 16 sizes");
        return NULL;
    }
    long code = PyLong_AsLong(args[0]);
    for (Py_ssize_t i = 1; i < nargs; i++) sizes[i - 1] = PyLong_AsLongLong(args[i]);
    if (PyErr_Occurred()) return NULL;
    long dtype = code % 8, device = code / 8 - 1;
    if (code < 0 || dtype >= (long)N_DTYPES) {
        PyErr_Format(PyExc_ValueError, "jic: empty(): bad code %ld", code);
        return NULL;
    }
    try {
        at::IntArrayRef shape(sizes, (size_t)(nargs - 1));
        if (device < 0) return THPVariable_Wrap(at::detail::empty_cpu(shape, DTYPES[dtype]));
#ifdef JIC_TORCH_CUDA
        return THPVariable_Wrap(
            at::detail::empty_cuda(shape, DTYPES[dtype], at::Device(at::kCUDA, (c10::DeviceIndex)device), std::nullopt));
#else
        PyErr_SetString(PyExc_RuntimeError, "jic: empty(): this build of the launch extension has no CUDA");
        return NULL;
#endif
    } catch (const std::exception &e) {
        PyErr_Format(PyExc_RuntimeError, "jic: empty(): %s", e.what());
        return NULL;
    }
}
#endif

static PyObject *init(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    void *p[4];
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "init(launch, get_current, push, pop) takes 4 addresses");
        return NULL;
    }
    for (int i = 0; i < 4; i++) {
        p[i] = PyLong_AsVoidPtr(args[i]);
        if (PyErr_Occurred()) return NULL;
    }
    set_driver(p[0], p[1], p[2], p[3]);
    Py_RETURN_NONE;
}

static const char *type_name(char t) {
    return t == 'p' ? "ptr" : t == 'q' ? "i64" : t == 'f' ? "f32" : "f64";
}

static PyObject *launch(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 4) {
        PyErr_SetString(PyExc_TypeError, "launch(kernel, grid, block, stream, *parameters)");
        return NULL;
    }
    if (launch_ == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "jic launch extension: init() was not called");
        return NULL;
    }
    const kernel_t *k = (const kernel_t *)PyLong_AsVoidPtr(args[0]);
    unsigned long grid = PyLong_AsUnsignedLong(args[1]);
    unsigned long block = PyLong_AsUnsignedLong(args[2]);
    void *stream = PyLong_AsVoidPtr(args[3]);
    if (PyErr_Occurred()) return NULL;
    Py_ssize_t nv = nargs - 4, n = (Py_ssize_t)k->n;
    if (nv != k->values || n > MAX_PARAMS) {
        PyErr_Format(PyExc_TypeError, "jic: the kernel takes %lld parameters, the launch gave %zd", (long long)k->values,
                     nv);
        return NULL;
    }
    uint64_t slots[n > 0 ? n : 1];
    void *ptrs[n > 0 ? n : 1];
    const char *t = k->types;
    Py_ssize_t s = 0;
    for (Py_ssize_t i = 0; i < nv; i++, t++) {
        PyObject *v = args[4 + i];
        if (*t == 't') {
#ifdef JIC_TORCH
            int rank = t[1] - '0';
            if (tensor_slots(v, rank, &slots[s], i) < 0) return NULL;
            s += 1 + rank;
            t++;
            continue;
#else
            PyErr_SetString(PyExc_TypeError, "jic: a tensor parameter needs the launch extension built with torch");
            return NULL;
#endif
        }
        slots[s] = 0;
        if (*t == 'p') {
            unsigned long long u = PyLong_AsUnsignedLongLong(v);
            memcpy(&slots[s], &u, 8);
        } else if (*t == 'q') {
            long long q = PyLong_AsLongLong(v);
            memcpy(&slots[s], &q, 8);
        } else if (*t == 'f') {
            float f = (float)PyFloat_AsDouble(v); /* as ctypes.c_float: past float32's range, inf */
            memcpy(&slots[s], &f, 4);
        } else {
            double d = PyFloat_AsDouble(v);
            memcpy(&slots[s], &d, 8);
        }
        if (PyErr_Occurred()) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_OverflowError, "jic: kernel parameter %zd (%s) = %R does not fit in %s", i,
                             type_name(*t), v, (*t == 'f' || *t == 'd') ? "a double" : "64 bits");
            }
            return NULL;
        }
        s++;
    }
    for (Py_ssize_t j = 0; j < n; j++) ptrs[j] = &slots[j];
    int err = launch_in_context(k->fn, k->ctx, (unsigned)grid, (unsigned)block, stream, ptrs);
    return PyLong_FromLong(err);
}

static PyMethodDef methods[] = {
    {"init", (PyCFunction)(void (*)(void))init, METH_FASTCALL, "init(launch, get_current, push, pop)"},
    {"launch", (PyCFunction)(void (*)(void))launch, METH_FASTCALL,
     "launch(kernel, grid, block, stream, *parameters) -> the driver's error code"},
#ifdef JIC_TORCH
    {"empty", (PyCFunction)(void (*)(void))empty, METH_FASTCALL, "empty(code, *sizes) -> a contiguous tensor"},
#endif
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_jic_fast_launch", NULL, -1, methods};

PyMODINIT_FUNC PyInit__jic_fast_launch(void) {
    PyObject *m = PyModule_Create(&module);
#ifdef JIC_TORCH
    if (m != NULL && PyModule_AddIntConstant(m, "takes_tensors", 1) < 0) {
        Py_DECREF(m);
        return NULL;
    }
#endif
    return m;
}
"""
)

TYPE_LETTERS = {"ptr": "p", "i64": "q", "f32": "f", "f64": "d"}
DTYPE_CODES = ("float32", "float64", "float16", "bfloat16", "int64", "int32", "bool")  # the C source's DTYPES


def native_dir() -> str:
    """Where the launchers are built: JIC_NATIVE_DIR, else `native` under the cache directory."""
    from jic.config import cache_dir

    return os.environ.get("JIC_NATIVE_DIR") or os.path.join(cache_dir(), "native")


def _load(path: str) -> Any:
    try:
        loader = importlib.machinery.ExtensionFileLoader("_jic_fast_launch", path)
        spec = importlib.util.spec_from_file_location("_jic_fast_launch", path, loader=loader)
        if spec is None:
            return None
        mod = importlib.util.module_from_spec(spec)
        loader.exec_module(mod)
    except (ImportError, OSError):
        return None
    return mod


def _thp_variable(torch_include: str) -> str | None:
    """`struct THPVariable {...};` as the installed torch declares it, or None."""
    try:
        with open(os.path.join(torch_include, "torch", "csrc", "autograd", "python_variable.h")) as f:
            text = f.read()
    except OSError:
        return None
    m = re.search(r"^struct THPVariable \{.*?^\};", text, re.S | re.M)
    return m.group(0) if m else None


def _torch_flags() -> tuple[str, tuple[str, ...], tuple[str, ...], str] | None:
    """(the C++ source, compile flags, link flags, key) of the torch build, or None where it cannot be made."""
    if os.environ.get("JIC_FAST_LAUNCH_TORCH", "1") == "0":
        return None
    import torch

    root = os.path.dirname(torch.__file__)
    include, lib = os.path.join(root, "include"), os.path.join(root, "lib")
    thp = _thp_variable(include)
    if thp is None or not os.path.exists(os.path.join(include, "ATen", "EmptyTensor.h")):
        return None
    cuda = any(os.path.exists(os.path.join(lib, f)) for f in ("libtorch_cuda.so", "torch_cuda.dll"))
    abi = int(getattr(torch._C, "_GLIBCXX_USE_CXX11_ABI", True))
    flags = ("-std=c++17", "-w", "-DJIC_TORCH", f"-D_GLIBCXX_USE_CXX11_ABI={abi}", f"-I{include}")
    link = (f"-L{lib}", f"-Wl,-rpath,{lib}", "-ltorch_python", "-ltorch_cpu", "-lc10")
    if cuda:
        flags += ("-DJIC_TORCH_CUDA",)
        link += ("-ltorch_cuda",)
    return C_SOURCE.replace("JIC_THP_VARIABLE", thp), flags, link, torch.__version__


@functools.cache
def build() -> Any:
    """The compiled extension module (built once per machine, Python and torch under native_dir()): with
    torch's headers where a C++ compiler builds it, else plain C; None where there is no compiler or no Python
    headers, or both builds failed. Its driver is not set yet."""
    include = sysconfig.get_paths().get("include")
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    if not include or not os.path.exists(os.path.join(include, "Python.h")):
        return None
    d = native_dir()
    with_torch = _torch_flags()
    if with_torch is not None and c_build.cxx_compiler() is not None:
        src, flags, link, key = with_torch
        path = c_build.shared_library(
            src, "_jic_fast_launch", (*flags, f"-I{include}"), suffix, key=sys.version + key, cxx=True, link=link, at=d
        )
        mod = _load(path) if path else None
        if mod is not None:
            return mod
    path = c_build.shared_library(C_SOURCE, "_jic_fast_launch", (f"-I{include}",), suffix, key=sys.version, at=d)
    return _load(path) if path else None


@functools.cache
def extension() -> Any:
    """The extension with the driver's functions set (libcuda through ctypes), or None."""
    mod, lib = build(), libcuda()
    if mod is None or lib is None:
        return None
    mod.init(*(ctypes.cast(getattr(lib, f), ctypes.c_void_p).value for f in _C_DRIVER_FUNCTIONS))
    return mod


def takes_tensors(ext: Any) -> bool:
    """Does `ext` read tensors itself (`t` parameters, `empty`)? Only its torch build does."""
    return bool(getattr(ext, "takes_tensors", 0))


def empty_code(dtype: str, device: Any) -> int | None:
    """`empty`'s code for a dtype (DTYPE_CODES) on a torch.device (CPU or CUDA), or None where it has none."""
    if dtype not in DTYPE_CODES:
        return None
    if device.type == "cpu":
        return DTYPE_CODES.index(dtype)
    if device.type == "cuda":
        return DTYPE_CODES.index(dtype) + 8 * (1 + (device.index or 0))
    return None


def _letters(t: str) -> str:
    if t.startswith("t"):  # a tensor: t and its rank
        if not 0 <= int(t[1:]) <= MAX_TENSOR_RANK:
            raise ValueError(f"fast_launch: a tensor parameter's rank must be 0..{MAX_TENSOR_RANK}, got {t!r}")
        return t
    return TYPE_LETTERS[t]


def slots(types: list[str]) -> int:
    """The 8-byte slots parameters of these types fill (`t<rank>`: 1 + rank)."""
    return sum(1 + int(t[1:]) if t.startswith("t") else 1 for t in types)


def descriptor(fn: int, ctx: int, types: list[str]) -> ctypes.Structure:
    """A kernel's descriptor for `launch`: function and context handles, slot and value counts and type letters
    (`types`: ptr, i64, f32, f64, or t<rank> for a tensor). Keep it alive as long as launches pass its address."""
    letters = "".join(_letters(t) for t in types).encode()

    class Kernel(ctypes.Structure):
        _fields_ = [
            ("fn", ctypes.c_void_p),
            ("ctx", ctypes.c_void_p),
            ("n", ctypes.c_int64),
            ("values", ctypes.c_int64),
            ("types", ctypes.c_char * (len(letters) + 1)),
        ]

    return Kernel(fn, ctx, slots(types), len(types), letters)


__all__ = [
    "C_SOURCE",
    "DTYPE_CODES",
    "MAX_TENSOR_RANK",
    "TYPE_LETTERS",
    "build",
    "descriptor",
    "empty_code",
    "extension",
    "native_dir",
    "slots",
    "takes_tensors",
]
