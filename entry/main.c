// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: main - the boot sequence, one call per stage of docs/boot.md (../shared/DESIGN.md)
 *
 * entry/head.S has cleared BSS, set up the boot stack and the early page table (image + FDT
 * window) and jumped here at the link address. kmain() runs the stages in order; each stage's
 * output is the next one's input. The last stage is either the in-kernel tests (bootarg
 * "ktest") or the serial monitor.
 */
#include <asm/early_map.h>
#include <asm/memlayout.h>
#include <asm/page.h>
#include <asm/probe.h>
#include <asm/ptrace.h>
#include <fdt/fdt.h>
#include <rvmm/bench.h>
#include <rvmm/bug.h>
#include <rvmm/errno.h>
#include <rvmm/init.h>
#include <rvmm/kernel.h>
#include <rvmm/ktest.h>
#include <rvmm/monitor.h>
#include <rvmm/printk.h>
#include <rvmm/reboot.h>
#include <rvmm/string.h>
#include <rvmm/version.h>
#include <sbi/sbi.h>

const char rvmm_banner[] = "rvmm version " RVMM_VERSION " (riscv64-unknown-elf-gcc " __VERSION__
			   ") " __DATE__ " " __TIME__;

/* The boot hart's per-CPU data; tp points here (head.S fills the stack fields). */
struct cpu_info boot_cpu;

/* "ktest" or "ktest=<suites>": run the in-kernel tests instead of the monitor, then exit. */
static bool ktest_requested;
static char ktest_filter[128];

static int __init ktest_setup(const char *val)
{
	ktest_requested = true;
	if (val && strlcpy(ktest_filter, val, sizeof(ktest_filter)) >= sizeof(ktest_filter))
		return -E2BIG;
	return 0;
}
early_param("ktest", ktest_setup);

/*
 * Stage 1b: accept the FDT. The early page table maps the FDT's gigapage and the next one at
 * their linear-map address; a blob whose totalsize runs past RAM is caught by probing its
 * last byte before libfdt reads anything.
 */
static void __init setup_fdt(phys_addr_t fdt_pa)
{
	void *fdt = fdt_pa ? __va(fdt_pa) : NULL;
	size_t window = fdt_pa ? ALIGN_DOWN(fdt_pa, PUD_SIZE) + 2 * PUD_SIZE - fdt_pa : 0;
	const char *reason;
	int err;

	if (fdt_pa && (fdt_pa >= LINEAR_MAP_PA_END - PUD_SIZE || arch_probe_ram(fdt_pa) ||
		       !IS_ALIGNED(fdt_pa, 8)))
		panic("no valid FDT at %#llx: address not readable or misaligned",
		      (unsigned long long)fdt_pa);
	if (fdt && *(u32 *)fdt == 0xedfe0dd0 /* FDT_MAGIC, big-endian */) {
		u32 total = __builtin_bswap32(((u32 *)fdt)[1]);

		if (total < 8 || total > window || arch_probe_ram(ALIGN_DOWN(fdt_pa + total - 1, 8)))
			panic("no valid FDT at %#llx: totalsize %#x runs past readable memory",
			      (unsigned long long)fdt_pa, total);
	}
	err = early_init_dt_verify(fdt, fdt_pa, window, &reason);
	if (err)
		panic("no valid FDT at %#llx: %s", (unsigned long long)fdt_pa, reason);
	printk_set_timebase(fdt_timebase_frequency());
}

/* "bench" or "bench=<names>": run the benchmarks (under QEMU -icount), then exit. */
static bool bench_requested;
static char bench_filter[128];

static int __init bench_setup(const char *val)
{
	bench_requested = true;
	if (val && strlcpy(bench_filter, val, sizeof(bench_filter)) >= sizeof(bench_filter))
		return -E2BIG;
	return 0;
}
early_param("bench", bench_setup);

static void __init run_ktests(void)
{
	int failed = ktest_run_all(ktest_filter);

	pr_info("ktest: %s\n", failed ? "FAILED" : "all passed");
	machine_exit(failed ? EXIT_TEST_FAILURE : EXIT_SUCCESS_CODE);
}

/**
 * kmain() - C entry point of the boot hart.
 * @hartid: the boot hart's id (a0 from OpenSBI)
 * @fdt_pa: physical address of the flattened device tree (a1 from OpenSBI)
 * Context: early page table, interrupts off, boot stack. Does not return.
 */
void __init kmain(unsigned long hartid, phys_addr_t fdt_pa)
{
	const char *cmdline;

	boot_cpu.hartid = hartid;
	early_drop_identity(); /* running at the link address now */
	early_map_kernel();    /* W^X and the stack guard from here on */

	printk(KERN_NOTICE "%s\n", rvmm_banner);
	setup_fdt(fdt_pa);
	machine_exit_init();
	cmdline = fdt_bootargs();
	pr_notice("Kernel command line: %s\n", cmdline);
	parse_early_params(cmdline);
	pr_info("Booting hart %lu, FDT at %#llx, kernel at %#llx\n", hartid,
		(unsigned long long)fdt_pa, (unsigned long long)kernel_phys_base);
	sbi_init();

	if (ktest_requested)
		run_ktests();
	if (bench_requested) {
		pr_info("bench: %d benchmarks run\n", bench_run_all(bench_filter));
		machine_exit(EXIT_SUCCESS_CODE);
	}
	monitor_loop();
}
