"""The models: finding them, verifying them and loading them safely.

A model lives in a directory ``<name>-v<N>/`` holding ``model.joblib`` (the
fitted scikit-learn model, pickled), ``model.npz`` (the same model as plain
arrays, ``filter.inference``) and ``card.json``. The loader reads the card
first and hashes both files; unless each sha256 matches the card, nothing is
loaded. It then loads the arrays, with ``np.load(allow_pickle=False)``: no
code runs and scikit-learn is not imported. A directory made before models
were exported has no ``model.npz``; its pickle is unpickled, only after the
check, and only with the scikit-learn minor version it was built with.
Either way the feature version must be the one this newsfilter computes.

Models are only ever loaded from a directory the caller names or from the
default model directory that ships inside the package.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from .document import LABELS, Block
from .limits import NO_DEADLINE, Deadline
from .errors import ModelError, ModelIntegrityError, ModelVersionError
from .blocks import BlockModel
from .versions import BLOCK_FEATURE_VERSION, FEATURE_VERSION

log = logging.getLogger(__name__)

DEFAULT_MODEL = "segments-v14"
"""The segment classifier ``clean()`` uses unless told otherwise."""
DEFAULT_BLOCK_MODEL = "blocks-v4"
"""The content-versus-boilerplate block classifier for HTML pages."""
MODEL_FILE = "model.joblib"
"""The fitted scikit-learn model, pickled: what training writes."""
EXPORT_FILE = "model.npz"
"""The same model as plain arrays (``filter.inference``): what ``clean()`` loads."""
CARD_FILE = "card.json"
MODEL_ENV = "NEWSFILTER_MODEL"
"""Environment variable naming a segment model directory to use instead of the default."""
BLOCK_MODEL_ENV = "NEWSFILTER_BLOCK_MODEL"
"""Environment variable naming a block model directory to use instead of the default."""
IGNORE_VERSION_ENV = "NEWSFILTER_IGNORE_SKLEARN_VERSION"
"""Set to 1 to load a model built with another scikit-learn, with a warning."""

_HASH_CHUNK = 1 << 20

SCORED_CHARS = 20_000
"""The classifier reads at most this many characters of a segment: ten times
the longest paragraph in the training data. A 5 MB paragraph is scored on its
start instead of costing seconds of regexes and hashing for no signal."""
SCORE_CHUNK = 2_000
"""Segments are scored this many at a time, with a look at the deadline between chunks."""


class SklearnVersionWarning(UserWarning):
    """The model was built with another scikit-learn than the one installed."""


def models_root() -> Path:
    """Where the shipped models are: inside the installed package, or the
    repository's ``models/`` when running from a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parent / "models"):
        if (candidate / DEFAULT_MODEL / CARD_FILE).is_file():
            return candidate
    return here / "models"


def default_model_dir() -> Path:
    named = os.environ.get(MODEL_ENV)
    return Path(named) if named else models_root() / DEFAULT_MODEL


def default_block_model_dir() -> Path:
    named = os.environ.get(BLOCK_MODEL_ENV)
    return Path(named) if named else models_root() / DEFAULT_BLOCK_MODEL


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Model:
    """A loaded, verified classifier and its card."""

    name: str
    pipeline: Any
    card: dict[str, Any]
    path: Path

    def predict_proba(
        self, blocks: Sequence[Block], lengths: Sequence[int] | None = None, *, deadline: Deadline = NO_DEADLINE
    ) -> np.ndarray:
        """Probabilities, one row per block, columns in ``LABELS`` order.

        ``blocks`` may hold the blocks of several documents one after the
        other; ``lengths`` gives the number of blocks of each, so that the
        context pass never looks across documents. Without it, a document
        starts wherever ``Block.index`` does not increase. Documents are
        scored in chunks of whole documents; ``LimitError`` is raised when the
        deadline passes between two chunks.
        """
        if not blocks:
            return np.zeros((0, len(LABELS)))
        from .features import document_ids  # imports scikit-learn, which the unpickled model has already done

        classes = [str(c) for c in self.pipeline.classes_]
        order = [classes.index(label.value) for label in LABELS]
        scored = [b if len(b.text) <= SCORED_CHARS else replace(b, text=b.text[:SCORED_CHARS]) for b in blocks]
        if lengths is None:
            lengths = np.bincount(document_ids(scored, None)).tolist()
        chunks = []
        for start, stop, chunk_lengths in _whole_documents(lengths, SCORE_CHUNK):
            deadline.check("scoring segments")
            chunks.append(self.pipeline.predict_proba(scored[start:stop], lengths=chunk_lengths))
        deadline.check("scoring segments")
        return np.vstack(chunks)[:, order]


def _whole_documents(lengths: Sequence[int], size: int) -> Iterator[tuple[int, int, list[int]]]:
    """Runs of consecutive whole documents of about ``size`` blocks each:
    (first block, end, the documents' lengths). A document longer than
    ``size`` is a run of its own."""
    start = count = 0
    current: list[int] = []
    for n in lengths:
        if current and count + n > size:
            yield start, start + count, current
            start, count, current = start + count, 0, []
        current.append(n)
        count += n
    if current:
        yield start, start + count, current


