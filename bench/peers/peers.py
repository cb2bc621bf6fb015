#!/usr/bin/env python3
"""Runs NewsClassifier, scikit-learn and fastText side by side and writes bench/results/peers.md.

Usage: peers.py --tool PATH/newsclassifier --work DIR --results FILE [--datasets ag_news,bbc_news,indosum]
          [--seeds 1,2,3] [--auto-budget 120]
Each data set comes from ../shared/datasets/<name>/{train,test}.csv (label column `label`). Everything
runs in this one process, one tool after the other, on this machine.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared", "datasets"))


def run(command, **kwargs):
    """Runs a command under /usr/bin/time; returns (wall seconds, peak RSS in KB, stdout, stderr)."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "peak-rss-kb %M"] + command, capture_output=True, text=True, **kwargs)
    wall = time.perf_counter() - started
    rss = int(re.findall(r"peak-rss-kb (\d+)", done.stderr)[-1])
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, rss, done.stdout, done.stderr


def newsclassifier(tool, train, test, work, name, train_args):
    model = os.path.join(work, f"{name}.zip")
    wall, rss, _, _ = run([tool, "train", "--data", train, "--label", "label", "--out", model] + train_args)
    _, _, out, _ = run([tool, "evaluate", "--model", model, "--data", test, "--json"])
    metrics = json.loads(out)
    _, _, _, err = run([tool, "score", "--model", model, "--input", test, "--output", os.path.join(work, f"{name}.scores.csv")])
    rate = float(re.search(r"\(([\d,]+) rows/s", err).group(1).replace(",", ""))
    return {"macroF1": metrics["macroF1"], "accuracy": metrics["accuracy"], "trainSeconds": wall,
            "predictDocsPerSecond": rate, "modelBytes": os.path.getsize(model), "peakRssKb": rss, "model": model}


def python_peer(script, train, test, output):
    """Runs a peer script (TRAIN TEST OUTPUT, where OUTPUT is its model file or work folder) and reads its JSON."""
    wall, rss, out, _ = run(["/usr/bin/python3", os.path.join(HERE, script), train, test, output])
    result = json.loads(out)
    result["wholeRunSeconds"] = wall
    result.setdefault("peakRssKb", rss)
    return result


def auto_against_candidates(tool, train, test, work, auto):
    """Trains every candidate auto's search lists on the whole training split and compares test macro-F1."""
    manifest = json.loads(run([tool, "info", "--model", auto["model"], "--json"])[2])
    chosen = manifest["search"]["chosen"]
    lines = ["", f"`auto` on ag_news chose **{chosen}** by {manifest['search']['folds']}-fold cross-validation on train.csv "
             f"({manifest['search']['seconds']:.0f} s). Every candidate trained on all of train.csv and scored on test.csv (seed 1):", "",
             "| candidate | cross-validated macro-F1 | test macro-F1 |", "| --- | ---: | ---: |"]
    cv = {c["name"]: c.get("macroF1") for c in manifest["search"]["candidates"]}
    best = None
    for name in cv:
        trainer, featurization = name.split("+", 1)
        result = newsclassifier(tool, train, test, work, f"cand-{featurization}", ["--trainer", trainer, "--featurization", featurization])
        best = max(best or 0, result["macroF1"])
        if name == chosen:
            chosen_f1 = result["macroF1"]
        shown = f"{cv[name]:.4f}" if cv.get(name) is not None else "skipped (budget)"
        lines.append(f"| {name}{' (chosen)' if name == chosen else ''} | {shown} | {result['macroF1']:.4f} |")
    lines += ["", f"The chosen candidate's test macro-F1 is {100 * (best - chosen_f1):.2f} points below the best candidate's (goal: within 0.5)."]
    return lines


def have_sklearn():
    return subprocess.run(["/usr/bin/python3", "-c", "import sklearn"], capture_output=True).returncode == 0


def fmt(value, digits=4):
    return "–" if value is None else f"{value:.{digits}f}"


