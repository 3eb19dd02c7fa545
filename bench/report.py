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
lines.append(f"| batch of 10 recalls, rate limit on | `timpush revoke --from-file` | {batch['seconds']:.2f} s | | | "
             f"{batch['throttled']} answers 90051, {batch['connections']} TLS connection(s) |")
table = "\n".join(lines)
print(table)
with open(f"{out_dir}/results.md", "w") as f:
    f.write(table + "\n")

# The budgets (issue: performance).
recall = {r.get("command_name", r["command"]): r["median"] for r in load("recall")}
startup = [r["median"] for r in load("startup")]
memk = {c: int(k) for c, k in mem}
budgets = [
    ("one recall <= 1.0 x curl", recall["timpush"] <= recall["curl"]),
    ("one recall <= 0.1 x the Python program", recall["timpush"] <= 0.1 * recall["python"]),
    ("start-up <= 1.0 x curl --version", startup[0] <= startup[1]),
    ("release binary <= 5 MiB", batch["binary_bytes"] <= 5 * 1048576),
    ("peak memory of a recall <= 10 MiB", memk["timpush"] <= 10 * 1024),
    ("batch of 10 <= 9.5 s, no 90051, one TLS connection",
     batch["seconds"] <= 9.5 and batch["throttled"] == 0 and batch["connections"] == 1),
]
print()
budget_lines = [f"- {'met' if ok else 'MISSED'}: {name}" for name, ok in budgets]
print("\n".join(budget_lines))
with open(f"{out_dir}/results.md", "a") as f:
    f.write("\nBudgets:\n\n" + "\n".join(budget_lines) + "\n")
sys.exit(0 if all(ok for _, ok in budgets) else 1)
