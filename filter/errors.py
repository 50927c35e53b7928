"""Errors raised by newsfilter.

Every error is a ``FilterError``; each message says what was wrong and, where
there is one, how to fix it. The CLI maps them to exit codes.
"""

from __future__ import annotations


class FilterError(Exception):
    """Base class of every error newsfilter raises on purpose."""


class InputError(FilterError):
    """The input cannot be cleaned: it is not a page, or it is unreadable."""


class EmptyInputError(InputError):
    """The input is empty, or holds only whitespace or a byte-order mark."""


class BinaryInputError(InputError):
    """The input is a binary file (an image, a PDF, an archive …), not a page."""


class DecodeError(InputError):
    """The bytes could not be decoded as text."""


class LimitError(InputError):
    """The input exceeds a configured limit (size, time or segment count)."""


class ModelError(FilterError):
    """The model is missing, tampered with, or incompatible."""


class ModelIntegrityError(ModelError):
    """The model file's sha256 does not match its card; it was not loaded."""


class ModelVersionError(ModelError):
    """The model was built with library versions this install does not have."""
