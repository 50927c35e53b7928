"""Bytes to text, and telling HTML from plain text.

Decoding follows the order a browser uses: a byte-order mark wins, then the
charset the page declares (``<meta charset>``, ``http-equiv`` or an XML
declaration), then detection. Detection is ``bs4.UnicodeDammit``: it is what
beautifulsoup4 earns its place in the dependencies for (the tree itself is
built with lxml, see ``segment.py``).
"""

from __future__ import annotations

import codecs
import re


from .document import ContentType
from .errors import BinaryInputError, DecodeError, EmptyInputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of files that are certainly not pages.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first, or use `newsfilter batch`)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
)

DECLARATION_SCAN_BYTES = 64 * 1024
"""How far into the page a charset declaration is looked for. Browsers stop at
1 KB; real pages put the declaration after long inline scripts, so we look
further (a GB2312 page declared after 15 KB of markup decodes correctly)."""

BINARY_SAMPLE_BYTES = 4096
MAX_CONTROL_SHARE = 0.10
"""Text whose sample is more than this share of control bytes is binary."""

UTF8_MAX_INVALID_SHARE = 0.01
UTF8_MAX_INVALID_BYTES = 16
"""UTF-8 with at most this many invalid bytes (or this share of them), and no more invalid bytes
than valid multibyte characters, is damaged UTF-8 rather than a legacy code
page: it decodes as UTF-8 with replacement characters."""

_DECLARED = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""",
    re.IGNORECASE,
)

# WHATWG maps these labels to a superset; decoding with the superset is what
# browsers do and never loses characters the page meant.
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
}

_SINGLE_BYTE_FAMILY = re.compile(r"^(cp12\d\d|iso8859_\d+|latin_1|cp874|koi8_[ru]|mac_\w+)$")

_HTML_SNIFF = re.compile(
    r"<(?:!doctype|html|head|body|p|div|article|section|main|span|a|br|h[1-6]"
    r"|ul|ol|li|table|meta|title|script|style|header|footer|nav|!--)[\s>/]",
    re.IGNORECASE,
)
HTML_SNIFF_CHARS = 8192


_NOT_PAGE_CODECS = frozenset(
    {"utf-7", "punycode", "idna", "undefined", "unicode-escape", "raw-unicode-escape", "mbcs", "oem", "cp65001"}
)
"""Python codecs that no web page is encoded in: a page declaring one of them
is lying (UTF-7 is a classic way to smuggle markup) and detection decides."""


def _codec(label: str) -> str | None:
    """The Python codec for a charset label, or None when it is unknown or
    not a charset (``base64``, ``rot13``, ``zlib`` are codecs too)."""
    name = label.strip().lower()
    name = _SUPERSETS.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return None
    return info.name


def declared_charset(data: bytes) -> str | None:
    """The codec the page declares in its first ``DECLARATION_SCAN_BYTES``."""
    for match in _DECLARED.finditer(data, 0, DECLARATION_SCAN_BYTES):
        label = (match.group(1) or match.group(2)).decode("ascii", "replace")
        codec = _codec(label)
        if codec is not None and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            # A page in UTF-16 cannot declare it in ASCII bytes; such a
            # declaration is wrong and the BOM or detection decides.
            return codec
    return None


def _check_not_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"input is {what}, not an HTML page or text")
    sample = data[:BINARY_SAMPLE_BYTES]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise BinaryInputError(
            "input looks binary (many control bytes), not an HTML page or text;"
            " if it is UTF-16 or UTF-32 text, save it with a byte-order mark"
        )


_NOT_LEAD_BYTES = bytes(range(0xC2)) + bytes(range(0xF5, 0x100))

DETECTION_SAMPLE_BYTES = 64 * 1024
"""Detection reads this much of undeclared bytes; its time grows with the
input (16 MB of undeclared Latin-1 took minutes), and the encoding it finds
in the first 64 KB then decodes the whole page."""


def _is_valid_utf8_mostly(data: bytes) -> bool:
    """True for UTF-8 with at most a few invalid bytes among valid multibyte
    characters: such input is UTF-8 with damage, not a legacy code page."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if bad == 0:
        return True
    # Lead bytes of multibyte sequences, counted in C (a Python loop over a
    # 16 MB page took seconds): about the number of non-ASCII characters.
    non_ascii = len(data.translate(None, _NOT_LEAD_BYTES)) - bad
    return non_ascii >= bad and bad <= max(UTF8_MAX_INVALID_BYTES, UTF8_MAX_INVALID_SHARE * len(text))


