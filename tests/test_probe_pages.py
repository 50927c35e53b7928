"""Issue 3's bug-report cases on pages in other markup than the golden
fixtures: WordPress, Drupal, Arc XP, Next.js hashed classes, AMP, schema.org
microdata, ``<main>`` without ``<article>`` and an old table layout, in
English, German, Spanish and French (``tests/fixtures/html/probe/``, built by
its ``pages.py``; ``run.py`` there prints a table by case).

Each page lists text that must be in ``Result.text``, text that must not, and
whether it is an article; a section front must also give an empty body, and
no paragraph may come out twice.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from filter import clean

PROBE = Path(__file__).parent / "fixtures" / "html" / "probe"
EXPECTATIONS = json.loads((PROBE / "expectations.json").read_text(encoding="utf-8"))
KNOWN_FAILURES = {
    "c01_next_dek": "the block model drops the story's short last paragraph (P(content) 0.49); the lead is kept",
}


def _check():
    spec = importlib.util.spec_from_file_location("probe_run", PROBE / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check


check = _check()


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, id=p["id"], marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[p["id"]], strict=True)] if p["id"] in KNOWN_FAILURES else [])
        for p in EXPECTATIONS
    ],
)
def test_probe_page(page: dict) -> None:
    html = (PROBE / f"{page['id']}.html").read_text(encoding="utf-8")
    assert check(page, clean(html, content_type="html")) == []


def test_every_probe_page_has_its_file_and_expectations() -> None:
    files = sorted(p.stem for p in PROBE.glob("*.html"))
    assert files == sorted(p["id"] for p in EXPECTATIONS)
    assert {p["case"] for p in EXPECTATIONS} == set(range(1, 15))
