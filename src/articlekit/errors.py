"""Typed errors: everything articlekit raises on bad input derives from `ArticleKitError`."""

from __future__ import annotations


class ArticleKitError(Exception):
    """Base class of every error articlekit raises on purpose."""


class InputError(ArticleKitError):
    """The input could not be read as a document."""


class SourceNotFound(InputError):
    """A path given as the source does not exist or is not a readable file."""


class EmptyInput(InputError):
    """The input has no content (zero bytes, or only white space or markup)."""


class DecodeError(InputError):
    """The input's bytes could not be decoded as text."""


class InputTooLarge(InputError):
    """The input, or what its gzip compression unpacks to, is larger than the limit in force
    (64 MiB unless the ARTICLEKIT_MAX_INPUT_BYTES environment variable sets another)."""


class UnsupportedFormat(InputError):
    """The input is a document of another kind (PDF, an image, a zip or office file), told by its first
    bytes: only HTML and text are read."""


class NotAnArticle(ArticleKitError):
    """The document was read, but holds nothing that looks like an article."""


class ExtractionError(ArticleKitError):
    """articlekit failed on a document in a way it did not foresee (a bug: please report it; the
    original exception is the `__cause__`). Raised instead of that exception, so that a caller's
    `except ArticleKitError` holds for any input."""


class RecordError(ArticleKitError):
    """A record (dict or JSON) does not have the Article shape."""


class RuleError(ArticleKitError):
    """A site rule could not be loaded: the message names its file and line (`rules/x.toml:7: ...`)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(where + message)
        self.path, self.line = path, line


class RuleWarning(UserWarning):
    """Rule files loaded, but with directives articlekit ignores (an ftr-site-config file's login or
    paging lines): the message names them, and each rule keeps its own in `Rule.warnings`."""
