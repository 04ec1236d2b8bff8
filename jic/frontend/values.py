"""What lives on the symbolic interpreter's stack and in its locals.

A value is either known now (a `Const`: Python objects, modules, functions,
static facts such as a dtype) or known only when the compiled code runs (a
`Tensor` or `Scalar`, each wrapping the xDSL SSA value that computes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xdsl.dialects.builtin import IndexType, TensorType
from xdsl.ir import Attribute, SSAValue

from jic.ir import dtypes


class Value:
    """Base of symbolic values."""

    def describe(self) -> str:
        return type(self).__name__


@dataclass(eq=False)
class Const(Value):
    value: Any

    def describe(self) -> str:
        v = self.value
        return getattr(v, "__qualname__", None) or getattr(v, "__name__", None) or repr(v)


@dataclass(eq=False)
class Tensor(Value):
    ssa: SSAValue
    fresh: bool = False  # made by the function itself (not an argument or a view of one): in-place ops may rebind it

    @property
    def type(self) -> TensorType:
        t = self.ssa.type
        assert isinstance(t, TensorType)
        return t

    @property
    def rank(self) -> int:
        return len(self.type.get_shape())

    def describe(self) -> str:
        return f"Tensor({self.type})"


@dataclass(eq=False)
class Scalar(Value):
    """A Python number known at run time: `index` for ints, `f64` for floats."""

    ssa: SSAValue

    @property
    def type(self) -> Attribute:
        return self.ssa.type

    @property
    def is_int(self) -> bool:
        return isinstance(self.type, IndexType) or dtypes.is_int(self.type)

    def describe(self) -> str:
        return "int" if self.is_int else "float"


class Null(Value):
    """The NULL that CPython pushes below a callable."""


NULL = Null()


@dataclass(eq=False)
class Attr(Value):
    """`obj.name` for a symbolic object, resolved when called or used (x.size, h.tanh)."""

    obj: Value
    name: str

    def describe(self) -> str:
        return f"{self.obj.describe()}.{self.name}"


@dataclass(eq=False)
class Shape(Value):
    """`x.shape` / `x.size()`: indexable by constants."""

    tensor: Tensor


@dataclass(eq=False)
class Range(Value):
    start: Value
    stop: Value
    step: Value


@dataclass(eq=False)
class RangeIter(Value):
    range: Range


@dataclass(eq=False)
class Tuple(Value):
    items: tuple[Value, ...]


@dataclass(eq=False)
class Undefined(Value):
    """A local that exists on some paths only (e.g. the loop variable after a loop)."""

    name: str
    why: str


@dataclass(eq=False)
class List(Value):
    """A Python list built in the function. Mutable, like the list it stands for:
    every name bound to it sees `append`."""

    items: list[Value]

    def describe(self) -> str:
        return f"list of {len(self.items)}"


@dataclass(eq=False)
class Cell(Value):
    """A closure cell: a name of a frame that is still running (late binding, as in
    Python), or a fixed value (the cell of a function defined outside)."""

    frame: Any = None
    name: str = ""
    fixed: Value | None = None

    def get(self) -> Value | None:
        if self.fixed is not None:
            return self.fixed
        return self.frame.locals.get(self.name)


@dataclass(eq=False)
class Function(Value):
    """A function made while interpreting (`lambda`, a nested `def`): inlined when called."""

    code: Any
    globals: dict
    defaults: tuple[Value, ...] = ()
    kwdefaults: dict[str, Value] | None = None
    closure: tuple[Cell, ...] = ()

    def describe(self) -> str:
        return f"function {self.code.co_name}"


@dataclass(eq=False)
class StaticIter(Value):
    """Iteration over a tuple or list known now: each item in turn, as Python does."""

    items: tuple[Value, ...]
    pos: int = 0


@dataclass(eq=False)
class GrowingList(Value):
    """A list that a `for` loop appends one tensor to per step: a buffer of `count` slices
    (jic/ir/list_ops.py). Inside the loop `index` is the step; after it `done` is set."""

    acc: Tensor
    count: SSAValue
    count_dim: str
    index: SSAValue | None = None
    appended: bool = False
    done: bool = False

    @property
    def ssa(self) -> SSAValue:
        return self.acc.ssa

    def describe(self) -> str:
        return "list grown in a loop"
