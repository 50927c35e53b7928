"""``clean()``: decode, segment, drop boilerplate, score, assemble a Result."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterable, Sequence
from types import MappingProxyType

import numpy as np

from . import boilerplate
from .blocks import BlockModel
from .decode import content_type_of, to_text
from .document import (
    LABELS,
    Block,
    ContentType,
    Label,
    Result,
    Segment,
    Summary,
    freeze_scores,
)
from .limits import DEFAULT_LIMITS, Deadline, Limits
from .model import Model, load, load_blocks
from .patterns import BYLINE, READ_MORE, SENTENCE_END, UNSPACED_CHAR_WEIGHT, count_words
from .section import opinion_section
from .segment import PageFacts, segment_html, segment_text, title_of

DEFAULT_KEEP: frozenset[Label] = frozenset({Label.NEWS, Label.OPINION})
"""Labels whose segments make up ``Result.text`` unless the caller says otherwise."""

NOT_AN_ARTICLE = "not an article"
"""The reason of every segment of an HTML page that is not an article."""
ARTICLE_MIN_CHARS = 250
"""A page whose content adds up to fewer characters is not an article
(letters of unspaced scripts count ``UNSPACED_CHAR_WEIGHT`` times)."""
ARTICLE_MIN_PARAGRAPH_WORDS = 20
"""An article has at least one content paragraph of this many words (see
``patterns.count_words``), or ``ARTICLE_MIN_SENTENCES`` shorter ones."""
ARTICLE_MIN_SENTENCES = 3
ARTICLE_SENTENCE_MIN_WORDS = 8
"""A story told in short paragraphs, one sentence each, is an article too,
however short: this many unlinked content paragraphs in a row of this many
words that end a sentence (``patterns.SENTENCE_END``). Six one-sentence paragraphs of a
Dutch Blogger post (89 words) and a three-paragraph story of 15-word
sentences came out as not an article, with an empty body. On the 2,668
development pages this turned 4 pages into articles, all articles or posts
(1 wcxb-dev article, a recipe post and a deal post on trafilatura-eval, 1
AEB page) and no listing, collection or service page; with held-out block
probabilities wcxb-dev articles went from 0.9452 to 0.9457 and
trafilatura-eval from 0.9358 to 0.9368. Counting four such paragraphs
anywhere on the page, not in a row, also took 3 service, 2 listing and 2
collection pages for articles (arstechnica.com's front, a Wikipedia
category)."""
OPINION_SHARE = 1 / 3
"""A document is opinion when opinion makes up at least this share of its
news and opinion text. An opinion column mixes the author's view with
reported fact, so opinion is rarely its largest share: on SemEval 2019
hyperpartisan articles whose URL files them under opinion, editorials,
columns or letters, against those filed as news (``benchmarks.verdict``),
the largest share called 36 of 475 documents opinion, for an opinion F1 of
0.50. Thresholds chosen in 5-fold cross-validation by site lay between 0.31
and 0.36 (F1 0.67 on the folds they were not chosen on), and a third sits
among them (F1 0.72 on all 475). All with segments-v5; with segments-v6 the
folds chose 0.32 to 0.35 (F1 0.68), and a third scores 0.71. With
segments-v11 a third scores 0.667 on all 475 (ROC AUC 0.901); the folds
chose 0.42 three times and 0.51 twice, for F1 0.653 on the folds they were
not chosen on, less than the third's on the same articles, so the third
stays. F1 by threshold is flat from 0.32 to 0.53 (0.64 to 0.67), and folds
of the sites reshuffled chose anything from 0.26 to 0.51."""
SECTION_OPINION_SHIFT = 0.66
"""Added to the opinion logit of every paragraph of a page that files itself
under opinion (``filter.section``). Words alone read a subtle column as news;
the page's filing is evidence about each of its paragraphs. The size is
measured, not chosen: on the SemEval 2019 hyperpartisan articles whose URL
files them under opinion, the logit shift that best fits (log loss) the
MiniLM teachers' labels of their 2,199 sentences, given the segment
classifier's first-pass logits, is +0.66; on the 7,981 sentences of articles
filed as news it is -0.62 (``python -m benchmarks.verdict --data
../shared/data --teacher FILE``). The student learned from those labels, so
the shift is if anything too small. Pages that do not declare a section are
left as they are: no shift down for news."""


@functools.cache
def default_model() -> Model:
    """The shipped segment model, loaded and verified once per process."""
    return load()


@functools.cache
def default_block_model() -> BlockModel:
    """The shipped block model, loaded and verified once per process."""
    return load_blocks()


def _resolve_model(model: Model | str | os.PathLike[str] | None) -> Model:
    if model is None:
        return default_model()
    if isinstance(model, Model):
        return model
    return load(model)


def _resolve_block_model(model: BlockModel | str | os.PathLike[str] | None) -> BlockModel:
    if model is None:
        return default_block_model()
    if isinstance(model, BlockModel):
        return model
    return load_blocks(model)


TEASER_CARDS_MIN = 3
"""A page whose content is mostly this many or more teaser cards is a section
front, not an article (see ``_summary``)."""
TEASER_SHARE = 0.6
"""The cards' summaries make up at least this share of the content."""
TEASER_LINKED = 0.8
"""A card's headline is a link: at least this share of its text is linked;
its summary is not: less than ``1 - TEASER_LINKED`` of it is."""
TEASER_OWN_ELEMENTS = 0.75
"""At least this share of the summaries sit in elements of their own."""


