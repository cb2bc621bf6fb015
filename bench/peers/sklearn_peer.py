#!/usr/bin/env python3
"""The scikit-learn peer: TF-IDF word 1-2 and char_wb 2-5 (sublinear tf) + LinearSVC.

Usage: sklearn_peer.py TRAIN.csv TEST.csv MODEL_OUT.pkl
Prints one JSON object: macroF1, accuracy, trainSeconds (vectorizer + fit), predictDocsPerSecond
(transform + predict of the test set, one core, as scikit-learn runs this pipeline), modelBytes.
"""
import csv
import json
import pickle
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.svm import LinearSVC


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [((r.get("title") or "") + "\n\n" + (r.get("text") or "")).strip() for r in rows]
    return texts, [r["label"] for r in rows]


def main(train_path, test_path, model_path):
    train_x, train_y = read(train_path)
    test_x, test_y = read(test_path)
    started = time.perf_counter()
    model = make_pipeline(
        FeatureUnion([
            ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
        ]),
        LinearSVC(),
    )
    model.fit(train_x, train_y)
    train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    predicted = model.predict(test_x)
    predict_seconds = time.perf_counter() - started
    with open(model_path, "wb") as f:
        pickle.dump(model, f)
    print(json.dumps({
        "macroF1": f1_score(test_y, predicted, average="macro"),
        "accuracy": accuracy_score(test_y, predicted),
        "trainSeconds": train_seconds,
        "predictDocsPerSecond": len(test_x) / predict_seconds,
        "modelBytes": len(pickle.dumps(model)),
    }))


if __name__ == "__main__":
    main(*sys.argv[1:4])
