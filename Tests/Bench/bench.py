#!/usr/bin/env python3
"""`make bench`: times Fordeling against what a user would otherwise reach for, each case as whole
processes, the median of BENCH_RUNS runs (default 5; 1 for a peer whose first run takes over a minute),
with peak memory from the kernel's accounting of each process. Inputs are generated deterministically
under .build/bench; the Python peers are installed from PyPI into .build/bench-venv, and a peer that
cannot be installed is reported as skipped. Not part of `make test`."""
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(ROOT, ".build", "bench")
VENV = os.path.join(ROOT, ".build", "bench-venv")
FORDEL = os.path.join(ROOT, ".build", "release", "fordel")
PEERS = os.path.join(ROOT, "Tests", "Bench", "peers")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SLOW = 60.0      # a peer slower than this gets one run
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "300"))
TOTAL_ORE = 123_456_789_012  # 1.234.567.890,12 kr.; total × weight stays below 2^63 for the numpy peer
PACKAGES = {"pandas": ["pandas", "numpy"], "apportionment": ["apportionment", "numpy"], "largest_remainder": ["largest-remainder"], "daff": ["daff"],
            "polars": ["polars"], "duckdb": ["duckdb", "duckdb-cli"]}


def log(message):
    print(message, file=sys.stderr, flush=True)


