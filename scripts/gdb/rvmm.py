"""rvmm GDB helpers (loaded by scripts/gdb/rvmm.gdb).

rvmm-connect      attach to QEMU's gdbstub on $gdbport and load symbols for the physical alias
                  of the image, so source-level debugging works before paging (pc = 0x802xxxxx)
                  as well as after (pc = 0xffffffff802xxxxx).
rvmm-phys-symbols-off
                  drop the physical-alias symbols once the kernel runs at its link address
                  (a breakpoint on a function then has one location instead of two).
rvmm-dmesg        print the kernel log ring (lib/printk.c: log_buf, log_head), oldest first.

Structures are read through gdb's Python API (types and fields by name), never hard-coded
offsets, so the helpers follow the C code as it changes.
"""
import gdb

# Link and load addresses of the image (include/asm/memlayout.h).
KERNEL_LINK_ADDR = 0xffffffff80200000
KERNEL_LOAD_PA = 0x80200000


def phys_offset():
    """Offset that moves link addresses onto load addresses, modulo 2^64."""
    return (KERNEL_LOAD_PA - KERNEL_LINK_ADDR) % (1 << 64)


class RvmmConnect(gdb.Command):
    """Connect to QEMU's gdbstub ($gdbport) and add symbols for the physical alias."""

    def __init__(self):
        super().__init__("rvmm-connect", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        port = int(gdb.parse_and_eval("$gdbport"))
        gdb.execute(f"target remote :{port}", to_string=not from_tty)
        elf = gdb.current_progspace().filename
        gdb.execute(f"add-symbol-file {elf} -o {phys_offset():#x}", to_string=True)
        print(f"rvmm: connected to :{port}; symbols at link and physical addresses "
              f"(physical = link + {phys_offset():#x} mod 2^64)")


class RvmmPhysSymbolsOff(gdb.Command):
    """Remove the physical-alias symbols added by rvmm-connect."""

    def __init__(self):
        super().__init__("rvmm-phys-symbols-off", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        gdb.execute(f"remove-symbol-file -a {KERNEL_LOAD_PA:#x}")


class RvmmDmesg(gdb.Command):
    """Print the kernel log ring buffer (what printk has logged so far)."""

    def __init__(self):
        super().__init__("rvmm-dmesg", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        try:
            buf = gdb.parse_and_eval("log_buf")
            head = int(gdb.parse_and_eval("log_head"))
        except gdb.error as e:
            raise gdb.GdbError(f"rvmm-dmesg: no kernel log here ({e}); are symbols loaded?")
        size = buf.type.sizeof
        if head == 0:
            print("rvmm-dmesg: the log is empty (printk has not run yet)")
            return
        raw = bytes(gdb.selected_inferior().read_memory(buf.address, size))
        start = max(0, head - size)
        data = bytes(raw[i % size] for i in range(start, head))
        gdb.write(data.decode(errors="replace"))


RvmmConnect()
RvmmPhysSymbolsOff()
RvmmDmesg()
