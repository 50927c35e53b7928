"""Readers of the labelled sentence sets in ``../shared/data/segments``.

Standard library only: ``training.segdata`` (the segment training rows) and
``training.teacher`` (which runs in a separate torch environment without
newsfilter's dependencies) read the same files through these functions, so
both see the same sentences and labels.
"""

from __future__ import annotations

import csv
import html as htmllib
import re
from collections.abc import Iterator

CHECKTHAT = "segments/checkthat-subjectivity-en"
HYPERPARTISAN = "segments/semeval2019-hyperpartisan"
HYPERPARTISAN_FILES = ("articles-training-byarticle-20181122.xml", "articles-test-byarticle-20181207.xml")

BABE_MAP = {"Entirely factual": "news", "Expresses writer’s opinion": "opinion"}
"""BABE ``label_opinion`` values kept, and their labels (the middle class and
"No agreement" are dropped)."""

_ARTICLE = re.compile(r'<article id="(\d+)"[^>]*>(.*?)</article>', re.DOTALL)
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def read_checkthat(data: str, split: str) -> list[dict[str, str]]:
    """The rows of CheckThat 2024 ``train``, ``dev`` or ``dev_test`` (the test
    set: for reporting only), read as TSV with quoting disabled."""
    with open(f"{data}/{CHECKTHAT}/{split}_en.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_babe(data: str) -> Iterator[tuple[str, str, str]]:
    """(text, label, news_link) of the BABE SG2 sentences whose opinion label
    is in ``BABE_MAP``."""
    with open(f"{data}/segments/babe/final_labels_SG2.csv", encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            label = BABE_MAP.get(r["label_opinion"])
            if label:
                yield r["text"].strip(), label, r["news_link"]


def hyperpartisan_paragraphs(data: str, name: str) -> Iterator[tuple[str, str]]:
    """(article id, paragraph text) of one SemEval 2019 hyperpartisan articles
    file, tags removed, entities decoded, whitespace normalised."""
    with open(f"{data}/{HYPERPARTISAN}/{name}", encoding="utf-8") as fh:
        text = fh.read()
    for m in _ARTICLE.finditer(text):
        for p in _PARAGRAPH.findall(m.group(2)):
            yield m.group(1), " ".join(htmllib.unescape(_TAG.sub("", p)).split())
