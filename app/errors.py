"""Errors the domain layer raises; each carries a plain-Dutch message for the user."""

from __future__ import annotations


class ZorgmapError(Exception):
    """Base of every error a user can act on. `message` is plain Dutch (B1)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ZorgmapError):
    """Input does not fit the dossier's rules.

    `path` names the place, e.g. ``decisions[3].decision_date`` (empty for the whole input),
    `reason` is the Dutch explanation without the path, and `message` combines both:
    ``decisions[3].decision_date: 'maart' is geen geldige datum (gebruik jjjj-mm-dd)``.
    """

    def __init__(self, reason: str, path: str = "") -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)

    def within(self, outer: str) -> ValidationError:
        """The same error seen from a containing object at `outer`."""
        return ValidationError(self.reason, join_path(outer, self.path))


def join_path(outer: str, inner: str) -> str:
    """Join path parts: ``join_path("a", "b") == "a.b"``, ``join_path("a", "[2]") == "a[2]"``."""
    if not outer:
        return inner
    if not inner:
        return outer
    if inner.startswith("["):
        return outer + inner
    return f"{outer}.{inner}"
