"""C or C++ source compiled once per machine into a shared library under the cache directory (the launchers).

`shared_library(source, stem, flags, suffix, key)` returns the library's path, building it with the system's C
compiler (`CC`, else cc, gcc or clang; with `cxx=True` the C++ one: `CXX`, else c++, g++ or clang++) the first
time: the file name carries a hash of the source, the compiler and the flags, and is written atomically (a
temporary file renamed), so several processes may build the same library at once. None where there is no
compiler or the build fails; a failed build leaves `<file>.failed` (the compiler's message), so that later
processes do not try it again (delete the file to retry).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile

from jic.files import write_atomic


def c_compiler() -> str | None:
    """The system's C compiler driver ($CC, cc, gcc or clang), or None."""
    return os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")


def cxx_compiler() -> str | None:
    """The system's C++ compiler driver ($CXX, c++, g++ or clang++), or None."""
    return os.environ.get("CXX") or shutil.which("c++") or shutil.which("g++") or shutil.which("clang++")


def shared_library(
    source: str,
    stem: str,
    flags: tuple[str, ...] = (),
    suffix: str = ".so",
    key: str = "",
    cxx: bool = False,
    link: tuple[str, ...] = (),
    at: str | None = None,
) -> str | None:
    """The path of `source` built as a shared library named `<stem>_<hash><suffix>` in the folder `at` (default:
    `launcher` under the cache directory), or None; `key` joins the hash (what else the library depends on:
    the Python it is built for, say); `link` follows the source on the command line (libraries)."""
    cc = cxx_compiler() if cxx else c_compiler()
    if cc is None:
        return None
    from jic.config import cache_dir

    tag = hashlib.sha256("\0".join((source, cc, *flags, *link, suffix, key)).encode()).hexdigest()[:16]
    path = os.path.join(at or os.path.join(cache_dir(), "launcher"), f"{stem}_{tag}{suffix}")
    if os.path.exists(path):
        return path
    if os.path.exists(path + ".failed"):
        return None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with tempfile.TemporaryDirectory() as d:
            src, out = os.path.join(d, f"{stem}.{'cpp' if cxx else 'c'}"), os.path.join(d, f"{stem}{suffix}")
            with open(src, "w") as f:
                f.write(source)
            cmd = [cc, "-O2", "-shared", "-fPIC", *flags, "-o", out, src, *link]
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                if r.returncode > 0:  # the compiler refused the source (not a compiler killed, say): remembered
                    write_atomic(path + ".failed", (" ".join(cmd) + "\n" + r.stdout + r.stderr).encode())
                return None
            with open(out, "rb") as f:
                write_atomic(path, f.read())  # another process may build the same file
    except OSError:
        return None
    return path


__all__ = ["c_compiler", "cxx_compiler", "shared_library"]