def venv_python():
    """The venv's python, with every peer package that installs; returns (python, {peer: installed?})."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    available = {}
    for peer, packages in PACKAGES.items():
        def installed():
            imported = subprocess.run([python, "-c", f"import {peer}"], capture_output=True).returncode == 0
            # DuckDB is measured as its command-line program, which the duckdb-cli package puts beside the venv's python.
            return imported and (peer != "duckdb" or os.path.exists(duckdb_cli()))

        if not installed():
            subprocess.run([python, "-m", "pip", "install", "-q", *packages], capture_output=True)
        available[peer] = installed()
        if not available[peer]:
            log(f"peer {peer}: could not be installed from PyPI; skipped")
    return python, available


def duckdb_cli():
    return os.path.join(VENV, "bin", "duckdb")


GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_once(command, stdout=None):
    """Wall seconds, peak resident MB and exit status of one process (killed after TIMEOUT). The peak comes
    from GNU time when there is one: a child spawned straight from this script would count this script's
    own memory, which holds the big inputs, in its peak."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    peak_file = os.path.join(WORK, "peak.txt")
    if GNU_TIME:
        command = [GNU_TIME, "-f", "%M", "-o", peak_file, *command]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        os.killpg(process.pid, signal.SIGKILL)

    timer = threading.Timer(TIMEOUT, kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()
    peak = usage.ru_maxrss / 1024
    if GNU_TIME and os.path.exists(peak_file):
        with open(peak_file, encoding="utf-8") as handle:
            numbers = [line.strip() for line in handle if line.strip().isdigit()]
        peak = int(numbers[-1]) / 1024 if numbers else peak
        os.remove(peak_file)
    if timed_out.is_set() or process.returncode < 0:
        return None, peak, process.returncode
    return elapsed, peak, process.returncode


def measure(name, command, stdout=None, expect=(0,)):
    """Median seconds (None on timeout) and peak MB over the runs."""
    times, peaks = [], []
    for run in range(RUNS):
        seconds, peak, status = run_once(command, stdout)
        peaks.append(peak)
        if seconds is None:
            log(f"  {name}: timed out after {TIMEOUT:.0f} s")
            return None, max(peaks)
        if status not in expect:
            raise SystemExit(f"{name} exited {status}: {' '.join(command)}")
        times.append(seconds)
        if run == 0 and seconds > SLOW:
            break
    return statistics.median(times), max(peaks)


def split_input(path, count, seed):
    if os.path.exists(path):
        return
    log(f"generating {path} ({count:,} parties)")
    rng = random.Random(seed)
    weights = rng.sample(range(1, 10_000_001), count) if count <= 10_000_000 else [rng.randint(1, 10_000_000) for _ in range(count)]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Part;Vægt\n")
        handle.writelines(f"P{index:08d};{weight}\n" for index, weight in enumerate(weights))


def fordel_amounts(path):
    """The amounts (øre) of a sheet CSV that `fordel split --output` wrote, in row order."""
    amounts = []
    with open(path, encoding="utf-8-sig") as handle:
        rows = False
        for line in handle:
            line = line.rstrip("\r\n")
            if line.startswith("Part;"):
                rows = True
            elif rows:
                if line.startswith("I alt;"):
                    break
                amounts.append(int(line.rsplit(";", 1)[1].replace(",", "")))
    return amounts


def peer_amounts(path):
    with open(path, encoding="utf-8") as handle:
        next(handle)
        return [int(line.rstrip("\n").rsplit(";", 1)[1]) for line in handle]


def fmt(seconds):
    return "timeout" if seconds is None else f"{seconds:.3f}"


def report(case, fordel, peers, peak, extra=""):
    """One line: each figure, each peer's time ÷ Fordeling's, the best peer's ratio, and `cat`'s floor."""
    fields = [f"bench {case}", f"fordel_s={fmt(fordel)}"]
    fields += [f"{peer}_s={fmt(seconds)}" for peer, seconds in peers.items()]
    others = {p: s for p, s in peers.items() if p != "cat" and s is not None}
    for peer, seconds in peers.items():
        if peer == "cat":
            if seconds and fordel:  # the floor: how many times one pass over the bytes Fordeling takes
                fields.append(f"fordel_vs_cat={fordel / seconds:.1f}")
        elif seconds is not None and fordel:
            fields.append(f"ratio_{peer}={seconds / fordel:.1f}")
        elif fordel:
            fields.append(f"ratio_{peer}=>{TIMEOUT / fordel:.0f}")
    if others and fordel:
        fields.append(f"ratio_best_peer={min(others.values()) / fordel:.1f}")
    fields.append(f"peak_mb={peak:.0f}")
    line = " ".join(fields) + (f" {extra}" if extra else "")
    print(line, flush=True)
    return line


def bench_split(case, count, python, available):
    """A split of TOTAL_ORE over `count` parties by Fordeling and every peer, each checked against Fordeling's amounts."""
    source = os.path.join(WORK, f"{case}.csv")
    split_input(source, count, seed=count)
    out = os.path.join(WORK, f"{case}-fordel.csv")
    fordel, peak = measure(case, [FORDEL, "split", "--total", "1234567890,12", "--unit", "øre", "--key", source, "--output", out])
    expected = fordel_amounts(out)
    assert sum(expected) == TOTAL_ORE, "Fordeling's rows do not sum to the total"
    peers, exact = {}, []
    commands = {
        "pandas": lambda out: [python, os.path.join(PEERS, "pandas_numpy.py"), str(TOTAL_ORE), source, out],
        "polars": lambda out: [python, os.path.join(PEERS, "polars_split.py"), str(TOTAL_ORE), source, out],
        "duckdb": lambda out: [duckdb_cli(), "-c", f"SET VARIABLE total = {TOTAL_ORE}; SET VARIABLE input = '{source}'; SET VARIABLE output = '{out}';",
                               "-f", os.path.join(PEERS, "duckdb_split.sql")],
        "largest_remainder": lambda out: [python, os.path.join(PEERS, "largest_remainder_pkg.py"), str(TOTAL_ORE), source, out],
        "apportionment": lambda out: [python, os.path.join(PEERS, "apportionment_lr.py"), str(TOTAL_ORE), source, out],
    }
    for peer, command in commands.items():
        if not available.get(peer):
            continue
        if count > 1_000_000 and peer in ("largest_remainder", "apportionment"):
            log(f"  {peer}: not run on {count:,} parties (pure Python; see split-1m)")
            continue
        peer_out = os.path.join(WORK, f"{case}-{peer}.csv")
        seconds, _ = measure(f"{case} {peer}", command(peer_out))
        peers[peer] = seconds
        if seconds is not None:
            same = peer_amounts(peer_out) == expected
            exact.append(f"exact_{peer}={'yes' if same else 'no'}")
    copy = os.path.join(WORK, f"{case}-cat.csv")
    peers["cat"], _ = measure(f"{case} cat", ["sh", "-c", f"cat '{source}' > '{copy}'"])
    return report(case, fordel, peers, peak, " ".join(exact))


def bench_diff(python, available):
    a, b = os.path.join(WORK, "diff-1m-a.csv"), os.path.join(WORK, "diff-1m-b.csv")
    if not os.path.exists(b):
        log("generating the diff sheets (1.000.000 rows, 1 % changed)")
        rng = random.Random(7)
        with open(a, "w", encoding="utf-8") as left, open(b, "w", encoding="utf-8") as right:
            left.write("Part,Beløb\n")
            right.write("Part,Beløb\n")
            for index in range(1_000_000):
                value = rng.randint(1, 10_000_000)
                left.write(f"P{index:08d},{value}\n")
                right.write(f"P{index:08d},{value + 1 if rng.random() < 0.01 else value}\n")
    fordel_out = os.path.join(WORK, "diff-fordel.csv")
    fordel, peak = measure("diff-1m", [FORDEL, "diff", a, b, "--format", "csv", "--inputs", WORK], stdout=fordel_out, expect=(1,))
    expected = fordel_changes(fordel_out)
    peers, peaks, exact = {}, [], []
    commands = {
        "polars": lambda out: [python, os.path.join(PEERS, "polars_diff.py"), a, b, out],
        "duckdb": lambda out: [duckdb_cli(), "-c", f"SET VARIABLE a = '{a}'; SET VARIABLE b = '{b}'; SET VARIABLE output = '{out}';",
                               "-f", os.path.join(PEERS, "duckdb_diff.sql")],
    }
    for peer, command in commands.items():
        if available.get(peer):
            out = os.path.join(WORK, f"diff-{peer}.csv")
            peers[peer], peer_peak = measure(f"diff-1m {peer}", command(out))
            peaks.append(f"peak_{peer}_mb={peer_peak:.0f}")
            exact.append(f"exact_{peer}={'yes' if peer_changes(out) == expected else 'no'}")
    if available.get("daff"):
        peers["daff"], _ = measure("diff-1m daff", [os.path.join(VENV, "bin", "daff"), "diff", "--output", os.path.join(WORK, "diff-daff.csv"), a, b], expect=(0, 1))
    return report("diff-1m", fordel, peers, peak, " ".join(peaks + exact))


def fordel_changes(path):
    """The changed cells of `fordel diff --format csv`: (party, A, B) for each changed row."""
    with open(path, encoding="utf-8-sig") as handle:
        next(handle)
        return sorted((f[1], int(f[3]), int(f[4])) for f in (line.rstrip("\r\n").split(";") for line in handle) if f[0] == "ændret")


def peer_changes(path):
    """A peer's changed cells, written as `Part,a,b,forskel`."""
    with open(path, encoding="utf-8") as handle:
        next(handle)
        return sorted((f[0], int(f[1]), int(f[2])) for f in (line.rstrip("\n").split(",") for line in handle))


def bench_whatif():
    inputs = os.path.join(WORK, "whatif-inputs")
    if os.path.exists(inputs):
        shutil.rmtree(inputs)
    shutil.copytree(os.path.join(ROOT, "Inputs"), inputs)
    fields = [("erhvervshus-2019", "total"), ("digital-erhvervsplatform-2019", "national"), ("borgernaer-velfaerd-2019", "national"),
              ("regionalt-udviklingsbidrag-2019", "rate"), ("klynge-byggeri-anlaeg-2021", "total"), ("ept4-tidligere", "total"),
              ("ept4-forslag", "rate"), ("telehjerter-2024", "total"), ("telekol-2024", "total"), ("telekol-drift-2024", "total")]
    with open(os.path.join(inputs, "scenarios", "eksempler.txt"), "w", encoding="utf-8") as handle:
        for index in range(10_000):
            sheet, field = fields[index % len(fields)]
            handle.write(f"[whatif-{index}]\nset = {sheet}.{field} = +{index % 50 + 1} %\n")
    # The 46.000 files go to memory when there is a tmpfs: the case measures Fordeling, not how fast ext4
    # finds free inodes among the ones the previous run deleted.
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else WORK
    out = os.path.join(base, "fordel-bench-whatif-out")
    fordel, peak = measure("whatif-10k", [FORDEL, "run", "--inputs", inputs, "--outputs", out])
    shutil.rmtree(out, ignore_errors=True)
    return report("whatif-10k", fordel, {}, peak)


def bench_batch():
    fordel, peak = measure("batch", [FORDEL, "run", "--inputs", os.path.join(ROOT, "Inputs"), "--outputs", os.path.join(WORK, "batch-out")])
    return report("batch", fordel, {}, peak)


def main():
    os.makedirs(WORK, exist_ok=True)
    if not os.path.exists(FORDEL):
        raise SystemExit("build first: make build")
    python, available = venv_python()
    cases = sys.argv[1:] or ["batch", "split-1m", "split-10m", "diff-1m", "whatif-10k"]
    lines = []
    for case in cases:
        log(f"== {case}")
        if case == "batch":
            lines.append(bench_batch())
        elif case.startswith("split-"):
            lines.append(bench_split(case, {"split-1m": 1_000_000, "split-10m": 10_000_000}[case], python, available))
        elif case == "diff-1m":
            lines.append(bench_diff(python, available))
        elif case == "whatif-10k":
            lines.append(bench_whatif())
    with open(os.path.join(WORK, "results.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
