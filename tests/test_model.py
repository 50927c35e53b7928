"""Loading the model: integrity, versions, and a clear error for each failure."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest

from filter import Block, ModelError, ModelIntegrityError, ModelVersionError, clean, load
from filter.model import CARD_FILE, DEFAULT_MODEL, EXPORT_FILE, MODEL_FILE, SklearnVersionWarning, default_model_dir, verify


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "model-copy"
    shutil.copytree(default_model_dir(), target)
    return target


class _Payload:
    """Unpickling this writes a file: proof that a pickle was (or was not) loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.write_text, (self.marker, "pwned"))


def test_default_model_loads_and_matches_card() -> None:
    model = load()
    assert model.card["sha256"]
    assert model.card["labels"] == ["news", "opinion", "filler"]


def test_tampered_model_is_refused_before_unpickling(model_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "unpickled"
    (model_copy / MODEL_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load(model_copy)
    assert not marker.exists()


def test_verify_checks_without_unpickling(model_copy: Path, tmp_path: Path) -> None:
    """What the batch job's parent process runs: every check, no unpickling."""
    path, card = verify(model_copy)
    assert path == model_copy.resolve() and card["sha256"]
    marker = tmp_path / "unpickled"
    (model_copy / MODEL_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        verify(model_copy)
    assert not marker.exists()


def test_cleaning_imports_neither_sklearn_nor_scipy_nor_joblib() -> None:
    """Together they cost about 85 MiB and most of a second; the shipped
    models are scored from their exported arrays with numpy alone."""
    import subprocess
    import sys

    code = (
        "import sys, filter, filter.cli, filter.batch; filter.model.verify(); "
        "r = filter.clean('<p>' + 'Officials said on Monday that the council would meet again. ' * 3 + '</p>'); "
        "assert r.segments; print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy', 'joblib'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_flipped_byte_is_refused(model_copy: Path) -> None:
    path = model_copy / MODEL_FILE
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError):
        load(model_copy)


@pytest.mark.parametrize("missing", [MODEL_FILE, CARD_FILE], ids=["no-model-file", "no-card"])
def test_missing_file_says_how_to_fix(model_copy: Path, missing: str) -> None:
    (model_copy / missing).unlink()
    with pytest.raises(ModelError, match="missing"):
        load(model_copy)


def test_missing_directory_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist; reinstall"):
        load(tmp_path / "nowhere")


def _edit_card(directory: Path, **changes: object) -> None:
    card = json.loads((directory / CARD_FILE).read_text())
    for key, value in changes.items():
        if key == "sklearn":
            card["libraries"]["scikit-learn"] = value
        else:
            card[key] = value
    (directory / CARD_FILE).write_text(json.dumps(card))


def _pickle_only(directory: Path) -> Path:
    """A model directory as they were before models were exported: the
    pickle and its card, nothing else. Such a directory is unpickled."""
    card = json.loads((directory / CARD_FILE).read_text())
    del card["inference"]
    (directory / CARD_FILE).write_text(json.dumps(card))
    (directory / EXPORT_FILE).unlink()
    return directory


def test_the_exported_arrays_are_loaded_not_the_pickle(model_copy: Path) -> None:
    """scikit-learn's version does not matter to the arrays: no warning, no error."""
    import warnings

    _edit_card(model_copy, sklearn="0.24.2")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = load(model_copy)
    assert type(model.pipeline).__name__ == "SegmentScorer"


def test_a_directory_without_exported_arrays_is_unpickled(model_copy: Path, seed_text: str) -> None:
    model = load(_pickle_only(model_copy))
    assert type(model.pipeline).__name__ == "SegmentClassifier"
    assert [s.label for s in clean(seed_text, model=model_copy).segments] == [s.label for s in clean(seed_text).segments]


@pytest.mark.parametrize("change", ["flip-byte", "pickle", "truncate"])
def test_tampered_exported_arrays_are_refused(model_copy: Path, tmp_path: Path, change: str) -> None:
    path = model_copy / EXPORT_FILE
    data = bytearray(path.read_bytes())
    if change == "flip-byte":
        data[len(data) // 2] ^= 0xFF
    elif change == "pickle":
        data = bytearray(pickle.dumps(_Payload(tmp_path / "unpickled")))
    else:
        data = data[: len(data) // 2]
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load(model_copy)
    assert not (tmp_path / "unpickled").exists()


def test_missing_exported_arrays_say_how_to_fix(model_copy: Path) -> None:
    (model_copy / EXPORT_FILE).unlink()
    with pytest.raises(ModelError, match="model.npz is missing"):
        load(model_copy)


def test_exported_arrays_of_the_other_kind_are_refused(model_copy: Path) -> None:
    """Arrays that match the card but hold another model: a clear error, nothing scored."""
    import hashlib

    from filter.model import default_block_model_dir

    shutil.copy(default_block_model_dir() / EXPORT_FILE, model_copy / EXPORT_FILE)
    card = json.loads((model_copy / CARD_FILE).read_text())
    card["inference"]["sha256"] = hashlib.sha256((model_copy / EXPORT_FILE).read_bytes()).hexdigest()
    (model_copy / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="blocks model, not a segments model"):
        load(model_copy)


def test_malformed_inference_entry_is_a_model_error(model_copy: Path) -> None:
    card = json.loads((model_copy / CARD_FILE).read_text())
    card["inference"] = "model.npz"
    (model_copy / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match="malformed 'inference'"):
        load(model_copy)


def test_other_sklearn_version_is_refused(model_copy: Path) -> None:
    _pickle_only(model_copy)
    _edit_card(model_copy, sklearn="0.24.2")
    with pytest.raises(ModelVersionError, match="scikit-learn 0.24.2"):
        load(model_copy)


def test_other_sklearn_version_can_be_allowed_with_a_warning(model_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pickle_only(model_copy)
    _edit_card(model_copy, sklearn="0.24.2")
    monkeypatch.setenv("NEWSFILTER_IGNORE_SKLEARN_VERSION", "1")
    with pytest.warns(SklearnVersionWarning):
        load(model_copy)


def test_other_feature_version_is_refused(model_copy: Path) -> None:
    _edit_card(model_copy, feature_version=-1)
    with pytest.raises(ModelVersionError, match="feature version"):
        load(model_copy)


def test_card_without_sha_is_refused(model_copy: Path) -> None:
    _edit_card(model_copy, sha256=None)
    with pytest.raises(ModelError, match="sha256"):
        load(model_copy)


def test_clean_with_a_named_model(model_copy: Path, seed_text: str) -> None:
    assert clean(seed_text, model=model_copy).text == clean(seed_text).text


def test_predict_proba_on_hand_built_blocks() -> None:
    from filter import Block

    model = load()
    proba = model.predict_proba([Block("Read Also:"), Block("The council approved the budget on Tuesday, officials said.")])
    assert proba.shape == (2, 3)
    assert proba[0].argmax() == 2  # filler
    assert proba[1].argmax() in (0, 1)


# --- where pickles may come from ---------------------------------------------


def _malicious_model_dir(directory: Path, marker: Path) -> Path:
    """A model directory whose card matches its pickle, and whose pickle writes ``marker``."""
    import hashlib

    directory.mkdir(parents=True)
    payload = pickle.dumps(_Payload(marker))
    (directory / MODEL_FILE).write_bytes(payload)
    card = json.loads((default_model_dir() / CARD_FILE).read_text())
    card["sha256"] = hashlib.sha256(payload).hexdigest()
    (directory / CARD_FILE).write_text(json.dumps(card))
    return directory


def test_tampered_default_directory_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import filter.model

    root = tmp_path / "models"
    shutil.copytree(default_model_dir(), root / DEFAULT_MODEL)
    marker = tmp_path / "unpickled"
    (root / DEFAULT_MODEL / MODEL_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    monkeypatch.delenv("NEWSFILTER_MODEL", raising=False)
    monkeypatch.setattr(filter.model, "models_root", lambda: root)
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load()
    assert not marker.exists()


def test_models_in_the_working_directory_are_never_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "unpickled"
    for relative in (f"models/{DEFAULT_MODEL}", DEFAULT_MODEL, f"filter/models/{DEFAULT_MODEL}"):
        _malicious_model_dir(tmp_path / relative, marker)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSFILTER_MODEL", raising=False)
    model = load()
    assert model.path == default_model_dir().resolve() != (tmp_path / "models" / DEFAULT_MODEL)
    clean("<p>The council approved the budget on Tuesday, officials said.</p>")
    assert not marker.exists()


def test_only_a_named_directory_replaces_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    named = tmp_path / "named"
    shutil.copytree(default_model_dir(), named)
    monkeypatch.setenv("NEWSFILTER_MODEL", str(named))
    assert load().path == named.resolve()
    monkeypatch.setenv("NEWSFILTER_MODEL", str(tmp_path / "missing"))
    with pytest.raises(ModelError, match="NEWSFILTER_MODEL"):
        load()


def test_a_named_but_tampered_directory_is_refused_before_unpickling(tmp_path: Path) -> None:
    marker = tmp_path / "unpickled"
    directory = _malicious_model_dir(tmp_path / "evil", marker)
    (directory / CARD_FILE).write_text((directory / CARD_FILE).read_text().replace('"sha256": "', '"sha256": "0'))
    with pytest.raises(ModelIntegrityError):
        load(directory)
    assert not marker.exists()


def test_card_with_malformed_libraries_is_a_version_error(model_copy: Path) -> None:
    _pickle_only(model_copy)
    _edit_card(model_copy, libraries="scikit-learn 1.9")
    with pytest.raises(ModelVersionError, match="scikit-learn unknown"):
        load(model_copy)


def test_unreadable_model_file_is_a_model_error(model_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import filter.model

    def deny(path: Path) -> str:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(filter.model, "sha256_of", deny)
    with pytest.raises(ModelError, match="cannot read .*Permission denied"):
        load(model_copy)


@pytest.mark.parametrize("content", ["not json", "[]", '{"sha256": 5}'], ids=["not-json", "not-object", "sha-not-str"])
def test_broken_card_is_a_model_error(model_copy: Path, content: str) -> None:
    (model_copy / CARD_FILE).write_text(content)
    with pytest.raises(ModelError):
        load(model_copy)


def test_version_warning_can_be_silenced(model_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    _pickle_only(model_copy)
    _edit_card(model_copy, sklearn="0.24.2")
    monkeypatch.setenv("NEWSFILTER_IGNORE_SKLEARN_VERSION", "1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=SklearnVersionWarning)
        load(model_copy)


def test_block_model_loads_and_matches_card() -> None:
    from filter import load_blocks
    from filter.model import default_block_model_dir

    model = load_blocks()
    assert model.content_probability([[Block("A paragraph of news reporting, officials said on Monday.")]])[0].shape == (1,)
    assert default_block_model_dir().name == "blocks-v4"


def test_tampered_block_model_is_refused_before_unpickling(tmp_path: Path) -> None:
    from filter import load_blocks
    from filter.model import default_block_model_dir

    copy = tmp_path / "blocks-copy"
    shutil.copytree(default_block_model_dir(), copy)
    marker = tmp_path / "unpickled"
    (copy / MODEL_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load_blocks(copy)
    assert not marker.exists()


def test_segment_model_is_not_taken_for_a_block_model() -> None:
    from filter import load_blocks

    with pytest.raises(ModelVersionError):
        load_blocks(default_model_dir())
