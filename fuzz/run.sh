#!/usr/bin/env bash
# fuzz/run.sh SECONDS: builds the fuzzer and runs it for SECONDS, seeded with specs/ and
# the test fixtures. The working corpus lives outside git (fuzz/corpus-work/); crashes
# are written to fuzz/crashes/ (turn each into a regression test, then delete it).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
fuzz/build.sh
corpus=fuzz/corpus-work
mkdir -p "$corpus" fuzz/crashes
find specs Tests/Fixtures fuzz/seeds -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) 2>/dev/null |
  while read -r f; do cp "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"; done
# A little over 10 MiB is the largest file lint reads; 64 KiB keeps the search fast.
ASAN_OPTIONS=detect_leaks=0 fuzz/bin/fuzz-lint "$corpus" -max_total_time="$seconds" -max_len=65536 \
  -timeout=10 -rss_limit_mb=4096 -dict=fuzz/yaml.dict -artifact_prefix=fuzz/crashes/ -print_final_stats=1
