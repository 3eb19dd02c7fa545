#!/usr/bin/env bash
# timpush against what operators would use instead, side by side in one run on one machine:
# curl with a UserSig made beforehand, and a Python program using the official tls-sig-api-v2
# library. Every command talks HTTPS to the same `timpush emulator --tls` with the same CA.
# Usage: bench/run.sh [RUNS]   (writes bench/results.md; installs hyperfine, curl, GNU time and
# the Python library if they are missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
out=bench/out
mkdir -p "$out"

need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
command -v curl >/dev/null || need_apt+=(curl)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 -c 'import TLSSigAPIv2' 2>/dev/null || python3 -m pip install -q tls-sig-api-v2

cargo build --release --locked -q
bin=$PWD/target/release/timpush
# The client alone, as packagers build it (no emulator, demo or TLS server): its size only.
cargo build --release --locked -q --no-default-features --target-dir target/lean
lean_bytes=$(stat -c %s target/lean/release/timpush)

export TIMPUSH_SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export TIMPUSH_EMULATOR_SECRET_KEY=$TIMPUSH_SECRET_KEY
export TIMPUSH_SDKAPPID=1400000000
unset TIMPUSH_CONFIG TIMPUSH_PROFILE TIMPUSH_USERSIG HTTPS_PROXY HTTP_PROXY ALL_PROXY https_proxy http_proxy all_proxy
export XDG_CONFIG_HOME=$PWD/$out/xdg   # no config file: settings come from the variables
export TIMPUSH_JOURNAL=$PWD/$out/journal.jsonl   # the recalls' journal, not the user's
rm -f "$TIMPUSH_JOURNAL" "$TIMPUSH_JOURNAL.1"
# hyperfine starts recalls back to back; shared pacing would space them a second apart, as the
# service requires. The single-recall timings measure one process alone: pacing within the
# process only (the fallback when the runtime folder cannot be made).
: >"$out/not-a-folder"
export XDG_RUNTIME_DIR=$PWD/$out/not-a-folder

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_emulator() { # $1: name, rest: flags
  local name=$1; shift
  "$bin" emulator --listen 127.0.0.1:0 --tls --ca-out "$out/$name-ca.pem" "$@" >"$out/$name.url" 2>"$out/$name.log" &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$out/$name.url" ] && break; sleep 0.1; done
  head -n1 "$out/$name.url"
}

url=$(start_emulator fast --no-rate-limit)
ca=$out/fast-ca.pem
task=$(curl -s --cacert "$ca" -X POST -H 'Content-Type: application/json' "$url/_emulator/tasks" -d '{}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["TaskId"])')
sig=$("$bin" usersig gen --ttl 3600)
export TIMPUSH_ENDPOINT=$url TIMPUSH_CA_BUNDLE=$ca

timpush_cmd="$bin revoke --task-id $task"
curl_cmd="curl -sf --cacert $ca -H 'Content-Type: application/json' -d '{\"TaskId\":\"$task\"}' '$url/v4/timpush/revoke?usersig=$sig&identifier=administrator&sdkappid=1400000000&random=12345&contenttype=json'"
python_cmd="python3 bench/python_recall.py $url $ca $task"

# Each must succeed before it is timed (the first recall answers 0, later ones 90050).
eval "$timpush_cmd" >/dev/null 2>&1
eval "$curl_cmd" | grep -q '"ErrorCode":90050'
eval "$python_cmd"

hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/recall.json" \
  -n timpush "$timpush_cmd" -n curl "$curl_cmd" -n python "$python_cmd" >/dev/null 2>"$out/hyperfine.err" \
  || hyperfine --warmup 3 --runs "$runs" --export-json "$out/recall.json" \
  -n timpush "$timpush_cmd" -n curl "$curl_cmd" -n python "$python_cmd" >/dev/null
# Start-up: --version, and a subcommand parsed in full (`config path`: the settings resolved,
# nothing sent), where the whole command line is built but no help is.
hyperfine -N --warmup 5 --runs "$((runs * 3))" --export-json "$out/startup.json" \
  -n "timpush --version" "$bin --version" -n "timpush config path" "$bin config path" \
  -n "curl --version" "curl --version" >/dev/null

: >"$out/memory.txt"
for name in timpush curl python; do
  cmd_var="${name}_cmd"
  /usr/bin/time -v -o "$out/time-$name.txt" bash -c "exec ${!cmd_var}" >/dev/null 2>&1
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time-$name.txt")
  printf '%s\t%s\n' "$name" "$kib" >>"$out/memory.txt"
done

# Where one recall's time goes, beside curl's: timpush's own phases (TIMPUSH_TIMINGS=1) and
# curl's -w timings, each the median of RUNS runs of the same recall.
curl_split_cmd="curl -sf -o /dev/null -w '%{time_namelookup} %{time_connect} %{time_appconnect} %{time_pretransfer} %{time_starttransfer} %{time_total}\n' ${curl_cmd#curl -sf }"
: >"$out/split-timpush.txt"
: >"$out/split-curl.txt"
for _ in $(seq "$runs"); do
  TIMPUSH_TIMINGS=1 $timpush_cmd 2>&1 >/dev/null | grep '^timpush: timings: ' >>"$out/split-timpush.txt" || true
  eval "$curl_split_cmd" >>"$out/split-curl.txt"
done

# A batch of 10 with the documented limit enforced (1 revoke per second per app).
url2=$(start_emulator limited)
ca2=$out/limited-ca.pem
: >"$out/tasks.txt"
for _ in $(seq 10); do
  curl -s --cacert "$ca2" -X POST -H 'Content-Type: application/json' "$url2/_emulator/tasks" -d '{}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["TaskId"])' >>"$out/tasks.txt"
