#!/bin/sh
# Mutation testing of the modules where a silent mistake costs most (retry, pacer, attempt
# classification, finished results, sanitize, secret): cargo-mutants changes one piece of code
# at a time and runs the unit and in-process tests (`cargo test --lib`); a change no test notices
# is a missed mutant. The modules and the mutants explained as equivalent are in
# .cargo/mutants.toml. Not part of .ci/run: about an hour on two cores. Results: mutants.out/.
#
#   scripts/mutants.sh                      # every listed module
#   scripts/mutants.sh -f src/sanitize.rs   # one of them
set -eu
cd "$(dirname "$0")/.."
if ! command -v cargo-mutants >/dev/null 2>&1; then
    echo "mutants.sh: installing cargo-mutants" >&2
    cargo install --locked cargo-mutants
fi
status=0
cargo mutants --no-shuffle "$@" || status=$?
# The counts, as cargo-mutants wrote them.
for kind in caught missed unviable timeout; do
    if [ -f "mutants.out/$kind.txt" ]; then
        printf '%-9s %s\n' "$kind" "$(wc -l < "mutants.out/$kind.txt")"
    fi
done
# 0: every mutant caught or unviable; 2: some missed; 3: some timed out (cargo-mutants' own).
exit "$status"
