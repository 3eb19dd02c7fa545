#!/usr/bin/env bash
# The journal at 1,000,000 entries beside one holding only the same last day (1,000 entries), in
# one run on one machine: a push against the emulator (its check, reservation and completion are
# the difference), `log --since 1d`, `revoke --last --dry-run`, and peak memory. Each journal is
# an old JSON Lines journal imported once (the big import is timed too).
# Usage: bench/journal.sh [ENTRIES] [RUNS]   (writes the "Journal at scale" section of
# bench/results.md; installs hyperfine and GNU time when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000000}
runs=${2:-20}
out=bench/out/journal
rm -rf "$out"
mkdir -p "$out"
need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
cargo build --release --locked -q
bin=$PWD/target/release/timpush

export TIMPUSH_SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export TIMPUSH_EMULATOR_SECRET_KEY=$TIMPUSH_SECRET_KEY
export TIMPUSH_SDKAPPID=1400000000
unset TIMPUSH_CONFIG TIMPUSH_PROFILE TIMPUSH_USERSIG TIMPUSH_JOURNAL
export XDG_CONFIG_HOME=$PWD/$out/xdg
: >"$out/not-a-folder"
export XDG_RUNTIME_DIR=$PWD/$out/not-a-folder   # pacing within each process only

"$bin" emulator --listen 127.0.0.1:0 --no-rate-limit >"$out/emu.url" 2>"$out/emu.log" &
emu=$!
trap 'kill $emu 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$out/emu.url" ] && break; sleep 0.1; done
export TIMPUSH_ENDPOINT=$(head -n1 "$out/emu.url")

# ENTRIES entries over the last 400 days, oldest first; the last 1,000 within the last day.
python3 - "$out/big.jsonl" "$entries" <<'PY'
import json, sys, time
path, n = sys.argv[1], int(sys.argv[2])
now = int(time.time())
with open(path, "w") as f:
    for i in range(n):
        t = now - 86400 + (i - (n - 1000)) * 60 if i >= n - 1000 else now - 400 * 86400 + i * (399 * 86400 // n)
        cmd = "push" if i % 3 else "revoke"
        f.write(json.dumps({"time": "", "unix": t, "profile": "default", "sdkappid": 1400000000,
            "endpoint": "http://127.0.0.1:1", "command": cmd, "run": f"r{i}", "title": f"Title {i}",
            "audience": {"kind": "condition", "condition": {"TagsAnd": [f"t{i % 97}"]}, "text": "x"},
            "fingerprint": f"{i:032x}", "TaskId": f"6b1159c0_537ed82a_200000cd7ee17f5_84035729_{i:x}",
            "outcome": "pushed" if cmd == "push" else "revoked", "exit_code": 0}) + "\n")
PY
chmod 600 "$out/big.jsonl"
big=$PWD/$out/big.db
small=$PWD/$out/small.db
cp "$out/big.jsonl" "$big"
tail -n 1000 "$out/big.jsonl" >"$small"
chmod 600 "$big" "$small"
t0=$(date +%s.%N)
TIMPUSH_JOURNAL=$big "$bin" log --limit 1 >/dev/null 2>"$out/import.err"
t1=$(date +%s.%N)
import_s=$(python3 -c "print(round($t1 - $t0, 1))")
TIMPUSH_JOURNAL=$small "$bin" log --limit 1 >/dev/null 2>&1

# Every command against both journals in one hyperfine run. A push is sent with --force (the
# same text each time: checked, reserved and completed, never refused).
push="push --tag vip --title Bench --desc D --force"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/reads.json" \
  -n "push (1M)" "env TIMPUSH_JOURNAL=$big $bin $push" \
  -n "push (small)" "env TIMPUSH_JOURNAL=$small $bin $push" \
  -n "log --since 1d (1M)" "env TIMPUSH_JOURNAL=$big $bin log --since 1d -o json" \
  -n "log --since 1d (small)" "env TIMPUSH_JOURNAL=$small $bin log --since 1d -o json" \
  -n "revoke --last --dry-run (1M)" "env TIMPUSH_JOURNAL=$big $bin revoke --last --dry-run --yes" \
  -n "revoke --last --dry-run (small)" "env TIMPUSH_JOURNAL=$small $bin revoke --last --dry-run --yes" \
  >/dev/null 2>"$out/hyperfine.err"

: >"$out/memory.txt"
for j in big small; do
  path_var=$j
  for cmd in "log --since 1d -o json" "revoke --last --dry-run --yes" "$push"; do
    /usr/bin/time -v -o "$out/time.txt" env TIMPUSH_JOURNAL="${!path_var}" "$bin" $cmd >/dev/null 2>&1 || true
    printf '%s\t%s\t%s\n' "$j" "${cmd%% -*}" "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")" >>"$out/memory.txt"
  done
done

python3 - "$out" "$entries" "$import_s" <<'PY'
import json, re, sys
out, n, import_s = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ms = {r["command"]: r["median"] * 1000 for r in json.load(open(f"{out}/reads.json"))["results"]}
mem = {}
for line in open(f"{out}/memory.txt"):
    j, cmd, kib = line.rstrip("\n").split("\t")
    mem[(j, cmd)] = int(kib) / 1024
lines = [
    "## Journal at scale",
    "",
    f"The journal with {n:,} entries beside one holding only the same last day (1,000 entries),",
    f"the same commands in one run (`bench/journal.sh`, hyperfine medians; each journal an old JSON",
    f"Lines journal imported once: {import_s} s for the big one). A push goes to the emulator.",
    "",
    "| command (whole process) | 1M entries | last day only | difference | ratio | peak memory, 1M / last day |",
    "|---|---|---|---|---|---|",
]
for what, short in (("push", "push"), ("log --since 1d", "log"), ("revoke --last --dry-run", "revoke")):
    b, s_ = ms[f"{what} (1M)"], ms[f"{what} (small)"]
    mb, msm = mem[("big", short)], mem[("small", short)]
    lines.append(f"| `{what}` | {b:.1f} ms | {s_:.1f} ms | {b - s_:+.1f} ms | {b / s_:.2f} | {mb:.1f} / {msm:.1f} MiB |")
lines.append("")
section = "\n".join(lines)
path = "bench/results.md"
text = open(path).read()
if "## Journal at scale" in text:
    text = re.sub(r"## Journal at scale\n.*?(?=\n## |\Z)", section.rstrip("\n") + "\n", text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
