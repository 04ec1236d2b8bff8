"""IR dumps: every stage printed (debug=True / JIC_DEBUG=1), written as numbered files (JIC_DUMP_DIR), or kept
for `compiled.stages()` / `inspect()` (keep=True).

Printing every pass's IR costs about a quarter of a compile, so a compile that
nobody looks at makes no text: `Dumper.wants_text` is False and `stage()` may take
the text as a function it then never calls. `stages()` after a plain compile
compiles that variant once more, keeping them (jic/api.py).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable


class Dumper:
    def __init__(self, name: str, enabled: bool, stages: dict[str, str], keep: bool = True):
        self.name = name
        self.enabled = enabled
        self.stages = stages
        self.dir = os.environ.get("JIC_DUMP_DIR") or None
        self.count = 0
        # printing the IR after every pass costs about a quarter of a compile: only when someone reads it
        self.wants_text = keep or enabled or self.dir is not None

    def stage(self, stage: str, text: str | Callable[[], str]) -> None:
        """Keep (and print or write) one stage's text; `text` may be a function making it, called only if
        the text is wanted."""
        if not self.wants_text:
            return
        if callable(text):
            text = text()
        if stage in self.stages:  # a pass that runs twice: "cse", then "cse#2"
            n = 2
            while f"{stage}#{n}" in self.stages:
                n += 1
            stage = f"{stage}#{n}"
        self.stages[stage] = text
        if self.dir:
            os.makedirs(self.dir, exist_ok=True)
            safe = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{self.name}.{self.count:02d}.{stage}")
            with open(os.path.join(self.dir, safe + ".txt"), "w") as f:
                f.write(text)
        elif self.enabled:
            print(f"// ----- jic: {self.name}: {stage} -----", file=sys.stderr)
            print(text, file=sys.stderr)
        self.count += 1