done
t0=$(date +%s.%N)
TIMPUSH_ENDPOINT=$url2 TIMPUSH_CA_BUNDLE=$ca2 "$bin" revoke --from-file "$out/tasks.txt" -o json >"$out/batch.jsonl" 2>/dev/null
t1=$(date +%s.%N)
state=$(curl -s --cacert "$ca2" "$url2/_emulator/state")
python3 - "$t0" "$t1" "$state" "$(stat -c %s "$bin")" "$out" "$lean_bytes" <<'PY'
import json, sys
t0, t1, state, size, out = float(sys.argv[1]), float(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
lean = int(sys.argv[6])
revoked = sum(1 for t in state["tasks"] if t["state"] == "revoked")
assert revoked == 10, f"{revoked} of 10 recalled"
json.dump({"seconds": t1 - t0, "throttled": state["throttled"], "connections": state["connections"], "binary_bytes": size, "lean_binary_bytes": lean},
          open(f"{out}/batch.json", "w"))
PY

# Pacing across processes: 10 processes at once and a loop of 10, one task each, against an
# emulator with its rate limit on; shared pacing side by side with pacing within each process
# only (forced by a runtime folder that cannot be made), as timpush paced before.
pace_case() { # $1: name, $2: parallel|loop, $3: runtime folder
  local name=$1 mode=$2 rundir=$3 url ca
  url=$(start_emulator "$name")
  ca=$out/$name-ca.pem
  : >"$out/$name-tasks.txt"
  for _ in $(seq 10); do
    curl -s --cacert "$ca" -X POST -H 'Content-Type: application/json' "$url/_emulator/tasks" -d '{}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["TaskId"])' >>"$out/$name-tasks.txt"
  done
  : >"$out/$name-codes.txt"
  local t0 t1
  t0=$(date +%s.%N)
  if [ "$mode" = parallel ]; then
    while read -r t; do
      (rc=0; TIMPUSH_ENDPOINT=$url TIMPUSH_CA_BUNDLE=$ca XDG_RUNTIME_DIR=$rundir "$bin" revoke --task-id "$t" >/dev/null 2>&1 || rc=$?; echo "$rc" >>"$out/$name-codes.txt") &
    done <"$out/$name-tasks.txt"
    wait
  else
    while read -r t; do
      rc=0
      TIMPUSH_ENDPOINT=$url TIMPUSH_CA_BUNDLE=$ca XDG_RUNTIME_DIR=$rundir "$bin" revoke --task-id "$t" >/dev/null 2>&1 </dev/null || rc=$?
      echo "$rc" >>"$out/$name-codes.txt"
    done <"$out/$name-tasks.txt"
  fi
  t1=$(date +%s.%N)
  curl -s --cacert "$ca" "$url/_emulator/state" >"$out/$name-state.json"
  python3 - "$t0" "$t1" "$out" "$name" <<'PY'
import json, sys
t0, t1, out, name = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
state = json.load(open(f"{out}/{name}-state.json"))
codes = [int(c) for c in open(f"{out}/{name}-codes.txt").read().split()]
assert len(codes) == 10, f"{name}: {len(codes)} exit statuses recorded"
json.dump({"seconds": t1 - t0, "calls": state["calls"], "throttled": state["throttled"],
           "failed": sum(1 for c in codes if c != 0),
           "revoked": sum(1 for t in state["tasks"] if t["state"] == "revoked")},
          open(f"{out}/{name}.json", "w"))
PY
}
mkdir -p "$out/run-parallel" "$out/run-loop"
pace_case pace-parallel-shared parallel "$PWD/$out/run-parallel"
pace_case pace-parallel-local parallel "$PWD/$out/not-a-folder"
pace_case pace-loop-shared loop "$PWD/$out/run-loop"
pace_case pace-loop-local loop "$PWD/$out/not-a-folder"

# --dry-run of 10,000 and 100,000 TaskIds: the time should grow ten-fold (linear), not a
# hundred-fold.
python3 - "$out" <<'PY'
import sys, time
out = sys.argv[1]
stem = "%08x_537ed82a_200000cd7ee17f5_84035729" % int(time.time() - 60)
for n in (10000, 100000):
    with open(f"{out}/ids-{n}.txt", "w") as f:
        f.writelines(f"{stem}_{i:06x}\n" for i in range(n))
PY
: >"$out/dryrun.txt"
for n in 10000 100000; do
  t0=$(date +%s.%N)
  "$bin" revoke --from-file "$out/ids-$n.txt" --dry-run -o json >/dev/null 2>&1
  t1=$(date +%s.%N)
  printf '%s\t%s\n' "$n" "$(python3 -c "print($t1 - $t0)")" >>"$out/dryrun.txt"
done

status=0
python3 bench/report.py "$out" || status=$?
# The sections other benchmarks write (bench/audience.sh, bench/journal.sh) are kept.
python3 - "$out/results.md" <<'PY'
import re, sys
new = open(sys.argv[1]).read().rstrip("\n")
try:
    old = open("bench/results.md").read()
except FileNotFoundError:
    old = ""
kept = [m.group(0).rstrip("\n") for m in re.finditer(r"^## .*?(?=^## |\Z)", old, flags=re.S | re.M)
        if m.group(0).split("\n", 1)[0] not in new]
open("bench/results.md", "w").write("\n\n".join([new] + kept) + "\n")
PY
echo
echo "Written to bench/results.md (reproduce with: bench/run.sh)"
exit "$status"
