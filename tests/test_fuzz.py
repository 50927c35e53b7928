"""Property tests of clean() over random HTML, text and bytes (hypothesis).

CI runs a bounded number of examples. A longer run:
``NEWSFILTER_FUZZ_EXAMPLES=100000 python benchmarks/fuzz.py`` (or the same
variable with pytest, which then runs this file with that many examples a test).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings

from tests.fuzz_strategies import check, html_pages, inputs, plain_texts, raw_bytes

EXAMPLES = int(os.environ.get("NEWSFILTER_FUZZ_EXAMPLES", "60"))

fuzz = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 200,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


@fuzz
@given(html_pages())
# Found by the 100,000-example run: the script's text vanishes, so "Read" and
# "l" join, as a browser shows them; the checker once took that for invented.
@example(
    "<article><p>The city council approved the new budget on Tuesday after a long debate, officials said.</p>"
    "<p>The mayor said the vote was close. Read<script>></script>l the statement here, she told reporters at the "
    "town hall on Tuesday evening.</p></article>"
)
# Also found by it: a quoted attribute value may hold ">".
@example(
    "<article><p>The city council approved the new budget on Tuesday after a long debate, officials said, and the money "
    "will go to schools and roads across the region.</p><p>The mayor said the vote was close. The council approved"
    "<span class=\">\">council money for the schools, she told reporters at the town hall on Tuesday evening.</p></article>"
)
# Found by the long run after soft hyphens were taken out: "00000&shy;0" reads "000000".
@example(
    "<p><p><p><p><p>The The TheThe The The<p><p><p><p><p><p><p><p><p><p>The The The The The The The The The council "
    "council councilThe The The The The The council council councilThe The The The The The The The The council council "
    "00000\xad0<p><p><p><p><p><p><p><p><p><p>The The councilThe The council council council council 日本語"
)
# And after text was composed to NFC: the compatibility ideograph U+F900 becomes U+8C48.
@example(
    "<p><p>The The The The The The The The The council council council \uf900 The The The The The council council "
    "council Cafe\u0301 The The The The The The The The council council council</p>"
)
# Found once page filler scores came from the block classifier (more junk is
# kept): a hidden inline element leaves no space, so "Subscribe" and "council"
# join, as a browser shows them; the checker once took that for invented.
@example(
    "<p><p>The<p>The<p><p><p><p><p><p><p><p>The<p><p>TheThe TheThe councilThe The The The council<br>The The The The "
    "officialsThe The The The The The councilThe The The The The The councilThecouncilThe The The The The council "
    "council<p></p>The The The The The The The The The The council Subscribe<span style=\"display:none\">The</span>"
    "<svg></svg><head>council"
)
# And a class name that reads like a style is not one, nor does a stray
# <head style="display:none"> hide what follows it: the parser drops the tag.
@example(
    "<p><p>TheThe The The The The The TheThe The The The The The The councilThe The The The The The The The TheThe The "
    "The The The The The The The The council council<p><p>The The The The The The The council council council council "
    "approved<span style=\"display:none\">The</span><html class=\"display:none\">council The The The The The"
    "<p><p><p><p></p></p></p></p></html></p>"
)
@example(
    "<p><p>The<p>The<p><p><p><p><p><p><p><p>TheTheThe TheThe The The The TheThe budget Also: budget The council approved "
    "The The The The TheThe The The The The The The The The The The The The council council approved"
    "<span style=\"display:none\">The</span><head style=\"display:none\">approved The The The The<p><p></p></p></head>"
)
def test_html_pages(page: str) -> None:
    check(page)


@fuzz
@given(plain_texts)
def test_plain_text(text: str) -> None:
    check(text)


@fuzz
@given(raw_bytes)
# Found by the long run: a U+FEFF after the real BOM of UTF-16 bytes stayed at
# the start of the text, and cleaning the cleaned text removed it.
@example("\ufeff<b><b><b><form>".encode("utf-16"))
@example(b"\xff\xfe\x00\xf9")  # U+F900 as plain text: kept as it is, not composed
def test_bytes(data: bytes) -> None:
    check(data)


@fuzz
@given(inputs)
def test_any_input(source: str | bytes) -> None:
    check(source)
