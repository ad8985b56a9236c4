/* SPDX-License-Identifier: GPL-2.0 */
/* Hosted stand-in for the RISC-V time counter: nanoseconds of CLOCK_MONOTONIC. */
#ifndef HOST_ASM_TIMEX_H
#define HOST_ASM_TIMEX_H

#include <rvmm/types.h>
#include <time.h>

/* Nanoseconds since the first call, so host logs start near [    0.000000] as the kernel's. */
static inline u64 get_cycles(void)
{
	static u64 start;
	struct timespec ts;
	u64 now;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	now = (u64)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
	if (!start)
		start = now;
	return now - start;
}

#endif
