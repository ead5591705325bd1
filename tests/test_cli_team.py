"""The family team from the command line, as a script or a copilot drives it."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def run(home: Path, *args, passphrase=PASSPHRASE):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZORGMAP_", "XDG_"))}
    env["ZORGMAP_STATE_DIR"] = os.environ["ZORGMAP_STATE_DIR"]
    env["HOME"] = str(home)
    env["ZORGMAP_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "ui.cli", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=180)


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_two_parents_share_a_dossier_from_the_command_line(tmp_path):
    mama, papa = tmp_path / "mama", tmp_path / "papa"
    mama.mkdir()
    papa.mkdir()
    folder = tmp_path / "Syncthing" / "Noor"
    ok(run(mama, "identity", "new", "--name", "Mama"))
    out = ok(run(papa, "identity", "new", "--name", "Papa"))
    papa_code = out.strip().splitlines()[-1]
    assert ok(run(papa, "identity", "show")).strip().splitlines()[-1] == papa_code
    assert (papa / ".config" / "zorgmap" / "identity.json").is_file()

    dossier = mama / "Noor.zorgmap"
    ok(run(mama, "demo", dossier))
    ok(run(mama, "team", "share", dossier, "--folder", folder))
    out = ok(run(mama, "team", "add", dossier, papa_code, "--name", "Papa", "--role", "ouder"))
    assert "vingerafdruk" in out and "niet worden teruggedraaid" in out

    copy = papa / "Noor.zorgmap"
    out = ok(run(papa, "team", "join", folder, copy))
    assert "momentopname van Mama" in out and "Noodsleutel" in out

    # Papa edits through an export and a merge, the scriptable way.
    export = papa / "noor.json"
    ok(run(papa, "export", "json", copy, "--out", export))
    data = json.loads(export.read_text())
    contact = data["network"][0]
    contact["phone"] = "06-11112222"
    export.write_text(json.dumps(data))
    out = ok(run(papa, "import", "json", export, copy, "--merge"))
    assert "1 gewijzigd" in out
    out = ok(run(papa, "sync", copy))
    assert "verstuurd: changes/" in out

    out = ok(run(mama, "sync", dossier))
    assert "wijzigingen van Papa" in out and "1 onderdelen bijgewerkt" in out
    ok(run(mama, "export", "json", dossier, "--out", mama / "na.json"))
    after = json.loads((mama / "na.json").read_text())
    assert any(c["phone"] == "06-11112222" for c in after["network"])

    out = ok(run(mama, "team", "list", dossier))
    assert "Papa: ouder" in out and "Mama (u): ouder" in out
    out = ok(run(mama, "team", "remove", dossier, "Papa"))
    assert "kan niet worden teruggenomen" in out
    bad = run(mama, "team", "remove", dossier, "Mama")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "ouder" in bad.stderr


def test_team_commands_say_one_dutch_line_on_misuse(tmp_path):
    home = tmp_path / "h"
    home.mkdir()
    result = run(home, "identity", "show")
    assert result.returncode == 1 and "zorgmap identity new" in result.stderr
    result = run(home, "team", "join", tmp_path / "leeg", tmp_path / "nieuw")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
