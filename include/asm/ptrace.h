/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ptrace.h - struct pt_regs, the register frame trap/entry.S saves on every trap, and the
 * per-hart data that the trap entry reaches through tp.
 */
#ifndef ASM_PTRACE_H
#define ASM_PTRACE_H

/* Frame layout, shared with trap/entry.S: x1..x31 at 8 * n, then the CSRs. */
#define PT_RA (1 * 8)
#define PT_SP (2 * 8)
#define PT_SEPC (32 * 8)
#define PT_SSTATUS (33 * 8)
#define PT_SCAUSE (34 * 8)
#define PT_STVAL (35 * 8)
#define PT_SIZE (36 * 8)

/* struct cpu_info field offsets used by trap/entry.S and entry/head.S. */
#define CPU_STACK_BASE 0
#define CPU_OVERFLOW_TOP 8

#ifndef __ASSEMBLY__
#include <rvmm/types.h>

/**
 * struct pt_regs - registers at the time of a trap
 * @regs: x0..x31 by number (x0 is always stored as 0; x2 is the interrupted sp)
 * @sepc: where the trap happened (or the next instruction, for ecall after handling)
 * @sstatus, @scause, @stval: the trap CSRs
 */
struct pt_regs {
	unsigned long regs[32];
	unsigned long sepc;
	unsigned long sstatus;
	unsigned long scause;
	unsigned long stval;
};

/**
 * struct cpu_info - per-hart data, pointed to by tp in the kernel
 * @stack_base: lowest byte of this hart's stack (the guard page lies just below)
 * @overflow_top: top of a small stack used to report a stack overflow
 * @hartid: the SBI hart id
 * @cpu: dense index 0..NR_CPUS-1 (smp_processor_id()); the boot hart is 0
 */
struct cpu_info {
	unsigned long stack_base;
	unsigned long overflow_top;
	unsigned long hartid;
	unsigned int cpu;
};

_Static_assert(sizeof(struct pt_regs) == PT_SIZE, "PT_SIZE out of date");
_Static_assert(__builtin_offsetof(struct pt_regs, sepc) == PT_SEPC, "PT_SEPC out of date");
_Static_assert(__builtin_offsetof(struct cpu_info, stack_base) == CPU_STACK_BASE, "offsets");
_Static_assert(__builtin_offsetof(struct cpu_info, overflow_top) == CPU_OVERFLOW_TOP, "offsets");

static inline struct cpu_info *this_cpu(void)
{
	struct cpu_info *c;

	__asm__("mv %0, tp" : "=r"(c));
	return c;
}

#endif /* __ASSEMBLY__ */
#endif /* ASM_PTRACE_H */
