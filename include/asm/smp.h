/* SPDX-License-Identifier: GPL-2.0 */
/* smp.h - which hart is running (an arch hook; the hosted build has its own). */
#ifndef ASM_SMP_H
#define ASM_SMP_H

#include <asm/ptrace.h>

/* Harts rvmm supports (QEMU virt allows up to 8 with -smp). */
#define NR_CPUS 8

/* smp_processor_id() - index (0..NR_CPUS-1) of the running hart, from its struct cpu_info. */
static inline unsigned int smp_processor_id(void)
{
	return this_cpu()->cpu;
}

static inline void cpu_relax(void)
{
	__asm__ __volatile__("nop" ::: "memory");
}

#endif /* ASM_SMP_H */
