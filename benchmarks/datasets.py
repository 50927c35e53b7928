"""Streaming loaders for the extraction sets in ``../shared/data/extraction``.

Every loader yields ``Page(page_id, html, truth)`` records sorted by id, reads
one page at a time, gunzips it and keeps the bytes undecoded: decoding is part
of each extractor's job. ``load(folder)`` tells the three formats apart:

- ``scrapinghub-aeb``: ``ground-truth.json`` + ``html/<id>.html.gz``
- ``wcxb-dev``: ``ground-truth/<id>.json`` + ``html/<id>.html.gz``
- ``trafilatura-eval``: ``evaldata.json`` + ``html/<file>`` (gzip)
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit


class Format(StrEnum):
    """The dataset layouts this module reads."""

    AEB = "scrapinghub-aeb"
    WCXB = "wcxb-dev"
    TRAFILATURA = "trafilatura-eval"


@dataclass(frozen=True)
class Truth:
    """What is known about one page's main content.

    ``text`` is the whole main text where the set has it (AEB, WCXB);
    ``with_snippets`` / ``without_snippets`` are trafilatura-style snippets
    (WCXB, trafilatura-eval). ``page_type`` and ``site`` group WCXB results.
    """

    text: str | None = None
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()
    url: str = ""
    page_type: str | None = None
    site: str = ""


class Page(NamedTuple):
    """One page: unpacks as ``page_id, html, truth``."""

    page_id: str
    html: bytes
    truth: Truth


class DatasetError(Exception):
    """The folder is not one of the known dataset layouts."""


def site_of(url: str) -> str:
    """The host of ``url`` without a leading ``www.``, for grouping by site."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _gunzip(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_aeb(folder: Path) -> Iterator[Page]:
    """Pages of the Article Extraction Benchmark."""
    truths: dict[str, dict[str, str]] = _read_json(folder / "ground-truth.json")
    for page_id in sorted(truths):
        entry = truths[page_id]
        url = entry.get("url", "")
        truth = Truth(text=entry.get("articleBody") or "", url=url, site=site_of(url))
        yield Page(page_id, _gunzip(folder / "html" / f"{page_id}.html.gz"), truth)


def load_wcxb(folder: Path) -> Iterator[Page]:
    """Pages of the WCXB development set, with page type and site."""
    for truth_path in sorted((folder / "ground-truth").glob("*.json")):
        page_id = truth_path.stem
        entry = _read_json(truth_path)
        labels = entry.get("ground_truth", {})
        url = entry.get("url", "")
        truth = Truth(
            text=labels.get("main_content") or "",
            with_snippets=tuple(labels.get("with") or ()),
            without_snippets=tuple(labels.get("without") or ()),
            url=url,
            page_type=entry.get("_internal", {}).get("page_type", {}).get("primary"),
            site=site_of(url),
        )
        yield Page(page_id, _gunzip(folder / "html" / f"{page_id}.html.gz"), truth)


def load_trafilatura(folder: Path) -> Iterator[Page]:
    """Pages of trafilatura's evaluation set; the id is the set's key (a URL,
    or a ``hard::``/``recall::`` label with no site)."""
    entries: dict[str, dict[str, Any]] = _read_json(folder / "evaldata.json")
    for page_id in sorted(entries):
        entry = entries[page_id]
        url = page_id if "://" in page_id else ""
        truth = Truth(
            with_snippets=tuple(entry.get("with") or ()),
            without_snippets=tuple(entry.get("without") or ()),
            url=url,
            site=site_of(url),
        )
        yield Page(page_id, _gunzip(folder / "html" / entry["file"]), truth)


_LOADERS: dict[Format, Callable[[Path], Iterator[Page]]] = {
    Format.AEB: load_aeb,
    Format.WCXB: load_wcxb,
    Format.TRAFILATURA: load_trafilatura,
}

_MARKERS: dict[Format, str] = {
    Format.AEB: "ground-truth.json",
    Format.WCXB: "ground-truth",
    Format.TRAFILATURA: "evaldata.json",
}


def detect_format(folder: Path) -> Format:
    """Which layout ``folder`` has, from the ground-truth file it holds."""
    for fmt, marker in _MARKERS.items():
        if (folder / marker).exists() and (folder / "html").is_dir():
            return fmt
    raise DatasetError(
        f"{folder} is not a known dataset: expected html/ next to one of"
        f" {', '.join(_MARKERS.values())}"
    )


def load_truths(folder: Path, limit: int | None = None) -> dict[str, Truth]:
    """The truth of every page of ``folder`` by id (each page's HTML is read
    and dropped)."""
    return {page_id: truth for page_id, _html, truth in load(folder, limit)}


def load(folder: Path, limit: int | None = None) -> Iterator[Page]:
    """Stream the pages of ``folder`` sorted by id, the first ``limit`` only
    when it is given."""
    pages = _LOADERS[detect_format(folder)](folder)
    return islice(pages, limit) if limit is not None else pages