BYLINE_MAX_WORDS = 10
"""A card may set a byline or a date this short between its headline and its summary."""
READ_MORE_MAX_WORDS = 20


def _teaser_cards(
    segments: Sequence[Segment], content: Sequence[bool], blocks: Sequence[Block] | None, words: list[int]
) -> tuple[int, int, int]:
    """The teaser cards among the content: how many summaries, their
    characters, and how many elements hold them. A summary is a content
    paragraph of at most ``boilerplate.CARD_SUMMARY_MAX_WORDS``, mostly unlinked, that
    comes right after a short linked headline, or after one and a byline or
    a date (``BYLINE``), or that is followed by a short "Read more" link
    (``READ_MORE``), or a whole card in one block (``boilerplate.fused_card``). Links and bylines count whether or not they were kept.
    ``words`` holds the segments' word counts, -1 where not yet counted."""
    cards = chars = 0
    parents: set[int] = set()

    def n_words(i: int) -> int:
        if words[i] < 0:
            words[i] = count_words(segments[i].text)[0]
        return words[i]

    def headline(i: int) -> bool:
        # The previous card's "Read more" link is not the next one's headline.
        return (
            i >= 0
            and segments[i].link_density >= TEASER_LINKED
            and n_words(i) <= boilerplate.CARD_HEADLINE_MAX_WORDS
            and READ_MORE.match(segments[i].text) is None
        )

    for i, (segment, kept) in enumerate(zip(segments, content)):
        if not kept or segment.label is Label.FILLER:
            continue
        fused = blocks is not None and boilerplate.fused_card(blocks[i], n_words(i))
        if not fused and (segment.link_density >= 1 - TEASER_LINKED or n_words(i) > boilerplate.CARD_SUMMARY_MAX_WORDS):
            continue
        card = fused or headline(i - 1)
        if not card and i >= 2:
            between = segments[i - 1]
            card = (
                between.link_density < 1 - TEASER_LINKED
                and n_words(i - 1) <= BYLINE_MAX_WORDS
                and BYLINE.search(between.text) is not None
                and headline(i - 2)
            )
        if not card and i + 1 < len(segments):
            after = segments[i + 1]
            card = after.link_density >= TEASER_LINKED and n_words(i + 1) <= READ_MORE_MAX_WORDS and READ_MORE.match(after.text) is not None
        if card:
            cards += 1
            chars += len(segment.text)
            parent = blocks[i].parent if blocks is not None else None
            parents.add(-i if parent is None else parent)
    return cards, chars, len(parents)


