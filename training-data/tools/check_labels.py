"""Checks a labels file against its batch and the codebook: check_labels.py BATCH.jsonl LABELS.csv

Reports ids missing or unknown, duplicates, and any label not spelled exactly as in the codebook.
"""
import csv
import json
import sys

from codebook import label_sets


def main(batch_path, labels_path):
    sets = label_sets()
    with open(batch_path, encoding="utf-8") as f:
        ids = [json.loads(line)["id"] for line in f]
    problems, seen = [], set()
    with open(labels_path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            if row["id"] not in ids:
                problems.append(f"line {n}: id {row['id']} is not in the batch")
            if row["id"] in seen:
                problems.append(f"line {n}: id {row['id']} labelled twice")
            seen.add(row["id"])
            for task, allowed in sets.items():
                value = (row.get(task) or "").strip()
                if value not in allowed:
                    problems.append(f"line {n}: {task} '{value}' is not a codebook label")
    missing = [i for i in ids if i not in seen]
    for p in problems:
        print(p)
    print(f"{len(seen)} of {len(ids)} labelled; {len(missing)} missing; {len(problems)} problems")
    if missing:
        print("first missing:", ", ".join(missing[:5]))
    return 1 if problems or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
