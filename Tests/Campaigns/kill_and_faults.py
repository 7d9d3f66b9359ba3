#!/usr/bin/env python3
"""Kill-and-fault campaign for dlquiz (issue 18): no answer the quiz acknowledged ("Saved: …") is ever lost, and no
file but the progress file and its backups is touched.

  1. SIGKILL of piped quizzes at random moments (default 300 trials);
  2. SIGKILL of quizzes on a pseudo-terminal at random moments (default 300 trials);
  3. a full disk (a small tmpfs; skipped when mounting is not allowed);
  4. a read-only progress file and folder (run as the `nobody` user with setpriv);
  5. `ulimit -f` (a file-size limit);
  6. 8 concurrent quizzes beside three concurrent `progress reset` loops (default 10 trials).
After each trial every acknowledged answer must be in the progress file or one of its backups, every line but a torn
last one must read, and the folders may hold nothing else.

    swift build -c release && python3 Tests/Campaigns/kill_and_faults.py
    DLQUIZ=/path/to/dlquiz python3 Tests/Campaigns/kill_and_faults.py --trials 50 --concurrency-trials 3

Exit status 0 when every check passed.
"""

import json
import os
import pty
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from campaign_support import Report, find_binary  # noqa: E402

BINARY = find_binary()
IDS = ["data-generators", "epoch-batch-iteration", "learning-rate-effects", "bias-variance-tradeoff",
       "batch-normalization", "backpropagation"]


def option(name, default):
    if name in sys.argv:
        return int(sys.argv[sys.argv.index(name) + 1])
    return default


def environment(home):
    return {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "80", "NO_COLOR": "1",
            "TERM": "xterm-256color"}


def records(folder, name="progress.jsonl"):
    """(answers and follow-ups saved, unreadable lines other than a torn last line) in the file and its backups."""
    answers = set()
    bad = []
    for entry in sorted(os.listdir(folder)):
        if entry != name and not entry.startswith(name + ".backup-"):
            continue
        with open(os.path.join(folder, entry), "rb") as handle:
            lines = handle.read().split(b"\n")
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                if number != len(lines):  # a torn write is only ever the last line, without its newline
                    bad.append((entry, number, line[:80]))
                continue
            if record.get("type") == "answer":
                answers.add((record["session"], record["seq"]))
            elif record.get("type") == "followup":
                answers.add((record["session"], record["question"], record["followUp"], record["time"]))
    return answers, bad


def check_folder(report, folder, what, allowed=("progress.jsonl",)):
    for entry in os.listdir(folder):
        if entry in allowed or any(entry.startswith(name + ".backup-") for name in allowed):
            continue
        report.fail("touched", what, os.path.join(folder, entry))


def acknowledged(output):
    return output.count(b"Saved: ")


# ---- 1. Piped quizzes killed at random moments.

def piped_trial(report, work, trial):
    home = os.path.join(work, f"piped-{trial}")
    state = os.path.join(home, "state")
    os.makedirs(state)
    progress = os.path.join(state, "progress.jsonl")
    process = subprocess.Popen(
        [BINARY, "quiz", "--progress", progress, "--ids", ",".join(IDS), "--order", "sequential", "--follow-ups"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(home), cwd=home)
    output = bytearray()

    def feed():
        try:
            for _ in IDS:
                for line in [b"typed answer\n", b"\n", b"all\n", b"\n", b"follow-up\n", b"\n", b"y\n"]:
                    process.stdin.write(line)
                    process.stdin.flush()
                    time.sleep(random.random() * 0.02)
        except (BrokenPipeError, ValueError):
            pass

    def drain():
        for chunk in iter(lambda: process.stdout.read1(4096), b""):
            output.extend(chunk)

    feeder = threading.Thread(target=feed)
    reader = threading.Thread(target=drain)
    feeder.start()
    reader.start()
    time.sleep(random.random() * 0.5)
    # What the screen said before the kill is what the user saw.
    seen = acknowledged(bytes(output))
    process.kill()
    process.wait()
    feeder.join()
    reader.join()
    saved, bad = records(state)
    if len(saved) < seen:
        report.fail("lost", f"piped trial {trial}", f"{seen} acknowledged, {len(saved)} in the file")
    if bad:
        report.fail("unreadable", f"piped trial {trial}", repr(bad[:3]))
    check_folder(report, state, f"piped trial {trial}")
    check_folder(report, home, f"piped trial {trial}", allowed=("state",))
    report.runs += 1
    return seen


# ---- 2. Quizzes on a pseudo-terminal killed at random moments.

def pty_trial(report, work, trial):
    home = os.path.join(work, f"pty-{trial}")
    state = os.path.join(home, "state")
    os.makedirs(state)
    progress = os.path.join(state, "progress.jsonl")
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [BINARY, "quiz", "--progress", progress, "--ids", ",".join(IDS), "--order", "sequential"],
        stdin=slave, stdout=slave, stderr=slave, env=environment(home), cwd=home, start_new_session=True)
    os.close(slave)
    output = bytearray()
    deadline = time.monotonic() + random.random() * 0.6
    script = [b"typed on a terminal\r", b"\x04", b"all\r", b"\r"] * len(IDS)
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.005)
        if ready:
            try:
                output.extend(os.read(master, 65536))
            except OSError:
                break
        if script and random.random() < 0.3:
            os.write(master, script.pop(0))
    seen = acknowledged(bytes(output))
    process.kill()
    process.wait()
    os.close(master)
    saved, bad = records(state)
    if len(saved) < seen:
        report.fail("lost", f"pty trial {trial}", f"{seen} acknowledged, {len(saved)} in the file")
    if bad:
        report.fail("unreadable", f"pty trial {trial}", repr(bad[:3]))
    check_folder(report, state, f"pty trial {trial}")
    report.runs += 1
    return seen


