#!/usr/bin/env python3
"""Chiffres on Apache Spark: extract, fit and validate a whole archive, one `chiffres` child per task.

    spark-submit scale/spark/chiffres_spark.py extract  INPUT OUTPUT [options] [-- extract options]
    spark-submit scale/spark/chiffres_spark.py trend    INPUT OUTPUT [options] [-- trend options]
    spark-submit scale/spark/chiffres_spark.py project  INPUT OUTPUT [options] [-- project options]
    spark-submit scale/spark/chiffres_spark.py validate INPUT OUTPUT [options] [-- validate options]

Every task writes its share of the input to a local file and runs the `chiffres` command on it, so
the rows are those of the single-process command (order aside). docs/spark.md explains how the work
is split, how to ship the binary and the datasets, and what each output holds.
"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

# Options of the commands that name a file the executors must receive (shipped, then renamed).
FILE_OPTIONS = {"--reference", "--rates", "--deflator"}
# Options the job sets itself, or that make no sense split across tasks.
REFUSED = {
    "extract": {"--output", "-o", "--format", "--summary", "--excel-fr", "--delimiter", "--decimal-comma"},
    "trend": {"--output", "-o", "--svg", "--excel-fr", "--delimiter", "--decimal-comma"},
    "project": {"--output", "-o", "--svg", "--excel-fr", "--delimiter", "--decimal-comma"},
    "validate": {"--output", "-o", "--report", "--excel-fr", "--delimiter", "--decimal-comma"},
}


class ChildFailed(RuntimeError):
    """A `chiffres` child that did not finish its work: the task, hence the job, fails with its message."""


# ---------------------------------------------------------------- the child process (executor side)

class Child:
    """How executors find and run `chiffres`: the binary and the datasets folder, shipped or in place."""

    def __init__(self, binary, shipped_binary, datasets, shipped_datasets, shipped_files):
        self.binary = binary
        self.shipped_binary = shipped_binary
        self.datasets = datasets
        self.shipped_datasets = shipped_datasets
        self.shipped_files = shipped_files

    def _paths(self):
        from pyspark import SparkFiles
        binary = SparkFiles.get(os.path.basename(self.binary)) if self.shipped_binary else self.binary
        if self.shipped_binary and not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        datasets = self.datasets
        if self.shipped_datasets:
            datasets = SparkFiles.get(self.shipped_datasets)
        # Paths relative to the task's directory (`--files chiffres` on YARN): the child runs elsewhere.
        if os.sep in binary:
            binary = os.path.abspath(binary)
        return binary, os.path.abspath(datasets) if datasets else datasets

    def args(self, args):
        """The options with every shipped file renamed to its copy on this executor."""
        from pyspark import SparkFiles
        out = list(args)
        for i, a in enumerate(out):
            if a in FILE_OPTIONS and i + 1 < len(out) and out[i + 1] in self.shipped_files:
                out[i + 1] = SparkFiles.get(os.path.basename(out[i + 1]))
        return out

    def run(self, command, inputs, args, cwd, label):
        """Runs `chiffres COMMAND INPUTS ARGS` in `cwd`; returns (exit status, stderr lines).

        Exit 0: all went well. Exit 1 with its output written: some inputs were bad, each reported
        on standard error (the CLI's contract); the caller keeps them as problems. Anything else (a
        usage error, a crash, a signal, no output) raises ChildFailed with the child's message.
        """
        binary, datasets = self._paths()
        env = dict(os.environ)
        if datasets:
            env["CHIFFRES_DATASETS"] = datasets
        cmd = [binary, command, *inputs, *self.args(args)]
        try:
            done = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as error:
            raise ChildFailed(f"{label}: cannot run {binary}: {error}; ship it with --chiffres or bake it into the image")
        stderr = done.stderr.decode("utf-8", "replace")
        lines = [line for line in stderr.splitlines() if line.strip()]
        if done.returncode not in (0, 1):
            status = f"signal {-done.returncode}" if done.returncode < 0 else f"exit status {done.returncode}"
            raise ChildFailed(f"{label}: chiffres {command} failed ({status}): {stderr.strip()}")
        return done.returncode, lines


def read_csv(path):
    """The header and rows of a CSV that `chiffres` wrote (default dialect)."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return (rows[0], rows[1:]) if rows else ([], [])


