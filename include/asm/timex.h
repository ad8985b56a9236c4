/* SPDX-License-Identifier: GPL-2.0 */
/* timex.h - the time counter (rdtime) and retired-instruction counter (rdinstret). */
#ifndef ASM_TIMEX_H
#define ASM_TIMEX_H

#include <rvmm/types.h>

/* Ticks of the platform timer; /cpus/timebase-frequency per second (10 MHz on QEMU virt). */
static inline u64 get_cycles(void)
{
	u64 t;

	__asm__ __volatile__("rdtime %0" : "=r"(t));
	return t;
}

/* Retired instructions; deterministic under QEMU -icount shift=0 (used by benchmarks). */
static inline u64 get_instret(void)
{
	u64 n;

	__asm__ __volatile__("rdinstret %0" : "=r"(n));
	return n;
}

#endif /* ASM_TIMEX_H */