@dataclass(frozen=True)
class _Kind:
    """What differs between the two kinds of model the loader verifies."""

    name: str
    feature_version: int
    env: str
    option: str
    retrain: str
    method: str


SEGMENTS = _Kind("segments", FEATURE_VERSION, MODEL_ENV, "--model", "python -m training.segments", "predict_proba")
BLOCKS = _Kind("blocks", BLOCK_FEATURE_VERSION, BLOCK_MODEL_ENV, "--block-model", "python -m training.blocks", "content_probability")


def _read_card(directory: Path, kind: _Kind) -> dict[str, Any]:
    if not directory.is_dir():
        raise ModelError(
            f"{kind.name} model directory {directory} does not exist; reinstall newsfilter "
            f"(`python -m pip install --force-reinstall newsfilter`), or name a model "
            f"directory with {kind.option} or {kind.env}"
        )
    card_path = directory / CARD_FILE
    if not card_path.is_file():
        raise ModelError(f"{card_path} is missing: a model without its card is never loaded; retrain it with `{kind.retrain}`")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{card_path} is not a readable model card: {exc}") from None
    if not isinstance(card, dict) or not isinstance(card.get("sha256"), str):
        raise ModelError(f"{card_path} has no sha256 for the model file; it cannot be verified")
    return card


def _installed_sklearn() -> str:
    """The installed scikit-learn's version, read without importing it (about
    100 MiB and a second), so that a model can be verified cheaply."""
    from importlib import metadata

    try:
        return metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:  # installed without its metadata (a vendored copy): ask it
        import sklearn

        return str(sklearn.__version__)


def _check_kind_and_features(card: dict[str, Any], directory: Path, kind: _Kind) -> None:
    if card.get("kind", SEGMENTS.name) != kind.name:
        raise ModelVersionError(
            f"{directory.name} holds a {card.get('kind', SEGMENTS.name)} model, not a {kind.name} model; "
            f"name a {kind.name} model directory with {kind.option} or {kind.env}"
        )
    if card.get("feature_version") != kind.feature_version:
        raise ModelVersionError(
            f"{kind.name} model {directory.name} was built for feature version {card.get('feature_version')}, "
            f"this newsfilter computes version {kind.feature_version}; install the newsfilter release "
            f"that shipped the model, or retrain it with `{kind.retrain}`"
        )


def _check_versions(card: dict[str, Any], directory: Path, kind: _Kind, allow_version_mismatch: bool) -> None:
    """The checks of a model that is unpickled: its kind, its feature version
    and the scikit-learn it was pickled with."""
    _check_kind_and_features(card, directory, kind)
    libraries = card.get("libraries")
    built = str(libraries.get("scikit-learn", "unknown")) if isinstance(libraries, dict) else "unknown"
    installed = _installed_sklearn()
    if built.split(".")[:2] == installed.split(".")[:2]:
        return
    message = (
        f"model {directory.name} was built with scikit-learn {built}, but {installed} is installed; "
        f"install scikit-learn=={built} (what `pip install newsfilter` pins), or retrain the model"
    )
    if allow_version_mismatch or os.environ.get(IGNORE_VERSION_ENV) == "1":
        warnings.warn(message + f" (loading anyway because {IGNORE_VERSION_ENV}=1)", SklearnVersionWarning, stacklevel=4)
        return
    raise ModelVersionError(message + f"; set {IGNORE_VERSION_ENV}=1 to load it anyway")


def _checked_digest(path: Path, expected: object, kind: _Kind) -> str:
    """The sha256 of ``path``, which must be ``expected`` (from the card)."""
    if not path.is_file():
        raise ModelError(f"{path} is missing; reinstall newsfilter or retrain with `{kind.retrain}`")
    try:
        digest = sha256_of(path)
    except OSError as exc:
        raise ModelError(f"cannot read {path}: {exc.strerror or exc}") from None
    if digest != expected:
        raise ModelIntegrityError(
            f"{path} has sha256 {digest}, but its card says {expected}: the file was changed "
            f"after it was built and was not loaded. Reinstall newsfilter or retrain the model."
        )
    return digest


def _export_of(card: dict[str, Any], directory: Path) -> tuple[Path, str] | None:
    """The exported arrays the card lists (``inference``), or None for a
    model directory made before models were exported."""
    entry = card.get("inference")
    if entry is None:
        return None
    if not isinstance(entry, dict) or entry.get("file") != EXPORT_FILE or not isinstance(entry.get("sha256"), str):
        raise ModelError(f"{directory / CARD_FILE} has a malformed 'inference' entry; it cannot be verified")
    return directory / EXPORT_FILE, entry["sha256"]


