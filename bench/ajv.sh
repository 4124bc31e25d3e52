#!/usr/bin/env bash
# Validates a folder of Truthbook manifests with ajv-cli against the same JSON Schemas, for the
# side-by-side figure of the benchmark (issue 9).
#
#   bench/ajv.sh MANIFESTS_DIR SCHEMAS_DIR
#
# Installs ajv-cli and ajv-formats into target/bench-tools (never globally) on first use. Prints one
# line: "ajv cli_ms=... parse_ms=... validate_ms=... files=N invalid=N", where cli_ms is the wall time
# of ajv-cli (node start and YAML parsing included, one run per manifest kind), and parse_ms and
# validate_ms split the same work inside one node process (js-yaml parsing; schema compilation plus
# validation). Without npm it prints "ajv-cli not available: ..." and exits 0.
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
tools=${TRUTHBOOK_BENCH_TOOLS:-$here/target/bench-tools}
manifests=${1:?usage: bench/ajv.sh MANIFESTS_DIR SCHEMAS_DIR}
schemas=${2:?usage: bench/ajv.sh MANIFESTS_DIR SCHEMAS_DIR}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ajv-cli not available: node and npm are not on the PATH"
  exit 0
fi
ajv="$tools/node_modules/.bin/ajv"
if [ ! -x "$ajv" ]; then
  mkdir -p "$tools"
  if ! npm install --prefix "$tools" --no-audit --no-fund --loglevel=error ajv-cli@5 ajv-formats@3 >"$tools/npm-install.log" 2>&1; then
    echo "ajv-cli not available: npm install failed (see $tools/npm-install.log)"
    exit 0
  fi
fi

# group the manifests by the kind they declare; ajv-cli takes one schema per run
declare -A byKind
for file in "$manifests"/*.yaml "$manifests"/*.yml; do
  [ -f "$file" ] || continue
  kind=$(sed -n 's/^kind:[[:space:]]*\([a-z]*\).*/\1/p;T;q' "$file")
  [ -n "$kind" ] && byKind[$kind]+=" -d $file"
done

files=0
invalid=0
start=$(date +%s%N)
for kind in "${!byKind[@]}"; do
  # shellcheck disable=SC2086
  output=$("$ajv" validate --spec=draft7 --strict=false -c ajv-formats -s "$schemas/$kind.schema.json" ${byKind[$kind]} 2>&1)
  files=$((files + $(grep -c ' valid$' <<<"$output") + $(grep -c ' invalid$' <<<"$output")))
  invalid=$((invalid + $(grep -c ' invalid$' <<<"$output")))
done
cli_ms=$(( ($(date +%s%N) - start) / 1000000 ))

split=$(NODE_PATH="$tools/node_modules" node "$here/bench/ajv-time.js" "$manifests" "$schemas") || {
  echo "ajv-cli not available: the timing script failed: $split"
  exit 0
}
echo "ajv cli_ms=$cli_ms $split files=$files invalid=$invalid"
