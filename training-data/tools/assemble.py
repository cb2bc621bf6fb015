"""Builds the starter corpus from the annotation work: assemble.py WORK_DIR OUT_DIR

WORK_DIR holds labels/batch_*.csv (first pass), labels/second_*.csv (independent second pass),
review/batch_*.csv (consistency-review corrections: id,task,old,new,rule) and
adjudication/decisions.csv (id,task,annotator_1,annotator_2,decision,rule).

The corpus label of a row is its first-pass label, corrected by the consistency review; for the
double-annotated rows where the two passes disagreed, the adjudicator's decision wins.
Writes OUT_DIR/train.csv and OUT_DIR/heldout.csv (a fixed split, stratified by topic), and the
agreement files OUT_DIR/agreement/{pass1,pass2,adjudication}.csv and OUT_DIR/agreement/review.csv.
"""
import csv
import glob
import os
import random
import sys
from collections import defaultdict

from codebook import label_sets
from indosum import read_rows

TASKS = ("topic", "frame", "tone")
SPLIT_SEED = 20261124
HELDOUT_SHARE = 0.2
COLUMNS = ["id", "source", "lang", "title", "text", "topic", "frame", "tone", "indosum_category", "indosum_split"]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, rows, columns):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def labels_of(files):
    labels = {}
    for path in files:
        for row in read_csv(path):
            labels[row["id"]] = {t: row[t].strip() for t in TASKS}
    return labels


def stratified_split(rows):
    """Per topic, a seeded shuffle; the first 20 % (rounded, at least 1 when the class has 2 or more) are held out."""
    rng = random.Random(SPLIT_SEED)
    by_topic = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["id"]):
        by_topic[row["topic"]].append(row)
    heldout = set()
    for topic in sorted(by_topic):
        members = by_topic[topic]
        rng.shuffle(members)
        take = round(len(members) * HELDOUT_SHARE)
        if take == 0 and len(members) >= 2:
            take = 1
        heldout.update(r["id"] for r in members[:take])
    return heldout


def main(work, out):
    allowed = label_sets()
    first = labels_of(sorted(glob.glob(os.path.join(work, "labels", "batch_*.csv"))))
    second = labels_of(sorted(glob.glob(os.path.join(work, "labels", "second_*.csv"))))
    corrections = []
    for path in sorted(glob.glob(os.path.join(work, "review", "batch_*.csv"))):
        corrections += read_csv(path)
    decisions = read_csv(os.path.join(work, "adjudication", "decisions.csv"))

    final = {i: dict(v) for i, v in first.items()}
    for c in corrections:
        final[c["id"]][c["task"]] = c["new"].strip()
    for d in decisions:
        final[d["id"]][d["task"]] = d["decision"].strip()

    rows = []
    for source in read_rows():
        labels = final[source["id"]]
        for task in TASKS:
            if labels[task] not in allowed[task]:
                raise SystemExit(f"{source['id']}: {task} '{labels[task]}' is not a codebook label")
        rows.append({
            "id": source["id"], "source": "indosum", "lang": "id", "title": source["title"], "text": source["text"],
            **labels, "indosum_category": source["label"], "indosum_split": source["indosum_split"],
        })
    if len(rows) != len(first):
        raise SystemExit(f"{len(rows)} IndoSum rows but {len(first)} first-pass labels")

    heldout = stratified_split(rows)
    os.makedirs(os.path.join(out, "agreement"), exist_ok=True)
    write_csv(os.path.join(out, "train.csv"), [r for r in rows if r["id"] not in heldout], COLUMNS)
    write_csv(os.path.join(out, "heldout.csv"), [r for r in rows if r["id"] in heldout], COLUMNS)
    double = sorted(second)
    write_csv(os.path.join(out, "agreement", "pass1.csv"), [{"id": i, **first[i]} for i in double], ["id", *TASKS])
    write_csv(os.path.join(out, "agreement", "pass2.csv"), [{"id": i, **second[i]} for i in double], ["id", *TASKS])
    write_csv(os.path.join(out, "agreement", "adjudication.csv"), decisions,
              ["id", "task", "annotator_1", "annotator_2", "decision", "rule"])
    write_csv(os.path.join(out, "agreement", "review.csv"), corrections, ["id", "task", "old", "new", "rule"])
    print(f"{len(rows)} rows: {len(rows) - len(heldout)} train, {len(heldout)} held out; "
          f"{len(corrections)} review corrections, {len(decisions)} adjudicated disagreements")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
