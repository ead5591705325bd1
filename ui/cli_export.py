"""`zorgmap export`, `import` and `screenshots`: taking the dossier out (PDF, JSON, agenda,
bezwaarschrift), making or filling a dossier from a JSON export, and pictures of the demo."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ui.cli_common import (
    CliError,
    _check_new_place,
    _check_out,
    _new_passphrase,
    _open,
    _print_recovery,
    _write_out,
)

PDF_OUTPUTS = ("paspoort", "noodkaart", "aanvraag", "toekomstplan", "overzicht")


def cmd_export(args) -> int:
    import datetime as dt

    from storage.errors import DossierBusy

    out = Path(args.out)
    _check_out(out)
    today = dt.date.today()
    try:
        dossier = _open(args.path, read_only=args.what in ("json", "ics"))
    except DossierBusy:
        # Open elsewhere, or on a write-protected stick: a PDF can still be made from a
        # read-only dossier (only the note of what was shared is not kept).
        dossier = _open(args.path, read_only=True)
    with dossier:
        if args.what == "json":
            from ui.jsonstream import write_export_file

            if out.is_dir():
                raise CliError(f"{out} is een map. Geef een bestandsnaam op.")
            try:  # documents streamed: memory stays flat whatever their size
                write_export_file(dossier, out, include_documents=args.with_documents,
                                  today=today)
            except FileNotFoundError:
                raise CliError(f"De map van {out} bestaat niet.") from None
            except PermissionError:
                raise CliError(f"Zorgmap mag niet schrijven in {out}.") from None
        elif args.what == "ics":
            from exports.ics import deadlines_to_ics
            from storage.records import RecordStore
            from ui.composition import dossier_deadlines

            deadlines = dossier_deadlines(RecordStore(dossier).content(), today)
            _write_out(out, deadlines_to_ics(deadlines, generated_on=today))
        elif args.what == "bezwaar":
            from app.bezwaar import deadline_line
            from ui.composition import make_bezwaar

            if not args.decision:
                raise CliError("Geef het besluit op met --decision ID.")
            letter, pdf, pages, document = make_bezwaar(
                dossier, args.decision, today=today, pro_forma=args.pro_forma,
                docx=bool(args.docx))
            _write_out(out, pdf)
            if document is not None:
                _write_out(Path(args.docx), document)
                print(f"Opgeslagen: {args.docx}")
            print("1 pagina." if pages == 1 else f"{pages} pagina's.")
            print(deadline_line(letter, today))
        else:
            from ui.composition import render_output

            result = render_output(dossier, args.what, today=today, excluded=args.exclude,
                                   request_id=args.request, recipient=args.voor,
                                   include_bsn=args.met_bsn)
            _write_out(out, result.pdf)
            print("1 pagina." if result.pages == 1 else f"{result.pages} pagina's.")
    print(f"Opgeslagen: {out}")
    return 0


def cmd_import(args) -> int:
    from ui.composition import create_from_content, read_export_file

    if args.merge:
        return _import_merge(args)

    # Everything is checked before a passphrase is asked or a file is made.
    content, documents = read_export_file(Path(args.file))
    if os.path.lexists(args.path):
        raise CliError(f"{args.path} bestaat al. Kies een nieuwe naam; er is niets veranderd.")
    _check_new_place(Path(args.path))
    passphrase = os.environ.get("ZORGMAP_PASSPHRASE") or _new_passphrase()
    # The code is shown before the dossier appears under its name (see Dossier.create).
    dossier, code = create_from_content(content, documents, Path(args.path), passphrase,
                                        announce=_print_recovery)
    dossier.close()
    print(f"Dossier gemaakt in {args.path}.")
    return 0


def _import_merge(args) -> int:
    from storage.merge import merge_content
    from ui.composition import read_export_file

    content, documents = read_export_file(Path(args.file))
    with _open(args.path) as dossier:
        result = merge_content(dossier, content, documents)
    print(f"Samengevoegd in {args.path}: {result.added} nieuw, {result.changed} gewijzigd, "
          f"{result.unchanged} ongewijzigd, {result.documents} documenten toegevoegd.")
    return 0


def cmd_screenshots(args) -> int:
    from ui.screenshots import make_screenshots

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print("Schrijf de grootte als BREEDTExHOOGTE, bijvoorbeeld 1366x768.", file=sys.stderr)
        return 1
    for path in make_screenshots(Path(args.dir), font_scale=args.scale, size=(width, height)):
        print(path)
    return 0
