"""Export a model directory's fitted model to the arrays ``clean()`` loads.

    python -m training.export models/segments-v6 models/blocks-v5

Training writes ``model.npz`` itself (``write_export``); this command is for a
model directory made before models were exported. It checks the pickle's
sha256 against the card, unpickles it (which needs the scikit-learn on the
card), writes ``model.npz`` next to it (the same bytes every time for the same
model), and adds its sha256 to the card under ``inference``. The pickle and
the rest of the card are left as they were.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from filter.errors import FilterError
from filter.inference import (
    EXPORT_FORMAT,
    ExportError,
    export_blocks,
    export_segments,
    write_arrays,
)
from filter.model import (
    BLOCKS,
    CARD_FILE,
    EXPORT_FILE,
    MODEL_FILE,
    SEGMENTS,
    _check_versions,
    _checked_digest,
    _read_card,
    sha256_of,
)
from filter.versions import BLOCK_FEATURE_VERSION, FEATURE_VERSION


def write_export(directory: Path, model: object, kind: str) -> dict[str, object]:
    """Write ``model.npz`` for a fitted model of ``kind`` ("segments" or
    "blocks") into ``directory``; the card's ``inference`` entry for it."""
    if kind == SEGMENTS.name:
        arrays = export_segments(model, FEATURE_VERSION)
    else:
        arrays = export_blocks(model, BLOCK_FEATURE_VERSION)  # type: ignore[arg-type]
    path = directory / EXPORT_FILE
    write_arrays(path, arrays)
    return {"file": EXPORT_FILE, "format": EXPORT_FORMAT, "sha256": sha256_of(path), "size_bytes": path.stat().st_size}


def export_lines(card: dict[str, object]) -> list[str]:
    """The model README's lines on the exported arrays, if the card lists them."""
    entry = card.get("inference")
    if not isinstance(entry, dict):
        return []
    return [
        (
            f"sha256 of `{EXPORT_FILE}`: `{entry['sha256']}`: the same model as plain arrays, which `clean()` loads "
            f"with numpy alone (no unpickling, no scikit-learn); made by `python -m training.export`."
        ),
        "",
    ]


def write_card(directory: Path, card: dict[str, object]) -> None:
    """card.json, as every model directory has it: sorted keys, two-space indent."""
    (directory / CARD_FILE).write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def export_directory(directory: Path) -> dict[str, object]:
    """Export the verified pickle of ``directory``; its updated card."""
    import joblib

    directory = directory.resolve()
    if not (directory / CARD_FILE).is_file():
        raise ExportError(f"{directory} holds no {CARD_FILE}: it is not a model directory")
    card = _read_card(directory, SEGMENTS)
    kind = BLOCKS if card.get("kind") == BLOCKS.name else SEGMENTS
    _checked_digest(directory / MODEL_FILE, card["sha256"], kind)
    _check_versions(card, directory, kind, allow_version_mismatch=False)
    model = joblib.load(directory / MODEL_FILE)
    card["inference"] = write_export(directory, model, kind.name)
    write_card(directory, card)
    if kind is BLOCKS:
        from training.blocks import write_readme
    else:
        from training.segments import write_readme
    write_readme(directory, card)
    return card


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directories", nargs="+", type=Path, help="model directories (with model.joblib and card.json)")
    args = parser.parse_args(argv)
    failed = 0
    for directory in args.directories:
        try:
            card = export_directory(directory)
        except (FilterError, ExportError) as exc:
            print(f"{directory}: not exported: {exc}", file=sys.stderr)
            failed += 1
            continue
        entry = card["inference"]
        print(f"{directory}: {EXPORT_FILE} {entry['size_bytes']} bytes, sha256 {entry['sha256']}", file=sys.stderr)  # type: ignore[index]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
