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


class ValidationErrors(ValidationError):
    """Several problems found at once (an import checks the whole file before refusing it).

    `errors` holds at most `limit` of them, each with its own path; `path` and `reason` are
    those of the first, so code that handles one error keeps working. With one problem the
    message is exactly that problem's message.
    """

    def __init__(self, errors: list[ValidationError], more: int = 0) -> None:
        self.errors = errors
        self.more = more
        first = errors[0]
        super().__init__(first.reason, first.path)
        if len(errors) > 1 or more:
            lines = [f"{len(errors) + more} problemen gevonden:"]
            lines += [f"- {e.message}" for e in errors]
            if more:
                lines.append(f"- en nog {more} (alleen de eerste {len(errors)} staan hier)")
            self.message = "\n".join(lines)
            self.args = (self.message,)


def join_path(outer: str, inner: str) -> str:
    """Join path parts: ``join_path("a", "b") == "a.b"``, ``join_path("a", "[2]") == "a[2]"``."""
    if not outer:
        return inner
    if not inner:
        return outer
    if inner.startswith("["):
        return outer + inner
    return f"{outer}.{inner}"
