"""The extractors the benchmark compares, as a registry of factories.

Every tool receives the same input: the page's raw **bytes**, exactly as
stored in the dataset. Decoding is part of each tool's job, and its cost is in
its timing:

- newsfilter, trafilatura, readability-lxml and jusText accept bytes and
  decode them with their own charset detection.
- resiliparse's extractor takes ``str``, so its factory decodes with
  resiliparse's own ``detect_encoding(from_html_meta=True)`` + ``bytes_to_str``
  (the meta charset first, then uchardet), as its documentation suggests for
  HTML. Without the meta charset uchardet takes 6 of the 181 UTF-8 AEB pages
  for cp1252/cp1258.

A factory imports its tool and returns a ``bytes -> str`` callable; it runs in
the tool's own subprocess (see ``runner``), so importing one tool never
affects another's memory or speed. To add a tool, add one entry to ``TOOLS``.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

Extractor = Callable[[bytes], str]
"""Page bytes in, main text out (paragraphs separated by blank lines)."""


@dataclass(frozen=True)
class Tool:
    """One extractor: the module that must be importable, the distribution
    whose version is reported, and the factory that builds the callable."""

    module: str
    distribution: str
    factory: Callable[[], Extractor]

    def available(self) -> bool:
        """True when the tool's top-level module can be imported."""
        return importlib.util.find_spec(self.module) is not None

    def version(self) -> str:
        """The installed version, or ``?`` when it cannot be found."""
        try:
            return importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            module = importlib.import_module(self.module)
            return str(getattr(module, "__version__", "?"))


BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form"
    " h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
"""Elements that start a new paragraph when markup is flattened to text."""

_BLANK_LINES = re.compile(r"\n\s*\n")


def markup_text(markup: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element,
    whitespace collapsed inside paragraphs, paragraphs joined by blank lines."""
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    for element in root.iter():
        if element.tag in BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(chunk.split()) for chunk in _BLANK_LINES.split(root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)


def _newsfilter() -> Extractor:
    from filter import clean

    return lambda html: clean(html).text


def _trafilatura(fast: bool) -> Extractor:
    import trafilatura

    options: dict[str, Any] = {}
    if fast:
        # trafilatura 2.0 renamed ``no_fallback`` to ``fast``.
        has_fast = "fast" in inspect.signature(trafilatura.extract).parameters
        options = {"fast": True} if has_fast else {"no_fallback": True}
    return lambda html: trafilatura.extract(html, **options) or ""


def _readability() -> Extractor:
    from readability import Document

    return lambda html: markup_text(Document(html).summary())


def _justext() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(html: bytes) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def extract(html: bytes) -> str:
        encoding = detect_encoding(html, from_html_meta=True) or "utf-8"
        text = bytes_to_str(html, encoding)
        return str(extract_plain_text(text, main_content=True))

    return extract


TOOLS: dict[str, Tool] = {
    "newsfilter": Tool("filter", "newsfilter", _newsfilter),
    "trafilatura": Tool("trafilatura", "trafilatura", partial(_trafilatura, fast=False)),
    "trafilatura-fast": Tool("trafilatura", "trafilatura", partial(_trafilatura, fast=True)),
    "readability-lxml": Tool("readability", "readability-lxml", _readability),
    "justext": Tool("justext", "jusText", _justext),
    "resiliparse": Tool("resiliparse", "resiliparse", _resiliparse),
}
"""Name -> tool, in the order the tables list them."""
