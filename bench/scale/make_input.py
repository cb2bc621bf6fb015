#!/usr/bin/env python3
"""Builds a large scoring input from the shared data sets: their rows repeated, each id given an index
suffix so every row is distinct. Usage: make_input.py ROWS OUT.csv [DATASET ...] (default ag_news)."""
import csv
import itertools
import os
import sys

SHARED = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "datasets"))


def main(rows, out, datasets):
    source = []
    for name in datasets:
        for split in ("train", "test"):
            with open(os.path.join(SHARED, name, f"{split}.csv"), encoding="utf-8", newline="") as f:
                source += [(r["id"], r.get("title", ""), r["text"]) for r in csv.DictReader(f)]
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "title", "text"])
        for index, (row_id, title, text) in zip(range(rows), itertools.cycle(source)):
            writer.writerow([f"{row_id}-{index}", title, text])


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3:] or ["ag_news"])
