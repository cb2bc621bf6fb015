#!/usr/bin/env bash
# Adds the public symbols a build reports as undeclared (RS0016) to PROJECT/PublicAPI.Unshipped.txt.
# Run it after a deliberate change to the public surface, then review the diff.  Usage: .ci/add-public-api.sh src/PROJECT
set -euo pipefail
project=${1:?usage: $0 src/PROJECT}
dotnet build "$project" 2>&1 | grep -o "error RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u >> "$project/PublicAPI.Unshipped.txt"
