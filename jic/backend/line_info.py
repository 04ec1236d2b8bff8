"""LLVM-dialect kernels -> llvmlite IR with debug line info, so that the PTX maps back to the Python source.

xDSL's translation (xdsl/backend/llvm/convert.py) carries no locations. Here its declarations are reused
(`convert_module` on the functions without their bodies) and the bodies are translated op by op with xDSL's
`convert_op`, each under the `!dbg` location of the op's `loc = "file:line"`:

    DICompileUnit (emissionKind: DebugDirectivesOnly: only .file/.loc, no DWARF sections)
      DISubprogram per kernel, on its `define` (`!dbg`), at the kernel's first source line
        DILocation(line, scope: the subprogram, or a DILexicalBlockFile for an op from another file)

The NVPTX backend turns these into `.file 1 "/path/to/model.py"` and `.loc 1 11 0` directives before the
instructions of each line, which ptxas and the profilers read. An op without a location keeps the one before
it (the kernel's first line at the start), as in a line table.
"""

from __future__ import annotations

import os

import llvmlite.ir as ir
from xdsl.backend.llvm.convert import convert_module
from xdsl.backend.llvm.convert_op import convert_op
from xdsl.backend.llvm.convert_type import convert_type
from xdsl.dialects import llvm
from xdsl.dialects.builtin import ModuleOp, StringAttr
from xdsl.ir import Block, SSAValue

from jic.passes.locations import loc_of

DWARF_VERSION = 2


def parse_loc(loc: StringAttr) -> tuple[str, int] | None:
    """("file", line) of a `loc` attribute "file:line"; None if it is not one."""
    path, _, line = loc.data.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else None


class _DebugInfo:
    """The debug metadata of one llvmlite module, made on demand and shared between its functions."""

    def __init__(self, module: ir.Module, first_file: str):
        self.module = module
        self.files: dict[str, ir.DIValue] = {}
        self.cu = module.add_debug_info(
            "DICompileUnit",
            {
                "language": ir.DIToken("DW_LANG_Python"),
                "file": self.file(first_file),
                "producer": "jic",
                "isOptimized": True,
                "runtimeVersion": 0,
                "emissionKind": ir.DIToken("DebugDirectivesOnly"),
            },
            is_distinct=True,
        )
        module.add_named_metadata("llvm.dbg.cu", self.cu)
        i32 = ir.IntType(32)
        module.add_named_metadata("llvm.module.flags", [i32(2), "Debug Info Version", i32(3)])
        module.add_named_metadata("llvm.module.flags", [i32(2), "Dwarf Version", i32(DWARF_VERSION)])
        self.no_types = module.add_debug_info("DISubroutineType", {"types": module.add_metadata([])})

    def file(self, path: str) -> ir.DIValue:
        if path not in self.files:
            self.files[path] = self.module.add_debug_info(
                "DIFile", {"filename": os.path.basename(path), "directory": os.path.dirname(path)}
            )
        return self.files[path]

    def subprogram(self, name: str, path: str, line: int) -> ir.DIValue:
        return self.module.add_debug_info(
            "DISubprogram",
            {
                "name": name,
                "scope": self.file(path),
                "file": self.file(path),
                "line": line,
                "type": self.no_types,
                "scopeLine": line,
                "spFlags": ir.DIToken("DISPFlagDefinition | DISPFlagOptimized"),
                "unit": self.cu,
            },
            is_distinct=True,
        )

    def location(self, sp: ir.DIValue, sp_path: str, path: str, line: int) -> ir.DIValue:
        scope = sp
        if path != sp_path:
            scope = self.module.add_debug_info(
                "DILexicalBlockFile", {"scope": sp, "file": self.file(path), "discriminator": 0}
            )
        return self.module.add_debug_info("DILocation", {"line": line, "column": 0, "scope": scope})


def _first_loc(f: llvm.FuncOp) -> tuple[str, int] | None:
    for op in f.body.walk():
        if (loc := loc_of(op)) is not None and (parsed := parse_loc(loc)) is not None:
            return parsed
    return None


def _declaration(f: llvm.FuncOp) -> llvm.FuncOp:
    return f.clone_without_regions()  # an empty body: a declaration (cloning the body cost as much as translating)


def _convert_body(f: llvm.FuncOp, fn: ir.Function, di: _DebugInfo, start: tuple[str, int]) -> None:
    """xDSL's _convert_func, with each op's instructions under its `!dbg` location."""
    sp_path, sp_line = start
    sp = di.subprogram(f.sym_name.data, sp_path, sp_line)
    fn.set_metadata("dbg", sp)
    block_map: dict[Block, ir.Block] = {}
    val_map: dict[SSAValue, ir.Value] = {}
    for i, block in enumerate(f.body.blocks):
        block_map[block] = fn.append_basic_block(name=block.name_hint or "")
        if i == 0:
            val_map.update(zip(block.args, fn.args))
    for block in list(f.body.blocks)[1:]:  # block arguments become phis; branches add their incoming values
        builder = ir.IRBuilder(block_map[block])
        for arg in block.args:
            val_map[arg] = builder.phi(convert_type(arg.type))
    current = di.location(sp, sp_path, sp_path, sp_line)
    for block in f.body.blocks:
        builder = ir.IRBuilder(block_map[block])
        if block_map[block].instructions:
            builder.position_after(block_map[block].instructions[-1])
        for op in block.ops:
            loc = loc_of(op)
            parsed = parse_loc(loc) if loc is not None else None
            if parsed is not None:
                current = di.location(sp, sp_path, *parsed)
            builder.debug_metadata = current
            convert_op(op, builder, val_map, block_map)


def convert_with_line_info(module: ModuleOp, *, triple: str, data_layout: str) -> ir.Module:
    """xDSL's convert_module for a module of llvm.func ops, with line info on every function that has
    located ops (the others are translated without)."""
    funcs = [op for op in module.ops if isinstance(op, llvm.FuncOp)]
    if len(funcs) != len(module.ops):
        others = sorted({op.name for op in module.ops if not isinstance(op, llvm.FuncOp)})
        raise NotImplementedError(f"line info: only llvm.func is translated here, not {others}")
    located = {f: _first_loc(f) for f in funcs if f.body.blocks}
    starts = [s for s in located.values() if s is not None]
    if not starts:
        return convert_module(module, fallback_target_triple=triple, data_layout=data_layout)
    decls = [f.clone() if located.get(f) is None else _declaration(f) for f in funcs]
    out = convert_module(ModuleOp(decls), fallback_target_triple=triple, data_layout=data_layout)
    di = _DebugInfo(out, starts[0][0])
    for f, start in located.items():
        if start is not None:
            _convert_body(f, out.get_global(f.sym_name.data), di, start)
    return out
