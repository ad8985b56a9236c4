#!/usr/bin/env python3
"""compdb.py - turn `make -B -n V=1 kernel host` output into compile_commands.json for clangd."""
import json
import os
import shlex
import sys

entries = []
root = os.getcwd()
for line in sys.stdin:
    line = line.strip()
    if " -c " not in line or not (line.startswith("riscv64-") or line.startswith("gcc")):
        continue
    args = shlex.split(line)
    try:
        src = args[args.index("-c") + 1]
    except (ValueError, IndexError):
        continue
    entries.append({"directory": root, "arguments": args, "file": src})
json.dump(entries, sys.stdout, indent=1)
sys.stdout.write("\n")
