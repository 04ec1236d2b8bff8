"""The chart: time per call of every system on every workload shape, log scale, the floor marked."""

from __future__ import annotations

COLORS = {
    "jic": "#d62728",
    "eager": "#7f7f7f",
    "TorchScript": "#9467bd",
    "torch.compile": "#1f77b4",
    "Triton (hand-written)": "#2ca02c",
    "cuDNN nn.RNN": "#ff7f0e",
    "cuDNN nn.LSTM": "#ff7f0e",
}


def draw(data: dict, path: str) -> str | None:
    """Write the PNG; returns why not when it cannot (no matplotlib), else None."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed"
    from bench.report import _systems

    rows = data["rows"]
    systems = _systems(data)
    # cuDNN's two columns share one colour and one legend entry
    slots = [s for s in systems if s != "cuDNN nn.LSTM"] if "cuDNN nn.RNN" in systems else systems
    height = 0.8 / len(slots)
    fig, ax = plt.subplots(figsize=(12.5, 1.0 + 0.75 * len(rows) * max(1.0, len(slots) / 5)))
    labelled: set[str] = set()
    finite = [r["us"] for row in rows for r in row["systems"].values() if r["status"] == "ok"]
    finite += [row["floor"]["us"] for row in rows]
    lo = min(finite) / 3 if finite else 1.0
    for i, row in enumerate(rows):
        y0 = len(rows) - 1 - i
        for k, slot in enumerate(slots):
            name = slot
            if slot == "cuDNN nn.RNN" and slot not in row["systems"]:
                name = "cuDNN nn.LSTM"
            r = row["systems"].get(name)
            if r is None:
                continue
            y = y0 + 0.4 - (k + 0.5) * height
            legend = "cuDNN" if slot.startswith("cuDNN") else slot
            if r["status"] == "ok":
                ax.barh(
                    y,
                    r["us"] - lo,
                    left=lo,
                    height=height * 0.9,
                    color=COLORS.get(name, "#17becf"),
                    label=None if legend in labelled else legend,
                )
                labelled.add(legend)
            else:
                ax.text(lo * 1.1, y, f"{legend}: {r['status']}", va="center", fontsize=7, color="#444444")
        ax.plot(
            [row["floor"]["us"]] * 2,
            [y0 - 0.45, y0 + 0.45],
            color="black",
            linewidth=1.5,
            label=None if "floor" in labelled else "floor",
        )
        labelled.add("floor")
    ax.set_xscale("log")
    ax.set_xlim(left=lo)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([f"{row['title']}\n{row['shape']}" for row in reversed(rows)], fontsize=8)
    ax.set_xlabel("time per call (µs, log scale)")
    env = data["env"]
    ax.set_title(f"jic and the alternatives on {env['card']} ({env['date']})", fontsize=10)
    ax.grid(axis="x", which="major", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return None
