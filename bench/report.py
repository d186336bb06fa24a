#!/usr/bin/env python3
"""Turns the TSV files of bench/run.sh (in the directory given) into Markdown tables on stdout."""
import csv
import sys
from pathlib import Path

out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/results")


def table(path, heads):
    rows = list(csv.reader(open(path, encoding="utf-8"), delimiter="\t"))
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * len(heads))
    for r in rows[1:]:
        print("| " + " | ".join(r) + " |")
    print()


if (out / "load.tsv").exists():
    print("### Load\n")
    table(out / "load.tsv", ["articles", "documents", "MB of text", "load s", "articles/s", "MB/s", "triples",
                             "triples/s", "peak RSS MB", "store MB", "TDB2 bulk floor s", "load / floor",
                             "-Xmx"])
if (out / "serve.tsv").exists():
    print("### Serve\n")
    for line in open(out / "serve.tsv", encoding="utf-8"):
        k, v = line.rstrip("\n").split("\t")
        print(f"- time from `kg serve` to the first answered query: {v} s")
    print()
if (out / "queries.tsv").exists():
    print("### Query latency over HTTP (5 warm-up rounds through all queries, then 20 runs each unless the runs column says fewer)\n")
    table(out / "queries.tsv", ["query", "rows", "HTTP", "runs", "median ms", "p95 ms", "max ms",
                                "goal applies (LIMIT or filter)"])