# ---- 3-5. Faults.

def quiz_answers(count, answer=b"an answer"):
    return b"".join(answer + b"\n\nall\n\n" for _ in range(count))


def run_quiz(home, progress, prefix=(), ids=IDS, answer=b"an answer"):
    command = list(prefix) + [BINARY, "quiz", "--progress", progress, "--ids", ",".join(ids), "--order", "sequential"]
    return subprocess.run(command, input=quiz_answers(len(ids), answer), capture_output=True, env=environment(home),
                          cwd=home, timeout=60)


def full_disk(report, work):
    mount = os.path.join(work, "full")
    os.makedirs(mount)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mount], capture_output=True).returncode:
        print("  full disk: skipped (cannot mount a tmpfs here)")
        return
    try:
        progress = os.path.join(mount, "progress.jsonl")
        # Fill the disk but for room for about two records.
        with open(os.path.join(mount, "filler"), "wb") as handle:
            try:
                handle.write(b"x" * (16 << 10))
            except OSError:
                pass
        os.truncate(os.path.join(mount, "filler"), (16 << 10) - 4096 - 600)
        every = json.loads(subprocess.run([BINARY, "list", "--json"], capture_output=True).stdout)["questions"]
        result = run_quiz(work, progress, ids=[question["id"] for question in every], answer=b"x" * 400)
        seen = acknowledged(result.stdout)
        saved, bad = records(mount)
        report.runs += 1
        if len(saved) < seen:
            report.fail("lost", "full disk", f"{seen} acknowledged, {len(saved)} in the file")
        if bad or (os.path.getsize(progress) and not open(progress, "rb").read().endswith(b"\n")):
            report.fail("unreadable", "full disk", "a torn line was left")
        if b"the disk is full" not in result.stderr:
            report.fail("message", "full disk", result.stderr.decode(errors="replace"))
        check_folder(report, mount, "full disk", allowed=("progress.jsonl", "filler"))
        print(f"  full disk: {seen} acknowledged, {len(saved)} saved, status {result.returncode}: "
              f"{result.stderr.decode(errors='replace').strip()[:120]}")
    finally:
        subprocess.run(["umount", mount])


def read_only(report, work):
    folder = os.path.join(work, "read-only")
    os.makedirs(folder)
    os.chmod(work, 0o755)  # the `nobody` user must reach the folder to meet its permissions
    progress = os.path.join(folder, "progress.jsonl")
    with open(progress, "wb") as handle:
        handle.write(b"")
    os.chmod(progress, 0o644)
    os.chmod(folder, 0o755)
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    result = run_quiz(work, progress, prefix=nobody)
    report.runs += 1
    if result.returncode != 1 or b"Nothing was asked yet" not in result.stderr or acknowledged(result.stdout):
        report.fail("read-only", "quiz", result.stderr.decode(errors="replace"))
    for arguments in [["progress", "reset", "--yes", "--progress", progress],
                      ["sheet", "-o", os.path.join(folder, "sheet.txt")]]:
        result = subprocess.run(nobody + [BINARY] + arguments, capture_output=True, env=environment(work), cwd=work)
        report.runs += 1
        if result.returncode != 1:
            report.fail("read-only", " ".join(arguments), result.stderr.decode(errors="replace"))
        print(f"  read-only {arguments[0]}: {result.stderr.decode(errors='replace').strip()[:160]}")
    check_folder(report, folder, "read-only")
    if os.path.getsize(progress) != 0:
        report.fail("modified", "read-only", progress)