def _summary(
    segments: Sequence[Segment],
    boilerplate_free: Sequence[bool],
    blocks: Sequence[Block] | None = None,
    section: str | None = None,
) -> Summary:
    """Label shares and the article verdict. A page is an article when its
    content adds up to ``ARTICLE_MIN_CHARS`` with one paragraph of
    ``ARTICLE_MIN_PARAGRAPH_WORDS`` that is not a link (cards linked as a
    whole leave only linked blurbs), or holds ``ARTICLE_MIN_SENTENCES``
    sentence paragraphs in a row (unlinked, ``ARTICLE_SENTENCE_MIN_WORDS``
    words or more, ending a sentence; a linked headline between them, kept or
    not, breaks the row, as a section front's cards do), and is not mostly teaser cards: at least
    ``TEASER_CARDS_MIN`` short summaries (``_teaser_cards``), each in an
    element of its own (``Block.nodes``), that make up ``TEASER_SHARE`` of the
    content. That is how a section front with summaries looks once its
    furniture is gone; a roundup article's linked subheadings and paragraphs
    share the article's element. The label is ``verdict(shares, section)``."""
    weights = dict.fromkeys(LABELS, 0.0)
    longest = 0
    run = sentences = 0  # sentence paragraphs in a row, and the most of them
    content_size = 0
    content_chars = 0
    words = [-1] * len(segments)
    for i, (segment, content) in enumerate(zip(segments, boilerplate_free)):
        if segment.link_density >= TEASER_LINKED:
            run = 0  # a linked headline, kept or not, ends a run of sentences: a section front's cards
        if content:
            n_words, unspaced = count_words(segment.text)
            words[i] = n_words
            weights[segment.label] += len(segment.text)
            if segment.link_density < TEASER_LINKED:  # a linked blurb is a teaser, not a paragraph
                longest = max(longest, n_words)
                if n_words >= ARTICLE_SENTENCE_MIN_WORDS and segment.text[-1:] in SENTENCE_END and segment.label is not Label.FILLER:
                    run += 1
                    sentences = max(sentences, run)
            if segment.label is not Label.FILLER:
                content_size += len(segment.text) + (UNSPACED_CHAR_WEIGHT - 1) * unspaced
                content_chars += len(segment.text)
    total = sum(weights.values())
    shares = {label: (w / total if total else 0.0) for label, w in weights.items()}
    cards, teaser_chars, card_parents = _teaser_cards(segments, boilerplate_free, blocks, words)
    teaser_front = (
        cards >= TEASER_CARDS_MIN
        and teaser_chars >= TEASER_SHARE * content_chars
        and card_parents >= TEASER_OWN_ELEMENTS * cards
    )
    story = (content_size >= ARTICLE_MIN_CHARS and longest >= ARTICLE_MIN_PARAGRAPH_WORDS) or sentences >= ARTICLE_MIN_SENTENCES
    is_article = story and not teaser_front
    return Summary(shares=freeze_scores(shares), label=verdict(shares, section), is_article=is_article, section=section)


def verdict(shares: dict[Label, float], section: str | None = None) -> Label:
    """The document's label from its label shares: filler when filler is the
    largest share, else opinion when the page files itself under opinion
    (``section``) or opinion makes up ``OPINION_SHARE`` of the news and
    opinion text, else news (also for a document with no text)."""
    news, opinion, filler = shares[Label.NEWS], shares[Label.OPINION], shares[Label.FILLER]
    if filler > max(news, opinion):
        return Label.FILLER
    if section is not None and news + opinion > 0:
        return Label.OPINION
    return Label.OPINION if opinion > 0 and opinion >= OPINION_SHARE * (news + opinion) else Label.NEWS


