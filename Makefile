# rvmm - build, run and test. `make help` lists the targets.
#
#   make qemu          build and boot on QEMU virt (MEM=, SMP=, BOOTARGS=, DTB=)
#   make test          host tests, in-kernel tests under QEMU, GDB smoke test; "N passed, N failed"
#   make bench         benchmarks in guest instructions (QEMU -icount); build/bench/results.md
#
# Everything is built out of tree in $(BUILD). V=1 shows the commands.

BUILD    ?= build
CROSS    ?= riscv64-unknown-elf-
MEM      ?= 512M
SMP      ?= 1
BOOTARGS ?=
DTB      ?=
QEMU     ?= qemu-system-riscv64
OPENSBI  ?= /usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.elf
GDB      ?= gdb-multiarch
# Per-user gdbstub port, so two users of one machine do not collide.
GDBPORT  ?= $(shell echo $$((20000 + $$(id -u) % 10000)))

ifeq ($(V),1)
Q :=
else
Q := @
endif

CC      := $(CROSS)gcc
OBJCOPY := $(CROSS)objcopy
OBJDUMP := $(CROSS)objdump
NM      := $(CROSS)nm
HOSTCC  ?= gcc

# ---------------------------------------------------------------------------------------------
# libfdt: extracted unmodified from Debian's linux-source-6.1 tarball (never committed).
LINUX_TARBALL := /usr/src/linux-source-6.1.tar.xz
LIBFDT_DIR    := $(BUILD)/libfdt
LIBFDT_NAMES  := fdt.c fdt_ro.c fdt_wip.c fdt_sw.c fdt_rw.c fdt_strerror.c fdt_empty_tree.c \
                 fdt_addresses.c
LIBFDT_SRCS   := $(addprefix $(LIBFDT_DIR)/,$(LIBFDT_NAMES))
LIBFDT_STAMP  := $(LIBFDT_DIR)/.extracted

