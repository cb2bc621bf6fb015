"""Splits the IndoSum rows into annotation batches (first pass) and picks the double-annotated sample.

Usage: make_batches.py OUT_DIR
Writes OUT_DIR/batch_NN.jsonl (first pass, every row once, shuffled so each annotator sees every kind
of article) and OUT_DIR/second_NN.jsonl (an independent second pass over a stratified sample).
"""
import json
import pathlib
import random
import sys
from collections import defaultdict

from indosum import read_rows

SEED = 20261123
FIRST_PASS_BATCHES = 16
SECOND_PASS_ROWS = 320
SECOND_PASS_BATCHES = 2


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "label", "title", "text")}, ensure_ascii=False) + "\n")


def main(out_dir):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = sorted(read_rows(), key=lambda r: r["id"])
    rng = random.Random(SEED)
    shuffled = rows[:]
    rng.shuffle(shuffled)
    for b in range(FIRST_PASS_BATCHES):
        write(out / f"batch_{b + 1:02d}.jsonl", shuffled[b::FIRST_PASS_BATCHES])

    # Stratified by site category so the sample holds every kind of article in proportion.
    by_category = defaultdict(list)
    for r in rows:
        by_category[r["label"]].append(r)
    sample = []
    for category in sorted(by_category):
        members = by_category[category]
        take = max(1, round(SECOND_PASS_ROWS * len(members) / len(rows)))
        sample += rng.sample(members, take)
    rng.shuffle(sample)
    for b in range(SECOND_PASS_BATCHES):
        write(out / f"second_{b + 1:02d}.jsonl", sample[b::SECOND_PASS_BATCHES])
    print(f"{len(rows)} rows in {FIRST_PASS_BATCHES} batches; {len(sample)} rows for the second pass")


if __name__ == "__main__":
    main(sys.argv[1])
