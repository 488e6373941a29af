#!/usr/bin/env python3
"""Trims chrono-tz's prebuilt transitions to the years Stegvis can meet.

    python3 third_party/chrono-tz/trim.py ORIGINAL_timezones.rs > src/prebuilt/timezones.rs

chrono-tz 0.10.4 (unchanged apart from this file) carries every transition from the
1840s to 2099: 65,578 of them, about a quarter of the shipped library. Stegvis stores
instants from the day it is installed (it first shipped in 2026) and plans doses days
ahead, so only transitions from 2020 to 2079 are kept. Each zone's `first` span becomes
the one in force on 2020-01-01, so every instant from 2020 reads exactly as before;
after the last kept transition (in 2079) a zone keeps its last offset.
"""
import re
import sys

LOW = 1577836800  # 2020-01-01T00:00:00Z
HIGH = 3471292800  # 2080-01-01T00:00:00Z
ENTRY = re.compile(r"\s*\((-?\d+), (FixedTimespan \{.*\})\),\s*$")
SPAN = re.compile(r"FixedTimespan \{ utc_offset: (-?\d+), dst_offset: (-?\d+), name: (.*) \}")

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = []
i = 0
kept = dropped = 0
while i < len(lines):
    line = lines[i]
    if "const REST: &[(i64, FixedTimespan)] = &[" not in line:
        out.append(line)
        i += 1
        continue
    head = line
    i += 1
    entries = []
    while not lines[i].strip().startswith("];"):
        m = ENTRY.match(lines[i])
        if not m:
            sys.exit(f"unexpected line {i + 1}: {lines[i]}")
        entries.append((int(m.group(1)), m.group(2), lines[i]))
        i += 1
    close = lines[i]
    i += 1
    # Up to and including `first: FixedTimespan {` and its three fields.
    middle = []
    while "first: FixedTimespan {" not in lines[i]:
        middle.append(lines[i])
        i += 1
    first_open = lines[i]
    fields = lines[i + 1 : i + 4]
    i += 4
    before = [e for e in entries if e[0] <= LOW]
    rest = [e for e in entries if LOW < e[0] < HIGH]
    dropped += len(entries) - len(rest)
    kept += len(rest)
    if before:
        m = SPAN.match(before[-1][1])
        indent = re.match(r"\s*", fields[0]).group(0)
        fields = [
            f"{indent}utc_offset: {m.group(1)},",
            f"{indent}dst_offset: {m.group(2)},",
            f"{indent}name: {m.group(3)},",
        ]
    out.append(head)
    out.extend(e[2] for e in rest)
    out.append(close)
    out.extend(middle)
    out.append(first_open)
    out.extend(fields)
print("\n".join(out), end="")
print(f"kept {kept} transitions, dropped {dropped}", file=sys.stderr)
