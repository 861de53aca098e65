#!/usr/bin/env bash
# The install a user can follow without cloning tools (README, "Installing"): `npm pack`, then
# `npm install -g` of the tarball — into a temporary prefix, never the real global one — and the
# installed `ashby` must run: --version, --help, and a command against the offline sandbox.
# Needs a built dist/ (npm run build). Dependencies come from npm's cache when it has them.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tgz=$(npm pack --silent --pack-destination "$tmp" | tail -n 1)
npm install -g --prefix "$tmp/prefix" --prefer-offline --no-audit --no-fund --loglevel=error "$tmp/$tgz"
ashby="$tmp/prefix/bin/ashby"
export ASHBY_CONFIG_DIR="$tmp/config" ASHBY_NO_KEYCHAIN=1
"$ashby" --version
"$ashby" --help | grep -q 'Everyday work'
out=$("$ashby" --sandbox candidate list --limit 1 --fields id -o csv)
[ "$(printf '%s\n' "$out" | head -n 1)" = id ] || { echo "pack-check: unexpected output: $out" >&2; exit 1; }
"$ashby" doctor --sandbox >/dev/null
echo "pack-check: ok ($tgz installed and ran)"
