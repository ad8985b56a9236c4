#!/usr/bin/env python3
"""bench.py - run rvmm's benchmarks under QEMU with -icount and write a results table.

    make bench            (= python3 scripts/bench.py --build build)

Each configuration boots the kernel with "bench" on the command line under
`-icount shift=0,sleep=off`, where rdinstret counts guest instructions exactly, so the figures
repeat from run to run. The kernel prints "BENCH <name> <value> <unit> [# comment]" lines;
they are collected into build/bench/results.md (and results.json), with the command that
reproduces each configuration.
"""
import argparse
import json
import os
import re
import subprocess
import sys

LINE = re.compile(r"BENCH (\S+) (\d+) (\S+)(?: # (.*))?$")

# (label, QEMU options, bootargs)
CONFIGS = [
    ("512M", ["-m", "512M"], "bench"),
]


def qemu_cmd(args, extra, bootargs):
    return [args.qemu, "-machine", "virt", "-nographic", "-bios", args.opensbi,
            "-kernel", os.path.join(args.build, "kernel.elf"), "-monitor", "none",
            "-icount", "shift=0,sleep=off"] + extra + ["-append", bootargs]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--qemu", default="qemu-system-riscv64")
    ap.add_argument("--opensbi", default="/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.elf")
    args = ap.parse_args()

    outdir = os.path.join(args.build, "bench")
    os.makedirs(outdir, exist_ok=True)
    results, rows = [], []
    for label, extra, bootargs in CONFIGS:
        cmd = qemu_cmd(args, extra, bootargs)
        p = subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, timeout=1200)
        out = p.stdout.decode(errors="replace")
        with open(os.path.join(outdir, f"log-{label}.txt"), "w") as f:
            f.write(out)
        found = 0
        for line in out.splitlines():
            m = LINE.search(line.rstrip("\r"))
            if m:
                name, value, unit, comment = m.groups()
                found += 1
                results.append({"config": label, "name": name, "value": int(value),
                                "unit": unit, "comment": comment or "",
                                "command": " ".join(cmd)})
                rows.append(f"| {label} | {name} | {value} | {unit} | {comment or ''} |")
        if p.returncode != 0 or not found:
            sys.exit(f"bench: configuration {label} failed (exit {p.returncode}); "
                     f"see {outdir}/log-{label}.txt")
    table = ["| config | benchmark | value | unit | note |", "|---|---|---|---|---|"] + rows
    md = "\n".join(["# rvmm benchmark results", "",
                    "Guest instructions under `qemu-system-riscv64 -icount shift=0,sleep=off`.",
                    "Reproduce with `make bench`; per-configuration commands below.", ""]
                   + table + ["", "Commands:", ""]
                   + sorted({f"- `{r['command']}`" for r in results})) + "\n"
    with open(os.path.join(outdir, "results.md"), "w") as f:
        f.write(md)
    with open(os.path.join(outdir, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    print(md)


if __name__ == "__main__":
    main()
