#!/usr/bin/env python3
"""Scores a file on a Dask distributed cluster: each task pipes one partition through `score - -`.

Usage:
  dask_score.py --tool "PATH/newsclassifier" --model models --input in.jsonl --output out.jsonl
                [--rejects out.rejects.jsonl] [--workers 2] [--scheduler tcp://host:8786] [--partition-rows 5000]

Without --scheduler a LocalCluster of --workers worker processes starts on loopback; with it, the same
script runs on a real cluster (every worker needs the tool and the model at the same paths). The input
(.jsonl, or .csv converted row by row to JSON objects) is cut into partitions of consecutive rows; the
results are gathered in partition order, so the output is in input order, as one `score` run writes it.
Rejected rows come back with their row numbers in the whole file. Exit code 1 when rows were rejected.
"""
import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
import tempfile


def read_partitions(path, rows_per_partition):
    """Yields lists of JSON Lines strings, rows_per_partition each (the last may be shorter)."""
    partition = []
    if path.endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as f:
            lines = (json.dumps(row, ensure_ascii=False) for row in csv.DictReader(f))
            for line in lines:
                partition.append(line)
                if len(partition) == rows_per_partition:
                    yield partition
                    partition = []
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                partition.append(line.rstrip("\n"))
                if len(partition) == rows_per_partition:
                    yield partition
                    partition = []
    if partition:
        yield partition


def score_partition(lines, tool, model, first_row):
    """Runs on a worker: pipes the partition through `score - -`; returns output, rejects and counts."""
    with tempfile.TemporaryDirectory() as folder:
        rejects_path = os.path.join(folder, "rejects.jsonl")
        command = shlex.split(tool) + ["score", "--model", model, "--input", "-", "--output", "-",
                                        "--rejects", rejects_path, "--threads", "1"]
        done = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True, check=False)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"score failed with exit code {done.returncode}: {done.stderr.strip()}")
        rejects = []
        if os.path.exists(rejects_path):
            with open(rejects_path, encoding="utf-8") as f:
                for line in f:
                    reject = json.loads(line)
                    reject["row"] += first_row - 1  # row numbers in the whole input
                    rejects.append(reject)
    scored = done.stdout.splitlines()
    return {"scored": scored, "rejects": rejects, "read": len(lines)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", required=True, help="the newsclassifier command, e.g. 'out/newsclassifier'")
    parser.add_argument("--model", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--rejects")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler; default: a LocalCluster")
    parser.add_argument("--partition-rows", type=int, default=5000)
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        futures, first_row = [], 1
        for lines in read_partitions(args.input, args.partition_rows):
            futures.append(client.submit(score_partition, lines, args.tool, os.path.abspath(args.model), first_row, pure=False))
            first_row += len(lines)
        results = client.gather(futures)  # in submission order, that is, input order
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    rejects_path = args.rejects or os.path.splitext(args.output)[0] + ".rejects.jsonl"
    temporary = args.output + ".tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        for result in results:
            for line in result["scored"]:
                out.write(line + "\n")
    os.replace(temporary, args.output)
    with open(rejects_path, "w", encoding="utf-8") as out:
        for result in results:
            for reject in result["rejects"]:
                out.write(json.dumps(reject, ensure_ascii=False) + "\n")

    read = sum(r["read"] for r in results)
    scored = sum(len(r["scored"]) for r in results)
    rejected = sum(len(r["rejects"]) for r in results)
    print(f"{len(results)} partitions on {args.scheduler or f'a LocalCluster of {args.workers} workers'}", file=sys.stderr)
    print(f"read {read}, scored {scored}, rejected {rejected}", file=sys.stderr)
    return 1 if rejected else 0


if __name__ == "__main__":
    sys.exit(main())
