#!/usr/bin/env bash
# Sign Zorgmap.app, put it in a DMG, notarise the DMG with Apple and staple the ticket.
# Runs on macOS after `pyinstaller packaging/zorgmap.spec` (dist/Zorgmap.app).
#
#   packaging/macos/package_dmg.sh dist/Zorgmap.app dist/Zorgmap-0.1.0-arm64.dmg
#
# The recipe is the one Vorta uses for its PyInstaller app (sign every binary inside with the
# hardened runtime and a timestamp, then the app, then DMG, notarytool, stapler), written for
# Zorgmap: hdiutil instead of create-dmg (no extra tool), the DMG signed too, and a
# Gatekeeper check (spctl) at the end.
#
# Environment (from CI secrets; see .github/workflows/release.yml):
#   SIGN_IDENTITY    "Developer ID Application: Name (TEAMID)"; empty: ad-hoc signing, no
#                    notarisation (a test build that Gatekeeper will refuse)
#   APPLE_ID, APPLE_APP_PASSWORD, APPLE_TEAM_ID   for notarytool (an app-specific password)
#
# NOT RUN YET: written and reviewed on Linux; the first macOS run of the release workflow is
# its test (docs/install.md says so).
set -euo pipefail

app=${1:?path to Zorgmap.app}
dmg=${2:?path of the DMG to write}
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"
identity=${SIGN_IDENTITY:-}

if [ -z "$identity" ]; then
    echo "SIGN_IDENTITY is empty: ad-hoc signing only; this DMG is for testing, not for families."
    sign_as="-"
    timestamp=()
else
    sign_as="$identity"
    timestamp=(--timestamp)
fi

sign() {
    codesign --force --options runtime "${timestamp[@]}" --entitlements "$entitlements" \
        --sign "$sign_as" "$@"
}

# 1. Inside out: every library and extension first, then the programs, then the app. (No
#    --deep: Apple advises against it; signing each file is what makes notarisation pass.)
while IFS= read -r -d '' file; do
    sign "$file"
done < <(find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) \
            ! -path '*/Contents/MacOS/Zorgmap' -print0)
find "$app/Contents/Frameworks" -type d -name '*.framework' -prune -print0 2>/dev/null \
    | while IFS= read -r -d '' framework; do sign "$framework"; done
sign "$app/Contents/MacOS/zorgmap-cli"
sign "$app"
codesign --verify --strict --verbose=2 "$app"

# 2. The DMG: the app and a link to /Applications, so installing is one drag.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Programma's"
rm -f "$dmg"
hdiutil create -volname "Zorgmap" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "$identity" ]; then
    codesign --force --timestamp --sign "$identity" "$dmg"
fi

# 3. Notarise and staple (only with a real identity).
if [ -n "$identity" ]; then
    xcrun notarytool submit "$dmg" --wait --timeout 30m \
        --apple-id "${APPLE_ID:?}" --password "${APPLE_APP_PASSWORD:?}" \
        --team-id "${APPLE_TEAM_ID:?}"
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    # What a family's Mac will ask: may this app open?
    mount=$(mktemp -d)
    hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
    spctl --assess --type execute --verbose=2 "$mount/Zorgmap.app"
    hdiutil detach "$mount" >/dev/null
fi
echo "DMG: $dmg"
