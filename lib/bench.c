// SPDX-License-Identifier: GPL-2.0
/* DOC: bench - run the registered benchmarks and print their figures (see <rvmm/bench.h>). */
#include <rvmm/bench.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

extern const struct bench *__start_bench_cases[];
extern const struct bench *__stop_bench_cases[];

/** bench_report() - see <rvmm/bench.h>. */
void bench_report(const char *name, u64 value, const char *unit, const char *comment)
{
	printk(KERN_ERR "BENCH %s %llu %s%s%s\n", name, (unsigned long long)value, unit,
	       comment ? " # " : "", comment ? comment : "");
}

static bool selected(const char *name, const char *filter)
{
	size_t n = strlen(name);

	if (!filter || !*filter)
		return true;
	for (const char *p = filter; (p = strstr(p, name)); p += n)
		if ((p == filter || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
			return true;
	return false;
}

/** bench_run_all() - see <rvmm/bench.h>. */
int bench_run_all(const char *filter)
{
	int n = 0;

	for (const struct bench **b = __start_bench_cases; b < __stop_bench_cases; b++) {
		if (!selected((*b)->name, filter))
			continue;
		printk(KERN_INFO "bench: running %s\n", (*b)->name);
		(*b)->run();
		n++;
	}
	return n;
}
