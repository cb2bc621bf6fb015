"""Prints articles of a batch with their current labels, for review: show_review.py BATCH.jsonl LABELS.csv START COUNT"""
import csv
import json
import sys


def main(batch_path, labels_path, start, count):
    with open(batch_path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    with open(labels_path, encoding="utf-8", newline="") as f:
        labels = {r["id"]: r for r in csv.DictReader(f)}
    for i, r in enumerate(rows[start:start + count], start):
        current = labels.get(r["id"], {})
        print(f"=== [{i}] id: {r['id']}")
        print(f"site category (hint only): {r['label']}")
        print(f"headline (from the id slug): {r['title']}")
        print(r["text"])
        print(f">>> current labels: topic={current.get('topic')} frame={current.get('frame')} tone={current.get('tone')}")
        print()
    print(f"(batch has {len(rows)} articles; shown {start}..{min(start + count, len(rows)) - 1})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
