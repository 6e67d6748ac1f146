#!/usr/bin/env bash
# Builds fuzz/bin/fuzz-lint: the package's libraries (up to SeedanceFormats) compiled
# with libFuzzer coverage and AddressSanitizer in their own scratch folder, linked with
# fuzz/FuzzLint.swift. Not a package target: see FuzzLint.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-fuzz
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -g)
swift build -c release --scratch-path "$scratch" --target SeedanceFormats "${flags[@]}" 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Write|Wrapping)' || true
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
objects=()
for module in SeedanceDiagnostics SeedanceYAML SeedanceSpec SeedanceRules SeedanceEmitter SeedanceFormats; do
  objects+=("$bin/$module.build"/*.o)
done
mkdir -p fuzz/bin
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name FuzzLint \
  -I "$bin/Modules" -I "$bin" -Xcc -fmodule-map-file=Sources/CYAML/module.modulemap \
  fuzz/FuzzLint.swift "${objects[@]}" -lyaml -o fuzz/bin/fuzz-lint 2>&1 | { grep -v "Cannot export local symbol" || true; }
echo "fuzz: built fuzz/bin/fuzz-lint"
