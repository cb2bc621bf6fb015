#!/usr/bin/env bash
# Trains the default models models/topic.zip, models/frame.zip and models/tone.zip from the starter
# corpus with a fixed seed, and measures each on the held-out split (the metrics go into each zip's
# manifest and into the README). For each task, `--trainer auto` cross-validates the candidate
# featurizations on the training split only and keeps the best (the search is recorded in the
# manifest; every candidate is deterministic, so the same choice comes out every run).
# Extra arguments are passed to `train`.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/NewsClassifier.Cli -c Release -- train \
  --data training-data/train.csv \
  --test training-data/heldout.csv \
  --label topic,frame,tone \
  --out models \
  --seed 1 \
  --trainer auto \
  "$@"
