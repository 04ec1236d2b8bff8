"""The pass registry: built-in passes, passes registered in code, plugins found through the `jic.passes`
entry-point group (tests/plugins/jic_plugin_example, installed by `make install`), options, and pipelines."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import pytest
from xdsl.passes import ModulePass

import jic
from jic.passes import pipeline, registry


def test_the_example_plugin_is_found_through_its_entry_point():
    assert "fast-math" in registry.names(), "tests/plugins/jic_plugin_example is not installed: run `make install`"
    assert registry.origin("fast-math") == "jic_plugin_example.fast_math:FastMath (entry point of jic-plugin-example)"
    cls = registry.get("fast-math")
    assert cls.__module__ == "jic_plugin_example.fast_math" and cls.name == "fast-math"


def test_a_plugin_is_imported_only_when_its_pass_is_used():
    code = (
        "import sys, jic.passes as p\n"
        "assert 'fast-math' in p.names()\n"
        "assert 'jic_plugin_example.fast_math' not in sys.modules\n"
        "p.get('fast-math')\n"
        "assert 'jic_plugin_example.fast_math' in sys.modules\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


@dataclass(frozen=True)
class NamedLikeThePlugin(ModulePass):
    name = "fast-math"

    def apply(self, ctx, op) -> None:  # pragma: no cover - never registered
        raise AssertionError


def test_a_name_taken_by_a_plugin_is_an_error():
    with pytest.raises(registry.PassRegistryError) as e:
        jic.passes.register(NamedLikeThePlugin)
    msg = str(e.value)
    assert "two passes are named 'fast-math'" in msg
    assert "entry point of jic-plugin-example" in msg and "NamedLikeThePlugin" in msg
    assert registry.get("fast-math").__module__ == "jic_plugin_example.fast_math"


def test_a_name_taken_by_a_built_in_pass_is_an_error():
    @dataclass(frozen=True)
    class Impostor(ModulePass):
        name = "infer-shapes"

        def apply(self, ctx, op) -> None:  # pragma: no cover
            raise AssertionError

    before = registry.get("infer-shapes")
    with pytest.raises(registry.PassRegistryError, match="two passes are named 'infer-shapes'"):
        jic.passes.register(Impostor)
    assert registry.get("infer-shapes") is before
    assert jic.passes.register(before) is before  # the same class again is fine


def test_register_refuses_what_is_not_a_named_pass():
    with pytest.raises(TypeError, match="takes a ModulePass subclass"):
        jic.passes.register(object)  # type: ignore[arg-type]

    class Nameless(ModulePass):
        def apply(self, ctx, op) -> None:  # pragma: no cover
            pass

    with pytest.raises(registry.PassRegistryError, match="has no `name`"):
        jic.passes.register(Nameless)


def test_an_entry_point_must_give_the_pass_it_names(monkeypatch):
    entry = registry._Entry(lambda: NamedLikeThePlugin, "pkg.mod:Thing (entry point of pkg)")
    monkeypatch.setitem(registry._PASSES, "other-name", entry)
    with pytest.raises(registry.PassRegistryError, match="registered as 'other-name' but its class is named"):
        registry.get("other-name")
    monkeypatch.setitem(registry._PASSES, "not-a-pass", registry._Entry(lambda: len, "pkg.mod:len (entry point)"))
    with pytest.raises(registry.PassRegistryError, match="not a ModulePass subclass"):
        registry.get("not-a-pass")


def test_unknown_pass_names_the_known_ones():
    with pytest.raises(registry.UnknownPassError, match="no pass named 'no-such-pass'; known passes: cse, "):
        registry.get("no-such-pass")
    with pytest.raises(KeyError):  # also a KeyError, for code that looks names up
        registry.get("no-such-pass")


# ---------------------------------------------------------------- options and pipelines


def test_options_in_the_pipeline_string_set_dataclass_fields():
    (p,) = pipeline.build("fast-math{approx-tanh=true}")
    assert p.approx_tanh is True
    (p,) = pipeline.build("fast-math")
    assert p.approx_tanh is False
    (p,) = pipeline.build("lower-to-llvm{target=cpu}")
    assert p.target == "cpu"
    with pytest.raises(ValueError, match=r"pass 'fast-math': bad options \{approx=1\}"):
        pipeline.build("fast-math{approx=1}")


def test_the_default_pipeline_is_a_list_of_names():
    assert pipeline.DEFAULT_PIPELINE == [*pipeline.TENSOR_PIPELINE, *pipeline.KERNEL_PIPELINE, "lower-to-llvm"]
    assert all(registry.get(n).name == n for n in pipeline.DEFAULT_PIPELINE)
    assert pipeline.compose("cpu") == ",".join(
        [*pipeline.TENSOR_PIPELINE, *pipeline.KERNEL_PIPELINE, 'lower-to-llvm{target="cpu"}']
    )


def test_passes_before_and_after_a_named_pass():
    text = pipeline.compose(
        "nvptx",
        passes_before={"lower-to-llvm": ["cse"], "infer-shapes": ["cse"]},
        passes_after={"lower-to-llvm": ["fast-math{approx-tanh=true}"]},
    )
    names = [s.name for s in pipeline.entries(text)]
    i = names.index("infer-shapes")
    assert names[i - 1] == "cse"
    assert names[-3:] == ["cse", "lower-to-llvm", "fast-math"]
    assert text.endswith('lower-to-llvm{target="nvptx"},fast-math{approx-tanh=true}')


def test_passes_to_insert_may_be_a_pipeline_string():
    text = pipeline.compose("cpu", passes_after={"outline-kernels": "cse,fast-math{approx-tanh=true}"})
    names = [s.name for s in pipeline.entries(text)]
    i = names.index("outline-kernels")
    assert names[i : i + 3] == ["outline-kernels", "cse", "fast-math"]


def test_a_user_pipeline_gets_the_target_unless_it_sets_one():
    assert pipeline.compose("cpu", ["infer-shapes", "lower-to-llvm"]) == 'infer-shapes,lower-to-llvm{target="cpu"}'
    assert pipeline.compose("cpu", "lower-to-llvm{target=nvptx}") == 'lower-to-llvm{target="nvptx"}'


def test_inserting_at_a_pass_that_is_not_there_is_an_error():
    with pytest.raises(ValueError, match="passes_after: no pass 'lower-to-ptx' in the pipeline"):
        pipeline.compose("cpu", passes_after={"lower-to-ptx": ["cse"]})


def test_jic_compile_checks_its_pipeline_at_once():
    def f(x):
        return x

    with pytest.raises(registry.UnknownPassError, match="no pass named 'fast-maths'"):
        jic.compile(f, passes_after={"lower-to-llvm": ["fast-maths"]})
    with pytest.raises(ValueError, match="passes_before: no pass 'lower'"):
        jic.compile(f, passes_before={"lower": ["cse"]})
