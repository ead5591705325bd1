#!/usr/bin/env bash
# Run the BUILT Zorgmap (not the source) the way a family's computer would: an empty
# environment (`env -i`), a fresh HOME, a working folder outside the repository.
#   packaging/check_bundle.sh dist/zorgmap
# Checks: every library of the bundle resolves, --version, demo, verify, export paspoort
# (read back with pdftotext, fonts embedded), the family team commands (identity, share, add,
# join, sync, list), and a GUI start under Xvfb with the xcb platform (--smoke), which also
# makes a PDF in a child process (multiprocessing in the frozen program).
# Prints the bundle size. Linux only; needs poppler-utils and xvfb.
set -euo pipefail

bundle=$(cd "${1:-dist/zorgmap}" && pwd)
exe="$bundle/zorgmap"
repo=$(cd "$(dirname "$0")/.." && pwd)
[ -x "$exe" ] || { echo "check_bundle: no program at $exe (run make dist first)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/home"
pass="oefen-wachtwoord-voor-de-bundelcontrole"
ok() { echo "  ok: $*"; }
fail() { echo "check_bundle: FOUT: $*" >&2; exit 1; }

# The built program in an empty environment: only HOME (and the passphrase for the headless
# commands); offscreen Qt where a command would touch Qt at all.
run() {
    (cd "$work" && env -i HOME="$work/home" ZORGMAP_PASSPHRASE="$pass" \
        QT_QPA_PLATFORM=offscreen "$exe" "$@")
}

echo "Bundle: $bundle ($(du -sm "$bundle" | cut -f1) MB unpacked, $(find "$bundle" -type f | wc -l) files)"

# 1. Every shared library in the bundle finds what it links against (bundle first, then the
#    system), except Qt plugins for platforms a desktop may not have.
missing=$(find "$bundle" -name '*.so*' -type f | while read -r lib; do
    case "$lib" in
        */platforms/libqeglfs.so|*/platforms/libqminimalegl.so|*/platforms/libqvkkhrdisplay.so) continue ;;
        */wayland-*|*/platforms/libqwayland*|*/libQt6WaylandClient*|*/libQt6WlShell*) continue ;;
    esac
    LD_LIBRARY_PATH="$bundle/_internal" ldd "$lib" 2>/dev/null | grep "not found" \
        | sed "s|^|${lib#"$bundle"/}: |" || true
done | sort -u)
[ -z "$missing" ] || fail "libraries not found:"$'\n'"$missing"
ok "every library in the bundle resolves"

# 2. --version: the bundled program, with SQLCipher inside.
version=$(run --version)
echo "$version" | sed 's/^/    /'
want=$(sed -n 's/^VERSION = "\(.*\)"/\1/p' "$repo/app/version.py")
[ "$(echo "$version" | head -1)" = "Zorgmap $want" ] || fail "--version says something else than $want"
echo "$version" | grep -q "gebundeld programma" || fail "--version does not run from the bundle"
echo "$version" | grep -q "^SQLCipher 4" || fail "no SQLCipher 4 in the bundle"
ok "--version"

# 3. demo, verify, export paspoort.
run demo "$work/Demo.zorgmap" > "$work/demo.txt" || { cat "$work/demo.txt"; fail "demo"; }
ok "demo: $(head -1 "$work/demo.txt")"
run verify "$work/Demo.zorgmap" > "$work/verify.txt" || { cat "$work/verify.txt"; fail "verify"; }
grep -q "Dossier in orde" "$work/verify.txt" || fail "verify did not say the dossier is fine"
ok "verify: $(head -1 "$work/verify.txt")"
run export paspoort "$work/Demo.zorgmap" --out "$work/paspoort.pdf" > "$work/export.txt" \
    || { cat "$work/export.txt"; fail "export paspoort"; }
pdftotext -layout "$work/paspoort.pdf" "$work/paspoort.txt"
grep -q "Noor" "$work/paspoort.txt" || fail "the zorgpaspoort does not name the demo child"
grep -qi "epilepsie\|aanval" "$work/paspoort.txt" || fail "the zorgpaspoort lacks the seizure protocol"
if pdffonts "$work/paspoort.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -q "no"; then
    fail "a font in the zorgpaspoort is not embedded"
fi
pdffonts "$work/paspoort.pdf" | grep -q DejaVu || fail "the zorgpaspoort does not use the bundled DejaVu font"
ok "export paspoort: $(tr '\n' ' ' < "$work/export.txt")($(wc -w < "$work/paspoort.txt") words, DejaVu embedded)"

