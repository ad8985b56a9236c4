/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench.h - in-kernel benchmarks, counted in guest instructions.
 *
 * Under QEMU with -icount shift=0,sleep=off, rdinstret counts guest instructions exactly and
 * repeatably, so a benchmark's figure does not depend on the host. `make bench` boots with the
 * bootarg "bench" (or "bench=name,..."), and each benchmark prints one line per figure:
 *
 *	BENCH <name> <value> <unit> [# comment]
 *
 * which scripts/bench.py gathers into build/bench/results.md.
 */
#ifndef RVMM_BENCH_H
#define RVMM_BENCH_H

#include <rvmm/compiler.h>
#include <rvmm/types.h>

struct bench {
	const char *name;
	void (*run)(void);
};

#define BENCH(bname, fn)                                                                           \
	static const struct bench __bench_##bname = { .name = #bname, .run = fn };                 \
	static const struct bench *__bench_ptr_##bname __used __section("bench_cases") =           \
		&__bench_##bname

/* bench_report() - print one figure in the BENCH line format. */
void bench_report(const char *name, u64 value, const char *unit, const char *comment);

/**
 * bench_run_all() - run the benchmarks selected by @filter (NULL/"" = all; "a,b" by name).
 * Return: the number run.
 */
int bench_run_all(const char *filter);

#endif /* RVMM_BENCH_H */
