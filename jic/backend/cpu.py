"""The CPU target: the same kernels, compiled for the host by llvmlite.

A kernel is a function `void k(ptr, i64 strides..., ..., i64 nthreads, ptr error_flag)`
whose body loops over the thread grid (lower-to-llvm{target=cpu}) and ors the errors it
reports into the call's own flag. `compile_object` makes position-independent object
code once; it is loaded into llvmlite's MCJIT (`CpuModule`, also what an on-disk cache
hit loads, skipping LLVM's optimizer) or, for kernels saved ahead of time, linked into
a shared library that ctypes loads without llvmlite (`SharedLibraryModule`).
"""

from __future__ import annotations

import ctypes
import functools
import os
import struct
import subprocess
import tempfile
from collections.abc import Callable
from typing import Any

from jic.backend import c_build
from jic.errors import raise_kernel_error
from jic.stage_times import Stages


@functools.cache
def _llvm() -> Any:
    import llvmlite.binding as llvm

    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    return llvm


def _target_machine() -> Any:
    # one per module: the MCJIT engine takes ownership of its target machine
    llvm = _llvm()
    return llvm.Target.from_default_triple().create_target_machine(opt=3, reloc="pic", codemodel="default")


def host_triple() -> str:
    return _llvm().get_process_triple()


PACKED = "__packed"  # suffix of each kernel's entry point taking its parameters packed in one buffer
_LOADS = {"ptr": "ptr", "i64": "i64", "double": "double", "float": "double"}  # float slots hold a double


def packed_entry(name: str, arg_types: list[str]) -> str:
    """LLVM IR of `i32 <name>__packed(ptr)`: loads each 8-byte slot of the buffer, calls the kernel with a
    flag of this call's own (its last parameter, a fresh i32 on the stack) and returns the flag: the bits of
    the errors the kernel reported (jic.report_if), 0 if none. Kernels run at once by several threads
    (ctypes releases the GIL) each report into their own call's flag.

    One foreign call with one argument costs a fraction of one with a dozen
    (ctypes converts each), so the launcher fills a preallocated buffer instead.
    """
    *arg_types, flag_type = arg_types
    if flag_type != "ptr":
        raise ValueError(f"kernel {name}: its last parameter is {flag_type}, not the pointer to its error flag")
    lines = [f"define i32 @{name}{PACKED}(ptr %args) {{", "  %flag = alloca i32", "  store i32 0, ptr %flag"]
    vals = []
    for i, t in enumerate(arg_types):
        narrow_int = t in ("i1", "i8", "i16", "i32")  # a bool or small int: the slot's low bits
        if t not in _LOADS and not narrow_int:
            raise ValueError(f"kernel {name}: parameter {i} of type {t} cannot be packed")
        lines.append(f"  %p{i} = getelementptr i64, ptr %args, i64 {i}")
        lines.append(f"  %l{i} = load {'i64' if narrow_int else _LOADS[t]}, ptr %p{i}")
        if t == "float":
            lines.append(f"  %v{i} = fptrunc double %l{i} to float")
            vals.append(f"float %v{i}")
        elif narrow_int:
            lines.append(f"  %v{i} = trunc i64 %l{i} to {t}")
            vals.append(f"{t} %v{i}")
        else:
            vals.append(f"{t} %l{i}")
    vals.append("ptr %flag")
    lines += [f"  call void @{name}({', '.join(vals)})", "  %err = load i32, ptr %flag", "  ret i32 %err", "}"]
    return "\n".join(lines) + "\n"