def _assemble(
    blocks: Sequence[Block],
    reasons: Sequence[str | None],
    proba: np.ndarray,
    keep: frozenset[Label],
    kind: ContentType,
    section: str | None = None,
) -> tuple[tuple[Segment, ...], Summary]:
    segments: list[Segment] = []
    # Python floats and all the argmaxes at once: per-row numpy calls were
    # most of this loop's time. The rows are Python floats in LABELS order,
    # so their mapping is what ``freeze_scores`` would make of them, without
    # making it twice; with the Segment's fields given in order, _assemble
    # took 0.89 instead of 1.06 ms a page on wcxb-dev and trafilatura-eval pages.
    best = np.argmax(proba, axis=1).tolist() if len(proba) else []
    for block, reason, row, top in zip(blocks, reasons, proba.tolist(), best):
        label = LABELS[top]
        if reason is None and label not in keep:
            reason = f"label: {label.value}"
        scores = MappingProxyType(dict(zip(LABELS, row)))
        segments.append(Segment(block.text, label, scores, reason is None, reason, block.tag, block.path, block.link_density))
    through = [r is None or r.startswith("label:") for r in reasons]
    summary = _summary(segments, through, blocks, section)
    if not summary.is_article and kind is ContentType.HTML:
        # A page that is not an article (a section front, a product page) has
        # no body; plain text is taken to be the body the caller meant. What
        # the block stage let through is dropped for that reason, whatever
        # its label: the page decision does not hang on the classifier.
        segments = [
            s if not passed else Segment(s.text, s.label, s.scores, False, NOT_AN_ARTICLE, s.tag, s.path, s.link_density)
            for s, passed in zip(segments, through)
        ]
    return tuple(segments), summary


def _size(source: str | bytes) -> tuple[int, str]:
    if isinstance(source, str):
        return len(source), "characters"
    if isinstance(source, bytes | bytearray | memoryview):
        return memoryview(source).nbytes, "bytes"
    return 0, "bytes"  # to_text refuses it with a TypeError


def _prepare(
    source: str | bytes, content_type: str | None, limits: Limits, deadline: Deadline
) -> tuple[str, ContentType, list[Block], PageFacts | None]:
    """The page decoded and segmented: its text, its content type, its blocks,
    and for HTML what it says about itself (``PageFacts``)."""
    limits.check_size(*_size(source))
    text = to_text(source)
    deadline.check("decoding")
    kind = content_type_of(text, content_type)
    if kind is ContentType.HTML:
        facts = PageFacts()
        blocks = segment_html(text, deadline=deadline, max_segments=limits.max_segments, facts=facts)
        return text, kind, blocks, facts
    return text, kind, segment_text(text, deadline=deadline, max_segments=limits.max_segments), None


