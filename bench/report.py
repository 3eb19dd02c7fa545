"""Turns the benchmark's measurements into one table (stdout and Markdown)."""
import json
import sys

out_dir = sys.argv[1]


def load(name):
    with open(f"{out_dir}/{name}.json") as f:
        return json.load(f)["results"]


def ms(x):
    return f"{x * 1000:.1f} ms"


rows = []
for group, name in [("one recall (whole process, HTTPS)", "recall"), ("start-up", "startup")]:
    res = load(name)
    base = res[0]["median"]
    for r in res:
        rows.append((group, r.get("command_name", r["command"]), ms(r["median"]), ms(r["min"]), ms(r["max"]),
                     f"{r['median'] / base:.2f}"))

with open(f"{out_dir}/memory.txt") as f:
    mem = [line.rstrip("\n").split("\t") for line in f if line.strip()]
with open(f"{out_dir}/batch.json") as f:
    batch = json.load(f)

lines = ["| measure | command | median | min | max | ratio to timpush |", "|---|---|---|---|---|---|"]
lines += [f"| {g} | `{c}` | {m} | {lo} | {hi} | {ratio} |" for g, c, m, lo, hi, ratio in rows]
base_kib = int(mem[0][1])
lines += [f"| peak memory (one recall) | `{c}` | {int(k) / 1024:.1f} MiB | | | {int(k) / base_kib:.2f} |" for c, k in mem]
lines.append(f"| release binary | `timpush` | {batch['binary_bytes'] / 1048576:.2f} MiB | | | |")
if "lean_binary_bytes" in batch:
    lines.append(f"| release binary, client only (`--no-default-features`) | `timpush` | {batch['lean_binary_bytes'] / 1048576:.2f} MiB | | | {batch['lean_binary_bytes'] / batch['binary_bytes']:.2f} of the full |")
lines.append(f"| batch of 10 recalls, rate limit on | `timpush revoke --from-file` | {batch['seconds']:.2f} s | | | "
             f"{batch['throttled']} answers 90051, {batch['connections']} TLS connection(s) |")
pace = {}
for mode in ("parallel", "loop"):
    for how in ("shared", "local"):
        with open(f"{out_dir}/pace-{mode}-{how}.json") as f:
            pace[(mode, how)] = json.load(f)
lines.append("")
lines.append("| 10 recalls, one process each, rate limit on | pacing | wall time | calls | throttled (90051) | processes failed |")
lines.append("|---|---|---|---|---|---|")
for mode, label in (("parallel", "10 processes at once"), ("loop", "a loop of 10 processes")):
    for how, words in (("shared", "shared by the processes"), ("local", "within each process only")):
        p = pace[(mode, how)]
        lines.append(f"| {label} | {words} | {p['seconds']:.2f} s | {p['calls']} | {p['throttled']} | {p['failed']} |")
with open(f"{out_dir}/dryrun.txt") as f:
    dry = {int(n): float(t) for n, t in (line.split() for line in f if line.strip())}
lines.append("")
lines.append("| revoke --dry-run | time | ratio to 10,000 TaskIds |")
lines.append("|---|---|---|")
for n in sorted(dry):
    lines.append(f"| {n:,} TaskIds | {dry[n]:.2f} s | {dry[n] / dry[10000]:.1f} |")
