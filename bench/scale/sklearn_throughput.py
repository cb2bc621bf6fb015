#!/usr/bin/env python3
"""scikit-learn's prediction throughput on a file, for comparison with `newsclassifier score`.

Usage: sklearn_throughput.py TRAIN.csv INPUT.csv
Trains TF-IDF (word 1-2 + char_wb 2-5, sublinear) + LinearSVC on TRAIN, then times transform + predict
over every row of INPUT (one core: scikit-learn runs this pipeline single-threaded) and prints rows/s.
"""
import csv
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.svm import LinearSVC


def texts(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [((r.get("title") or "") + "\n\n" + r["text"]).strip() for r in rows], [r.get("label") for r in rows]


train_x, train_y = texts(sys.argv[1])
model = make_pipeline(FeatureUnion([
    ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
    ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
]), LinearSVC()).fit(train_x, train_y)
rows, _ = texts(sys.argv[2])
started = time.perf_counter()
model.predict(rows)
seconds = time.perf_counter() - started
print(json.dumps({"rows": len(rows), "seconds": seconds, "rowsPerSecond": len(rows) / seconds}))
