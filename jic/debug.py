"""IR dumps: every stage printed (debug=True / JIC_DEBUG=1) or written as numbered files (JIC_DUMP_DIR)."""

from __future__ import annotations

import os
import re
import sys


class Dumper:
    def __init__(self, name: str, enabled: bool, stages: dict[str, str], keep: bool = True):
        self.name = name
        self.enabled = enabled
        self.stages = stages
        self.dir = os.environ.get("JIC_DUMP_DIR") or None
        self.count = 0
        # printing the IR after every pass costs about a quarter of a compile: only when someone reads it
        self.wants_text = keep or enabled or self.dir is not None

    def stage(self, stage: str, text: str) -> None:
        if not self.wants_text:
            return
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
