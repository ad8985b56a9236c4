# rvmm.gdb - connect gdb-multiarch to QEMU's gdbstub with symbols for both address aliases.
#
#   make qemu-gdb        (terminal 1: QEMU stopped at the first instruction, gdbstub open)
#   make gdb             (terminal 2: gdb-multiarch -x scripts/gdb/rvmm.gdb build/kernel.elf)
#
# gdb 13 does not auto-load a project .gdbinit, so `make gdb` passes this file with -x.
# The port comes from $gdbport (set by the Makefile with -ex).
set pagination off
set confirm off
set architecture riscv:rv64
source scripts/gdb/rvmm.py
rvmm-connect
