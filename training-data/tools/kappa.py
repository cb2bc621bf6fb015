"""Cohen's kappa per task between two independent annotation passes: kappa.py PASS_A.csv PASS_B.csv

Only ids present in both files are compared. Prints kappa, raw agreement and the number of rows per task.
"""
import csv
import sys
from collections import Counter

TASKS = ("topic", "frame", "tone")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def cohen_kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0, observed


def agreement(a, b):
    shared = sorted(set(a) & set(b))
    result = {}
    for task in TASKS:
        pairs = [(a[i][task], b[i][task]) for i in shared]
        kappa, observed = cohen_kappa(pairs)
        result[task] = (kappa, observed, len(pairs))
    return result


if __name__ == "__main__":
    first, second = read(sys.argv[1]), read(sys.argv[2])
    for task, (kappa, observed, n) in agreement(first, second).items():
        print(f"{task}: kappa {kappa:.3f}, raw agreement {observed:.3f}, {n} rows")