# One recall, split: timpush's phases beside curl's (medians of the runs).
def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return (xs[n // 2] + xs[(n - 1) // 2]) / 2 if xs else float("nan")


phases = {}
with open(f"{out_dir}/split-timpush.txt") as f:
    for line in f:
        for part in line.split("timings: ", 1)[1].strip().split("; "):
            name, value, _unit = part.rsplit(" ", 2)
            phases.setdefault(name, []).append(float(value))
curl_runs = []
with open(f"{out_dir}/split-curl.txt") as f:
    for line in f:
        if line.strip():
            curl_runs.append([float(x) * 1000 for x in line.split()])
startups = {r.get("command_name", r["command"]): r["median"] * 1000 for r in load("startup")}
recalls = {r.get("command_name", r["command"]): r["median"] * 1000 for r in load("recall")}
tp = {k: median(v) for k, v in phases.items()}
# curl's points in time: name looked up, TCP connected, TLS done, ready, first byte, all.
c = [median([r[i] for r in curl_runs]) for i in range(6)]
lines.append("")
lines.append("One recall, where the time goes (medians, ms; a phase of one is not always a phase of the other):")
lines.append("")
lines.append("| part | timpush | curl |")
lines.append("|---|---|---|")
lines.append(f"| start-up (the process, to its first line of code; measured as `--version`) | {startups['timpush --version']:.2f} | {startups['curl --version']:.2f} (`curl --version`) |")
lines.append(f"| settings (command line, settings, credential and UserSig, HTTP client) | {sum(tp.get(k, 0) for k in ('command line', 'settings', 'credential', 'HTTP client (CA roots)', 'command')):.2f} | {c[0]:.2f} (to the name looked up) |")
lines.append(f"| handshake (TCP, TLS) | {tp.get('connection (TCP, TLS)', 0):.2f} | {c[2] - c[0]:.2f} |")
lines.append(f"| call (request to whole answer) | {tp.get('call', 0):.2f} | {c[5] - c[3]:.2f} |")
lines.append(f"| bookkeeping (pacer, journal, output) | {tp.get('pacing', 0) + tp.get('bookkeeping (journal, output)', 0):.2f} | {c[3] - c[2]:.2f} (after TLS, before the request) |")
lines.append(f"| whole process (hyperfine, above) | {recalls['timpush']:.2f} | {recalls['curl']:.2f} |")
lines.append("")
lines.append("timpush's phases in full: " + "; ".join(f"{k} {v:.2f} ms" for k, v in tp.items()))
table = "\n".join(lines)
print(table)
with open(f"{out_dir}/results.md", "w") as f:
    f.write(table + "\n")

# The budgets (issue: performance).
recall = {r.get("command_name", r["command"]): r["median"] for r in load("recall")}
startup = {r.get("command_name", r["command"]): r["median"] for r in load("startup")}
memk = {c: int(k) for c, k in mem}
budgets = [
    ("one recall <= 1.0 x curl", recall["timpush"] <= recall["curl"]),
    ("one recall <= 0.1 x the Python program", recall["timpush"] <= 0.1 * recall["python"]),
    ("start-up <= 1.0 x curl --version", startup["timpush --version"] <= startup["curl --version"]),
    ("a subcommand parsed in full <= 1.5 x curl --version",
     startup["timpush config path"] <= 1.5 * startup["curl --version"]),
    ("release binary <= 5 MiB", batch["binary_bytes"] <= 5 * 1048576),
    ("peak memory of a recall <= 10 MiB", memk["timpush"] <= 10 * 1024),
    ("batch of 10 <= 9.5 s, no 90051, one TLS connection",
     batch["seconds"] <= 9.5 and batch["throttled"] == 0 and batch["connections"] == 1),
]
for mode in ("parallel", "loop"):
    p = pace[(mode, "shared")]
    budgets.append((f"10 processes ({mode}), shared pacing: no 90051, none failed, <= 10.5 s",
                    p["throttled"] == 0 and p["failed"] == 0 and p["seconds"] <= 10.5))
budgets.append(("--dry-run of 100,000 TaskIds <= 15 x the time of 10,000 (linear)",
                dry[100000] <= 15 * dry[10000]))
print()
budget_lines = [f"- {'met' if ok else 'MISSED'}: {name}" for name, ok in budgets]
print("\n".join(budget_lines))
with open(f"{out_dir}/results.md", "a") as f:
    f.write("\nBudgets:\n\n" + "\n".join(budget_lines) + "\n")
sys.exit(0 if all(ok for _, ok in budgets) else 1)
