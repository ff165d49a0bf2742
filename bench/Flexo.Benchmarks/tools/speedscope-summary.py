#!/usr/bin/env python3
"""Summarises a dotnet-trace Speedscope file: share of time per leaf method and lexing vs parsing vs GC.

Usage: speedscope-summary.py TRACE.speedscope.json [ROOT-FILTER] [TOP]
Only samples whose stack contains ROOT-FILTER (default 'SyntaxTree.Parse') are counted. The leaf is the deepest
managed frame (the CPU_TIME / UNMANAGED_CODE_TIME pseudo-frames are skipped); stacks that pass through
Thread.PollGC are reported as garbage collection.
"""
import collections
import json
import re
import sys

PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}


def short(name):
    return re.sub(r"\(.*", "", name).split("!")[-1]


def main():
    path = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "SyntaxTree.Parse"
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    leaves = collections.Counter()
    phases = collections.Counter()
    total = 0.0
    for profile in data["profiles"]:
        if profile.get("type") != "evented":
            continue
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack:
                names = [frames[i] for i in stack]
                if any(root in n for n in names):
                    dt = at - last
                    total += dt
                    real = [n for n in names if n not in PSEUDO]
                    gc = any("PollGC" in n for n in names)
                    leaves["(garbage collection)" if gc else short(real[-1])] += dt
                    phase = "lexing" if any("Lexer.LexAll" in n for n in names) else "parsing"
                    phases[phase + (", in GC" if gc else "")] += dt
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                while stack and stack.pop() != event["frame"]:
                    pass
    if total == 0:
        print("no sample under", root)
        return
    print(f"{total / 1000:.1f} s of samples under {root}")
    for phase, t in sorted(phases.items()):
        print(f"  {100 * t / total:5.1f}%  {phase}")
    print("leaf methods:")
    for name, t in leaves.most_common(top):
        print(f"  {100 * t / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