def table(name, rows, ratios):
    lines = [f"### {name}", "",
             "| tool | macro-F1 | accuracy | training s | predict docs/s | model MB | peak RSS MB |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for label, r in rows:
        lines.append(f"| {label} | {fmt(r['macroF1'])} | {fmt(r['accuracy'])} | {fmt(r['trainSeconds'], 1)} | "
                     f"{r['predictDocsPerSecond']:,.0f} | {r['modelBytes'] / 1e6:.1f} | {r['peakRssKb'] / 1024:.0f} |")
    lines.append(f"| **ratio to the best peer** | {ratios['macroF1']} | {ratios['accuracy']} | {ratios['trainSeconds']} | "
                 f"{ratios['predictDocsPerSecond']} | {ratios['modelBytes']} | {ratios['peakRssKb']} |")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--datasets", default="ag_news,bbc_news,indosum")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--auto-budget", type=int, default=120)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    seeds = [int(s) for s in args.seeds.split(",")]
    peers_available = {"scikit-learn": have_sklearn(), "fastText": shutil.which("fasttext") is not None}
    report = ["# NewsClassifier against scikit-learn and fastText", "",
              f"One run of `bench/peers/run.sh` on {platform.node()} ({os.cpu_count()} cores, {platform.platform()}), "
              f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Data: `../shared/datasets/<set>/train.csv` → `test.csv`.", "",
              "- NewsClassifier default: `newsclassifier train --data train.csv --label label --out m.zip --seed S`, "
              f"mean of seeds {args.seeds}; training s is the whole `train` command's wall time; predict docs/s is what "
              "`score` reports for the test file (all cores, model load excluded).",
              f"- NewsClassifier auto: `train --trainer auto --time-budget {args.auto_budget}` (seed 1).",
              "- scikit-learn: TF-IDF word 1–2 + char_wb 2–5 (sublinear tf) + LinearSVC; training s is vectorizer + fit, "
              "the whole script's wall time is given below; predict docs/s is transform + predict on one core.",
              "- fastText: `fasttext supervised -wordNgrams 2 -epoch 25 -lr 1.0`, lower-cased, training lines shuffled with a fixed seed; "
              "predict docs/s is the `predict` command's whole run.",
              "- Ratios: NewsClassifier default ÷ the best peer in that column (higher is better for macro-F1, accuracy and docs/s; "
              "lower is better for seconds, MB).", ""]
    for peer, ok in peers_available.items():
        if not ok:
            report.append(f"- **{peer} skipped**: not installed (Debian `python3-sklearn` / `fasttext`).")
    summary = []
    for dataset in args.datasets.split(","):
        train = os.path.join(SHARED, dataset, "train.csv")
        test = os.path.join(SHARED, dataset, "test.csv")
        if not os.path.exists(train):
            report.append(f"- **{dataset} skipped**: {train} not found.")
            continue
        work = os.path.join(args.work, dataset)
        os.makedirs(work, exist_ok=True)
        print(f"== {dataset}", file=sys.stderr)
        runs = [newsclassifier(args.tool, train, test, work, f"nc-seed{s}", ["--seed", str(s)]) for s in seeds]
        default = {k: statistics.mean(r[k] for r in runs) for k in ("macroF1", "accuracy", "trainSeconds", "predictDocsPerSecond", "modelBytes", "peakRssKb")}
        default["macroF1Seeds"] = [r["macroF1"] for r in runs]
        rows = [(f"NewsClassifier default (mean of {len(seeds)} seeds)", default)]
        auto = newsclassifier(args.tool, train, test, work, "nc-auto", ["--trainer", "auto", "--time-budget", str(args.auto_budget)])
        rows.append((f"NewsClassifier auto ({args.auto_budget} s budget)", auto))
        if dataset == "ag_news":
            report_auto = auto_against_candidates(args.tool, train, test, work, auto)
        peers = []
        if peers_available["scikit-learn"]:
            print("   scikit-learn", file=sys.stderr)
            sk = python_peer("sklearn_peer.py", train, test, os.path.join(work, "sklearn.pkl"))
            peers.append(("scikit-learn TF-IDF + LinearSVC", sk))
        if peers_available["fastText"]:
            print("   fastText", file=sys.stderr)
            peers.append(("fastText", python_peer("fasttext_peer.py", train, test, os.path.join(work, "fasttext"))))
        rows += peers
        ratios = {}
        for key, higher_better in (("macroF1", True), ("accuracy", True), ("trainSeconds", False), ("predictDocsPerSecond", True), ("modelBytes", False), ("peakRssKb", False)):
            if not peers:
                ratios[key] = "–"
                continue
            best = max(p[key] for _, p in peers) if higher_better else min(p[key] for _, p in peers)
            ratios[key] = f"{default[key] - best:+.4f}" if key in ("macroF1", "accuracy") else f"{default[key] / best:.2f}×"
        report += [""] + table(dataset, rows, ratios) + [""]
        seeds_text = ", ".join(f"{x:.4f}" for x in default["macroF1Seeds"])
        report.append(f"Per-seed macro-F1 of the default: {seeds_text}.")
        if peers_available["scikit-learn"]:
            sk = dict(peers)["scikit-learn TF-IDF + LinearSVC"]
            report.append(f"scikit-learn's whole script ran {sk['wholeRunSeconds']:.1f} s; `train` took "
                          f"{default['trainSeconds']:.1f} s = {default['trainSeconds'] / sk['wholeRunSeconds']:.2f}× that (goal ≤ 0.5×).")
            summary.append((dataset, default["macroF1"] - max(p["macroF1"] for _, p in peers), default["trainSeconds"] / sk["wholeRunSeconds"]))
        if dataset == "ag_news":
            report += report_auto
        report.append("")
    if summary:
        report += ["## Summary", "", "| data set | macro-F1 lead over the best peer (goal ≥ +0.003) | `train` ÷ scikit-learn whole run (goal ≤ 0.5) |", "| --- | ---: | ---: |"]
        report += [f"| {d} | {lead:+.4f} | {ratio:.2f} |" for d, lead, ratio in summary]
    os.makedirs(os.path.dirname(os.path.abspath(args.results)), exist_ok=True)
    with open(args.results, "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    print("\n".join(report))


if __name__ == "__main__":
    main()
