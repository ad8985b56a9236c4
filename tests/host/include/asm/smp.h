/* SPDX-License-Identifier: GPL-2.0 */
/* Hosted stand-in for <asm/smp.h>: the test thread's index, 0 unless a test sets it. */
#ifndef HOST_ASM_SMP_H
#define HOST_ASM_SMP_H

#define NR_CPUS 8

extern __thread unsigned int host_cpu_id;

static inline unsigned int smp_processor_id(void)
{
	return host_cpu_id;
}

static inline void cpu_relax(void)
{
}

#endif
