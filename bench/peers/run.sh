#!/usr/bin/env bash
# The peer benchmark in one command: builds the CLI, installs the Debian peers if missing (or skips them
# with a clear line), then trains and evaluates NewsClassifier (default, 3 seeds, and auto),
# scikit-learn and fastText on ag_news, bbc_news and indosum, and writes bench/results/peers.md.
# Usage: bench/peers/run.sh [extra peers.py options, e.g. --datasets bbc_news]
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=()
/usr/bin/python3 -c 'import sklearn' 2>/dev/null || missing+=(python3-sklearn)
command -v fasttext >/dev/null || missing+=(fasttext)
command -v /usr/bin/time >/dev/null || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null || echo "could not install ${missing[*]}: those peers will be skipped"
  else
    echo "not root: cannot install ${missing[*]}; those peers will be skipped"
  fi
fi
bench/build-cli.sh
/usr/bin/python3 bench/peers/peers.py --tool bench/out/nc/newsclassifier --work bench/out/peers --results bench/results/peers.md "$@"
