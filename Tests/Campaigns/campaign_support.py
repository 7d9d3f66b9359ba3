"""Shared pieces of the campaigns in this folder: running the release binary with limits, and checking its bytes.

Not part of `swift test`: the campaigns are run by hand against a release build (see each script's docstring).
"""

import hashlib
import os
import re
import signal
import subprocess
import tempfile
import time

# Bytes no output of dlquiz may hold raw: C0 controls other than tab, line feed and carriage return (CSV rows end
# with CR LF), DEL, C1 controls (U+0080-U+009F, UTF-8 C2 80-C2 9F), and the bidirectional overrides and isolates
# (U+202A-U+202E: E2 80 AA-AE; U+2066-U+2069: E2 81 A6-A9).
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")

TIME_LIMIT = 10.0          # seconds a run may take
MEMORY_LIMIT_KIB = 1 << 20  # 1 GiB of peak resident memory


def find_binary():
    """The release binary: $DLQUIZ, else .build/release/dlquiz of this checkout."""
    if os.environ.get("DLQUIZ"):
        return os.environ["DLQUIZ"]
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", ".build", "release", "dlquiz"))


class Report:
    """Counts runs and collects every failed check, with what was run."""

    def __init__(self):
        self.runs = 0
        self.failures = []
        self.slowest = (0.0, None)
        self.largest = (0, None)

    def fail(self, kind, what, detail=""):
        self.failures.append((kind, what, detail))

    def summary(self, title):
        kinds = {}
        for kind, _, _ in self.failures:
            kinds[kind] = kinds.get(kind, 0) + 1
        lines = [f"{title}: {self.runs} runs, {len(self.failures)} failed checks {kinds or ''}",
                 f"  slowest run {self.slowest[0]:.2f} s: {self.slowest[1]}",
                 f"  largest peak memory {self.largest[0] // 1024} MiB: {self.largest[1]}"]
        for kind, what, detail in self.failures[:40]:
            lines.append(f"  {kind}: {what} {detail[:300]!r}")
        return "\n".join(lines)


class Runner:
    """Runs the binary in a private home, through pipes, timing it and reading its peak memory with GNU time."""

    def __init__(self, report, home, binary=None):
        self.report = report
        self.home = home
        self.binary = binary or find_binary()
        self.environment = {
            "HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "80", "PAGER": "cat",
            "TERM": "xterm-256color",
        }

    def run(self, arguments, stdin=b"", cwd=None, environment=None, timeout=TIME_LIMIT, check_bytes=True,
            stdin_path=None):
        """Runs `dlquiz arguments`; returns (status, stdout, stderr, seconds), recording any failed check."""
        self.report.runs += 1
        what = " ".join(repr(a) if any(ord(c) < 32 or ord(c) > 126 for c in a) else a for a in arguments)[:200]
        env = dict(self.environment)
        env.update(environment or {})
        with tempfile.NamedTemporaryFile(delete=False) as measure:
            measure_path = measure.name
        command = ["/usr/bin/time", "-q", "-f", "%M", "-o", measure_path, self.binary] + list(arguments)
        source = open(stdin_path, "rb") if stdin_path else subprocess.PIPE
        start = time.monotonic()
        # A session of its own, so a hung run is killed with its timer (killing only `time` would leave it).
        process = subprocess.Popen(command, stdin=source, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   cwd=cwd or self.home, env=env, start_new_session=True)
        try:
            out, err = process.communicate(None if stdin_path else stdin, timeout=timeout * 3)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            self.report.fail("hang", what)
        finally:
            if stdin_path:
                source.close()
        seconds = time.monotonic() - start
        try:
            with open(measure_path) as measure:
                peak = int(measure.read().strip().splitlines()[-1])
        except (ValueError, IndexError):
            peak = 0
        os.unlink(measure_path)
        if seconds > timeout:
            self.report.fail("slow", what, f"{seconds:.1f} s")
        if peak > MEMORY_LIMIT_KIB:
            self.report.fail("memory", what, f"{peak // 1024} MiB")
        if seconds > self.report.slowest[0]:
            self.report.slowest = (seconds, what)
        if peak > self.report.largest[0]:
            self.report.largest = (peak, what)
        if process.returncode < 0 or process.returncode > 125:
            self.report.fail("signal", what, f"status {process.returncode}: {err[-300:]!r}")
        if check_bytes:
            self.check_bytes(out, what + " (stdout)")
            self.check_bytes(err, what + " (stderr)")
        return process.returncode, out, err, seconds

    def check_bytes(self, data, what):
        match = RAW_CONTROL.search(data)
        if match:
            start = max(0, match.start() - 40)
            self.report.fail("raw", what, data[start:match.end() + 40].decode("utf-8", "replace"))

    def check_file(self, path, what):
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                self.check_bytes(handle.read(), what + " (file " + os.path.basename(path) + ")")


def fingerprint(folder):
    """Every file under `folder` with its size, modification time and hash (FIFOs and devices by their type)."""
    result = {}
    for root, dirs, files in os.walk(folder):
        for name in files + dirs:
            path = os.path.join(root, name)
            info = os.lstat(path)
            if os.path.isfile(path) and not os.path.islink(path):
                digest = hashlib.sha1()
                with open(path, "rb") as handle:
                    for chunk in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(chunk)
                result[path] = (info.st_size, info.st_mtime_ns, digest.hexdigest())
            else:
                result[path] = (info.st_mode, info.st_mtime_ns)
    return result


def compare_fingerprints(before, after, report, what):
    for path in sorted(set(before) | set(after)):
        if before.get(path) != after.get(path):
            report.fail("modified", what, path)
