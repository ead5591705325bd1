"""Three devices, one shared folder, random edits, deletes, merges and syncs in random order.

A small model follows who has seen which edit (a device sees everything in the folder when it
syncs, after publishing its own). At the end, after everyone synced: all copies are the same,
every edit nobody saw-and-replaced is still there (as the value, or flagged as a conflict, or
for a deleted record in the Prullenbak version), and concurrent edits are flagged everywhere.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import Contact, DossierContent
from storage.merge import merge_content
from storage.team import conflicts
from tests.storage.teamkit import Device

FIELDS = ("name", "phone", "notes")
NAMES = ("Mama", "Papa", "Oma")


@dataclass
class Edit:
    n: int
    device: int
    record: str
    field: str
    value: object


@dataclass
class Model:
    edits: list[Edit] = field(default_factory=list)
    superseded: set[int] = field(default_factory=set)
    known: list[set[int]] = field(default_factory=lambda: [set(), set(), set()])
    unpublished: list[set[int]] = field(default_factory=lambda: [set(), set(), set()])
    published: set[int] = field(default_factory=set)

    def write(self, device: int, record: str, name: str, value) -> None:
        n = len(self.edits)
        for i in self.known[device]:
            e = self.edits[i]
            if (e.record, e.field) == (record, name):
                self.superseded.add(i)
        self.edits.append(Edit(n, device, record, name, value))
        self.known[device].add(n)
        self.unpublished[device].add(n)

    def sync(self, device: int) -> None:
        self.published |= self.unpublished[device]
        self.unpublished[device] = set()
        self.known[device] |= self.published

    def live(self) -> dict[tuple[str, str], list[Edit]]:
        found: dict[tuple[str, str], list[Edit]] = {}
        for e in self.edits:
            if e.n not in self.superseded:
                found.setdefault((e.record, e.field), []).append(e)
        return found


values = st.sampled_from(["", "een", "twee", "drie", "010-1234567", "Noor lacht"])
step = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(FIELDS),
              values),
    st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(FIELDS),
              values),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.integers(0, 2)),
)


def _tracked(device: Device, record_id: str) -> dict | None:
    raw = device.records().get(record_id)
    return json.loads(raw) if raw else None


def _run_step(devices, model: Model, created: list[str], op) -> None:
    kind, d = op[0], op[1]
    device = devices[d]
    if kind == "sync":
        device.sync()
        model.sync(d)
        return
    index = op[2]
    present = [r for r in created if _tracked(device, r) is not None]
    if kind == "delete":
        if not present:
            return
        record_id = present[index % len(present)]
        device.store.delete(record_id)
        model.write(d, record_id, "_deleted", True)
        return
    name, value = op[3], op[4]
    new = index >= len(present) or not present
    record_id = f"r{d}-{len(created)}" if new else present[index % len(present)]
    before = _tracked(device, record_id)
    if kind == "edit":
        device.put_contact(record_id, **{name: value})
    else:
        record = device.store.find(record_id) or Contact(id=record_id)
        setattr(record, name, value)
        merge_content(device.dossier, DossierContent(network=[record]), [])
    after = _tracked(device, record_id)
    if new:
        created.append(record_id)
    for f in FIELDS:
        if before is None or before[f] != after[f]:
            model.write(d, record_id, f, after[f])


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, max_size=18), seed=st.integers(0, 2**16))
def test_three_devices_converge_and_lose_nothing(tmp_path_factory, steps, seed):
    root = tmp_path_factory.mktemp("gezin")
    folder = root / "gedeeld"
    devices = [Device(root, name) for name in NAMES]
    try:
        devices[0].found(folder)
        for other in devices[1:]:
            devices[0].team.add(other.code, other.name, "ouder")
        for other in devices[1:]:
            other.join(folder)
        model = Model()
        created: list[str] = []
        # Three records everyone has, so that random edits often meet on the same field.
        for i in range(3):
            _run_step(devices, model, created, ("edit", 0, 99, "name", f"contact {i}"))
        for d in (0, 1, 2):
            devices[d].sync()
            model.sync(d)
        for op in steps:
            _run_step(devices, model, created, op)
        order = random.Random(seed)
        for _round in range(3):
            for d in order.sample(range(3), 3):
                devices[d].sync()
                model.sync(d)

        copies = [dev.records() for dev in devices]
        assert copies[0] == copies[1] == copies[2]
        flagged = [conflicts(dev.dossier.db) for dev in devices]
        assert flagged[0] == flagged[1] == flagged[2]

        live = model.live()
        deleted = {r for (r, f) in live if f == "_deleted"}
        for dev in devices:
            for (record_id, name), edits in live.items():
                if name == "_deleted":
                    assert record_id not in copies[0]
                    continue
                wanted = {json.dumps(e.value) for e in edits}
                entries = flagged[0].get(record_id, {}).get(name)
                if len(wanted) > 1:  # concurrent edits: flagged, with every value
                    assert entries is not None, (record_id, name)
                    assert {json.dumps(e["v"]) for e in entries} == wanted
                else:
                    assert entries is None
                if record_id in deleted:
                    last = dev.store.deleted()
                    version = next(h.before for h in last if h.record_id == record_id)
                else:
                    version = json.loads(copies[0][record_id])
                assert json.dumps(version[name]) in wanted
            # Edits that were replaced concurrently stay in the history ("conflict").
            for record_id, fields in flagged[0].items():
                kept = [h for h in dev.store.history(record_id, limit=1000)
                        if h.action == "conflict"]
                for name, entries in fields.items():
                    for loser in entries[1:]:
                        assert any(h.after.get(name) == loser["v"] for h in kept)
    finally:
        for dev in devices:
            dev.close()