# ---------------------------------------------------------------------------------------------
# Sources. Directories are globbed so a new file needs no Makefile edit. HOST_EXCLUDE lists the
# files that only make sense in the kernel (the hosted build gets them from libc or host.c);
# by convention a file named *_kernel.c is kernel-only (monitor commands, CSR users).
KERNEL_SRCS := $(wildcard entry/*.S trap/*.S) \
               $(wildcard entry/*.c fdt/*.c mm/*.c sbi/*.c trap/*.c lib/*.c) \
               $(wildcard tests/common/*.c tests/kernel/*.c tests/bench/*.c)
HOST_EXCLUDE := lib/string.c lib/libgcc.c lib/bench.c $(wildcard mm/*_riscv.c mm/*_kernel.c fdt/*_kernel.c)
HOST_SRCS   := $(filter-out $(HOST_EXCLUDE),$(wildcard mm/*.c fdt/*.c lib/*.c)) \
               $(wildcard tests/common/*.c tests/host/*.c)

KOBJS := $(patsubst %,$(BUILD)/kernel/%.o,$(KERNEL_SRCS)) \
         $(patsubst $(LIBFDT_DIR)/%,$(BUILD)/kernel/libfdt/%.o,$(LIBFDT_SRCS))
HOBJS := $(patsubst %,$(BUILD)/host/%.o,$(HOST_SRCS)) \
         $(patsubst $(LIBFDT_DIR)/%,$(BUILD)/host/libfdt/%.o,$(LIBFDT_SRCS))

WARN := -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare \
        -Wno-missing-field-initializers
INCS := -Iinclude -Ifdt -I$(LIBFDT_DIR)
# Our libfdt_env.h is pre-included; its guard makes the tarball's own copy a no-op.
LIBFDT_FLAGS := -include fdt/libfdt_env.h

KCFLAGS := -march=rv64imac_zicsr_zifencei -mabi=lp64 -mcmodel=medany -ffreestanding \
           -fno-common -fno-stack-protector -fno-pie -fno-omit-frame-pointer \
           -fno-optimize-sibling-calls -O2 -g -MD -MP $(WARN) $(INCS)
KLDFLAGS := -nostdlib -static -no-pie -Wl,--no-relax -Wl,-T,kernel.ld

HCFLAGS := -DRVMM_HOSTED -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
           -fno-sanitize-recover=undefined -MD -MP $(WARN) -Itests/host/include $(INCS)

.PHONY: all setup kernel host qemu qemu-gdb gdb test bench compdb clean help
all: kernel host

setup:
	$(Q)bash scripts/setup.sh

$(LIBFDT_STAMP):
	@echo "  EXTRACT libfdt from $(LINUX_TARBALL)"
	$(Q)mkdir -p $(LIBFDT_DIR)
	$(Q)tar -xJf $(LINUX_TARBALL) -C $(LIBFDT_DIR) --strip-components=4 \
		--wildcards 'linux-source-6.1/scripts/dtc/libfdt/*'
	$(Q)touch $@
$(LIBFDT_SRCS): $(LIBFDT_STAMP)

# ---------------------------------------------------------------------------------------------
# Kernel. Linked twice: the first image gives the symbol table (kallsyms) that the second embeds
# at the end of .rodata, after .text, so no code address moves between the two links.
kernel: $(BUILD)/kernel.elf $(BUILD)/kernel.bin $(BUILD)/kernel.asm $(BUILD)/kernel.sym

$(BUILD)/kernel/%.S.o: %.S | $(LIBFDT_STAMP)
	@echo "  AS      $<"
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KCFLAGS) -D__ASSEMBLY__ -c $< -o $@

$(BUILD)/kernel/%.c.o: %.c | $(LIBFDT_STAMP)
	@echo "  CC      $<"
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(BUILD)/kernel/libfdt/%.c.o: $(LIBFDT_DIR)/%.c
	@echo "  CC      libfdt/$*.c"
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(KCFLAGS) $(LIBFDT_FLAGS) -c $< -o $@

$(BUILD)/kallsyms0.S:
	$(Q)mkdir -p $(dir $@)
	$(Q)python3 scripts/kallsyms.py < /dev/null > $@

$(BUILD)/%.o: $(BUILD)/%.S
	$(Q)$(CC) $(KCFLAGS) -c $< -o $@

$(BUILD)/kernel.tmp.elf: $(KOBJS) $(BUILD)/kallsyms0.o kernel.ld
	@echo "  LD      $@"
	$(Q)$(CC) $(KCFLAGS) $(KLDFLAGS) $(KOBJS) $(BUILD)/kallsyms0.o -o $@

$(BUILD)/kallsyms.S: $(BUILD)/kernel.tmp.elf scripts/kallsyms.py
	$(Q)$(NM) -n -S $< | python3 scripts/kallsyms.py > $@

$(BUILD)/kernel.elf: $(KOBJS) $(BUILD)/kallsyms.o kernel.ld
	@echo "  LD      $@"
	$(Q)$(CC) $(KCFLAGS) $(KLDFLAGS) $(KOBJS) $(BUILD)/kallsyms.o -o $@
	$(Q)python3 scripts/kallsyms.py --check $(BUILD)/kernel.tmp.elf $@ $(NM)

$(BUILD)/kernel.bin: $(BUILD)/kernel.elf
	$(Q)$(OBJCOPY) -O binary $< $@
$(BUILD)/kernel.asm: $(BUILD)/kernel.elf
	$(Q)$(OBJDUMP) -S $< > $@
$(BUILD)/kernel.sym: $(BUILD)/kernel.elf
	$(Q)$(NM) -n $< > $@

# ---------------------------------------------------------------------------------------------
# Hosted build: mm/, fdt/, lib/ and the tests, natively with ASan and UBSan.
host: $(BUILD)/host/rvmm-hosttest

$(BUILD)/host/%.c.o: %.c | $(LIBFDT_STAMP)
	@echo "  HOSTCC  $<"
	$(Q)mkdir -p $(dir $@)
	$(Q)$(HOSTCC) $(HCFLAGS) -c $< -o $@

$(BUILD)/host/libfdt/%.c.o: $(LIBFDT_DIR)/%.c
	@echo "  HOSTCC  libfdt/$*.c"
	$(Q)mkdir -p $(dir $@)
	$(Q)$(HOSTCC) $(HCFLAGS) $(LIBFDT_FLAGS) -c $< -o $@

$(BUILD)/host/rvmm-hosttest: $(HOBJS)
	@echo "  HOSTLD  $@"
	$(Q)$(HOSTCC) $(HCFLAGS) $^ -o $@

# ---------------------------------------------------------------------------------------------
QEMU_ARGS = -machine virt -m $(MEM) -smp $(SMP) -nographic -bios $(OPENSBI) \
            -kernel $(BUILD)/kernel.elf $(if $(DTB),-dtb $(DTB)) \
            $(if $(BOOTARGS),-append "$(BOOTARGS)")

qemu: setup
	$(Q)$(MAKE) --no-print-directory kernel
	$(QEMU) $(QEMU_ARGS)

qemu-gdb: setup
	$(Q)$(MAKE) --no-print-directory kernel
	@echo "QEMU waits for gdb on port $(GDBPORT): run 'make gdb' in another terminal"
	$(QEMU) $(QEMU_ARGS) -S -gdb tcp::$(GDBPORT)

gdb: setup
	$(GDB) -q -ex 'set $$gdbport = $(GDBPORT)' -x scripts/gdb/rvmm.gdb $(BUILD)/kernel.elf

test: setup
	$(Q)$(MAKE) --no-print-directory kernel host
	$(Q)python3 scripts/run_tests.py --build $(BUILD) --qemu $(QEMU) --opensbi $(OPENSBI) \
		--gdb $(GDB)

# Benchmarks in guest instructions (QEMU -icount); table in build/bench/results.md.
bench: setup
	$(Q)$(MAKE) --no-print-directory kernel
	$(Q)python3 scripts/bench.py --build $(BUILD) --qemu $(QEMU) --opensbi $(OPENSBI)

compdb: setup
	$(Q)$(MAKE) --no-print-directory -B -n kernel host V=1 | python3 scripts/compdb.py > compile_commands.json
	@echo "  GEN     compile_commands.json"

clean:
	rm -rf $(BUILD)

help:
	@sed -n '1,8p' Makefile | sed 's/^# \{0,1\}//'

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
