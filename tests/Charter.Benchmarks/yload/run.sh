#!/usr/bin/env bash
# Measures Charter's hub with yload: starts the Release app with signed-up people, runs yload
# against it with the charter adapter, and stops the app. Extra arguments go to yload.
#   tests/Charter.Benchmarks/yload/run.sh /tmp/yload --clients 100 --full-clients 4 --seconds 60
set -euo pipefail
yload_dir=$1; shift
repo=$(cd "$(dirname "$0")/../../.." && pwd)
clients=100
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [[ ${args[i]} == --clients ]] && clients=${args[i+1]}; done
people=$(mktemp --suffix=.json) && rm -f "$people"
cp "$repo/tests/Charter.Benchmarks/yload/charter.mjs" "$yload_dir/adapters/charter.mjs"
"$repo/tests/Charter.Benchmarks/bin/Release/net10.0/Charter.Benchmarks" serve "$clients" "$people" >&2 &
serve=$!
trap 'kill -TERM $serve 2>/dev/null; wait $serve 2>/dev/null; rm -f "$people"' EXIT
until [[ -s $people ]]; do kill -0 $serve || exit 1; sleep 1; done
cd "$yload_dir"
CHARTER_PEOPLE=$people node yload.mjs --server external --adapter charter \
  --url "$(jq -r .url "$people")" --server-pid "$(jq -r .pid "$people")" "${args[@]}"