def compile_object(
    llvm_ir: str, kernels: list[str], assembly: bool = True, times: dict[str, float] | None = None
) -> tuple[bytes, str | None]:
    """(object code, assembly text or None without `assembly`) of an LLVM IR module, optimized for the host,
    with packed entries; `times`, if given, gets the seconds each step took (bench/cold_compile.py)."""
    t = Stages(times)
    with t("llvm init"):
        llvm = _llvm()
        tm = _target_machine()
    with t("llvm parse"):
        mod = llvm.parse_assembly(llvm_ir)
        entries = [packed_entry(k, [str(a.type) for a in mod.get_function(k).arguments]) for k in kernels]
        mod = llvm.parse_assembly(llvm_ir + "\n" + "".join(entries))
    with t("llvm verify"):
        mod.verify()
    with t("llvm optimize"):
        pto = llvm.create_pipeline_tuning_options(speed_level=2)
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(mod, pb)
    with t("object emit"):
        obj = tm.emit_object(mod)
    return obj, tm.emit_assembly(mod) if assembly else None


class _HostKernels:
    """What the CPU modules share: a kernel's call, generated into the host program (see runtime/launch.py)."""

    def block_launch_source(
        self,
        name: str,
        types: list[str],
        exprs: list[str],
        device: Any,
        blocks: str,
        units: str,
        smem: str,
        bind: Callable[[Any, str], str],
    ) -> list[str]:
        """A block kernel's launch (cpu_blocks.py)."""
        from jic.backend.cpu_blocks import block_launch_source

        return block_launch_source(self, name, types, exprs, device, blocks, units, smem, bind)

    def address(self, name: str) -> int:
        raise NotImplementedError

    def launch_source(
        self, name: str, types: list[str], exprs: list[str], device: Any, n: str, bind: Callable[[Any, str], str]
    ) -> list[str]:
        """Pack the parameters (the thread count last) into one fresh bytes object and call the kernel's packed
        entry with it: two C calls, no buffer shared between threads (ctypes releases the GIL while the
        kernel runs; the bytes live until the call returns). A nonzero return is a kernel's error flag
        (an integer division by zero, say): eager's error is raised."""
        fmt = "=" + "".join("d" if t in ("f32", "f64") else "q" for t in types) + "q"  # float slots hold a double
        pack = bind(struct.Struct(fmt).pack, "pack")
        kernel = bind(ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_char_p)(self.address(name + PACKED)), "kernel")
        bind(self, "module")  # the module must outlive the program that calls into it
        fail = bind(raise_kernel_error, "raise")
        return [
            f"_err = {kernel}({pack}({''.join(e + ', ' for e in exprs)}{n}))",
            "if _err:",
            f"    {fail}(_err, {name!r})",
        ]


class CpuModule(_HostKernels):
    """Object code loaded into llvmlite's MCJIT."""

    def __init__(self, obj: bytes):
        llvm = _llvm()
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), _target_machine())
        self.engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
        self.engine.finalize_object()

    def address(self, name: str) -> int:
        addr = self.engine.get_function_address(name)
        if not addr:
            raise RuntimeError(f"kernel {name} not found in the JIT module")
        return addr


def link_shared_library(obj: bytes, path: str) -> None:
    """Link object code into a shared library at `path` with the system's C compiler driver."""
    cc = c_build.c_compiler()
    if cc is None:
        from jic.errors import UnsupportedError

        raise UnsupportedError(
            "saving CPU kernels ahead of time", "linking them into a shared library needs a C compiler (cc)"
        )
    with tempfile.TemporaryDirectory() as d:
        o = os.path.join(d, "kernels.o")
        with open(o, "wb") as f:
            f.write(obj)
        r = subprocess.run([cc, "-shared", "-o", path, o, "-lm"], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"linking the CPU kernels failed ({cc}):\n{r.stderr}")


class SharedLibraryModule(_HostKernels):
    """Kernels saved ahead of time as a shared library, loaded with ctypes (no llvmlite)."""

    def __init__(self, path: str):
        self.lib = ctypes.CDLL(os.path.abspath(path))

    def address(self, name: str) -> int:
        try:
            return ctypes.cast(getattr(self.lib, name), ctypes.c_void_p).value or 0
        except AttributeError:
            raise RuntimeError(f"kernel {name} not found in {self.lib._name}") from None
