"""Records that pass from one stage to the next.

Every stage takes frozen records and returns new ones; nothing is mutated on
the way. ``Block`` is what the segmenter sees, ``Segment`` is a block after the
cleaner and the classifier have decided on it, and ``Result`` is what
``filter.clean`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Mapping


class Label(StrEnum):
    """What a segment is."""

    NEWS = "news"
    """Neutral reporting, including opinions quoted and attributed neutrally."""
    OPINION = "opinion"
    """The author's own view: editorialising, loaded language."""
    FILLER = "filler"
    """Clickbait teasers, promo, calls to action."""


LABELS: tuple[Label, ...] = (Label.NEWS, Label.OPINION, Label.FILLER)
"""The labels in the fixed order used by score vectors and the model."""


class ContentType(StrEnum):
    HTML = "html"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Block:
    """One candidate segment as the segmenter found it, before any decision.

    ``tag`` is the block element (``p``, ``h2``, ``li`` …, or ``line`` for
    plain text). ``path`` is the chain of tags from the root, ``tokens`` the
    class and id tokens on that chain, lower-cased. ``link_density`` is the
    share of the text that sits inside links. ``index`` is the block's place in
    reading order. ``drop`` is set when the segmenter already knows the block
    is boilerplate (a hidden element, a promo heading …) and says why.
    ``nodes`` numbers the elements of ``path`` (the same depth, outermost
    first) in the order the walk met them: two blocks share a container when
    they share a number, which two equal tag paths do not say. ``lead_link``
    counts the characters (spaces aside) of the link text the block opens
    with, before its first unlinked text: a teaser card set as a linked
    headline and its summary in one cell opens on its headline.
    """

    text: str
    tag: str = "p"
    path: str = ""
    tokens: tuple[str, ...] = ()
    link_density: float = 0.0
    index: int = 0
    drop: str | None = None
    nodes: tuple[int, ...] = ()
    lead_link: int = 0

    @property
    def parent(self) -> int | None:
        """The walk's number of the element around the block's own (``nodes``),
        or None when the path is too short to have one."""
        return self.nodes[-2] if len(self.nodes) >= 2 else None


Scores = Mapping[Label, float]


def freeze_scores(values: Mapping[Label, float]) -> Scores:
    """Scores in label order, read-only."""
    return MappingProxyType({label: float(values[label]) for label in LABELS})


@dataclass(frozen=True, slots=True)
class Segment:
    """A block with its label, its probabilities and the cleaner's decision.

    ``kept`` says whether the segment is in ``Result.text``. When it is not,
    ``reason`` says why: ``"boilerplate: …"`` for what the cleaner removed
    before scoring, or ``"label: filler"`` (or another label not kept).
    """

    text: str
    label: Label
    scores: Scores
    kept: bool
    reason: str | None = None
    tag: str = "p"
    path: str = ""
    link_density: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label.value,
            "scores": {label.value: round(p, 6) for label, p in self.scores.items()},
            "kept": self.kept,
            "reason": self.reason,
            "tag": self.tag,
            "path": self.path,
            "link_density": round(self.link_density, 4),
        }


@dataclass(frozen=True, slots=True)
class Summary:
    """The document-level verdict.

    ``shares`` gives, for each label, its share of the characters of the
    segments that survived boilerplate removal. ``label`` is filler when
    filler is the largest share; otherwise opinion when opinion makes up a
    third of the news and opinion text (``pipeline.OPINION_SHARE``: an
    opinion column is never all opinion), and news below that.
    ``is_article`` is False for pages that are not an article at all (section
    fronts, link lists, product pages), and then ``Result.text`` is empty.
    ``section`` says where the page files itself under opinion (``"type
    OpinionNewsArticle"``, ``"section Opinion"``, ``"url /opinion/"``:
    ``filter.section``), or is None; such a page's verdict is opinion unless
    filler is its largest share, and its paragraphs' opinion scores are
    raised (``pipeline.SECTION_OPINION_SHIFT``).
    """

    shares: Scores
    label: Label
    is_article: bool
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "shares": {label.value: round(p, 6) for label, p in self.shares.items()},
            "label": self.label.value,
            "is_article": self.is_article,
            "section": self.section,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """What ``filter.clean`` returns."""

    text: str
    """The kept segments, in reading order, separated by a blank line."""
    segments: tuple[Segment, ...]
    """Every candidate segment in reading order, kept or not."""
    summary: Summary
    content_type: ContentType
    model: str
    """Name and version of the model that scored the segments."""
    url: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form; the schema is documented in README.md."""
        return {
            "url": self.url,
            "title": self.title,
            "content_type": self.content_type.value,
            "model": self.model,
            "text": self.text,
            "summary": self.summary.to_dict(),
            "segments": [segment.to_dict() for segment in self.segments],
        }
