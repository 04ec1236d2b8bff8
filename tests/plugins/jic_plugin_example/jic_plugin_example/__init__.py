"""An example jic pass plugin (see docs/passes.md): the `fast-math` pass."""