def _verify(directory: Path, kind: _Kind, allow_version_mismatch: bool) -> tuple[Path, str, dict[str, Any], Path | None]:
    """Every check short of loading: the card, the sha256 of every model file
    against it (the pickle, and the exported arrays when the card lists
    them), the kind and feature version, and, for a model that will be
    unpickled, the scikit-learn version. Returns the resolved directory, a
    digest of the files, the card and the exported arrays' path (None when
    the card lists none)."""
    directory = directory.expanduser().resolve()
    card = _read_card(directory, kind)
    digest = _checked_digest(directory / MODEL_FILE, card["sha256"], kind)
    export = _export_of(card, directory)
    if export is None:
        _check_versions(card, directory, kind, allow_version_mismatch)
        return directory, digest, card, None
    _check_kind_and_features(card, directory, kind)
    return directory, digest + _checked_digest(export[0], export[1], kind), card, export[0]


def _verified_load(directory: Path, kind: _Kind, allow_version_mismatch: bool) -> tuple[Any, dict[str, Any]]:
    """Load a model directory's model only after its card vouches for it.

    Every model file is hashed and compared with its card first; a mismatch
    raises ``ModelIntegrityError`` and nothing is loaded. The exported
    arrays are loaded when the card lists them (no unpickling, no
    scikit-learn); a directory without them is unpickled. Loaded models are
    cached per directory and content hash.
    """
    directory, digest, card, export = _verify(directory, kind, allow_version_mismatch)
    key = (str(directory), digest, kind.name)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is None:
            model = _unpickle(directory / MODEL_FILE, card, kind) if export is None else _load_export(export, card, kind)
            cached = _CACHE[key] = (model, card)
    return cached


def _load_export(path: Path, card: dict[str, Any], kind: _Kind) -> Any:
    from .inference import ExportError, SegmentScorer, block_model, read_arrays

    try:
        arrays = read_arrays(path)
        if kind is SEGMENTS:
            model: Any = SegmentScorer(arrays, kind.feature_version)
        else:
            model = block_model(arrays, kind.feature_version, str(card.get("name", path.parent.name)))
    except ExportError as exc:
        raise ModelError(f"{path} matches its card but cannot be used: {exc}; export it again with `python -m training.export {path.parent}`") from None
    log.debug("loaded %s model from %s", kind.name, path)
    return model


def _unpickle(model_path: Path, card: dict[str, Any], kind: _Kind) -> Any:
    import joblib

    try:
        obj = joblib.load(model_path)
    except Exception as exc:  # a verified file that still fails: libraries differ
        raise ModelVersionError(
            f"{model_path} matches its card but could not be loaded ({type(exc).__name__}: {exc}); "
            f"install the library versions on its card: {card.get('libraries')}"
        ) from None
    if not hasattr(obj, kind.method):
        raise ModelError(f"{model_path} does not hold a {kind.name} model (no {kind.method})")
    log.debug("loaded %s model from %s", kind.name, model_path)
    return obj


def load(path: str | os.PathLike[str] | None = None, *, allow_version_mismatch: bool = False) -> Model:
    """Load and verify a segment model directory (the default one when path is None)."""
    directory = Path(path) if path is not None else default_model_dir()
    pipeline, card = _verified_load(directory, SEGMENTS, allow_version_mismatch)
    name = str(card.get("name", directory.name))
    return Model(name=name, pipeline=pipeline, card=card, path=directory.expanduser().resolve())


def verify(path: str | os.PathLike[str] | None = None, *, allow_version_mismatch: bool = False) -> tuple[Path, dict[str, Any]]:
    """Check a segment model directory as ``load`` does, without unpickling
    it: its resolved path and card. Raises the same ``ModelError``s."""
    directory, _, card, _ = _verify(Path(path) if path is not None else default_model_dir(), SEGMENTS, allow_version_mismatch)
    return directory, card


def verify_blocks(path: str | os.PathLike[str] | None = None, *, allow_version_mismatch: bool = False) -> dict[str, Any]:
    """Check a block model directory as ``load_blocks`` does, without unpickling it: its card."""
    return _verify(Path(path) if path is not None else default_block_model_dir(), BLOCKS, allow_version_mismatch)[2]


def load_blocks(path: str | os.PathLike[str] | None = None, *, allow_version_mismatch: bool = False) -> BlockModel:
    """Load and verify a block model directory (the default one when path is None)."""
    return load_blocks_with_card(path, allow_version_mismatch=allow_version_mismatch)[0]


def load_blocks_with_card(
    path: str | os.PathLike[str] | None = None, *, allow_version_mismatch: bool = False
) -> tuple[BlockModel, dict[str, Any]]:
    """The verified block model and its card."""
    directory = Path(path) if path is not None else default_block_model_dir()
    return _verified_load(directory, BLOCKS, allow_version_mismatch)


_CACHE: dict[tuple[str, str, str], tuple[Any, dict[str, Any]]] = {}
_LOCK = threading.Lock()
