#!/usr/bin/env python3
"""The Spark half of `make spark-test`, in one Spark session (one JVM start): each job line of a file is run in turn.

    submit.sh --master local[2] scale/spark/test_jobs.py JOBS_FILE

A line is the command line of chiffres_spark.py; a line starting with `!` is a job that must fail, and the child's
message must contain the text after the last ` #expect ` on the line. Exits 1 at the first job that does otherwise.
"""
import os
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chiffres_spark  # noqa: E402


def main(path):
    spark = chiffres_spark.session("chiffres spark-test")
    try:
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            failing = line.startswith("!")
            expected = None
            if failing:
                line, expected = line[1:].rsplit(" #expect ", 1)
            try:
                text = chiffres_spark.run_job(spark, shlex.split(line))
            except chiffres_spark.ChildFailed as error:
                if failing and expected in str(error):
                    print(f"spark-test: failed as it should: {error}", flush=True)
                    continue
                print(f"spark-test: {line}: {error}", file=sys.stderr)
                return 1
            if failing:
                print(f"spark-test: {line}: succeeded, but a failing child must fail the job", file=sys.stderr)
                return 1
            print(f"spark-test: {text}", flush=True)
        return 0
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
