"""The section a page files itself under, when that section is opinion.

A newspaper files its columns, editorials, reviews and letters under
sections of their own, and says so in the page: schema.org's
``OpinionNewsArticle`` and ``ReviewNewsArticle`` types in JSON-LD, an
``articleSection`` or ``<meta property="article:section">`` of "Opinion",
"Meinung" or "Tribune", and a URL path such as ``/opinion/`` or
``/commentisfree/``. Words alone tell a subtle column from a report poorly
(the segment classifier reads a sarcastic column's paragraphs as news), so
the page's own filing is read as evidence about every paragraph
(``pipeline.SECTION_OPINION_SHIFT``) and decides the document's verdict.

The segmenter gathers the ``<meta>`` values and JSON-LD scripts on its one
walk (``segment.PageFacts``); only those and the URL are read, never the
words of the article, so a report that mentions an op-ed is not one.
"""

from __future__ import annotations

import re

from .segment import PageFacts

OPINION_SECTIONS = frozenset(
    {
        # English
        "opinion", "opinions", "op-ed", "op-eds", "oped", "op ed", "commentary", "comment", "comment is free",
        "commentisfree", "editorial", "editorials", "columnists", "letters",
        "letters to the editor", "voices", "guest essay", "guest column",
        # German, French, Spanish, Italian, Dutch, Portuguese, Polish
        "meinung", "meinungen", "kommentar", "kommentare", "standpunkt", "gastbeitrag", "leitartikel", "kolumne",
        "kolumnen", "tribune", "tribunes", "éditorial", "editoriaux", "chronique", "chroniques", "idées", "débats",
        "opinión", "tribuna", "editoriales", "columnas", "opinione", "opinioni", "editoriale", "editoriali",
        "commenti", "opinie", "opinião", "opiniao", "opinia", "felietony", "publicystyka",
    }
)
"""Section names that file a page as opinion, compared case-folded with a
whole part of the declared section ("Opinion | Columnists", "News > Opinion",
a list of tags). Words that also name other things in a tag list ("column",
"perspectives") are left out."""

OPINION_TYPES = re.compile(r'"@type"\s*:\s*(?:\[[^\]]{0,200}?)?"(?:https?://schema\.org/)?(Opinion|Review)NewsArticle"')
"""schema.org's types for a news article that is an opinion piece or a
critic's review, in JSON-LD (alone or among several types)."""
_ARTICLE_SECTION = re.compile(r'"articleSection"\s*:\s*(\[[^\]]{0,400}\]|"[^"]{0,200}")')
_SECTION_PARTS = re.compile(r"\s*(?:[|/>›»,:;]|\s-\s|\s–\s)\s*")
_QUOTED = re.compile(r'"([^"]{0,200})"')

OPINION_URL = re.compile(
    r"/(?:opinion(?:s|es|i|e)?|editorials?|editoriali|columns?|columnists?|commentary|commentisfree|op-?eds?"
    r"|letters?(?:-to-the-editor)?|voices|meinung|kommentare?|standpunkt|tribunes?|opiniao|opinia)(?=/|$)",
    re.IGNORECASE,
)
"""A URL path that files the page under opinion: a whole directory of it
(``/opinion/``, not ``/news/opinion-poll-shows``). Not "views", which is also
Drupal's listing module."""
_URL_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://[^/?#]*", re.IGNORECASE)


def _is_opinion_section(value: str) -> bool:
    value = value.strip().casefold()
    if value in OPINION_SECTIONS:
        return True
    return any(part in OPINION_SECTIONS for part in _SECTION_PARTS.split(value) if part)


def opinion_section(facts: PageFacts | None, url: str | None = None) -> str | None:
    """Where the page files itself under opinion, or None: ``"type
    OpinionNewsArticle"`` (JSON-LD), ``"section Opinion"`` (JSON-LD
    ``articleSection`` or a section ``<meta>``) or ``"url /opinion/"``.
    ``facts`` is what ``segment_html`` gathered (None for plain text, whose
    only evidence is its URL)."""
    if facts is not None:
        for script in facts.json_ld:
            if "NewsArticle" in script:
                found = OPINION_TYPES.search(script)
                if found:
                    return f"type {found.group(1)}NewsArticle"
        for script in facts.json_ld:
            if "articleSection" in script:
                for found in _ARTICLE_SECTION.finditer(script):
                    raw = found.group(1)
                    for value in _QUOTED.findall(raw) if raw.startswith("[") else [raw[1:-1]]:
                        if _is_opinion_section(value):
                            return f"section {value.strip()}"
        for value in facts.sections:
            if _is_opinion_section(value):
                return f"section {value.strip()}"
    if url:
        path = _URL_HOST.sub("", url.strip()).split("?", 1)[0].split("#", 1)[0]
        found = OPINION_URL.search(path)
        if found:
            return f"url {found.group(0).rstrip('/')}/"
    return None
