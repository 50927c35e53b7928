"""The labelled segments the first model is trained on.

Sources and how they map to our labels:
- CheckThat! 2024 subjectivity (train, dev): OBJ → news, SUBJ → opinion.
- BABE: "Entirely factual" → news, "Expresses writer's opinion" → opinion.
- Clickbait (Chakraborty 2016): clickbait headlines → filler.
- wcxb-dev pages: blocks that align with the ground truth → news, blocks
  that share nothing with it → filler (navigation, promo, prompts).

Splits are by group: the article for BABE, the page for wcxb, a hash bucket of
the sentence for CheckThat and clickbait (they carry no article id). Duplicate
texts are dropped, keeping the first in sorted order.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from filter.document import Block, Label
from filter.decode import decode
from filter.segment import segment_html

LICENCES = {
    "checkthat": "CC BY-NC-SA 4.0 (non-commercial, share-alike)",
    "babe": "AGPL-3.0",
    "clickbait": "MIT",
    "wcxb-dev": "CC-BY-4.0",
}

HELD_OUT_SHARE = 0.2
WCXB_PAGES = 400
"""wcxb-dev pages read for content and boilerplate blocks (sorted by id)."""
CONTENT_OVERLAP = 0.8
BOILERPLATE_OVERLAP = 0.05
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Example:
    block: Block
    label: Label
    source: str
    group: str


def _bucket(group: str, seed: int) -> float:
    digest = hashlib.sha256(f"{seed}:{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _checkthat(data: Path, name: str) -> list[Example]:
    path = data / "segments/checkthat-subjectivity-en" / name
    out = []
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            label = Label.OPINION if row["label"].strip() == "SUBJ" else Label.NEWS
            text = row["sentence"].strip()
            out.append(Example(Block(text), label, "checkthat", f"ct:{text}"))
    return out


def checkthat_test(data: Path) -> list[Example]:
    """The official 2024 test set: for reporting only, never for training."""
    return _checkthat(data, "dev_test_en.tsv")


def _babe(data: Path) -> list[Example]:
    path = data / "segments/babe/final_labels_SG2.csv"
    mapping = {"Entirely factual": Label.NEWS, "Expresses writer’s opinion": Label.OPINION}
    out = []
    with path.open(encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            label = mapping.get(row["label_opinion"].strip())
            if label is not None:
                out.append(Example(Block(row["text"].strip()), label, "babe", f"babe:{row['news_link']}"))
    return out


def _clickbait(data: Path) -> list[Example]:
    path = data / "segments/clickbait-chakraborty2016/clickbait_data.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    return [Example(Block(line, tag="a"), Label.FILLER, "clickbait", f"cb:{line}") for line in lines]


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < 4:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def _wcxb(data: Path) -> list[Example]:
    root = data / "extraction/wcxb-dev"
    out = []
    for truth_path in sorted((root / "ground-truth").glob("*.json"))[:WCXB_PAGES]:
        page_id = truth_path.stem
        record = json.loads(truth_path.read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        truth = truth if isinstance(truth, dict) else eval_literal(truth)
        main = truth.get("main_content") or ""
        html_path = root / "html" / f"{page_id}.html.gz"
        if not main or not html_path.is_file():
            continue
        gold = _shingles(main)
        blocks = segment_html(decode(gzip.decompress(html_path.read_bytes())))
        for block in blocks:
            shingles = _shingles(block.text)
            if not shingles:
                continue
            overlap = len(shingles & gold) / len(shingles)
            if overlap >= CONTENT_OVERLAP and len(block.text.split()) >= 8:
                out.append(Example(block, Label.NEWS, "wcxb-dev", f"wcxb:{page_id}"))
            elif overlap <= BOILERPLATE_OVERLAP:
                out.append(Example(block, Label.FILLER, "wcxb-dev", f"wcxb:{page_id}"))
    return out


def eval_literal(value: str) -> dict:
    import ast

    return ast.literal_eval(value)


def build(data: Path, seed: int) -> tuple[list[Example], list[Example], dict[str, int]]:
    """Training rows, held-out rows (by group), and the row count per source."""
    examples = _checkthat(data, "train_en.tsv") + _checkthat(data, "dev_en.tsv")
    examples += _babe(data) + _clickbait(data) + _wcxb(data)
    test_texts = {e.block.text for e in checkthat_test(data)}
    seen: set[str] = set()
    unique = []
    for example in examples:
        key = " ".join(example.block.text.lower().split())
        if key in seen or example.block.text in test_texts:
            continue
        seen.add(key)
        unique.append(example)
    train = [e for e in unique if _bucket(e.group, seed) >= HELD_OUT_SHARE]
    held_out = [e for e in unique if _bucket(e.group, seed) < HELD_OUT_SHARE]
    counts = Counter(e.source for e in unique)
    return train, held_out, dict(counts)
