// SPDX-License-Identifier: GPL-2.0
/*
 * In-kernel tests of the trap code and the boot mappings: the expected-fault hook, W^X of the
 * image, the stack guard page, RAM probing and symbol lookup.
 */
#include <asm/fault.h>
#include <asm/memlayout.h>
#include <asm/page.h>
#include <asm/probe.h>
#include <rvmm/errno.h>
#include <rvmm/kallsyms.h>
#include <rvmm/ktest.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

/* Declared as u64 so the accesses below are single aligned 8-byte loads and stores. */
extern u64 _stext[], boot_stack_guard[];
extern char _srodata[];
void kmain(unsigned long hartid, phys_addr_t fdt_pa);

static void fault_hook_load_check(struct ktest *t)
{
	struct fault_info f;
	volatile u64 *p = (volatile u64 *)0x1000; /* user half: never mapped in the kernel */

	/* Expect one load page fault at 0x1000, skipped, and the hook disarmed afterwards. */
	fault_expect_begin(FAULT_LOAD);
	(void)*p;
	KTEST_EXPECT_EQ(t, fault_expect_end(&f), 1);
	KTEST_EXPECT_EQ(t, f.cause, EXC_LOAD_PAGE_FAULT);
	KTEST_EXPECT_EQ(t, f.addr, 0x1000);
}

static void wx_text_not_writable_check(struct ktest *t)
{
	struct fault_info f;
	volatile u64 *text = _stext;
	u64 before = *text;

	/* Expect a store page fault at _stext and the instruction there unchanged. */
	fault_expect_begin(FAULT_STORE);
	*text = 0;
	KTEST_EXPECT_EQ(t, fault_expect_end(&f), 1);
	KTEST_EXPECT_EQ(t, f.cause, EXC_STORE_PAGE_FAULT);
	KTEST_EXPECT_EQ(t, f.addr, (unsigned long)_stext);
	KTEST_EXPECT_EQ(t, *text, before);
}

static void wx_rodata_not_writable_check(struct ktest *t)
{
	struct fault_info f;

	fault_expect_begin(FAULT_STORE);
	*(volatile char *)_srodata = 1;
	KTEST_EXPECT_EQ(t, fault_expect_end(&f), 1);
	KTEST_EXPECT_EQ(t, f.addr, (unsigned long)_srodata);
}

/* "ret" (c.jr ra) twice: what a jump into this data buffer would execute if data were X. */
static u16 data_code[4] __aligned(8) = { 0x8082, 0x8082 };

static void wx_data_not_executable_check(struct ktest *t)
{
	struct fault_info f;
	void (*fn)(void) = (void (*)(void))(void *)data_code;

	/* Expect an instruction page fault at the buffer; the hook returns to us via ra. */
	fault_expect_begin(FAULT_EXEC);
	fn();
	KTEST_EXPECT_EQ(t, fault_expect_end(&f), 1);
	KTEST_EXPECT_EQ(t, f.cause, EXC_INST_PAGE_FAULT);
	KTEST_EXPECT_EQ(t, f.epc, (unsigned long)data_code);
}

static void stack_guard_unmapped_check(struct ktest *t)
{
	struct fault_info f;

	/* Expect the page below the boot stack to fault on access. */
	fault_expect_begin(FAULT_LOAD);
	(void)*(volatile u64 *)(boot_stack_guard + 8);
	KTEST_EXPECT_EQ(t, fault_expect_end(&f), 1);
	KTEST_EXPECT_EQ(t, f.addr, (unsigned long)(boot_stack_guard + 8));
}

static void probe_ram_check(struct ktest *t)
{
	/* Expect the kernel's own RAM readable, OpenSBI's PMP-protected region and a hole not. */
	KTEST_EXPECT_EQ(t, arch_probe_ram(kernel_phys_base), 0);
	KTEST_EXPECT_EQ(t, arch_probe_ram(0x80000000), -EFAULT);
	KTEST_EXPECT_EQ(t, arch_probe_ram(64ULL << 30), -EFAULT);
	KTEST_EXPECT_EQ(t, arch_probe_ram(LINEAR_MAP_PA_END), -EFAULT);
}

static void kallsyms_check(struct ktest *t)
{
	unsigned long size, off;
	const char *name = kallsyms_lookup((unsigned long)kmain + 4, &size, &off);
	char buf[96];

	/* Expect kmain found with offset 4, and %pS printing symbol+offset/size. */
	KTEST_ASSERT_TRUE(t, name != NULL);
	KTEST_EXPECT_STREQ(t, name, "kmain");
	KTEST_EXPECT_EQ(t, off, 4);
	KTEST_EXPECT_EQ(t, kallsyms_lookup_name("kmain"), (unsigned long)kmain);
	snprintf(buf, sizeof(buf), "%pS", (void *)((unsigned long)kmain + 4));
	KTEST_EXPECT_TRUE(t, !strncmp(buf, "kmain+0x4/0x", 12));
}

static struct ktest_case trap_cases[] = {
	KTEST_CASE(fault_hook_load_check),
	KTEST_CASE(wx_text_not_writable_check),
	KTEST_CASE(wx_rodata_not_writable_check),
	KTEST_CASE(wx_data_not_executable_check),
	KTEST_CASE(stack_guard_unmapped_check),
	KTEST_CASE(probe_ram_check),
	KTEST_CASE(kallsyms_check),
	{}
};
KTEST_SUITE(trap, trap_cases);
