"""Parse a corpus on a Dask cluster: a ``dask.bag`` of inputs to a bag of records.

Install with ``pip install "pressparse[dask]"``. Each partition is parsed by
one call on a worker, with the same code as ``pressparse parse``, so the
records are exactly the ones the command line writes, in the bag's order.
Nothing here imports Dask: the functions only call ``Bag.map_partitions``.
See docs/scale.md for a multi-machine cluster and for Spark.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, cast

from pressparse.batch import Source, parse_source
from pressparse.options import Options
from pressparse.pipeline import Pipeline
from pressparse.record import Record, to_record

if TYPE_CHECKING:
    from dask.bag import Bag

PathItem = str | os.PathLike[str] | tuple[str, bytes]
"""A path the workers can read, or a ``(name, bytes)`` pair already read (from S3, say)."""

TextItem = str | tuple[str, str]
"""A release's text, or an ``(id, text)`` pair."""


def parse_paths(paths: Bag, /, **options: object) -> Bag:
    """One record per path (or ``(name, bytes)`` pair), as ``pressparse parse`` writes it.

    A path is read on the worker, so every worker must see the same files.
    The name's suffix picks the reader (``.html``, ``.eml``, plain text).
    ``options`` are those of :class:`~pressparse.Options`, checked here, once.
    """
    return _partitioned(paths).map_partitions(_parse_paths, Options(**options))  # type: ignore[arg-type]


def parse_texts(texts: Bag, /, **options: object) -> Bag:
    """One record per text (or ``(id, text)`` pair), as :func:`pressparse.to_record` gives it."""
    return _partitioned(texts).map_partitions(_parse_texts, Options(**options))  # type: ignore[arg-type]


class _Partitioned(Protocol):
    """The one ``Bag`` method used, typed (Dask leaves it untyped)."""

    def map_partitions(self, func: Callable[..., list[Record]], /, *args: object) -> Bag: ...


def _partitioned(bag: Bag) -> _Partitioned:
    return cast(_Partitioned, bag)


def _parse_paths(items: Iterable[PathItem], options: Options) -> list[Record]:
    return [parse_source(_source(item), options) for item in items]


def _source(item: PathItem) -> Source:
    if isinstance(item, tuple):
        name, data = item
        return Source(name, data)
    return Source(os.fspath(item))


def _parse_texts(items: Iterable[TextItem], options: Options) -> list[Record]:
    pipeline = Pipeline(options=options)
    records = []
    for item in items:
        id, text = item if isinstance(item, tuple) else (None, item)
        records.append(to_record(pipeline.parse(text), id=id))
    return records
