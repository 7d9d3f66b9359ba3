#!/usr/bin/env python3
"""Lines of every command's `run` (and of `page`, the body a paged `run` hands its context to), longest first.

Usage: Tests/Metrics/longest-run.py [Sources/QuizCLI/Commands] [--top N]
Counts from the `func run(` / `func page(` line to its closing brace, both included, by brace depth (braces inside
string literals are rare in these files and would only shift a count by a line).
"""
import pathlib
import re
import sys

argv = sys.argv[1:]
top = 10
if "--top" in argv:
    at = argv.index("--top")
    top = int(argv[at + 1])
    del argv[at:at + 2]
folder = pathlib.Path(argv[0] if argv else "Sources/QuizCLI/Commands")
pattern = re.compile(r"^\s*(?:private |fileprivate |static )*func (run|page)\(")
found = []
for path in sorted(folder.rglob("*.swift")):
    lines = path.read_text(encoding="utf-8").splitlines()
    for start, line in enumerate(lines):
        match = pattern.match(line)
        if not match:
            continue
        depth, seen = 0, False
        for end in range(start, len(lines)):
            text = re.sub(r'"(?:\\.|[^"\\])*"', '""', lines[end])
            depth += text.count("{") - text.count("}")
            seen = seen or "{" in text
            if seen and depth <= 0:
                break
        found.append((end - start + 1, f"{path.name}:{start + 1}", match.group(1)))
found.sort(reverse=True)
for count, where, name in found[:top]:
    print(f"{count:4d}  {name:4s}  {where}")
