#!/usr/bin/env bash
# Batch-scoring benchmark. Builds 10,000- and 1,000,000-row files from ag_news (rows repeated with an
# index suffix), scores each with the shipped models (all three tasks, all cores) and prints rows/s and
# peak RSS; then compares `score` with scikit-learn's predict on the same texts, one model each, short
# (ag_news) and long (bbc_news) texts; the summary also goes to bench/results/scale.txt.
# Usage: bench/scale/run.sh [ROWS_LARGE]
set -euo pipefail
cd "$(dirname "$0")/../.."
large=${1:-1000000}
out=bench/out/scale
mkdir -p "$out"
bench/build-cli.sh
tool=bench/out/nc/newsclassifier
shared=../shared/datasets
mkdir -p bench/results
exec > >(tee bench/results/scale.txt)
echo "# bench/scale/run.sh $large on $(hostname) ($(nproc) cores), $(date -u '+%Y-%m-%d %H:%M UTC')"

measure() { # label, then the command: prints rows/s from score's summary and the peak RSS
  local label=$1; shift
  /usr/bin/time -f "peak-rss-kb %M" "$@" 2> "$out/stderr.txt" || true
  local rate rss
  rate=$(grep -o '([0-9,]* rows/s' "$out/stderr.txt" | tr -d '(,' | cut -d' ' -f1)
  rss=$(grep -o 'peak-rss-kb [0-9]*' "$out/stderr.txt" | cut -d' ' -f2)
  grep -E '^read ' "$out/stderr.txt" | sed "s/^/$label: /"
  echo "$label: $rate rows/s, peak RSS $((rss / 1024)) MB"
}

echo "== memory: the shipped models (topic, frame, tone) over ag_news rows"
for rows in 10000 "$large"; do
  [ -f "$out/ag-$rows.csv" ] || /usr/bin/python3 bench/scale/make_input.py "$rows" "$out/ag-$rows.csv" ag_news
  measure "$rows rows" "$tool" score --model models --input "$out/ag-$rows.csv" --output "$out/scores-$rows.csv"
done

echo "== throughput against scikit-learn: one model each, trained on the same split"
for set in ag_news bbc_news; do
  "$tool" train --data "$shared/$set/train.csv" --label label --out "$out/$set.zip" >/dev/null 2>&1
  # The test split ten times over (ids suffixed), so that the measured time is scoring, not start-up.
  /usr/bin/python3 - "$shared/$set/test.csv" "$out/$set-x10.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["id", "title", "text", "label"])
    for k in range(10):
        for r in rows:
            w.writerow([f"{r['id']}-{k}", r["title"], r["text"], r["label"]])
PY
  measure "$set newsclassifier score" "$tool" score --model "$out/$set.zip" --input "$out/$set-x10.csv" --output "$out/$set-scores.csv"
  echo "$set scikit-learn predict: $(/usr/bin/python3 bench/scale/sklearn_throughput.py "$shared/$set/train.csv" "$out/$set-x10.csv")"
done
