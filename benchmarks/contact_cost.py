"""What phones, emails and contacts cost per release, beside ``PhoneNumberMatcher(text, "US")`` alone.

Both run in one process over the shared corpus, release by release and
interleaved, so a busy machine slows both alike. Each release's time is the
best of a few ``time.process_time`` runs; a round's figure is the median over
releases; several rounds are reported with their median.

    PYTHONPATH=src python benchmarks/contact_cost.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial

import phonenumbers

import scoring
from pressparse.contacts import find_contacts
from pressparse.dateline import find_dateline
from pressparse.document import Document
from pressparse.emails import find_emails
from pressparse.phones import find_phones
from pressparse.region import infer_region
from pressparse.report import ignore

_TRIES = 5


def extractors(text: str, region: str | None) -> None:
    """The three extractors as the pipeline runs them: the region is given."""
    doc = Document(text)
    phones = find_phones(doc, region=region, report=ignore)
    emails = find_emails(doc, report=ignore)
    find_contacts(doc, phones=phones, emails=emails, region=region, report=ignore)


def with_region(text: str) -> None:
    """The same, the region inferred here from the dateline and the text."""
    doc = Document(text)
    region = infer_region(doc, dateline=find_dateline(doc, report=ignore))
    phones = find_phones(doc, region=region, report=ignore)
    emails = find_emails(doc, report=ignore)
    find_contacts(doc, phones=phones, emails=emails, region=region, report=ignore)


def matcher(text: str) -> None:
    list(phonenumbers.PhoneNumberMatcher(text, "US"))


def _best(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(_TRIES):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best * 1000


def run(texts: Sequence[str], rounds: int) -> dict[str, list[float]]:
    """Per round, the median milliseconds per release of each workload."""
    regions = [infer_region(Document(t), dateline=find_dateline(Document(t), report=ignore)) for t in texts]
    works: dict[str, Callable[[int], object]] = {
        "phones+emails+contacts": lambda i: extractors(texts[i], regions[i]),
        "  with region inference": lambda i: with_region(texts[i]),
        "PhoneNumberMatcher alone": lambda i: matcher(texts[i]),
    }
    for work in works.values():
        for i in range(len(texts)):
            work(i)  # warm: lazy imports, gazetteer, phonenumbers metadata
    out: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        per: dict[str, list[float]] = {name: [] for name in works}
        for i in range(len(texts)):
            for name, work in works.items():
                per[name].append(_best(partial(work, i)))
        for name, values in per.items():
            out[name].append(statistics.median(values))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    paths = sorted(scoring.TEXTS.glob("*.txt"))
    if not paths:
        print(f"contact_cost: the shared corpus is not at {scoring.SHARED}", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for name, values in run(texts, args.rounds).items():
        rounds = " ".join(f"{v:.3f}" for v in values)
        print(f"{name:26s} {statistics.median(values):.3f} ms/release  (rounds: {rounds})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
