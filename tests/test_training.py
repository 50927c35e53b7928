"""The parts of the training commands that need no ../shared data: the teacher's
sentence splitter and how the student weighs the teacher's soft labels."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from filter.document import Block
from training import segdata, segments, teacher


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param("The city council met on Tuesday evening. It approved the budget by 31 votes.",
                     ["The city council met on Tuesday evening.", "It approved the budget by 31 votes."], id="two-sentences"),
        pytest.param("U.S. forces struck 3.5 km from the base on Monday night, officials said.",
                     ["U.S. forces struck 3.5 km from the base on Monday night, officials said."], id="abbreviation-and-decimal"),
        pytest.param("“We will respond in kind,” he said. “They will regret it,” she added later that day.",
                     ["“We will respond in kind,” he said.", "“They will regret it,” she added later that day."], id="quotes"),
        pytest.param("Too short. Yes.", [], id="short-sentences-dropped"),
    ],
)
def test_teacher_splits_paragraphs_into_sentences(paragraph: str, expected: list[str]) -> None:
    assert list(teacher.sentences(paragraph)) == expected


def _pool(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "teacher.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_distilled_pool_drops_banned_and_repeated_sentences(tmp_path: Path) -> None:
    path = _pool(tmp_path, [
        {"text": "The vote was a disgrace.", "p_opinion": 0.9, "source": "hyperpartisan", "group": "1"},
        {"text": "The vote was a DISGRACE!", "p_opinion": 0.8, "source": "hyperpartisan", "group": "2"},
        {"text": "The council met on Tuesday.", "p_opinion": 0.1, "source": "hyperpartisan", "group": "3"},
    ])
    banned = {segdata.norm_key("The council met on Tuesday.")}
    out = segments.distilled_sentences(path, banned)
    assert [(text, p) for text, p, _, _ in out] == [("The vote was a disgrace.", 0.9)]
    assert out[0][2:] == (segdata.fold_of("distilled:hyperpartisan:1"), "distilled:hyperpartisan:1")


def test_soft_labels_weigh_each_pool_sentence_once_in_the_opinion_head_only() -> None:
    blocks = [Block("a"), Block("b"), Block("c"), Block("c")]
    ts = {
        "blocks": blocks,
        "labels": np.array(["news", "opinion", "opinion", "news"]),
        "source": np.array(["checkthat", "checkthat", "distilled", "distilled"]),
        "dup": np.array([False, False, True, True]),
        "soft": np.array([np.nan, np.nan, 0.7, 0.3]),
    }
    filler_w, opinion_w, context_w = segments.weights(ts)
    # The two rows of the pool sentence: 0.7 for opinion, 0.3 for news, and
    # the pool counts DISTILLED_SHARE times the two CheckThat rows in all.
    assert opinion_w[2:] == pytest.approx(segments.DISTILLED_SHARE * 2 * np.array([0.7, 0.3]))
    assert opinion_w[:2].tolist() == [1.0, 1.0]
    assert filler_w[2:].tolist() == [0.0, 0.0]
    assert context_w[2:].tolist() == [0.0, 0.0]