def _score(
    prepared: Sequence[tuple[str, ContentType, list[Block], PageFacts | None]],
    classifier: Model,
    block_model: BlockModel,
    deadline: Deadline,
) -> list[tuple[list[str | None], np.ndarray]]:
    """Reasons and label probabilities for every block of every document.

    HTML blocks go through the block classifier first (all pages in one
    batch); the segment classifier then scores, again in one batch, every
    plain-text block, every HTML block the block classifier takes for
    article text, and every block a rule gave back (an article's lead). The
    other blocks are not scored again: their scores come from the block
    classifier, with the probability of boilerplate as filler.
    """
    html_pages = [blocks for _, kind, blocks, _ in prepared if kind is ContentType.HTML]
    content = iter(block_model.content_probability(html_pages))
    deadline.check("finding boilerplate")
    decided: list[tuple[list[str | None], np.ndarray]] = []
    scored: list[np.ndarray] = []
    through: list[np.ndarray] = []  # kept by the block classifier and the rules alike
    for _, kind, blocks, _ in prepared:
        if kind is ContentType.HTML:
            probability = next(content)
            reasons = boilerplate.decide(blocks, probability, block_model.threshold)
        else:
            probability = np.ones(len(blocks))
            reasons = boilerplate.decide_text(blocks)
        scores = np.zeros((len(blocks), len(LABELS)))
        scores[:, LABELS.index(Label.NEWS)] = probability
        scores[:, LABELS.index(Label.FILLER)] = 1.0 - probability
        decided.append((reasons, scores))
        # What the block model takes for article text is scored by the segment
        # classifier, including what a rule dropped (a "Read also" line is
        # filler by the classifier's own reckoning, not news by default), and
        # so is what a rule kept against the block model.
        model_kept = probability >= block_model.threshold
        rule_kept = np.fromiter((reason is None for reason in reasons), bool, len(blocks))
        scored.append(np.flatnonzero(model_kept | rule_kept))
        through.append(model_kept & rule_kept)
    to_score = [blocks[i] for (_, _, blocks, _), rows in zip(prepared, scored) for i in rows]
    proba = classifier.predict_proba(to_score, [len(rows) for rows in scored], deadline=deadline)
    offset = 0
    for (_, kind, _, _), (_, scores), rows, both in zip(prepared, decided, scored, through):
        part = proba[offset : offset + len(rows)]
        offset += len(rows)
        if kind is ContentType.HTML:
            # Article text by the block classifier and the rules alike keeps
            # the block classifier's P(boilerplate) as its filler score; the
            # segment classifier splits the rest between news and opinion. A
            # block a rule kept against the block classifier keeps the segment
            # classifier's scores.
            both = both[rows]
            part[both] = with_filler(part[both], scores[rows[both], _FILLER])
        scores[rows] = part
    return decided


_NEWS, _OPINION, _FILLER = (LABELS.index(label) for label in (Label.NEWS, Label.OPINION, Label.FILLER))


def with_filler(proba: np.ndarray, filler: np.ndarray) -> np.ndarray:
    """``proba`` (rows in ``LABELS`` order) with P(filler) replaced by
    ``filler`` and news and opinion sharing the rest as they did.

    On a page, the block classifier has read the markup around a block
    (tag path, class names, links, neighbours) and the segment classifier
    its words; once the block classifier takes a block for article text,
    the segment classifier's filler score adds almost nothing. Measured on
    the blocks of wcxb-dev and trafilatura-eval pages that the block
    classifier passes, with block probabilities from folds that never saw
    the page's site: a logistic regression on both scores weighs the block
    classifier's logit by -0.69 and the segment classifier's by 0.09, and
    letting the segment classifier's filler label drop such blocks cost
    0.009 of AEB F1 on wcxb-dev articles (0.934 against 0.943) and 0.006
    of snippet F1 on trafilatura-eval (0.921 against 0.927), with the same
    held-out block probabilities as ``benchmarks.heldout`` reads."""
    content = proba[:, _NEWS] + proba[:, _OPINION]
    opinion = np.divide(proba[:, _OPINION], content, out=np.full(len(proba), 0.5), where=content > 0)
    out = np.empty_like(proba)
    out[:, _NEWS] = (1.0 - filler) * (1.0 - opinion)
    out[:, _OPINION] = (1.0 - filler) * opinion
    out[:, _FILLER] = filler
    return out


