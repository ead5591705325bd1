"""Reference data: shipped files load, are dated, sourced, and extendable by the family."""

from datetime import date

import pytest

from app.errors import ValidationError
from app.model import AidRequest, Contact, Decision, DossierContent
from app.reference import LIST_NAMES, load_reference, with_user_entries


def test_every_list_loads_with_unique_codes_and_dates():
    ref = load_reference()
    for name in LIST_NAMES:
        lst = ref.lists[name]
        assert lst.items and lst.compiled_on is not None
        assert len(set(lst.codes())) == len(lst.codes())
        assert all(item.label and item.valid_from for item in lst.items)


def test_expected_contents():
    ref = load_reference()
    assert {"Wlz", "Wmo", "Zvw", "Jeugdwet", "anders"} <= set(ref.laws.codes())
    assert {"VG7", "VG8", "LG1", "ZGvis1", "ZGaud1"} <= set(ref.zorgprofielen.codes())
    assert set(ref.leveringsvormen.codes()) == {"zin", "vpt", "mpt", "pgb"}
    assert {"mentor", "curator", "bewindvoerder", "avg_arts", "kdc", "svb", "copiloot"} <= set(
        ref.contact_roles.codes()
    )
    assert {"meerzorg", "indicatiebesluit", "afwijzing"} <= set(ref.decision_kinds.codes())
    assert ref.zorgprofielen.get("VG7").extra["sector"] == "VG"
    assert ref.contact_roles.label_for("avg_arts") == "AVG-arts"
    assert ref.contact_roles.label_for("onbekend") == "onbekend"
    assert ref.laws.valid_on(date(2010, 1, 1))[0].code == "Zvw"


def test_every_rule_has_a_source_period_and_date():
    ref = load_reference()
    ids = [r.id for r in ref.deadline_rules]
    assert len(ids) == len(set(ids))
    for rule in ref.deadline_rules:
        assert rule.source and rule.title and rule.valid_from
        assert rule.unit in ("days", "weeks", "months")
    bezwaar = ref.rule("bezwaar_deadline")
    assert (bezwaar.amount, bezwaar.unit, bezwaar.direction) == (6, "weeks", "after")
    assert "6:7" in bezwaar.source


def test_user_entries_extend_lists_without_changing_the_original():
    ref = load_reference()
    extended = with_user_entries(
        ref,
        {
            "contact_roles": [{"code": "oppas", "label": "Oppas"}],
            "zorgprofielen": [{"code": "VG9", "label": "VG9", "valid_from": "2027-01-01"}],
        },
    )
    assert extended.contact_roles.get("oppas").user_added
    assert extended.zorgprofielen.get("VG9").valid_from == date(2027, 1, 1)
    assert ref.contact_roles.get("oppas") is None
    assert extended.laws is ref.laws


@pytest.mark.parametrize(
    ("additions", "path"),
    [
        ({"planets": []}, ""),
        ({"contact_roles": [{"code": "huisarts", "label": "Dokter"}]}, "contact_roles[0].code"),
        ({"contact_roles": [{"code": "  "}]}, "contact_roles[0].code"),
        ({"contact_roles": [{"code": "x", "colour": "red"}]}, "contact_roles[0]"),
        ({"contact_roles": [{"code": "x", "valid_from": "morgen"}]}, "contact_roles[0]"),
        ({"contact_roles": [{"code": 5}]}, "contact_roles[0].code"),
        ({"contact_roles": ["oppas"]}, "contact_roles[0]"),
    ],
)
def test_bad_user_entries(additions, path):
    with pytest.raises(ValidationError) as e:
        with_user_entries(load_reference(), additions)
    assert e.value.path == path


def test_unknown_values_are_reported_not_refused():
    content = DossierContent(
        network=[Contact(role="huisarts"), Contact(role="oppas")],
        decisions=[Decision(law="Wlz", zorgprofiel="VG9", leveringsvorm="pgb")],
        aid_requests=[AidRequest(category="ruimteschip")],
    )
    assert load_reference().unknown_values(content) == [
        ("network[1].role", "contact_roles", "oppas"),
        ("decisions[0].zorgprofiel", "zorgprofielen", "VG9"),
        ("aid_requests[0].category", "aid_categories", "ruimteschip"),
    ]
