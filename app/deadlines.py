"""Deadlines derived from the dossier (placeholder: the engine follows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(kw_only=True, frozen=True)
class Deadline:
    """One derived deadline or reminder. `id` is stable between runs: rule + record (+ part)."""

    id: str
    rule_id: str
    title: str
    due: date
    record_kind: str
    record_id: str
    source: str = ""

    def is_overdue(self, today: date) -> bool:
        return self.due < today