def with_section(proba: np.ndarray, shift: float) -> np.ndarray:
    """``proba`` (rows in ``LABELS`` order) with the opinion logit of every
    row's news-or-opinion split raised by ``shift``; filler is unchanged, and
    so is a split of 0 or 1 (a block never scored, a script the opinion head
    cannot read). The shift moves news against opinion only: a row whose
    most probable label it would turn from news or opinion into filler (news
    0.45, opinion 0.15, filler 0.40 would become 0.37, 0.23, 0.40), or from
    filler into opinion (0.22, 0.38, 0.40 into 0.13, 0.47, 0.40), is left as
    it was, so that a page's section never changes what is kept."""
    content = proba[:, _NEWS] + proba[:, _OPINION]
    inside = (proba[:, _OPINION] > 0) & (proba[:, _NEWS] > 0)
    if not inside.any():
        return proba
    out = proba.copy()
    opinion = proba[inside, _OPINION] / content[inside]
    raised = 1.0 / (1.0 + np.exp(-(np.log(opinion / (1.0 - opinion)) + shift)))
    out[inside, _NEWS] = content[inside] * (1.0 - raised)
    out[inside, _OPINION] = content[inside] * raised
    was_filler = np.argmax(proba, axis=1) == _FILLER
    now_filler = np.argmax(out, axis=1) == _FILLER
    out[was_filler != now_filler] = proba[was_filler != now_filler]
    return out


def clean(
    source: str | bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    keep: Iterable[Label | str] = DEFAULT_KEEP,
    model: Model | str | os.PathLike[str] | None = None,
    block_model: BlockModel | str | os.PathLike[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Result:
    """Clean one news page and label its segments.

    ``source`` is HTML or plain text, as str or bytes (bytes are decoded from
    their byte-order mark, the charset the page declares, or detection).
    ``content_type`` is "html" or "text"; when None it is detected. ``keep``
    names the labels that make up ``Result.text`` (news and opinion by
    default). ``model`` is a loaded ``Model`` or a model directory, and
    ``block_model`` a ``BlockModel`` (from ``filter.load_blocks``) or a block
    model directory; the shipped models are used when they are None. ``limits`` bounds the input size,
    the time and the number of segments (see ``filter.limits`` for the
    defaults); exceeding one raises ``LimitError``.

    Raises a ``FilterError`` subclass for input that is not a page (empty,
    binary, undecodable) and for a missing or tampered model.
    """
    return clean_many(
        [source], urls=[url], content_type=content_type, keep=keep, model=model, block_model=block_model, limits=limits
    )[0]


def clean_many(
    sources: Sequence[str | bytes],
    *,
    urls: Sequence[str | None] | None = None,
    content_type: str | None = None,
    keep: Iterable[Label | str] = DEFAULT_KEEP,
    model: Model | str | os.PathLike[str] | None = None,
    block_model: BlockModel | str | os.PathLike[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Result]:
    """Clean several pages, scoring all their segments in one batch.

    Equivalent to ``[clean(s) for s in sources]`` but faster; an input that
    fails raises at once, so callers that must survive bad inputs clean them
    one by one (as ``newsfilter batch`` does). ``limits`` apply to each
    page; the shared scoring step has the sum of the pages' time budgets.
    """
    classifier = _resolve_model(model)
    blocks_classifier = _resolve_block_model(block_model)
    keep_labels = frozenset(Label(k) for k in keep)
    urls = list(urls) if urls is not None else [None] * len(sources)
    started = time.monotonic()
    prepared = [_prepare(source, content_type, limits, limits.deadline()) for source in sources]
    budget = None if limits.max_seconds is None else limits.max_seconds * max(1, len(sources))
    scoring = Deadline(None if budget is None else budget - (time.monotonic() - started))
    decided = _score(prepared, classifier, blocks_classifier, scoring)
    results: list[Result] = []
    for (text, kind, blocks, facts), (reasons, rows), url in zip(prepared, decided, urls):
        section = opinion_section(facts, url)
        if section is not None:
            rows = with_section(rows, SECTION_OPINION_SHIFT)
        segments, summary = _assemble(blocks, reasons, rows, keep_labels, kind, section)
        results.append(
            Result(
                text="\n\n".join(s.text for s in segments if s.kept),
                segments=segments,
                summary=summary,
                content_type=kind,
                model=classifier.name,
                url=url,
                title=title_of(text) if kind is ContentType.HTML else None,
            )
        )
    return results