def decode(data: bytes) -> str:
    """Decode the bytes of a page or a text file.

    Raises ``EmptyInputError`` for empty input, ``BinaryInputError`` for
    images, PDFs, archives and other binary data, ``DecodeError`` when no
    encoding fits.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = body.decode(codec, "replace")
            if not text.strip():
                raise EmptyInputError("input holds nothing but a byte-order mark")
            return text
    if not data.strip():
        raise EmptyInputError("input is empty" if not data else "input holds only whitespace")
    _check_not_binary(data)

    declared = declared_charset(data)
    if declared is not None:
        try:
            text = data.decode(declared)
        except (UnicodeError, LookupError):
            text = None
        if text is not None:
            # A page declared as a single-byte code page whose bytes are valid
            # UTF-8 with multibyte characters was saved as UTF-8; trust the bytes.
            if _SINGLE_BYTE_FAMILY.match(declared) and _has_utf8_multibyte(data):
                return data.decode("utf-8")
            return text
        if _is_valid_utf8_mostly(data):
            return data.decode("utf-8", "replace")
        return data.decode(declared, "replace")

    if _is_valid_utf8_mostly(data):
        return data.decode("utf-8", "replace")
    # Imported here: only pages that neither declare a charset nor are UTF-8
    # need it, and importing Beautiful Soup costs 5 MiB of every process.
    from bs4.dammit import UnicodeDammit

    sample = data[:DETECTION_SAMPLE_BYTES]
    dammit = UnicodeDammit(sample, known_definite_encodings=[], is_html=False)
    if dammit.unicode_markup is None or not dammit.original_encoding:
        raise DecodeError("could not detect the text encoding; convert the file to UTF-8")
    if len(data) == len(sample):
        return dammit.unicode_markup
    codec = _codec(dammit.original_encoding) or "cp1252"
    return data.decode(codec, "replace")


def _has_utf8_multibyte(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(ord(ch) > 127 for ch in text)


def to_text(source: str | bytes) -> str:
    """The source as a str, decoded if it is bytes; empty input is refused.

    Every U+FEFF is removed, not only a leading byte-order mark: it is
    invisible, and one kept at the start of a segment (after the real BOM of
    UTF-16 bytes, say) would vanish when the cleaned text is cleaned again."""
    if isinstance(source, bytes | bytearray | memoryview):
        decoded = decode(bytes(source))
    elif isinstance(source, str):
        decoded = source
        if _SURROGATE.search(decoded):
            # Lone surrogates cannot be written as UTF-8: pair what pairs, replace the rest.
            decoded = decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    else:
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    text = decoded.replace("\ufeff", "")
    if not text.strip():
        if decoded and not text:
            raise EmptyInputError("input holds nothing but a byte-order mark")
        raise EmptyInputError("input is empty" if not decoded else "input holds only whitespace")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def sniff(text: str) -> ContentType:
    """HTML when the start of the text has markup, plain text otherwise."""
    head = text[:HTML_SNIFF_CHARS]
    return ContentType.HTML if _HTML_SNIFF.search(head) else ContentType.TEXT


def content_type_of(text: str, declared: str | None) -> ContentType:
    """The content type the caller gave ("html", "text", a MIME type), or sniffed."""
    if declared is None:
        return sniff(text)
    value = declared.strip().lower()
    if value in {"html", "text/html", "application/xhtml+xml", "xhtml"}:
        return ContentType.HTML
    if value in {"text", "txt", "text/plain", "plain"}:
        return ContentType.TEXT
    raise ValueError(f"content_type must be 'html' or 'text', not {declared!r}")
