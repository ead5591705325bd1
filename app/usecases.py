"""Use cases that change the dossier by the domain's rules (no storage, no screen).

Each function takes a record and returns a new one; the caller stores it.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from app.errors import ValidationError
from app.model import (
    AID_STAGE_LABELS,
    AID_STAGE_ORDER,
    AidRequest,
    AidStage,
    StageTransition,
    dutch_date,
)
from app.serialize import MAX_STRING_LENGTH

#: Backward moves that are part of the normal course and need no explanation:
#: a bezwaar leads to a new decision (or a new assessment), a repaired aid is in use again.
NATURAL_RETURNS: frozenset[tuple[AidStage, AidStage]] = frozenset(
    {
        (AidStage.BEZWAAR, AidStage.DECISION),
        (AidStage.BEZWAAR, AidStage.ASSESSMENT),
        (AidStage.BEZWAAR_FILED, AidStage.DECISION),  # the beslissing op bezwaar
        (AidStage.BEZWAAR_FILED, AidStage.ASSESSMENT),
        (AidStage.REPAIR, AidStage.IN_USE),
    }
)


def move_to_stage(
    request: AidRequest, stage: AidStage | str, on: date, note: str = ""
) -> AidRequest:
    """Move an aid request to `stage` on `on`, recording a dated transition.

    Rules (a parent's reality: steps get skipped, letters bounce back):
    - any forward move is allowed, also skipping stages (need -> submitted);
    - moving to the stage it is already in is refused;
    - the date may not lie before the previous transition;
    - `bezwaar` (prepared or filed) is only possible once the request has had a decision;
    - a backward move needs a note saying why (e.g. "aanvraag teruggestuurd, formulier
      aanvullen"), except the natural returns in NATURAL_RETURNS.
    """
    try:
        target = AidStage(stage)
    except ValueError:
        raise ValidationError(f"'{stage}' is geen bestaande fase", "stage") from None
    if not isinstance(on, date):
        raise ValidationError("kies een datum voor deze stap", "on")
    if len(note) > MAX_STRING_LENGTH:
        raise ValidationError("de toelichting is te lang", "note")
    current = request.stage
    if target == current:
        raise ValidationError(
            f"de aanvraag staat al in de fase '{AID_STAGE_LABELS[target]}'", "stage"
        )
    last_on = next((t.on for t in reversed(request.transitions) if t.on is not None), None)
    if last_on is not None and on < last_on:
        raise ValidationError(f"de datum ligt vóór de vorige stap ({dutch_date(last_on)})", "on")
    if target in (AidStage.BEZWAAR, AidStage.BEZWAAR_FILED):
        had_decision = current == AidStage.DECISION or any(
            t.stage == AidStage.DECISION for t in request.transitions
        )
        if not had_decision:
            raise ValidationError("bezwaar maken kan pas als er een besluit is", "stage")
    backward = AID_STAGE_ORDER[target] < AID_STAGE_ORDER[current]
    if backward and (current, target) not in NATURAL_RETURNS and not note.strip():
        raise ValidationError(
            f"je gaat terug van '{AID_STAGE_LABELS[current]}' naar "
            f"'{AID_STAGE_LABELS[target]}'; schrijf er kort bij waarom",
            "note",
        )
    transition = StageTransition(stage=target, on=on, note=note)
    return dataclasses.replace(
        request, stage=target, transitions=[*request.transitions, transition]
    )


#: Fields that point at other records or documents (lists of ids).
_REFERENCE_LISTS = frozenset({"document_ids", "linked_ids", "professionals", "decision_ids"})


def without_reference(record, target_id: str):
    """The record with every pointer to `target_id` removed, or None if it had none.

    Used when a record or document is deleted, so no link dangles (an export with a dangling
    link would not import again).
    """
    from app.serialize import from_dict, to_dict

    data = to_dict(record)
    if not _strip(data, target_id):
        return None
    return from_dict(type(record), data)


def _strip(value, target_id: str) -> bool:
    changed = False
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _REFERENCE_LISTS and isinstance(item, list) and target_id in item:
                value[key] = [x for x in item if x != target_id]
                changed = True
            elif key.endswith("_id") and key != "id" and item == target_id:
                value[key] = None
                changed = True
            elif isinstance(item, dict | list):
                changed = _strip(item, target_id) or changed
    elif isinstance(value, list):
        for item in value:
            changed = _strip(item, target_id) or changed
    return changed
