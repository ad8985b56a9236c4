// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: exit - ending the machine with a status QEMU passes on
 *
 * QEMU 7.2 exits with status 0 for every SBI SRST request, so a failed test run would look
 * like a success. The sifive,test0 device (/soc/test@100000 on virt) takes a 32-bit write:
 * 0x5555 exits 0, (code << 16) | 0x3333 exits with status code, 0x7777 resets.
 */
#define pr_fmt(fmt) "exit: " fmt

#include <asm/io.h>
#include <fdt/fdt.h>
#include <rvmm/printk.h>
#include <rvmm/reboot.h>
#include <sbi/sbi.h>

#define TEST_PASS 0x5555
#define TEST_FAIL 0x3333
#define TEST_RESET 0x7777

static void __iomem *test_dev;

/** machine_exit_init() - locate the test device in the FDT and map it. */
void machine_exit_init(void)
{
	phys_addr_t base;
	u64 size;

	if (fdt_find_compatible_reg("sifive,test0", &base, &size)) {
		pr_warn("no sifive,test0 device: QEMU's exit status will always be 0\n");
		return;
	}
	test_dev = ioremap(base, 4);
}

static void __noreturn halt(void)
{
	for (;;)
		__asm__ __volatile__("wfi");
}

/** machine_exit() - see <rvmm/reboot.h>. */
void machine_exit(int code)
{
	if (test_dev)
		writel(code ? ((u32)code << 16) | TEST_FAIL : TEST_PASS, test_dev);
	sbi_system_reset(SBI_SRST_TYPE_SHUTDOWN,
			 code ? SBI_SRST_REASON_SYSTEM_FAILURE : SBI_SRST_REASON_NONE);
	halt();
}

/** machine_restart() - see <rvmm/reboot.h>. */
void machine_restart(void)
{
	if (test_dev)
		writel(TEST_RESET, test_dev);
	sbi_system_reset(SBI_SRST_TYPE_COLD_REBOOT, SBI_SRST_REASON_NONE);
	halt();
}