# 4. Nothing of the dossier's content in plain text on disk (the export is the family's choice).
if grep -rlaF "Vermeulen" "$work/home" "$work/Demo.zorgmap" 2>/dev/null | grep -q .; then
    fail "dossier content found in plain text"
fi
ok "no plain text of the dossier in HOME or the dossier folder"

# 4b. The family team (pycrdt, pyrage inside the bundle): Mama shares the demo, adds Papa by
#     his code, Papa (another HOME) joins and both exchange; the shared folder stays unreadable.
mkdir -m 700 "$work/papa"
team() {
    (cd "$work" && env -i HOME="$1" ZORGMAP_PASSPHRASE="$pass" "$exe" "${@:2}")
}
team "$work/home" identity new --name Mama > "$work/team.txt" || { cat "$work/team.txt"; fail "identity new"; }
code=$(team "$work/papa" identity new --name Papa | tail -1)
case "$code" in ZM1-*) ;; *) fail "identity new printed no code" ;; esac
team "$work/home" team share "$work/Demo.zorgmap" --folder "$work/gedeeld" >> "$work/team.txt" \
    || { cat "$work/team.txt"; fail "team share"; }
team "$work/home" team add "$work/Demo.zorgmap" "$code" --name Papa --role ouder >> "$work/team.txt" \
    || { cat "$work/team.txt"; fail "team add"; }
team "$work/papa" team join "$work/gedeeld" "$work/Papa.zorgmap" > "$work/join.txt" \
    || { cat "$work/join.txt"; fail "team join"; }
grep -q "momentopname van Mama" "$work/join.txt" || { cat "$work/join.txt"; fail "join took in no snapshot"; }
team "$work/papa" sync "$work/Papa.zorgmap" >> "$work/team.txt" || { cat "$work/team.txt"; fail "sync"; }
team "$work/home" team list "$work/Demo.zorgmap" | grep -q "^Papa: ouder" || fail "team list lacks Papa"
if grep -rlaF "Vermeulen" "$work/gedeeld" | grep -q .; then
    fail "dossier content found in plain text in the shared folder"
fi
ok "team: identity, share, add, join, sync, list ($(find "$work/gedeeld" -type f | wc -l) files in the shared folder, none readable)"

# 5. The window: Xvfb, xcb platform, welcome window on screen, quits by itself.
command -v xvfb-run >/dev/null || fail "xvfb-run is missing (apt-get install xvfb xauth)"
smoke=$(cd "$work" && xvfb-run -a sh -c \
    'exec env -i HOME="$0" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb "$1" --smoke' \
    "$work/home" "$exe" 2>&1) || { echo "$smoke"; fail "GUI start under Xvfb (xcb)"; }
echo "$smoke" | grep -q "platform xcb" || { echo "$smoke"; fail "the window did not use xcb"; }
ok "GUI: $(echo "$smoke" | grep 'Zorgmap start')"
# --smoke also makes a PDF in a child process (spawn: the frozen program started again,
# freeze_support() in packaging/zorgmap_main.py), as Delen en printen does.
echo "$smoke" | grep -q "^Zorgmap PDF: 1 pagina gemaakt in een eigen proces" \
    || { echo "$smoke"; fail "no PDF from a child process"; }
ok "PDF in a child process: $(echo "$smoke" | grep 'Zorgmap PDF')"

# 6. A computer without two of Qt's xcb libraries (the case from issue 12): the built program
#    must stop with the one apt-get line. A copy of the bundle without its own copies of them,
#    run with the system's copies hidden (a private mount namespace: needs root).
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null; then
    cp -a "$bundle" "$work/bundle-copy"
    rm -f "$work/bundle-copy/_internal/libxcb-icccm.so.4" "$work/bundle-copy/_internal/libxcb-keysyms.so.1"
    set +e
    message=$("$repo/packaging/without_libs.sh" libxcb-icccm.so.4 libxcb-keysyms.so.1 -- \
        env -i HOME="$work/home" "$work/bundle-copy/zorgmap" 2>&1)
    code=$?
    set -e
    [ "$code" -eq 1 ] || { echo "$message"; fail "missing libraries: exit $code, not 1"; }
    echo "$message" | grep -qx "zorgmap: .*Installeer ze met: sudo apt-get install libxcb-icccm4 libxcb-keysyms1" \
        || { echo "$message"; fail "missing libraries: not the one install line"; }
    ok "missing libraries: $message"
else
    echo "  (not root: the missing-library check of the bundle was not run)"
fi

echo "check_bundle: all checks passed"
