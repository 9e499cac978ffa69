"""The docs picture: per-field scores against each baseline, and time per release on a log scale.

python benchmarks/plot.py   # results/accuracy.json and results/speed.json -> docs/benchmarks.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import baselines

RESULTS = Path(__file__).resolve().parent / "results"
PICTURE = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.png"
OURS = "pressparse"
COLOURS = ("#1f6f8b", "#e59500", "#8a8a8a", "#b5b5b5", "#c0392b")


def main() -> int:
    try:
        pyplot = baselines.need("matplotlib.pyplot")
    except baselines.Unavailable as exc:
        print(f"plot: {exc}", file=sys.stderr)
        return 2
    accuracy, speed = (_load(name) for name in ("accuracy.json", "speed.json"))
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(13, 5.5), width_ratios=(1.25, 1))
    draw_accuracy(left, accuracy)
    draw_speed(right, speed)
    commit = accuracy["environment"].get("commit", "?")
    figure.suptitle(f"pressparse against what users would pick instead (commit {commit})", fontsize=12)
    figure.tight_layout()
    PICTURE.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(PICTURE, dpi=110)
    print(f"wrote {PICTURE}")
    return 0


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESULTS / name).read_text(encoding="utf-8"))
    return data


def draw_accuracy(axes: Any, data: dict[str, Any]) -> None:
    """Grouped bars: every field some baseline covers, pressparse beside each baseline that covers it."""
    systems = {name: s for name, s in data["systems"].items() if "fields" in s}
    colour = {name: COLOURS[i % len(COLOURS)] for i, name in enumerate(systems)}
    labels = {f["name"]: f["label"].split(",")[0] for f in data["fields"]}
    fields = [f for f in labels if any(f in s["fields"] for n, s in systems.items() if n != OURS)]
    # A figure that rests on no item (pressparse finding no quote at all) is left out, not drawn as 1.0.
    groups = [
        [n for n, s in systems.items() if f in s["fields"] and f not in s.get("vacuous", ())] for f in fields
    ]
    width = 0.8 / max(len(g) for g in groups)
    drawn: set[str] = set()
    for x, (field, present) in enumerate(zip(fields, groups, strict=True)):
        for i, name in enumerate(present):
            value = systems[name]["fields"][field]
            offset = x + width * (i - (len(present) - 1) / 2)
            axes.bar(offset, value, width, label=None if name in drawn else name, color=colour[name])
            axes.text(offset, value + 0.01, f"{value:.2f}", ha="center", fontsize=6)
            drawn.add(name)
    axes.set_xticks(range(len(fields)))
    axes.set_xticklabels([labels[f] for f in fields], rotation=20, ha="right", fontsize=8)
    axes.set_ylim(0, 1)
    axes.set_ylabel("F1 or accuracy on the labelled corpus")
    axes.set_title(f"Accuracy ({data['corpus']['labelled']} labelled releases)", fontsize=10, pad=34)
    axes.legend(fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)


def draw_speed(axes: Any, data: dict[str, Any]) -> None:
    """Horizontal bars, log scale: milliseconds per release for each workload."""
    order = ("pressparse", "baseline", "floor", "step", "extractor")
    timings = sorted(data["timings"], key=lambda t: order.index(t["kind"]))
    ms = [max(t["ms_per_release"], 1e-4) for t in timings]
    kind_colour = {"baseline": COLOURS[1], "floor": COLOURS[2]}
    colours = [kind_colour.get(t["kind"], COLOURS[0]) for t in timings]
    axes.barh([t["name"] for t in timings], ms, color=colours)
    for y, value in enumerate(ms):
        axes.text(value * 1.15, y, f"{value:.3g} ms", va="center", fontsize=7)
    axes.set_xscale("log")
    axes.set_xlim(right=max(ms) * 20)
    axes.invert_yaxis()
    axes.tick_params(axis="y", labelsize=8)
    axes.set_xlabel("milliseconds per release (log scale; shorter is faster)")
    axes.set_title(f"Time per release ({data['corpus']['releases']} releases, median of runs)", fontsize=10)


if __name__ == "__main__":
    sys.exit(main())
