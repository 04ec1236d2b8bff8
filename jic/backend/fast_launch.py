"""The `ext` launch binding: a small CPython extension that packs a launch's parameters and calls the driver.

A call's launch through cuda-python converts eleven arguments in Cython, and the
parameters were packed before it by `struct` into a buffer shared under a lock
(cuda.py). Here one vectorcall does it all: `launch(kernel, grid, block,
stream, *values)` reads each value straight from its Python object into an
8-byte slot on the C stack (the kernel's descriptor says its type: `p` pointer,
`q` int64, `f` float32, `d` float64), makes sure the kernel's context is
current (pushing it for the launch if another is), calls `cuLaunchKernel`
and returns the driver's error code. Nothing is shared between calls, so no
lock either.

The C source is compiled once per machine with the system's C compiler against
this Python's headers, and kept under the cache directory; where there is no
compiler, no headers or no libcuda, `extension()` is None and launches take
cuda-python (cuda_launch.method()). The driver's functions are given as
addresses (`init`), so tests point them at recording stand-ins and run the
same code without a GPU.

A kernel's descriptor is a ctypes structure made once per kernel
(`descriptor(fn, ctx, types)`): {function, context, parameter count, type
letters}; its address is what the host program passes.
"""

from __future__ import annotations

import ctypes
import functools
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig
from typing import Any

from jic.backend import c_build
from jic.backend.cuda_launch import _C_DRIVER_FUNCTIONS, DRIVER_C, libcuda

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
    int64_t n;
    char types[];
} kernel_t;

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
    Py_ssize_t n = nargs - 4;
    if (n != k->n || n > MAX_PARAMS) {
        PyErr_Format(PyExc_TypeError, "jic: the kernel takes %lld parameters, the launch gave %zd", (long long)k->n, n);
        return NULL;
    }
    uint64_t slots[n > 0 ? n : 1];
    void *ptrs[n > 0 ? n : 1];
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = args[4 + i];
        char t = k->types[i];
        slots[i] = 0;
        if (t == 'p') {
            unsigned long long u = PyLong_AsUnsignedLongLong(v);
            memcpy(&slots[i], &u, 8);
        } else if (t == 'q') {
            long long q = PyLong_AsLongLong(v);
            memcpy(&slots[i], &q, 8);
        } else if (t == 'f') {
            float f = (float)PyFloat_AsDouble(v); /* as ctypes.c_float: past float32's range, inf */
            memcpy(&slots[i], &f, 4);
        } else {
            double d = PyFloat_AsDouble(v);
            memcpy(&slots[i], &d, 8);
        }
        if (PyErr_Occurred()) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_OverflowError, "jic: kernel parameter %zd (%s) = %R does not fit in %s", i,
                             type_name(t), v, (t == 'f' || t == 'd') ? "a double" : "64 bits");
            }
            return NULL;
        }
        ptrs[i] = &slots[i];
    }
    int err = launch_in_context(k->fn, k->ctx, (unsigned)grid, (unsigned)block, stream, ptrs);
    return PyLong_FromLong(err);
}

static PyMethodDef methods[] = {
    {"init", (PyCFunction)(void (*)(void))init, METH_FASTCALL, "init(launch, get_current, push, pop)"},
    {"launch", (PyCFunction)(void (*)(void))launch, METH_FASTCALL,
     "launch(kernel, grid, block, stream, *parameters) -> the driver's error code"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_jic_fast_launch", NULL, -1, methods};

PyMODINIT_FUNC PyInit__jic_fast_launch(void) { return PyModule_Create(&module); }
"""
)

TYPE_LETTERS = {"ptr": "p", "i64": "q", "f32": "f", "f64": "d"}


@functools.cache
def build() -> Any:
    """The compiled extension module (built once per machine and Python under the cache directory), or None
    where there is no C compiler or no Python headers, or the build failed. Its driver is not set yet."""
    include = sysconfig.get_paths().get("include")
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    if not include or not os.path.exists(os.path.join(include, "Python.h")):
        return None
    path = c_build.shared_library(C_SOURCE, "_jic_fast_launch", (f"-I{include}",), suffix, key=sys.version)
    if path is None:
        return None
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


@functools.cache
def extension() -> Any:
    """The extension with the driver's functions set (libcuda through ctypes), or None."""
    mod, lib = build(), libcuda()
    if mod is None or lib is None:
        return None
    mod.init(*(ctypes.cast(getattr(lib, f), ctypes.c_void_p).value for f in _C_DRIVER_FUNCTIONS))
    return mod


def descriptor(fn: int, ctx: int, types: list[str]) -> ctypes.Structure:
    """A kernel's descriptor for `launch`: function and context handles, parameter count and type letters.
    Keep it alive as long as launches pass its address."""
    letters = "".join(TYPE_LETTERS[t] for t in types).encode()

    class Kernel(ctypes.Structure):
        _fields_ = [
            ("fn", ctypes.c_void_p),
            ("ctx", ctypes.c_void_p),
            ("n", ctypes.c_int64),
            ("types", ctypes.c_char * (len(letters) + 1)),
        ]

    return Kernel(fn, ctx, len(types), letters)


__all__ = ["C_SOURCE", "TYPE_LETTERS", "build", "descriptor", "extension"]
