// SPDX-License-Identifier: GPL-2.0
/*
 * Baselines the other benchmarks are judged against: the cost of copying and clearing one
 * 4 KiB page with the kernel's memcpy/memset (migration targets ≤ 1.3 × copy, CMA ≤ 2 × copy).
 */
#include <asm/timex.h>
#include <rvmm/bench.h>
#include <rvmm/string.h>

static u8 src[4096] __aligned(4096), dst[4096] __aligned(4096);

static void copy_bench(void)
{
	const int rounds = 256;
	u64 t0, t1, t2;

	memset(src, 0x5a, sizeof(src));
	t0 = get_instret();
	for (int i = 0; i < rounds; i++) {
		memcpy(dst, src, sizeof(dst));
		barrier();
	}
	t1 = get_instret();
	for (int i = 0; i < rounds; i++) {
		memset(dst, 0, sizeof(dst));
		barrier();
	}
	t2 = get_instret();
	bench_report("copy_4k", (t1 - t0) / rounds, "insn", "memcpy of one 4 KiB page");
	bench_report("clear_4k", (t2 - t1) / rounds, "insn", "memset of one 4 KiB page");
}
BENCH(copy, copy_bench);
