"""The benchmark harness: metrics computed by hand, loaders, tables, gate.

Everything here runs on the hand-written fixture in ``fixtures/aeb-mini`` or on
data built in a temporary folder; nothing reads ``../shared``.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from benchmarks import extraction, gate, runner
from benchmarks.datasets import DatasetError, Format, Truth, detect_format, load, load_truths
from benchmarks.metrics import (
    Overlap,
    Score,
    SnippetCounts,
    aeb_page,
    aeb_score,
    bag_of_words_f1,
    shingles,
    snippet_counts,
    snippet_score,
    tokenize,
)
from benchmarks.report import percentile, render, summarise, table
from benchmarks.runner import PageRun, ToolRun
from benchmarks.tools import TOOLS, Tool, markup_text

AEB_MINI = Path(__file__).parent / "fixtures" / "aeb-mini"


# --- metrics ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("U.S.-led talks", ["U", "S", "led", "talks"], id="punctuation-splits"),
        pytest.param("Café naïve 東京", ["Café", "naïve", "東京"], id="unicode-words"),
        pytest.param("The the", ["The", "the"], id="case-kept"),
        pytest.param("  \n ", [], id="blank"),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", Counter(), id="empty-has-none"),
        pytest.param("Hello", Counter({("Hello",): 1}), id="one-token-one-shingle"),
        pytest.param("a b c", Counter({("a", "b", "c"): 1}), id="three-tokens-one-shingle"),
        pytest.param("a b c d", Counter({("a", "b", "c", "d"): 1}), id="four-tokens-one-shingle"),
        pytest.param(
            "a b c d e",
            Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}),
            id="five-tokens-two-shingles",
        ),
        pytest.param(
            "a b c d a b c d",
            Counter(
                {
                    ("a", "b", "c", "d"): 2,
                    ("b", "c", "d", "a"): 1,
                    ("c", "d", "a", "b"): 1,
                    ("d", "a", "b", "c"): 1,
                }
            ),
            id="repeated-shingle-counted-twice",
        ),
    ],
)
def test_shingles(text: str, expected: Counter[tuple[str, ...]]) -> None:
    assert shingles(text) == expected


@pytest.mark.parametrize(
    ("truth", "prediction", "expected"),
    [
        pytest.param("a b c d e", "a b c d e", Overlap(1, 0, 0), id="identical"),
        pytest.param("a b c d e", "", Overlap(0, 0, 1), id="empty-prediction"),
        pytest.param("", "a b c d e", Overlap(0, 1, 0), id="empty-truth"),
        pytest.param("", "", Overlap(0, 0, 0), id="both-empty"),
        pytest.param("Hello world", "Hello, world!", Overlap(1, 0, 0), id="short-texts-match"),
        pytest.param(
            "Hello world", "Hello there world", Overlap(0, 0.5, 0.5), id="short-texts-differ"
        ),
        # truth has abcd twice among 5 shingles, the prediction abcd once
        pytest.param("a b c d a b c d", "a b c d", Overlap(0.2, 0, 0.8), id="repeated-shingles"),
        pytest.param("a b c d e", "a b c d", Overlap(0.5, 0, 0.5), id="fp-zero"),
        pytest.param("a b c d", "w x y z", Overlap(0, 0.5, 0.5), id="tp-zero"),
    ],
)
def test_aeb_page(truth: str, prediction: str, expected: Overlap) -> None:
    assert aeb_page(truth, prediction) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        pytest.param([Overlap(1, 0, 0)], Score(1, 1, 1), id="perfect"),
        # the empty prediction leaves the precision mean and halves recall
        pytest.param(
            [Overlap(1, 0, 0), Overlap(0, 0, 1)], Score(1, 0.5, 2 / 3), id="empty-prediction-page"
        ),
        # the empty truth leaves the recall mean and zeroes one precision
        pytest.param(
            [Overlap(0.5, 0.5, 0), Overlap(0, 1, 0)], Score(0.25, 1, 0.4), id="empty-truth-page"
        ),
        pytest.param([Overlap(0.5, 0, 0.5)], Score(1, 0.5, 2 / 3), id="fp-zero-gives-precision-1"),
        pytest.param([Overlap(0, 0.5, 0.5)], Score(0, 0, 0), id="tp-zero-gives-0"),
        pytest.param([Overlap(0, 0, 0)], Score(0, 0, 0), id="nothing-to-average"),
        pytest.param([], Score(0, 0, 0), id="no-pages"),
    ],
)
def test_aeb_score(pages: list[Overlap], expected: Score) -> None:
    assert aeb_score(pages) == pytest.approx(expected)


def test_aeb_score_ignores_text_length() -> None:
    short = aeb_page("a b c d e", "a b c d")
    long = aeb_page(" ".join(f"w{i}" for i in range(1000)), " ".join(f"w{i}" for i in range(999)))
    assert aeb_score([short, long]).precision == 1.0


@pytest.mark.parametrize(
    ("truth", "prediction", "expected"),
    [
        pytest.param("a b c", "a b c", 1.0, id="identical"),
        pytest.param("", "", 1.0, id="both-empty"),
        pytest.param("a b c", "", 0.0, id="empty-prediction"),
        pytest.param("a b c", "a b d", 2 / 3, id="one-wrong"),
        pytest.param("a a b", "a b", 0.8, id="multiplicity"),
        pytest.param("d c b a", "a b c d", 1.0, id="order-free"),
    ],
)
def test_bag_of_words_f1(truth: str, prediction: str, expected: float) -> None:
    assert bag_of_words_f1(truth, prediction) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("prediction", "with_", "without", "expected"),
    [
        pytest.param(
            "Hello   world\n\nfoo",
            ["Hello world"],
            ["foo bar"],
            SnippetCounts(tp=1, tn=1),
            id="whitespace-normalised",
        ),
        pytest.param("", ["a b", "c"], ["d"], SnippetCounts(fn=2, tn=1), id="empty-prediction"),
        pytest.param(
            "menu a b", ["a b"], ["menu"], SnippetCounts(tp=1, fp=1), id="boilerplate-kept"
        ),
    ],
)
def test_snippet_counts(
    prediction: str, with_: list[str], without: list[str], expected: SnippetCounts
) -> None:
    assert snippet_counts(prediction, with_, without) == expected


def test_snippet_score_is_micro_averaged() -> None:
    counts = SnippetCounts(tp=2, fn=1) + SnippetCounts(tp=1, fp=1, tn=5)
    assert snippet_score(counts) == pytest.approx(Score(0.75, 0.75, 0.75))
    assert counts.accuracy == pytest.approx(0.8)


# --- datasets ----------------------------------------------------------------


def test_fixture_is_aeb_and_sorted() -> None:
    assert detect_format(AEB_MINI) is Format.AEB
    pages = list(load(AEB_MINI))
    assert [p.page_id for p in pages] == sorted(p.page_id for p in pages)
    assert len(pages) == 4
    assert all(p.html.startswith(b"<!DOCTYPE html>") for p in pages)
    assert {p.truth.site for p in pages} == {"courier.example"}


def test_limit_keeps_first_pages() -> None:
    assert list(load_truths(AEB_MINI, 2)) == ["bridge-reopens", "library-hours"]


def _gz(path: Path, html: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(html.encode("utf-8")))


def test_wcxb_layout(tmp_path: Path) -> None:
    entry = {
        "url": "https://www.shop.example/item",
        "_internal": {"page_type": {"primary": "product"}},
        "ground_truth": {"main_content": "A kettle.", "with": ["A kettle"], "without": ["Cart"]},
    }
    (tmp_path / "ground-truth").mkdir()
    (tmp_path / "ground-truth" / "0001.json").write_text(json.dumps(entry))
    _gz(tmp_path / "html" / "0001.html.gz", "<p>A kettle.</p>")
    [page] = load(tmp_path)
    assert detect_format(tmp_path) is Format.WCXB
    assert page.html == b"<p>A kettle.</p>"
    assert page.truth == Truth(
        text="A kettle.",
        with_snippets=("A kettle",),
        without_snippets=("Cart",),
        url=entry["url"],
        page_type="product",
        site="shop.example",
    )


def test_trafilatura_layout(tmp_path: Path) -> None:
    data = {
        "https://b.example/x": {"file": "b.html.gz", "with": ["w"], "without": ["n"]},
        "hard::a.html": {"file": "a.html.gz", "with": [], "without": []},
    }
    (tmp_path / "evaldata.json").write_text(json.dumps(data))
    _gz(tmp_path / "html" / "a.html.gz", "<p>a</p>")
    _gz(tmp_path / "html" / "b.html.gz", "<p>b</p>")
    pages = list(load(tmp_path))
    assert [p.page_id for p in pages] == ["hard::a.html", "https://b.example/x"]
    assert pages[1].truth.text is None and pages[1].truth.site == "b.example"


def test_unknown_layout_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not a known dataset"):
        detect_format(tmp_path)


# --- tools, runner and report ------------------------------------------------


def test_markup_text_splits_blocks() -> None:
    markup = "<div>Intro<p>One  <b>bold</b></p>two<br>three<ul><li>x</li><li>y</li></ul></div>"
    assert markup_text(markup) == "Intro\n\nOne bold\n\ntwo\n\nthree\n\nx\n\ny"


def _raise_on_storm() -> runner.Extractor:
    def extract(html: bytes) -> str:
        if b"Storm" in html:
            raise RuntimeError("boom")
        return html.decode("utf-8")

    return extract


def test_worker_records_errors_as_empty_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(TOOLS, "fake", Tool("json", "no-such-distribution", _raise_on_storm))
    out = tmp_path / "fake.jsonl"
    runner.work("fake", AEB_MINI, None, out)
    run = runner.read_run("fake", out)
    errors = {p.page_id: p.error for p in run.pages if p.error}
    assert errors == {"storm-warning": "RuntimeError: boom"}
    assert run.pages[-1].text == ""  # storm-warning sorts last
    assert run.peak_rss_kib >= run.base_rss_kib > 0


def test_summary_of_a_perfect_run() -> None:
    truths = load_truths(AEB_MINI)
    pages = tuple(
        PageRun(pid, truth.text or "", 0.001 * (i + 1))
        for i, (pid, truth) in enumerate(truths.items())
    )
    run = ToolRun("oracle", "1", pages, base_rss_kib=1024, peak_rss_kib=2048)
    summary = summarise(run, run.pages, truths)
    assert summary.aeb == Score(1.0, 1.0, 1.0)
    assert summary.bag_of_words_f1 == 1.0
    assert summary.snippets is None
    assert (summary.ms_median, summary.ms_p99, summary.peak_mib) == pytest.approx((2.5, 4.0, 2.0))
    assert "| oracle | 1 | 4 | 0 | 1.000 |" in table([summary], markdown=True)


@pytest.mark.parametrize(
    ("values", "share", "expected"),
    [
        pytest.param([], 0.99, 0.0, id="empty"),
        pytest.param([5.0], 0.99, 5.0, id="single"),
        pytest.param([float(v) for v in range(1, 101)], 0.99, 99.0, id="nearest-rank"),
    ],
)
def test_percentile(values: list[float], share: float, expected: float) -> None:
    assert percentile(values, share) == expected


def test_render_markdown_aligns_numbers_right() -> None:
    assert render(["tool", "F1"], [["x", "0.5"]], markdown=True).splitlines()[1] == "| --- | ---: |"


def test_unknown_tool_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert extraction.main(["--data", str(AEB_MINI), "--tools", "nonesuch"]) == 2
    assert "unknown tool" in capsys.readouterr().err


# --- gate ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measured", "floor", "update", "allow_lower", "expected"),
    [
        pytest.param(0.9, 0.8, False, False, (0, 0.8), id="above-floor-passes"),
        pytest.param(0.8, 0.8, False, False, (0, 0.8), id="at-floor-passes"),
        pytest.param(0.7, 0.8, False, False, (1, 0.8), id="below-floor-fails"),
        pytest.param(0.91237, 0.8, True, False, (0, 0.9123), id="update-raises-rounded-down"),
        pytest.param(0.7, 0.8, True, False, (1, 0.8), id="update-never-lowers"),
        pytest.param(0.7, 0.8, True, True, (0, 0.7), id="allow-lower-lowers"),
    ],
)
def test_gate_decide(
    measured: float, floor: float, update: bool, allow_lower: bool, expected: tuple[int, float]
) -> None:
    assert gate.decide(measured, floor, update, allow_lower) == expected


def test_shipped_floors_are_readable() -> None:
    floors = gate.read_floors(gate.FLOORS_PATH)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


# --- end to end with newsfilter ----------------------------------------------------


def _newsfilter_ready() -> bool:
    try:
        from filter import clean  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _newsfilter_ready(), reason="filter.clean does not exist yet")
def test_benchmark_runs_newsfilter_on_fixture(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert (
        extraction.main(["--data", str(AEB_MINI), "--tools", "newsfilter", "--json", str(out)]) == 0
    )
    results = json.loads(out.read_text(encoding="utf-8"))
    [summary] = results["tools"]
    errors = [page["error"] for page in results["pages"]["newsfilter"] if page["error"]]
    assert errors == []
    assert (summary["tool"], summary["pages"]) == ("newsfilter", 4)
    assert 0.0 <= summary["aeb"]["f1"] <= 1.0


@pytest.mark.skipif(not _newsfilter_ready(), reason="filter.clean does not exist yet")
def test_gate_update_writes_floor_for_the_folder(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text('{"scrapinghub-aeb": 0.5}\n', encoding="utf-8")
    assert gate.main(["--data", str(AEB_MINI), "--floors", str(floors), "--update"]) == 0
    stored = gate.read_floors(floors)
    assert stored["scrapinghub-aeb"] == 0.5
    assert 0.0 <= stored.get("aeb-mini", 0.0) <= 1.0


def test_heldout_runs_clean_on_held_out_block_probabilities(tmp_path: Path) -> None:
    """``benchmarks.heldout`` on a one-page wcxb-style set, with the shipped
    block model's probabilities standing in for a cross-validation's."""
    import joblib

    from benchmarks import heldout
    from filter.decode import decode
    from filter.pipeline import default_block_model
    from filter.segment import segment_html
    from training.blocks import align_with_text, blocks_digest

    html = (Path(__file__).parent / "fixtures" / "html" / "nav_bar.html").read_bytes()
    folder = tmp_path / "extraction" / "wcxb-dev"
    (folder / "html").mkdir(parents=True)
    (folder / "ground-truth").mkdir()
    (folder / "html" / "p1.html.gz").write_bytes(gzip.compress(html))
    blocks = segment_html(decode(html))
    (probability,) = default_block_model().content_probability([blocks])
    body = "\n\n".join(b.text for b, p in zip(blocks, probability) if p >= 0.5)
    truth = {"url": "https://example.org/a", "ground_truth": {"main_content": body}, "_internal": {"page_type": {"primary": "article"}}}
    (folder / "ground-truth" / "p1.json").write_text(json.dumps(truth), encoding="utf-8")
    store = tmp_path / "held-out.joblib"
    joblib.dump({"pages": {("wcxb-dev", "p1"): (blocks_digest(blocks), probability, align_with_text(blocks, body))}}, store)

    result = heldout.run(tmp_path, store)
    assert result["skipped_pages"] == 0 and result["pages_not_in_file"] == 0
    assert result["wcxb-dev"]["article"]["pages"] == 1
    assert result["wcxb-dev"]["article"]["aeb_f1"] > 0.9
    assert result["segment_labels"]["filler_vs_content_f1"] > 0.9
    heldout.print_result(result, out=io.StringIO())


@pytest.mark.parametrize(
    ("filler", "is_filler", "expected"),
    [
        pytest.param([0.9, 0.1], [True, False], 0.1, id="confident-and-right"),
        pytest.param([0.9, 0.1], [False, True], 0.9, id="confident-and-wrong"),
    ],
)
def test_heldout_ece(filler: list[float], is_filler: list[bool], expected: float) -> None:
    from benchmarks.heldout import ece

    assert ece(np.array(filler), np.array(is_filler)) == pytest.approx(expected)


SEMEVAL_TRUTH = """<?xml version="1.0" ?>
<articles>
<article hyperpartisan="false" id="0000001" labeled-by="article" url="https://www.example.com/opinion/columns/the-library-must-stay/"/>
<article hyperpartisan="false" id="0000002" labeled-by="article" url="https://www.example.org/news/council-votes-to-close-library/"/>
<article hyperpartisan="true" id="0000003" labeled-by="article" url="https://www.example.net/news/hyperpartisan-is-left-out/"/>
<article hyperpartisan="false" id="0000004" labeled-by="article" url="https://www.example.net/about/no-section-is-left-out/"/>
</articles>
"""


def test_verdict_benchmark_labels_by_url_section(tmp_path: Path) -> None:
    """``benchmarks.verdict`` on a four-article SemEval-style folder: the
    opinion URL and the news URL are read, the others left out."""
    from benchmarks import verdict
    from tests.test_pipeline import COLUMN, FRAGMENT

    folder = tmp_path / "segments" / "semeval2019-hyperpartisan"
    folder.mkdir(parents=True)
    bodies = {"0000001": COLUMN.split("\n\n"), "0000002": list(FRAGMENT), "0000003": list(FRAGMENT), "0000004": list(FRAGMENT)}
    articles = "".join(
        f'<article id="{a}" title="t">' + "".join(f"<p>{p}</p>" for p in ps) + "</article>" for a, ps in bodies.items()
    )
    for name in verdict.GROUND_TRUTH:
        (folder / name).write_text(SEMEVAL_TRUTH if "training" in name else "<articles></articles>", encoding="utf-8")
    for i, name in enumerate(("articles-training-byarticle-20181122.xml", "articles-test-byarticle-20181207.xml")):
        (folder / name).write_text(f"<articles>{articles if i == 0 else ''}</articles>", encoding="utf-8")

    docs = verdict.documents(tmp_path)
    assert [(d.article, d.opinion, d.site) for d in docs] == [("0000001", True, "example.com"), ("0000002", False, "example.org")]
    result = verdict.run(tmp_path)
    assert result["confusion"] == {"opinion called opinion": 1, "opinion called otherwise": 0,
                                   "news called opinion": 0, "news called otherwise": 1}
    verdict.print_result(result, out=io.StringIO())


@pytest.mark.parametrize(
    ("url", "hyperpartisan", "expected"),
    [
        pytest.param("https://www.sfchronicle.com/opinion/editorials/article/x.php", False, True, id="opinion-section"),
        pytest.param("http://www.stlamerican.com/news/columnists/eugene/x.html", False, True, id="columnists"),
        pytest.param("https://www.usatoday.com/story/news/politics/2017/x/", False, False, id="news-section"),
        pytest.param("https://www.usatoday.com/story/news/politics/2017/x/", True, None, id="hyperpartisan-news"),
        pytest.param("https://opinion.example.com/about/x/", False, None, id="host-is-not-path"),
        pytest.param("https://www.cbsnews.com/2017/10/12/x/", False, False, id="dated-report"),
    ],
)
def test_verdict_section_label(url: str, hyperpartisan: bool, expected: bool | None) -> None:
    from benchmarks.verdict import section_label

    assert section_label(url, hyperpartisan) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The council said that the bridge was closed for the winter.", "en", id="english"),
        pytest.param("Die Stadt hat die Brücke für den Winter gesperrt, sagt der Rat.", "de", id="german"),
        pytest.param("Le conseil a dit que le pont est fermé pour la saison.", "fr", id="french"),
        pytest.param("Bridge closed 2024", "other", id="no-function-words"),
        pytest.param("", "other", id="empty"),
    ],
)
def test_languages_guess_a_page_language_from_function_words(text: str, expected: str) -> None:
    from benchmarks.languages import language_of

    assert language_of(text) == expected


def test_languages_tally_counts_kept_segments_by_language() -> None:
    """``benchmarks.languages`` on two plain-text results: an English column
    and a German report, each its own language, short segments left out."""
    from benchmarks.languages import print_tally, tally
    from filter import clean
    from tests.test_pipeline import COLUMN

    german = ("Die Stadt hat die Brücke über den Fluss am Montag für den Verkehr gesperrt, teilte die Verwaltung mit. "
              "Nach Angaben des Bauamts ist die Sanierung der Pfeiler nicht vor dem Sommer abgeschlossen.")
    tallies = tally([clean(COLUMN), clean(german + "\n\nKurz.")])
    assert sorted(tallies) == ["de", "en"]
    assert (tallies["de"].pages, len(tallies["de"].opinion)) == (1, 1)
    assert tallies["en"].pages == 1 and tallies["en"].labelled_opinion >= 1
    out = io.StringIO()
    print_tally(tallies, out=out)
    assert "| de | 1 | 1 |" in out.getvalue()
