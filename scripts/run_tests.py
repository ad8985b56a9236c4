#!/usr/bin/env python3
"""run_tests.py - everything `make test` runs, and the one summary line it ends with.

    1. the hosted test binary (mm/, fdt/, lib/ with ASan/UBSan), KTAP on stdout;
    2. in-kernel tests under QEMU (bootarg "ktest"), KTAP on the serial console, for each
       machine configuration in BOOTS;
    3. expected failures: boots that must fail a test, panic, or report a fault, each checked
       for its message and QEMU's exit status;
    4. a GDB smoke test against QEMU's gdbstub.

Every KTAP case counts as one test, every check of 3 and 4 as one more. Logs go to
build/test-logs/. The last line is "N passed, N failed[, N skipped]"; the exit status is 1 if
anything failed.
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import time

STAMP = re.compile(r"^\[\s*\d+\.\d+\] ?")
RESULT = re.compile(r"^(\s*)(not ok|ok) (\d+) (\S+)(?: # (SKIP|TODO)(.*))?$")


class Tally:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0
        self.failures = []

    def add(self, name, ok, skip=False, why=""):
        if skip:
            self.skipped += 1
            print(f"  skip {name}{': ' + why if why else ''}")
        elif ok:
            self.passed += 1
        else:
            self.failed += 1
            self.failures.append(name)
            print(f"  FAIL {name}{': ' + why if why else ''}")


def strip(line):
    return STAMP.sub("", line.rstrip("\r\n"))


def parse_ktap(prefix, text, tally):
    """Count the cases (indented result lines) of a KTAP log; return the suites seen."""
    suites, diag = [], []
    for raw in text.splitlines():
        line = strip(raw)
        m = RESULT.match(line)
        if not m:
            if line.lstrip().startswith("#") and "Subtest" not in line:
                diag.append(line.strip())
            continue
        indent, status, _, name, directive, reason = m.groups()
        if indent:  # a case inside a suite
            skip = directive == "SKIP"
            why = "; ".join(diag[-3:]) if status == "not ok" else (reason or "").strip()
            tally.add(f"{prefix}/{name}", status == "ok", skip, why)
            diag = []
        else:
            suites.append((name, status == "ok"))
    return suites


def write_log(build, name, text):
    d = os.path.join(build, "test-logs")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, name + ".log")
    with open(path, "w") as f:
        f.write(text)
    return path


def run_host(args, tally):
    print("host tests (ASan/UBSan): build/host/rvmm-hosttest")
    exe = os.path.join(args.build, "host", "rvmm-hosttest")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=1",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    try:
        p = subprocess.run([exe], capture_output=True, text=True, timeout=args.host_timeout,
                           env=env)
        out, rc = p.stdout + p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, rc = (e.stdout or b"").decode(errors="replace") + "\nTIMEOUT\n", -1
    log = write_log(args.build, "host", out)
    before = tally.failed
    parse_ktap("host", out, tally)
    if rc != 0 and tally.failed == before:
        tally.add("host/exit-status", False, why=f"exit status {rc}, see {log}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def qemu_cmd(args, extra, bootargs):
    cmd = [args.qemu, "-machine", "virt", "-nographic", "-bios", args.opensbi,
           "-kernel", os.path.join(args.build, "kernel.elf"), "-monitor", "none",
           "-serial", "stdio"] + extra
    if bootargs:
        cmd += ["-append", bootargs]
    return cmd


def boot(args, extra, bootargs, timeout):
    """Boot QEMU; return (exit status or None on timeout, console text)."""
    try:
        p = subprocess.run(qemu_cmd(args, extra, bootargs), capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=timeout)
        return p.returncode, p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode(errors="replace")


# In-kernel test boots: (name, QEMU options, bootargs).
BOOTS = [
    ("virt-512M", ["-m", "512M"], "ktest"),
]


def run_kernel(args, tally):
    for name, extra, bootargs in BOOTS:
        print(f"in-kernel tests under QEMU: {name} ({' '.join(extra)}) bootargs \"{bootargs}\"")
        rc, out = boot(args, extra, bootargs, args.qemu_timeout)
        log = write_log(args.build, "kernel-" + name, out)
        before = tally.failed
        suites = parse_ktap("kernel-" + name, out, tally)
        if rc is None:
            tally.add(f"kernel-{name}/timeout", False, why=f"no exit in {args.qemu_timeout}s, see {log}")
        elif "Kernel panic" in out:
            tally.add(f"kernel-{name}/panic", False, why=f"kernel panic, see {log}")
        elif not suites:
            tally.add(f"kernel-{name}/ktap", False, why=f"no KTAP results, see {log}")
        elif (rc != 0) != (tally.failed > before):
            tally.add(f"kernel-{name}/exit-status", False,
                      why=f"QEMU exit status {rc} does not match the results, see {log}")


# Boots that must fail in a given way: (name, bootargs, exit status, messages that must appear).
EXPECTED_FAILURES = [
    ("failing-test-fails-run", "ktest=ktest_fail", 1,
     ["not ok 1 ktest_deliberate_failure", "expected 1 + 1 == 3", "ktest: FAILED"]),
    ("panic-exits-nonzero", "ktest=crash_panic", 2,
     ["Kernel panic - not syncing: deliberate panic from crash_panic_case", "Call Trace:",
      "crash_panic_case+", " ra  : "]),
    ("stack-overflow-detected", "ktest=crash_stack_overflow", 2,
     ["Kernel stack overflow: sp", "(guard page", "recurse", "repeated"]),
    ("bad-access-reported", "ktest=crash_bad_access", 2,
     ["Unable to handle kernel paging request at virtual address ffffffd000000000",
      "Oops - store/AMO page fault", "crash_bad_access_case+",
      "page table walk of ffffffd000000000", "L2[320] = 0000000000000000 (invalid)"]),
    ("illegal-instruction-named", "ktest=crash_illegal_insn", 2,
     ["Oops - illegal instruction [#1] at crash_illegal_insn_case+"]),
    ("unknown-bootarg-reported", "ktest=lib no.such.param=7 loglevel=banana", 0,
     ['Unknown command line parameter "no.such.param=7", ignored',
      "Malformed early option 'loglevel=banana'", "ok 1 lib"]),
]


def run_expected_failures(args, tally):
    print("expected failures under QEMU")
    for name, bootargs, status, needles in EXPECTED_FAILURES:
        rc, out = boot(args, ["-m", "512M"], bootargs, args.qemu_timeout)
        log = write_log(args.build, "expect-" + name, out)
        missing = [n for n in needles if n not in out]
        if rc != status:
            tally.add(f"expect/{name}", False, why=f"exit status {rc}, wanted {status}; see {log}")
        elif missing:
            tally.add(f"expect/{name}", False, why=f"missing {missing!r}; see {log}")
        else:
            tally.add(f"expect/{name}", True)


def run_monitor(args, tally):
    """What `make qemu` users do: reach the prompt, run commands, power off with status 0."""
    print("serial monitor under QEMU (make qemu's boot, commands on stdin)")
    # OpenSBI's UART init reads (drops) one pending byte: lead with a sacrificial newline.
    script = b"\rhelp\rversion\rno-such-command\rpoweroff\r"
    try:
        p = subprocess.run(qemu_cmd(args, ["-m", "512M"], ""), input=script,
                           capture_output=True, timeout=args.qemu_timeout)
        rc, out = p.returncode, p.stdout.decode(errors="replace")
    except subprocess.TimeoutExpired as e:
        rc, out = None, (e.stdout or b"").decode(errors="replace")
    log = write_log(args.build, "monitor", out)
    checks = [
        ("monitor/prompt", "rvmm> " in out),
        ("monitor/help-lists-commands", "poweroff" in out and "list commands" in out),
        ("monitor/version", "rvmm version" in out),
        ("monitor/unknown-command", "no-such-command: unknown command" in out),
        ("monitor/poweroff-exit-0", rc == 0 and "Power down" in out),
    ]
    for name, ok in checks:
        tally.add(name, ok, why=f"exit status {rc}, see {log}")


def run_gdb(args, tally):
    print("GDB smoke test (gdb-multiarch against QEMU's gdbstub)")
    port = free_port()
    qemu = subprocess.Popen(qemu_cmd(args, ["-m", "512M", "-S", "-gdb", f"tcp::{port}"], ""),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        time.sleep(0.5)
        cmd = [args.gdb, "-q", "-batch", "-nx", "-ex", f"set $gdbport = {port}",
               "-x", "scripts/gdb/rvmm.gdb", "-x", "scripts/gdb/smoke.gdb",
               os.path.join(args.build, "kernel.elf")]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            out = p.stdout + p.stderr
        except subprocess.TimeoutExpired as e:
            out = str(e.stdout) + "\nTIMEOUT\n"
    finally:
        qemu.kill()
        serial = qemu.communicate()[0].decode(errors="replace")
    log = write_log(args.build, "gdb-smoke", out + "\n--- QEMU serial ---\n" + serial)
    checks = [
        ("gdb/stops-at-physical-entry", r"SMOKE pc-at-entry = 0x80200000\b"),
        ("gdb/symbols-after-paging", r"SMOKE in = sbi_init\b"),
        ("gdb/reads-kernel-variable", r"SMOKE kernel_phys_base = 0x80200000\b"),
        ("gdb/reads-struct-field", r"SMOKE hartid = 0\b"),
    ]
    for name, pattern in checks:
        tally.add(name, re.search(pattern, out) is not None, why=f"see {log}")
    # rvmm-dmesg must show exactly what the kernel printed on the serial console.
    m = re.search(r"SMOKE dmesg begin\n(.*)SMOKE dmesg end", out, re.S)
    dmesg = [l for l in (m.group(1) if m else "").splitlines() if l.startswith("[")]
    console = [l.rstrip("\r") for l in serial.splitlines() if l.startswith("[")]
    # The console shows a subsequence (levels >= loglevel are logged but not printed).
    it = iter(dmesg)
    shown = [l for l in console if l in dmesg]
    ok = bool(dmesg) and "rvmm version" in dmesg[0] and all(l in it for l in shown) \
        and len(shown) == len([l for l in console if l <= dmesg[-1]])
    tally.add("gdb/rvmm-dmesg-matches-console", ok,
              why=f"{len(dmesg)} dmesg lines vs {len(console)} console lines, see {log}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--qemu", default="qemu-system-riscv64")
    ap.add_argument("--opensbi", default="/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.elf")
    ap.add_argument("--gdb", default="gdb-multiarch")
    ap.add_argument("--qemu-timeout", type=int, default=120)
    ap.add_argument("--host-timeout", type=int, default=600)
    args = ap.parse_args()

    tally = Tally()
    start = time.time()
    run_host(args, tally)
    run_kernel(args, tally)
    run_expected_failures(args, tally)
    run_monitor(args, tally)
    run_gdb(args, tally)

    print(f"test time {time.time() - start:.0f}s; logs in {args.build}/test-logs/")
    if tally.failures:
        print("failed: " + ", ".join(tally.failures))
    summary = f"{tally.passed} passed, {tally.failed} failed"
    if tally.skipped:
        summary += f", {tally.skipped} skipped"
    print(summary)
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
