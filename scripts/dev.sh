#!/usr/bin/env bash
# One entry point for a fresh machine: makes sure a Node new enough is there (installing Node 24
# from the npm registry into .tool/ when the one on PATH is older), installs dependencies from the
# lockfile, then runs the task.
#   scripts/dev.sh quickstart   build and try ashby against the offline sandbox
#   scripts/dev.sh test         typecheck, lint, build, drift checks, the whole test suite, and
#                               the npm pack / npm install -g check (scripts/pack-check.sh)
#   scripts/dev.sh <cmd...>     run any command with that Node on PATH
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=22)?0:1)' 2>/dev/null
}

if ! node_ok; then
  tool="$root/.tool/node24"
  if [ ! -x "$tool/node_modules/.bin/node" ]; then
    echo "dev.sh: Node $(node --version 2>/dev/null || echo none) is too old; installing Node 24 into .tool/ …" >&2
    mkdir -p "$tool"
    printf '{"private":true,"dependencies":{"node":"^24"},"allowScripts":{"node":true}}\n' >"$tool/package.json"
    (cd "$tool" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  export PATH="$tool/node_modules/.bin:$PATH"
  node_ok || { echo "dev.sh: could not get Node >= 22.22" >&2; exit 1; }
fi

# Install dependencies when the lockfile changed since the last install.
stamp=node_modules/.lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --loglevel=error >&2
  cp package-lock.json "$stamp"
fi

# The completion tests drive real bash, zsh and fish, and the wizard tests a real terminal under
# tmux; install the missing ones (CI runs as root).
ensure_shells() {
  local missing=() s
  for s in bash zsh fish tmux; do command -v "$s" >/dev/null 2>&1 || missing+=("$s"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: installing ${missing[*]} for the completion and terminal tests …" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null 2>&1 ||
      echo "dev.sh: could not install ${missing[*]}; the completion and terminal tests will fail" >&2
  else
    echo "dev.sh: ${missing[*]} not found; the completion and terminal tests need them (e.g. apt-get install ${missing[*]})" >&2
  fi
}

task="${1:-test}"
case "$task" in
  test)
    shift || true
    ensure_shells
    npm test "$@"
    # The whole run (CI) also checks the install users follow: npm pack, npm install -g (temp prefix).
    if [ "$#" -eq 0 ]; then bash scripts/pack-check.sh; fi
    ;;
  quickstart)
    npm run build --silent >&2
    # A tour of the product against the offline sandbox (state in the config dir; no key needed).
    ashby() { echo "+ ashby $*" >&2; node bin/ashby.js "$@"; }
    ashby --version
    ashby --sandbox sandbox reset
    ashby --sandbox job list --status Open -o table
    ashby --sandbox candidate search --name Ada -o table
    ashby --sandbox app stage ada.ritchie4@example.com --stage Onsite --fields id,candidate.name,currentInterviewStage.title -o table
    ashby --sandbox app list --limit 5 -o table
    ashby --sandbox candidate list --all -o ndjson | wc -l
    ashby --sandbox api apiKey.info --dry-run
    ashby --sandbox auth status -o table
    ;;
  *)
    exec "$@"
    ;;
esac
