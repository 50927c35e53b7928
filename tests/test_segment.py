"""Segmentation: where the text of a page is split into blocks, and where words join."""

from __future__ import annotations

import pytest

from filter.segment import segment_html


def texts(html: str) -> list[str]:
    return [block.text for block in segment_html(html)]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>K<small>evin</small> won</p>", ["Kevin won"], id="inline-element-joins"),
        pytest.param("<p>Read<script>var x = 1;</script>ing on</p>", ["Reading on"], id="script-vanishes"),
        pytest.param("<p>Read<style>p {}</style>ing on</p>", ["Reading on"], id="style-vanishes"),
        pytest.param("<p>Before</p>Between<div>After</div>", ["Before", "Between", "After"], id="loose-text-own-block"),
        pytest.param("<p>Watch<iframe src='x'></iframe>Later</p>", ["Watch", "Later"], id="iframe-is-a-box"),
        pytest.param("<p>Pick<select><option>one</option></select>Done</p>", ["Pick", "Done"], id="form-field-is-a-box"),
        pytest.param("<p>Play<video><source src='v.mp4'></video>Next</p>", ["Play", "Next"], id="video-is-a-box"),
    ],
)
def test_word_boundaries(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


@pytest.mark.parametrize(
    ("attributes", "dropped"),
    [
        pytest.param('hidden id="S:0"', False, id="react-streamed-part-shown"),
        pytest.param('hidden id="S:1a"', False, id="react-streamed-hex-id-shown"),
        pytest.param("hidden", True, id="hidden-attribute"),
        pytest.param('hidden id="S:promo"', True, id="hidden-id-not-react"),
        pytest.param('hidden id="S:0" style="display:none"', True, id="streamed-but-display-none"),
        pytest.param('id="S:0" aria-hidden="true"', True, id="streamed-id-aria-hidden"),
    ],
)
def test_hidden_elements(attributes: str, dropped: bool) -> None:
    html = f"<body><p>Shown first.</p><div {attributes}><p>Second part.</p></div></body>"
    blocks = segment_html(html)
    assert [block.text for block in blocks] == ["Shown first.", "Second part."]
    assert (blocks[1].drop == "boilerplate: hidden element") is dropped