def size_limit(report, work):
    for blocks in [1, 2, 3]:
        folder = os.path.join(work, f"ulimit-{blocks}")
        os.makedirs(folder)
        progress = os.path.join(folder, "progress.jsonl")
        result = run_quiz(work, progress, prefix=["sh", "-c", f'ulimit -f {blocks}; exec "$0" "$@"'])
        seen = acknowledged(result.stdout)
        saved, bad = records(folder)
        report.runs += 1
        if result.returncode < 0 or result.returncode > 128:
            report.fail("signal", f"ulimit -f {blocks}", f"status {result.returncode}")
        if len(saved) < seen or bad:
            report.fail("lost", f"ulimit -f {blocks}", f"{seen} acknowledged, {len(saved)} saved, {bad[:2]}")
        if os.path.getsize(progress) and not open(progress, "rb").read().endswith(b"\n"):
            report.fail("unreadable", f"ulimit -f {blocks}", "a torn line was left")
        check_folder(report, folder, f"ulimit -f {blocks}")
        print(f"  ulimit -f {blocks}: status {result.returncode}, {seen} acknowledged, {len(saved)} saved: "
              f"{result.stderr.decode(errors='replace').strip()[:100]}")


# ---- 6. Concurrent quizzes and resets.

def concurrency_trial(report, work, trial, writers=8, rounds=3):
    home = os.path.join(work, f"concurrent-{trial}")
    state = os.path.join(home, "state")
    os.makedirs(state)
    progress = os.path.join(state, "progress.jsonl")
    stop = threading.Event()
    reset_errors = []

    def reset_loop():
        while not stop.is_set():
            result = subprocess.run([BINARY, "progress", "reset", "--yes", "--progress", progress],
                                    capture_output=True, env=environment(home), cwd=home)
            if result.returncode != 0:
                reset_errors.append(result.stderr.decode(errors="replace"))

    acknowledgements = []

    def writer():
        for _ in range(rounds):
            result = run_quiz(home, progress)
            acknowledgements.append(acknowledged(result.stdout))
            if result.returncode != 0:
                reset_errors.append("quiz: " + result.stderr.decode(errors="replace"))

    resetters = [threading.Thread(target=reset_loop) for _ in range(3)]
    quizzes = [threading.Thread(target=writer) for _ in range(writers)]
    for thread in resetters + quizzes:
        thread.start()
    for thread in quizzes:
        thread.join()
    stop.set()
    for thread in resetters:
        thread.join()
    saved, bad = records(state)
    seen = sum(acknowledgements)
    report.runs += 1
    if len(saved) != seen:
        report.fail("lost", f"concurrency trial {trial}", f"{seen} acknowledged, {len(saved)} in the file and backups")
    if bad:
        report.fail("unreadable", f"concurrency trial {trial}", repr(bad[:3]))
    if reset_errors:
        report.fail("error", f"concurrency trial {trial}", reset_errors[0][:200])
    check_folder(report, state, f"concurrency trial {trial}")
    backups = len([name for name in os.listdir(state) if ".backup-" in name])
    return seen, backups


def main():
    random.seed(int(os.environ.get("SEED", "18")))
    report = Report()
    work = tempfile.mkdtemp(prefix="dlquiz-faults-")
    trials = option("--trials", 300)
    started = time.monotonic()
    seen = sum(piped_trial(report, work, trial) for trial in range(trials))
    print(f"1. piped SIGKILL: {trials} trials, {seen} answers acknowledged before the kill", flush=True)
    seen = sum(pty_trial(report, work, trial) for trial in range(trials))
    print(f"2. pty SIGKILL: {trials} trials, {seen} answers acknowledged before the kill", flush=True)
    print("3. full disk:", flush=True)
    full_disk(report, work)
    print("4. read-only:", flush=True)
    read_only(report, work)
    print("5. ulimit -f:", flush=True)
    size_limit(report, work)
    concurrency = option("--concurrency-trials", 10)
    totals = [concurrency_trial(report, work, trial) for trial in range(concurrency)]
    print(f"6. 8 quizzes beside 3 reset loops: {concurrency} trials, {sum(t[0] for t in totals)} answers "
          f"acknowledged, {sum(t[1] for t in totals)} backups made", flush=True)
    print(report.summary(f"kill-and-fault campaign ({time.monotonic() - started:.0f} s)"))
    if "--keep" not in sys.argv:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if not report.failures else 1


if __name__ == "__main__":
    sys.exit(main())