def csv_text(header, rows):
    """A CSV part: the header, then the rows, in the default dialect of `chiffres` (RFC 4180, LF)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def output_of(child, command, workdir, inputs, args, label, output="out.csv"):
    """Runs a command that writes `output` in `workdir`; returns (header, rows, problems)."""
    quiet = ["--quiet"] if command in ("extract", "validate") else []
    status, lines = child.run(command, inputs, ["--output", output, *quiet, *args], workdir, label)
    path = os.path.join(workdir, output)
    if not os.path.exists(path):
        raise ChildFailed(f"{label}: chiffres {command} wrote no output (exit status {status}): {' | '.join(lines)}")
    header, rows = read_csv(path)
    problems = [line for line in lines if line.startswith("chiffres:")] if status == 1 else []
    return header, rows, problems


def tagged_output(index, header, rows, problems):
    """A task's output as tagged records: its header, its rows, its problems (`partition,message`)."""
    yield ("header", index, header)
    for row in rows:
        yield ("row", index, row)
    for p in problems:
        yield ("problem", index, [str(index), p])


# ---------------------------------------------------------------- extract

def extract_partition(child, args, index, lines):
    """One task of `extract`: its JSON Lines (or files) through `chiffres extract`."""
    workdir = tempfile.mkdtemp(prefix=f"chiffres-extract-{index}-")
    try:
        inputs = write_inputs(workdir, lines)
        if not inputs:
            return
        yield from tagged_output(index, *output_of(child, "extract", workdir, inputs, args, f"partition {index}"))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def write_inputs(workdir, items):
    """Writes a task's documents: JSON Lines to one file, or text files under their relative paths."""
    lines, files = [], []
    for item in items:
        if isinstance(item, tuple):
            files.append(item)
        else:
            lines.append(item)
    inputs = []
    if lines:
        with open(os.path.join(workdir, "documents.jsonl"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
        inputs.append("documents.jsonl")
    for relative, content in files:
        path = os.path.join(workdir, "files", relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content)
        inputs.append(os.path.join("files", relative))
    return inputs


def input_format(source, kind):
    """`--input-format`, or the guess from the path: *.parquet, *.jsonl/*.json, else text files."""
    if kind != "auto":
        return kind
    name = source.rstrip("/").lower()
    if name.endswith(".parquet"):
        return "parquet"
    return "jsonl" if ".json" in name else "text"


def documents(spark, source, kind, partitions):
    """The input as an RDD of JSON Lines (strings) or of (relative path, bytes) files."""
    sc = spark.sparkContext
    kind = input_format(source, kind)
    at_least = partitions or 2 * sc.defaultParallelism
    if kind == "jsonl":
        return sc.textFile(source, minPartitions=at_least).filter(lambda line: line.strip() != "")
    if kind == "parquet":
        frame = spark.read.parquet(source).select("id", "lang", "date", "text")

        def line(row):
            record = {"id": row["id"], "text": row["text"]}
            if row["date"] is not None:
                record["date"] = str(row["date"])
            if row["lang"] is not None:
                record["lang"] = row["lang"]
            return json.dumps(record, ensure_ascii=False)
        return frame.rdd.map(line).repartition(partitions) if partitions else frame.rdd.map(line)
    root = source.rstrip("/")

    def relative(pair):
        path, content = pair
        position = path.find(root.split("://")[-1].lstrip("/"))
        rel = path[position + len(root.split("://")[-1].lstrip("/")):].lstrip("/") if position >= 0 else os.path.basename(path)
        return (rel or os.path.basename(path), content)
    return sc.binaryFiles(source, minPartitions=at_least).map(relative)


def run_extract(spark, job, child, extra):
    data = documents(spark, job.input, job.input_format, job.partitions)
    tagged = data.mapPartitionsWithIndex(lambda i, it: extract_partition(child, extra, i, it)).persist(storage_level())
    header = header_of(tagged, child, "extract", extra)
    write_outputs(spark, tagged, header, job.output, "figures")
    return summary(tagged, "figures")


# ---------------------------------------------------------------- trend and project

def series_columns(args):
    """The --series columns (comma-separated, default `series`)."""
    names = []
    for i, a in enumerate(args):
        if a == "--series" and i + 1 < len(args):
            names += [n.strip() for n in args[i + 1].split(",")]
        elif a.startswith("--series="):
            names += [n.strip() for n in a.split("=", 1)[1].split(",")]
    return names or ["series"]


def fit_partition(child, command, args, header_line, index, rows):
    """One task of `trend`/`project`: whole series, rows in input order, through the command."""
    ordered = sorted(rows)
    if not ordered:
        return
    workdir = tempfile.mkdtemp(prefix=f"chiffres-{command}-{index}-")
    try:
        with open(os.path.join(workdir, "series.csv"), "w", encoding="utf-8") as f:
            f.write(header_line + "\n")
            for _, line in ordered:
                f.write(line + "\n")
        yield from tagged_output(index, *output_of(child, command, workdir, ["series.csv"], args, f"partition {index}"))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_fit(spark, job, child, extra):
    sc = spark.sparkContext
    lines = sc.textFile(job.input, minPartitions=job.partitions or 2 * sc.defaultParallelism).zipWithIndex()
    header_line = lines.filter(lambda p: p[1] == 0).map(lambda p: p[0]).first().lstrip("\ufeff")
    header = next(csv.reader([header_line]))
    wanted = series_columns(extra)
    missing = [c for c in wanted if c not in header]
    if missing:
        raise SystemExit(f"chiffres-spark: {job.input} has no column {', '.join(missing)}; name the series with -- --series COLUMN")
    positions = [header.index(c) for c in wanted]

    def keyed(pair):
        line, number = pair
        fields = next(csv.reader([line]), [])
        key = "\x1f".join(fields[p] if p < len(fields) else "" for p in positions)
        return (key, (number, line))
    rows = lines.filter(lambda p: p[1] > 0 and p[0].strip() != "").map(keyed)
    count = job.partitions or sc.defaultParallelism * 2
    grouped = rows.partitionBy(count).values()
    tagged = grouped.mapPartitionsWithIndex(
        lambda i, it: fit_partition(child, job.command, extra, header_line, i, it)).persist(storage_level())
    out_header = header_of(tagged, child, job.command, extra, sample=(header_line, job.input))
    write_outputs(spark, tagged, out_header, job.output, "fits" if job.command == "trend" else "projections")
    return summary(tagged, "rows")


# ---------------------------------------------------------------- validate

def figure_groups(keys_header, keys_rows):
    """(doc, start) of each figure to its claim group (empty when the figure has no key)."""
    doc, start, group = keys_header.index("doc"), keys_header.index("start"), keys_header.index("claim_group")
    return {(r[doc], r[start]): r[group] for r in keys_rows}


def keep_checks(header, rows, groups, keep, label):
    doc, start = header.index("doc"), header.index("start")
    for r in rows:
        key = (r[doc], r[start])
        if key not in groups:
            raise ChildFailed(f"{label}: check on {key} has no figure in `chiffres extract --claim-key`; the two commands disagree")
        if keep(groups[key]):
            yield r


def validate_documents(child, extract_args, validate_args, workdir, lines, label):
    """Runs `extract --claim-key` and `validate` on the same documents."""
    inputs = write_inputs(workdir, lines)
    kh, krows, problems = output_of(child, "extract", workdir, inputs, ["--claim-key", *extract_args], label, "keys.csv")
    ch, crows, _ = output_of(child, "validate", workdir, inputs, validate_args, label, "checks.csv")
    return kh, krows, ch, crows, problems


def validate_by_document(child, extract_args, validate_args, index, items):
    """Stage 1: each task's documents alone. Keeps the checks of figures without a claim key (only
    checks within their document can involve them) and routes every document to each claim group
    of its figures."""
    items = list(items)
    if not items:
        return
    workdir = tempfile.mkdtemp(prefix=f"chiffres-validate-{index}-")
    label = f"partition {index}"
    try:
        kh, krows, ch, crows, problems = validate_documents(
            child, extract_args, validate_args, workdir, [line for line, _ in items], label)
        groups = figure_groups(kh, krows)
        yield ("header", index, ch)
        for r in keep_checks(ch, crows, groups, lambda g: g == "", label):
            yield ("row", index, r)
        for p in problems:
            yield ("problem", index, [str(index), p])
        by_document = {}
        doc = kh.index("doc")
        for r in krows:
            if groups[(r[doc], r[kh.index("start")])]:
                by_document.setdefault(r[doc], set()).add(groups[(r[doc], r[kh.index("start")])])
        for line, number in items:
            identifier = document_id(line)
            for group in sorted(by_document.get(identifier, ())):
                yield ("route", group, (number, line))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def document_id(line):
    try:
        record = json.loads(line)
        value = record.get("id") if isinstance(record, dict) else None
        return value if isinstance(value, str) else None
    except ValueError:
        return None


def validate_by_group(child, extract_args, validate_args, index, routed):
    """Stage 2: every document that holds a figure of this task's groups, in input order. Keeps the
    checks of figures of those groups: every claim they compare is among these documents."""
    routed = list(routed)
    if not routed:
        return
    mine = {group for group, _ in routed}
    unique = dict((number, line) for _, (number, line) in routed)
    workdir = tempfile.mkdtemp(prefix=f"chiffres-validate-groups-{index}-")
    label = f"claim groups {index}"
    try:
        kh, krows, ch, crows, _ = validate_documents(
            child, extract_args, validate_args, workdir, [unique[n] for n in sorted(unique)], label)
        groups = figure_groups(kh, krows)
        for r in keep_checks(ch, crows, groups, lambda g: g in mine, label):
            yield ("row", index, r)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_validate(spark, job, child, extra):
    if input_format(job.input, job.input_format) == "text":
        raise SystemExit("chiffres-spark: validate reads JSON Lines or Parquet documents, whose ids are unique; "
                         "give --input-format jsonl if the files are JSON Lines")
    # The options extract shares with validate, so that both read the same figures.
    extract_args = []
    for i, a in enumerate(extra):
        if a in ("--lang", "--date") and i + 1 < len(extra):
            extract_args += [a, extra[i + 1]]
    data = documents(spark, job.input, job.input_format, job.partitions).zipWithIndex()
    first = data.mapPartitionsWithIndex(
        lambda i, it: validate_by_document(child, extract_args, extra, i, it)).persist(storage_level())
    count = job.partitions or spark.sparkContext.defaultParallelism * 2
    routes = first.filter(lambda t: t[0] == "route").map(lambda t: (t[1], t[2]))
    second = routes.partitionBy(count).mapPartitionsWithIndex(
        lambda i, it: validate_by_group(child, extract_args, extra, i, it))
    tagged = first.filter(lambda t: t[0] != "route").union(second).persist(storage_level())
    header = header_of(tagged, child, "validate", extra)
    write_outputs(spark, tagged, header, job.output, "checks")
    return summary(tagged, "checks")


# ---------------------------------------------------------------- outputs (driver side)

def storage_level():
    from pyspark import StorageLevel
    return StorageLevel.MEMORY_AND_DISK


def header_of(tagged, child, command, args, sample=None):
    """The output header: from a task, else from the local binary on an empty input."""
    found = tagged.filter(lambda t: t[0] == "header").map(lambda t: t[2]).take(1)
    if found:
        return found[0]
    workdir = tempfile.mkdtemp(prefix="chiffres-header-")
    try:
        if command in ("trend", "project"):
            raise SystemExit(f"chiffres-spark: {sample[1]} has no rows")
        open(os.path.join(workdir, "empty.jsonl"), "w").close()
        local = Child(child.binary, False, child.datasets if not child.shipped_datasets else "", None, set())
        return output_of(local, command, workdir, ["empty.jsonl"], args, "header")[0]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def write_outputs(spark, tagged, header, output, name):
    """`name`.parquet and `name`-csv/ (CSV parts, one header each), problems-csv/ beside them."""
    from pyspark.sql.types import StringType, StructField, StructType
    rows = tagged.filter(lambda t: t[0] == "row").map(lambda t: (t[1], t[2]))
    width = len(header)
    bad = rows.filter(lambda p: len(p[1]) != width).take(1)
    if bad:
        raise SystemExit(f"chiffres-spark: a row of task {bad[0][0]} has {len(bad[0][1])} fields, the header {width}")
    schema = StructType([StructField(c, StringType(), True) for c in header])
    spark.createDataFrame(rows.map(lambda p: p[1]), schema).write.mode("overwrite").parquet(os.path.join(output, f"{name}.parquet"))
    parts = rows.mapPartitions(lambda it: [csv_text(header, [r for _, r in it]).rstrip("\n")])
    replace(os.path.join(output, f"{name}-csv"))
    parts.saveAsTextFile(os.path.join(output, f"{name}-csv"))
    problems = tagged.filter(lambda t: t[0] == "problem").map(lambda t: t[2]).coalesce(1)
    replace(os.path.join(output, "problems-csv"))
    problems.mapPartitions(lambda it: [csv_text(["partition", "message"], list(it)).rstrip("\n")]).saveAsTextFile(
        os.path.join(output, "problems-csv"))


def replace(path):
    """Removes a previous run's output folder (local paths; other file systems: use a new OUTPUT)."""
    local = path[len("file:"):] if path.startswith("file:") else path
    if "://" not in local and os.path.isdir(local):
        shutil.rmtree(local)


def summary(tagged, noun):
    counts = dict(tagged.map(lambda t: (t[0], 1)).reduceByKey(lambda a, b: a + b).collect())
    return f"{counts.get('row', 0)} {noun}, {counts.get('problem', 0)} problems"


# ---------------------------------------------------------------- the job

# Datasets folders already archived and shipped in this session.
ARCHIVES = {}


def ship(spark, job):
    """Ships the binary, the datasets folder and the files named by options; returns the Child."""
    sc = spark.sparkContext
    binary = job.chiffres
    shipped_binary = False
    if not job.binary_on_executors:
        if not os.path.isfile(binary):
            raise SystemExit(f"chiffres-spark: no chiffres binary at {binary}; build it (make static) or give --chiffres")
        sc.addFile(os.path.abspath(binary))
        shipped_binary = True
    datasets, shipped_datasets = job.datasets_on_executors or "", None
    if job.datasets:
        archive = job.datasets
        if os.path.isdir(archive):
            archive = ARCHIVES.get(os.path.abspath(job.datasets))
            if archive is None:
                archive = os.path.join(tempfile.mkdtemp(prefix="chiffres-datasets-"), "chiffres-datasets.tar.gz")
                with tarfile.open(archive, "w:gz") as tar:
                    tar.add(job.datasets, arcname=".")
                ARCHIVES[os.path.abspath(job.datasets)] = archive
                sc.addArchive(archive)
        else:
            sc.addArchive(os.path.abspath(archive))
        shipped_datasets = os.path.basename(archive)
    files = set()
    for i, a in enumerate(job.args):
        if a in FILE_OPTIONS and i + 1 < len(job.args):
            sc.addFile(os.path.abspath(job.args[i + 1]))
            files.add(job.args[i + 1])
    return Child(os.path.abspath(binary) if shipped_binary else binary, shipped_binary, datasets, shipped_datasets, files)


def parse(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(prog="chiffres_spark.py", description=__doc__.splitlines()[0],
                                     epilog="Options after -- go to the chiffres command unchanged.")
    parser.add_argument("command", choices=["extract", "trend", "project", "validate"])
    parser.add_argument("input", help="a Hadoop path (local, hdfs://, s3a://): JSON Lines, text files, Parquet (id,lang,date,text) or, for trend/project, a CSV")
    parser.add_argument("output", help="a folder: <name>.parquet, <name>-csv/ and problems-csv/ are written in it")
    parser.add_argument("--input-format", choices=["auto", "jsonl", "text", "parquet"], default="auto")
    parser.add_argument("--partitions", type=int, default=0, help="tasks (default: two per core, or the input's splits)")
    parser.add_argument("--chiffres", default=os.path.join(repo, ".build", "static", "chiffres"),
                        help="the chiffres binary to ship to executors (default: the one `make static` builds)")
    parser.add_argument("--binary-on-executors", action="store_true",
                        help="--chiffres is a path that exists on every executor (baked into the image): do not ship it")
    parser.add_argument("--datasets", default=os.path.join(repo, "datasets"),
                        help="datasets folder (or a .tar.gz of its contents) to ship; empty to ship none")
    parser.add_argument("--datasets-on-executors", default="",
                        help="the datasets folder on the executors, when not shipped (becomes CHIFFRES_DATASETS)")
    argv = list(argv)
    args = []
    if "--" in argv:
        cut = argv.index("--")
        argv, args = argv[:cut], argv[cut + 1:]
    job = parser.parse_args(argv)
    job.args = args
    refused = [a for a in args if a.split("=", 1)[0] in REFUSED[job.command]]
    if refused:
        parser.error(f"{', '.join(refused)} cannot be given to a Spark {job.command}: the job writes its outputs itself "
                     f"in the default CSV dialect (and Parquet)")
    if job.datasets and not os.path.exists(job.datasets):
        job.datasets = ""
    return job


def run_job(spark, argv):
    """Runs one job (the command line after the script's name) in a session; returns its summary.

    Raises ChildFailed with the child's message when a task failed."""
    job = parse(argv)
    child = ship(spark, job)
    run = {"extract": run_extract, "trend": run_fit, "project": run_fit, "validate": run_validate}[job.command]
    try:
        text = run(spark, job, child, job.args)
    except Exception as error:  # noqa: BLE001 - Spark wraps the task's exception in a Java one
        message = str(error)
        for line in message.splitlines():
            if "ChildFailed:" in line:
                raise ChildFailed(line.split("ChildFailed:", 1)[1].strip()) from None
        raise
    return f"{job.command} {job.input}: {text} -> {job.output}"


def session(name):
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName(name).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.addPyFile(os.path.abspath(__file__))  # the tasks' functions live in this module
    return spark


def main(argv):
    parse(argv)  # usage errors before Spark starts
    spark = session(f"chiffres {argv[0]}")
    try:
        print(f"chiffres-spark: {run_job(spark, argv)}", file=sys.stderr)
        return 0
    except ChildFailed as error:
        print(f"chiffres-spark: {argv[0]} failed: {error}", file=sys.stderr)
        return 1
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
