#!/usr/bin/env bash
# CI smoke check of the benchmark program: every mode runs at a tiny size and ends with its RESULT line.
# Benchmarks are not timed tests: nothing here compares a figure with a target.
# Usage: tests/Progeny.Sdk.Benchmarks/smoke.sh   (from anywhere; builds Release once, then about 40 s in all)
set -euo pipefail
cd "$(dirname "$0")/../.."
project=tests/Progeny.Sdk.Benchmarks
dotnet build -c Release "$project" --nologo -v quiet
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
status=0
for mode in overhead upload polling load plot imaging; do
    args=("$mode" --tiny)
    [ "$mode" = plot ] && args+=(--out "$out/polling.png")
    start=$SECONDS
    if ! dotnet run -c Release --no-build --project "$project" -- "${args[@]}" >"$out/$mode.log" 2>&1; then
        echo "FAIL $mode: exit code $? ($((SECONDS - start)) s)"; tail -20 "$out/$mode.log"; status=1; continue
    fi
    last="$(tail -n 1 "$out/$mode.log")"
    if [[ "$last" != "RESULT mode=$mode "* ]]; then
        echo "FAIL $mode: last line is not its RESULT line: $last"; status=1; continue
    fi
    echo "ok   $mode ($((SECONDS - start)) s): $last"
done
exit $status
