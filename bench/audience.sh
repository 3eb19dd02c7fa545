#!/usr/bin/env bash
# Syncing tags from a file of users at the service's ceiling: `timpush tag add --from-file` of
# USERS users (default 1,000,000) with two tags each, against `timpush emulator --tls` with a
# 50 ms round trip (--delay 50) and its 100-calls-a-second limit on, beside the same job as a
# Python program (asyncio and aiohttp, the same 8 connections: bench/python_audience.py). Each
# runs against an emulator of its own, so that each one's refused calls are its own.
# Usage: bench/audience.sh [USERS]   (writes the "Audience sync" section of bench/results.md)
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-1000000}
out=bench/out
mkdir -p "$out"
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
python3 -c 'import TLSSigAPIv2, aiohttp' 2>/dev/null || python3 -m pip install -q tls-sig-api-v2 aiohttp

cargo build --release --locked -q
bin=$PWD/target/release/timpush
export TIMPUSH_SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export TIMPUSH_EMULATOR_SECRET_KEY=$TIMPUSH_SECRET_KEY
export TIMPUSH_SDKAPPID=1400000000
unset TIMPUSH_CONFIG TIMPUSH_PROFILE TIMPUSH_USERSIG HTTPS_PROXY HTTP_PROXY ALL_PROXY https_proxy http_proxy all_proxy
export XDG_CONFIG_HOME=$PWD/$out/xdg
export TIMPUSH_JOURNAL=$PWD/$out/audience-journal.jsonl
export XDG_RUNTIME_DIR=$PWD/$out/audience-run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

file=$out/users-$users.csv
[ -s "$file" ] || python3 - "$users" "$file" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("account,tag,tag\n")
    for i in range(n):
        f.write(f"user{i:07d},plan{i % 5},city{i % 13}\n")
PY
rm -f "$file.resume"*

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start_emulator() { # $1: name
  "$bin" emulator --listen 127.0.0.1:0 --tls --ca-out "$out/$1-ca.pem" --delay 50 >"$out/$1.url" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$out/$1.url" ] && break; sleep 0.1; done
  head -n1 "$out/$1.url"
}
state() { # $1: url, $2: ca
  curl -s --cacert "$2" "$1/_emulator/state" | python3 -c 'import json,sys; a=json.load(sys.stdin)["audience"]["1400000000"]; print(a["received"].get("add_tag",0), a["throttled"], a["holders"])'
}

url=$(start_emulator sync-timpush)
s=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$out/audience-timpush.mem" \
  env TIMPUSH_ENDPOINT="$url" TIMPUSH_CA_BUNDLE="$out/sync-timpush-ca.pem" \
  "$bin" tag add --from-file "$file" >"$out/audience-timpush.out"
e=$(date +%s.%N)
read -r t_accounts t_throttled t_holders < <(state "$url" "$out/sync-timpush-ca.pem")
t_secs=$(python3 -c "print($e - $s)")

url=$(start_emulator sync-python)
s=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$out/audience-python.mem" \
  python3 bench/python_audience.py "$url" "$out/sync-python-ca.pem" "$file" 8 >"$out/audience-python.out"
e=$(date +%s.%N)
read -r p_accounts p_throttled p_holders < <(state "$url" "$out/sync-python-ca.pem")
p_secs=$(python3 -c "print($e - $s)")

python3 - "$users" "$t_secs" "$t_accounts" "$t_throttled" "$t_holders" "$(cat "$out/audience-timpush.mem")" \
  "$p_secs" "$p_accounts" "$p_throttled" "$p_holders" "$(cat "$out/audience-python.mem")" <<'PY'
import re, sys
users = int(sys.argv[1])
def row(name, secs, accounts, throttled, holders, kib):
    secs, accounts = float(secs), int(accounts)
    rate = accounts / secs
    return (name, f"{secs:.1f} s", f"{rate:,.0f}", f"{rate / 10000:.0%}", throttled, holders, f"{int(kib) / 1024:.1f} MiB")
t = row("`timpush tag add --from-file`", *sys.argv[2:7])
p = row("Python (asyncio, aiohttp)", *sys.argv[7:12])
lines = [
    "## Audience sync",
    "",
    f"{users:,} users with two tags each, `tag add --from-file` against the emulator over HTTPS with a 50 ms",
    "round trip (`--delay 50`) and its 100-calls-a-second limit on, 8 connections each; the ceiling is",
    "100 calls × 100 accounts = 10,000 accounts a second (`bench/audience.sh`).",
    "",
    "| program | wall time | accounts a second | of the ceiling | calls refused as too frequent | accounts tagged | peak memory |",
    "|---|---|---|---|---|---|---|",
]
for r in (t, p):
    lines.append("| " + " | ".join(str(x) for x in r) + " |")
tt, pt = float(sys.argv[2]), float(sys.argv[7])
lines += ["", f"timpush's wall time is {tt / pt:.2f} of the Python program's; its peak memory "
          f"{int(sys.argv[6]) / int(sys.argv[11]):.2f} of it.", ""]
section = "\n".join(lines)
path = "bench/results.md"
text = open(path).read()
if "## Audience sync" in text:
    text = re.sub(r"## Audience sync\n.*?(?=\n## |\Z)", section.rstrip("\n") + "\n", text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
