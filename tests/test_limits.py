"""Limits: input size, time budget and segment count, in the library and the CLI; pathological pages."""

from __future__ import annotations

import time

import pytest

from filter import LimitError, Limits, clean
from filter.limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, DEFAULT_MAX_SEGMENTS, NO_LIMITS

SENTENCE = "The council approved the new budget on Tuesday, officials said. "
ARTICLE = "<html><body>" + f"<p>{SENTENCE * 6}</p>" * 5 + "</body></html>"


def test_defaults_are_sane() -> None:
    limits = Limits()
    assert limits.max_bytes == DEFAULT_MAX_BYTES == 16 * 1024 * 1024
    assert limits.max_seconds == DEFAULT_MAX_SECONDS
    assert limits.max_segments == DEFAULT_MAX_SEGMENTS
    assert clean(ARTICLE).text  # an ordinary page is well within them


@pytest.mark.parametrize("field", ["max_bytes", "max_seconds", "max_segments"])
@pytest.mark.parametrize("value", [0, -1, True], ids=["zero", "negative", "bool"])
def test_invalid_limits_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        Limits(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("source", [ARTICLE, ARTICLE.encode()], ids=["str", "bytes"])
def test_too_large_is_refused(source: str | bytes) -> None:
    with pytest.raises(LimitError, match="more than the limit of 100; raise it with --max-bytes"):
        clean(source, limits=Limits(max_bytes=100))


def test_too_many_segments_is_refused() -> None:
    with pytest.raises(LimitError, match="more than 3 segments"):
        clean(ARTICLE, limits=Limits(max_segments=3))


def test_too_many_text_segments_is_refused() -> None:
    with pytest.raises(LimitError, match="more than 3 segments"):
        clean("one\n\ntwo\n\nthree\n\nfour\n\nfive", limits=Limits(max_segments=3))


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<html><body>" + "<p>Para.</p>" * 20_000 + "</body></html>", id="many-paragraphs"),
        pytest.param("<html><body>" + "<span>w</span> " * 50_000 + "</body></html>", id="many-inline-elements"),
        pytest.param("\n\n".join(["A line of plain text."] * 20_000), id="plain-text"),
    ],
)
def test_time_budget_holds_in_library_calls(page: str) -> None:
    start = time.monotonic()
    with pytest.raises(LimitError, match="time budget of 0.01 s"):
        clean(page, limits=Limits(max_seconds=0.01, max_segments=None))
    assert time.monotonic() - start < 2.0


def test_no_limits_lets_everything_through() -> None:
    assert clean("<p>" + "x" * 100 + "</p>", limits=NO_LIMITS).segments


# --- pathological pages: small versions of benchmarks/pathological.py ------


def test_deep_nesting_is_refused_not_truncated() -> None:
    page = "<html><body>" + "<div>" * 5_000 + SENTENCE * 5 + "</div>" * 5_000 + "</body></html>"
    with pytest.raises(LimitError, match="2,048 levels deep"):
        clean(page)


def test_nesting_within_the_parser_limit_keeps_the_text() -> None:
    page = "<html><body>" + "<div>" * 1_500 + f"<p>{SENTENCE * 6}</p>" + "</div>" * 1_500 + "</body></html>"
    assert SENTENCE.strip() in clean(page).text


def test_a_million_list_items_is_refused_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(LimitError, match="segments"):
        clean("<ul>" + "<li>item</li>" * 1_000_000 + "</ul>")
    assert time.monotonic() - start < 10


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(f'<table><tr><td colspan="9007199254740991" rowspan="-1">{SENTENCE * 6}</td></tr></table>', id="colspan"),
        pytest.param(f'<p title="{"x" * 2_000_000}" class="{"a " * 100_000}">{SENTENCE * 6}</p>', id="huge-attributes"),
        pytest.param(f"<p>{SENTENCE * 3}" + "<br>" * 45_000 + f"{SENTENCE * 3}</p>", id="45000-br"),
        pytest.param("<html><body>" + "<p>Para.</p>" * 10_000 + "</body></html>", id="10000-tiny-paragraphs"),
        pytest.param(f"<p>{SENTENCE * 20_000}</p>", id="one-1mb-paragraph"),
        pytest.param(f"<article><p>{SENTENCE * 3}</p>" + "".join(
            f"<div><div><span>{i % 99 + 1} / 99</span><p>Slide {i}.</p><span>Picture: A. Photographer</span></div></div>"
            for i in range(1_500)) + f"<p>{SENTENCE * 3}</p></article>", id="1500-gallery-slides"),
        pytest.param("<div><p>We use cookies to measure the audience; you can accept or refuse them.</p><div><label>Analytics</label></div></div>"
                     * 1_500 + f"<article><p>{SENTENCE * 6}</p></article>", id="1500-consent-banners"),
    ],
)
def test_pathological_pages_finish_quickly(page: str) -> None:
    start = time.monotonic()
    result = clean(page)
    assert time.monotonic() - start < 5
    assert all(segment.text in page for segment in result.segments if "<br>" not in page)


def test_all_script_and_style_has_no_segments() -> None:
    page = "<html><head>" + "<script>var a = '<p>no</p>';</script><style>p{}</style>" * 5_000 + "</head><body></body></html>"
    result = clean(page)
    assert result.segments == () and result.text == ""


@pytest.mark.parametrize("count", [999, 1_000, 40_000], ids=["999", "1000", "40000"])
def test_many_attributes_on_one_element_parse_quickly(count: int) -> None:
    from filter.segment import MAX_ATTRIBUTES, parse_html

    page = "<p " + " ".join(f"a{i}=1" for i in range(count)) + f' class="x">{SENTENCE}</p>'
    start = time.monotonic()
    paragraph = parse_html(page).find(".//p")
    assert time.monotonic() - start < 2
    assert len(paragraph.attrib) == min(count + 1, MAX_ATTRIBUTES)
    assert paragraph.text == SENTENCE


def test_attributes_are_trimmed_without_copying_pages_that_need_none() -> None:
    """Only a tag with too many attributes is cut; a page with long runs that
    are not such tags (a script's ``a<b`` before 2,000 characters) is not copied."""
    from filter.segment import MAX_ATTRIBUTES, _trim_attributes

    script = "<script>if (a<b" + "+1" * 2_000 + ") {}</script>"
    many = "<p " + " ".join(f"a{i}=1" for i in range(MAX_ATTRIBUTES + 5)) + ">"
    page = script + "<div " + "a=1 " * 10 + ">text</div>"
    assert _trim_attributes(page) is page
    trimmed = _trim_attributes(script + many + "text</p>" + many + "more</p>")
    cut = "<p " + " ".join(f"a{i}=1" for i in range(MAX_ATTRIBUTES)) + ">"
    assert trimmed == script + cut + "text</p>" + cut + "more</p>"


@pytest.mark.parametrize("page", ["<title>" * 30_000, "<title" * 30_000, "<title>" + "x" * 300_000], ids=["closed", "open", "unclosed"])
def test_title_search_is_linear(page: str) -> None:
    from filter.segment import title_of

    start = time.monotonic()
    title_of(page)
    assert time.monotonic() - start < 1
