"""'Bezwaar maken': a bezwaarschrift with what the Awb asks, a pro-forma variant, PDF and .docx,
the rules from dated reference data, and the CLI command."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.bezwaar import bezwaar_rules, deadline_line, last_day, make_letter
from app.demo import demo_content
from app.errors import ValidationError
from app.model import DecisionStatus
from exports.bezwaar import letter_docx, letter_pdf

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def content():
    return demo_content(TODAY)


def _transport(content):
    return next(d for d in content.decisions if "vervoer" in d.subject)


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_letter_has_what_the_awb_asks(content):
    decision = _transport(content)
    letter = make_letter(content, decision.id, TODAY)
    text = letter.plain_text()
    # 6:5: name and address of the indiener, the date, the decision, the grounds, signed.
    assert "Sanne Vermeulen en Joost de Wit" in text and "Lindelaan 12" in text
    assert "26 november 2026" in text
    assert decision.reference in text and decision.decision_date.strftime("%d-%m-%Y") in text
    assert "terugrit" in text  # the grounds, prefilled from the decision's bezwaar notes
    assert letter.signers == ["Sanne Vermeulen", "Joost de Wit"]
    assert "gehoord" in text and "7:2 Awb" in text
    assert "Gemeente Waterveld" in letter.addressee_lines[0]
    assert "ouderlijk gezag" in text


def test_pro_forma_asks_for_a_term_for_the_grounds(content):
    letter = make_letter(content, _transport(content).id, TODAY, pro_forma=True)
    text = letter.plain_text()
    assert letter.subject.startswith("Pro-forma bezwaar")
    assert "gronden" in text and "6:6 Awb" in text and "4 weken" in text
    assert "terugrit" not in text


def test_the_term_comes_from_dated_reference_data_with_its_source(content):
    rules = bezwaar_rules()
    term = rules.get("termijn")
    assert term.source == "Awb art. 6:7" and term.extra["amount"] == 6
    assert {"begin", "op_tijd", "inhoud", "herstel"} <= set(rules.codes())
    assert all(item.source.startswith("Awb art.") for item in rules.items)
    assert rules.compiled_on is not None
    decision = _transport(content)
    assert last_day(decision, rules) == decision.decision_date + timedelta(weeks=6)
    assert "nog 10 dagen" in deadline_line(make_letter(content, decision.id, TODAY), TODAY)


def test_future_mentor_does_not_sign_but_signs_once_in_office(content):
    aunt = next(c for c in content.network if c.legal_scope == "mentorschap")
    decision = _transport(content)
    assert "Lies de Wit" not in make_letter(content, decision.id, TODAY).signers
    later = make_letter(content, decision.id, aunt.legal_start)
    assert later.signers == ["Lies de Wit"]


def test_no_bezwaar_against_a_decision_not_yet_taken(content):
    with pytest.raises(ValidationError):
        make_letter(content, "bestaat-niet", TODAY)
    from dataclasses import replace

    applied = replace(_transport(content), status=DecisionStatus.APPLIED)
    changed = replace(content, decisions=[applied])
    with pytest.raises(ValidationError, match="nog niet beslist"):
        make_letter(changed, applied.id, TODAY)


def test_pdf_and_docx(content):
    letter = make_letter(content, _transport(content).id, TODAY)
    pdf, pages = letter_pdf(letter)
    assert pdf.startswith(b"%PDF") and 1 <= pages <= 2
    assert letter_pdf(letter)[0] == pdf  # deterministic
    text = _pdf_text(pdf)
    assert "Betreft: Bezwaar tegen uw besluit" in text and "WMO-DEMO-2024-1399" in text
    from docx import Document

    document = Document(io.BytesIO(letter_docx(letter)))
    words = "\n".join(p.text for p in document.paragraphs)
    assert "WMO-DEMO-2024-1399" in words and "Met vriendelijke groet," in words
    assert document.core_properties.title == "Bezwaarschrift"


def test_cli_export_bezwaar(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "ZORGMAP_PASSPHRASE": "paard boot lamp fiets"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "ui.cli", *args], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)

    assert run("demo", "d").returncode == 0
    from storage.dossier import Dossier
    from storage.records import RecordStore

    with Dossier.open(tmp_path / "d", "paard boot lamp fiets") as dossier:
        decision = next(d for d in RecordStore(dossier).list("decision") if "vervoer" in d.subject)
    done = run("export", "bezwaar", "d", "--decision", decision.id, "--out", "b.pdf",
               "--pro-forma", "--docx", "b.docx")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "b.docx").read_bytes().startswith(b"PK")
    assert "Laatste dag voor bezwaar" in done.stdout
    assert "Pro-forma bezwaar" in _pdf_text((tmp_path / "b.pdf").read_bytes())
    wrong = run("export", "bezwaar", "d", "--decision", "nee", "--out", "c.pdf")
    assert wrong.returncode == 1 and not (tmp_path / "c.pdf").exists()
    assert len(wrong.stderr.strip().splitlines()) == 1
