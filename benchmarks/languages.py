"""How often the opinion label fires, by the language of the page.

    python -m benchmarks.languages --data ../shared/data/extraction/trafilatura-eval

The news/opinion training sentences (CheckThat, BABE, and the teacher's
labels) are English, so the opinion label is learned from English wording.
This command measures what that means on pages in other languages: it cleans
every page of a set, guesses each page's language from the function words of
what ``clean()`` keeps (``LANGUAGE_WORDS``; a page where none of the lists
makes up ``MIN_SHARE`` of the words is "other"), and prints, by language, how
many pages and kept segments there are, the mean P(opinion) of the kept
segments, the share labelled opinion, and how many pages the verdict calls
opinion.

No set labels paragraphs as opinion in other languages, so this says how
often the label fires, not whether it is right; on a set of news pages in
several languages the English rate is the reference.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is that for with was are this have from they".split()),
    "de": frozenset("der die und das ist nicht mit sich auf für ein eine dem den".split()),
    "fr": frozenset("le la les et est des une dans pour qui pas sur du".split()),
    "es": frozenset("el los las y es del una con por para que se".split()),
    "it": frozenset("il di che è della per non una sono gli nel".split()),
}
"""Frequent function words of each language the command tells apart."""
MIN_SHARE = 0.05
"""A language's words must make up this share of a page's kept words."""
MIN_CHARS = 80
"""Only kept segments this long are counted: headings and bylines say little of tone."""

_WORDS = re.compile(r"\w+")


def language_of(text: str) -> str:
    """The language whose ``LANGUAGE_WORDS`` make up the largest share of
    ``text``'s words, or "other" when none makes up ``MIN_SHARE``."""
    words = _WORDS.findall(text.lower())
    if not words:
        return "other"
    counts = {language: sum(map(listed.__contains__, words)) for language, listed in LANGUAGE_WORDS.items()}
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] >= MIN_SHARE * len(words) else "other"


@dataclass
class Tally:
    """What one language's pages add up to."""

    pages: int = 0
    opinion_pages: int = 0
    opinion: list[float] = field(default_factory=list)
    labelled_opinion: int = 0


def tally(results: Iterable[object]) -> dict[str, Tally]:
    """Fold ``clean()`` results into one ``Tally`` per language."""
    from filter.document import Label

    out: dict[str, Tally] = defaultdict(Tally)
    for result in results:
        kept = [s for s in result.segments if s.kept and len(s.text) >= MIN_CHARS]  # type: ignore[attr-defined]
        if not kept:
            continue
        entry = out[language_of(" ".join(s.text for s in kept))]
        entry.pages += 1
        entry.opinion_pages += result.summary.label is Label.OPINION  # type: ignore[attr-defined]
        entry.opinion.extend(s.scores[Label.OPINION] for s in kept)
        entry.labelled_opinion += sum(s.label is Label.OPINION for s in kept)
    return dict(out)


def print_tally(tallies: dict[str, Tally], out=sys.stdout) -> None:
    print("| language | pages | kept segments | mean P(opinion) | labelled opinion | pages called opinion |", file=out)
    print("| --- | ---: | ---: | ---: | ---: | ---: |", file=out)
    for language in sorted(tallies, key=lambda k: (-tallies[k].pages, k)):
        t = tallies[language]
        n = len(t.opinion)
        mean = sum(t.opinion) / n if n else 0.0
        share = t.labelled_opinion / n if n else 0.0
        print(f"| {language} | {t.pages} | {n} | {mean:.3f} | {share:.1%} | {t.opinion_pages} |", file=out)


def _results(folder: Path, limit: int | None) -> Iterable[object]:
    from filter import clean
    from filter.errors import FilterError

    from .datasets import load

    for page in load(folder, limit):
        try:
            yield clean(page.html)
        except FilterError:
            continue


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.languages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="an extraction set (../shared/data/extraction/trafilatura-eval)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder")
    print_tally(tally(_results(args.data, args.limit)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
