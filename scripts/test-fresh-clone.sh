#!/usr/bin/env bash
# Runs the whole test suite in a fresh clone of the current commit, with no ../shared beside it (the ai-flow
# 2.9.1 fixture and the seeds): what a new contributor or a CI without that folder gets. The tests that need
# ../shared are reported as skipped; everything else must pass. Uncommitted changes are not in the clone.
# node_modules is hard-linked from this checkout (no network); the clone is removed at the end.
set -euo pipefail
repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/ai-flow-fresh-clone-XXXXXX")"
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-hardlinks "$repo" "$work/ai-flow"
cd "$work/ai-flow"
git checkout --quiet "$(git -C "$repo" rev-parse HEAD)"
[ ! -e ../shared ] || { echo "test:fresh-clone: $work/shared exists; the clone must have no ../shared" >&2; exit 1; }
cp -al "$repo/node_modules" node_modules 2>/dev/null || cp -a "$repo/node_modules" node_modules
rm -rf node_modules/.vite node_modules/.cache # caches written in place must not reach the linked originals
npm run build
env -u AI_FLOW_SHARED npx vitest run "$@"
