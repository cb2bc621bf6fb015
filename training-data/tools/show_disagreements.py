"""Prints double-annotated articles whose two annotations disagree: show_disagreements.py FILE.jsonl START COUNT"""
import json
import sys


def main(path, start, count):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for i, r in enumerate(rows[start:start + count], start):
        print(f"=== [{i}] id: {r['id']}")
        print(f"site category (hint only): {r['label']}")
        print(f"headline (from the id slug): {r['title']}")
        print(r["text"])
        for task, pair in r["disagreements"].items():
            print(f">>> {task}: annotator 1 says {pair['annotator_1']}, annotator 2 says {pair['annotator_2']}")
        print(f">>> agreed: {r['agreed']}")
        print()
    print(f"(file has {len(rows)} articles; shown {start}..{min(start + count, len(rows)) - 1})")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
