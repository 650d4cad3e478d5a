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


class UnsupportedFormat(InputError):
    """The input is a document of another kind (PDF, an image, a zip or office file), told by its first
    bytes: only HTML and text are read."""


class NotAnArticle(ArticleKitError):
    """The document was read, but holds nothing that looks like an article."""


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
