"""Bytes to text: BOM, declared charset, detection; binary and empty input."""

from __future__ import annotations

import pytest

from filter import BinaryInputError, EmptyInputError
from filter.decode import decode, declared_charset, sniff, to_text
from filter.document import ContentType

CASES = [
    pytest.param("<meta charset='iso-8859-1'><p>mööse</p>".encode("latin-1"), "mööse", id="latin1-declared"),
    pytest.param("<p>“quoted” costs 5 €</p>".encode("cp1252"), "“quoted” costs 5 €", id="cp1252-undeclared"),
    pytest.param(
        ("<html><head>" + "<!-- padding -->" * 1000 + '<meta charset="gb2312"></head><body><p>中文新闻</p>').encode("gb2312"),
        "中文新闻",
        id="gb2312-late-declaration",
    ),
    pytest.param('<meta charset="shift_jis"><p>日本語のニュース</p>'.encode("shift_jis"), "日本語のニュース", id="shift-jis"),
    pytest.param("\ufeff<p>utf-16 text ünïcode</p>".encode("utf-16-le").replace(b"\xff\xfe", b"\xff\xfe", 1), "ünïcode", id="utf16-bom"),
    pytest.param("<p>naïve café résumé</p>".encode("utf-8") + b"\xff\xfe bad", "naïve café résumé", id="utf8-some-invalid"),
    pytest.param(b"\xef\xbb\xbf<p>with bom \xc3\xa9</p>", "with bom é", id="utf8-bom"),
]


@pytest.mark.parametrize(("data", "expected"), CASES)
def test_decodes(data: bytes, expected: str) -> None:
    assert expected in decode(data)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00", id="zip"),
        pytest.param(bytes(range(256)) * 8, id="random-binary"),
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data)


@pytest.mark.parametrize(
    "source",
    [pytest.param(b"", id="empty-bytes"), pytest.param(b" \n\t ", id="whitespace"), pytest.param(b"\xef\xbb\xbf", id="only-bom"),
     pytest.param("", id="empty-str"), pytest.param("\ufeff", id="only-bom-str")],
)
def test_empty_is_refused(source: str | bytes) -> None:
    with pytest.raises(EmptyInputError):
        to_text(source)


def test_declared_charset_ignores_unknown_labels() -> None:
    assert declared_charset(b'<meta charset="no-such-charset">') is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<!DOCTYPE html><html></html>", ContentType.HTML), ("a < b and c > d", ContentType.TEXT), ("Read Also:\nA headline", ContentType.TEXT)],
    ids=["doctype", "comparison-signs", "plain"],
)
def test_sniff(text: str, expected: ContentType) -> None:
    assert sniff(text) is expected


@pytest.mark.parametrize("label", ["rot13", "base64", "hex", "zlib", "uu", "punycode", "undefined", "utf-7", "idna", "unicode_escape"])
def test_a_declared_codec_that_is_not_a_charset_is_ignored(label: str) -> None:
    data = f'<meta charset="{label}"><p>café +ADw-script+AD4-</p>'.encode("utf-8")
    assert declared_charset(data) is None
    assert "café" in decode(data)
    assert "<script>" not in decode(data)


def test_lone_surrogates_in_str_are_replaced() -> None:
    text = to_text("a\ud800b \ud83d\ude00")
    assert text == "a\ufffdb \U0001f600"
    text.encode("utf-8")  # writable


@pytest.mark.parametrize(
    ("text", "codec"),
    [("<p>café mööse “quoted” 5 € </p>" * 200_000, "cp1252"), ("<p>日本語のニュース</p>" * 100_000, "shift_jis")],
    ids=["cp1252-6mb", "shift-jis-2mb"],
)
def test_large_undeclared_pages_decode_quickly(text: str, codec: str) -> None:
    import time

    start = time.monotonic()
    assert decode(text.encode(codec)) == text
    assert time.monotonic() - start < 5
