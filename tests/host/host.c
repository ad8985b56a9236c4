// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: host - the hosted test program
 *
 * Provides what the kernel's arch code provides to mm/ and lib/ (console, panic, backtrace) on
 * top of the C library, then runs the registered ktest suites:
 *
 *	build/host/rvmm-hosttest [suite-filter]
 *
 * The output is KTAP v1 on stdout; the exit status is non-zero if any case failed.
 */
#include <asm/page.h>
#include <rvmm/bug.h>
#include <rvmm/ktest.h>
#include <rvmm/printk.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* console_write() - kernel console replaced by stdout (unbuffered so it interleaves). */
void console_write(const char *s, size_t len)
{
	fwrite(s, 1, len, stdout);
}

/* panic() - print like the kernel, then abort so the sanitizer runtime shows the stack. */
void panic(const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vscnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", msg);
	fflush(stdout);
	abort();
}

/* dump_stack() - the sanitizer runtime prints stacks on errors; a warning needs no more. */
void dump_stack(void)
{
}

int main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	int failed;

	setvbuf(stdout, NULL, _IONBF, 0);
	console_loglevel = 8;
	printk_set_timebase(1000000000); /* host get_cycles() counts nanoseconds */
	failed = ktest_run_all(filter);
	return failed ? 1 : 0;
}

/* The hosted "physical memory"; see tests/host/include/asm/page.h. */
unsigned char *host_ram;
phys_addr_t host_ram_base;
u64 host_ram_size;
phys_addr_t kernel_phys_base;

void *host_ram_setup(phys_addr_t base, u64 size)
{
	free(host_ram);
	host_ram = aligned_alloc(PAGE_SIZE, size);
	if (!host_ram)
		panic("host_ram_setup: cannot allocate %llu bytes", (unsigned long long)size);
	host_ram_base = base;
	host_ram_size = size;
	return host_ram;
}

/* smp_processor_id() of this thread (tests/host/include/asm/smp.h). */
__thread unsigned int host_cpu_id;
