"""newsfilter: clean news pages and label every segment as news, opinion or filler.

>>> from filter import clean
>>> result = clean(open("seeds/000_9bcfab28dbda4eef.txt").read())  # doctest: +SKIP
>>> print(result.text)  # doctest: +SKIP
"""

from __future__ import annotations

import logging

from .document import Block, ContentType, Label, Result, Segment, Summary
from .errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    FilterError,
    InputError,
    LimitError,
    ModelError,
    ModelIntegrityError,
    ModelVersionError,
)
from .limits import Limits
from .blocks import BlockModel
from .model import Model, load, load_blocks
from .pipeline import clean, clean_many

__version__ = "0.1.0"

__all__ = [
    "BinaryInputError",
    "Block",
    "BlockModel",
    "ContentType",
    "DecodeError",
    "EmptyInputError",
    "FilterError",
    "InputError",
    "Label",
    "LimitError",
    "Limits",
    "Model",
    "ModelError",
    "ModelIntegrityError",
    "ModelVersionError",
    "Result",
    "Segment",
    "Summary",
    "__version__",
    "clean",
    "clean_many",
    "load",
    "load_blocks",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
