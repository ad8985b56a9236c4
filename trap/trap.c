// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: trap - what happens when the hart traps into the kernel
 *
 * trap/entry.S saves the registers and calls do_trap(). rvmm runs with interrupts off and has
 * no user mode yet, so every trap is an exception in kernel code. In order:
 *  1. a fault the expected-fault hook is armed for is recorded and skipped (tests, probes);
 *  2. a fault with sp below the stack base is a kernel stack overflow into the guard page;
 *  3. a page fault is reported Linux-style ("Unable to handle kernel paging request") with the
 *     page-table walk of the address;
 *  4. anything else is named by its cause.
 * Cases 2-4 end in panic(), which prints the registers and a backtrace.
 */
#define pr_fmt(fmt) fmt

#include <asm/csr.h>
#include <asm/fault.h>
#include <asm/memlayout.h>
#include <asm/page.h>
#include <asm/ptrace.h>
#include <rvmm/bug.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>

/*
 * show_pte() - print the Sv39 walk of @addr in the active page table (satp), level by level,
 * stopping at a leaf or an invalid entry: the first thing to read after a page fault.
 */
static void show_pte(unsigned long addr)
{
	unsigned long table_pa = (csr_read(satp) & SATP_PPN_MASK) << PAGE_SHIFT;

	pr_emerg("page table walk of %016lx (satp root %#lx):\n", addr, table_pa);
	for (int level = 2; level >= 0; level--) {
		unsigned int idx = (addr >> (PAGE_SHIFT + 9 * level)) & 511;
		unsigned long pte = ((unsigned long *)__va(table_pa))[idx];

		pr_emerg("  L%d[%3u] = %016lx%s\n", level, idx, pte,
			 !(pte & 1) ? " (invalid)" : (pte & 0xe) ? " (leaf)" : "");
		if (!(pte & 1) || (pte & 0xe))
			return;
		table_pa = (pte >> 10) << PAGE_SHIFT;
	}
}

void show_regs(const struct pt_regs *regs);
void show_stack_from(const struct pt_regs *regs);
extern bool oops_in_progress;

static struct {
	unsigned long mask;
	unsigned int count;
	struct fault_info last;
} expect;

/** fault_expect_begin() - see <asm/fault.h>. */
void fault_expect_begin(unsigned long cause_mask)
{
	expect.count = 0;
	WRITE_ONCE(expect.mask, cause_mask);
}

/** fault_expect_end() - see <asm/fault.h>. */
unsigned int fault_expect_end(struct fault_info *last)
{
	WRITE_ONCE(expect.mask, 0);
	if (last)
		*last = expect.last;
	return expect.count;
}

/** trap_cause_name() - human-readable name of exception cause @cause. */
const char *trap_cause_name(unsigned long cause)
{
	static const char *const names[] = {
		[EXC_INST_MISALIGNED] = "instruction address misaligned",
		[EXC_INST_ACCESS] = "instruction access fault",
		[EXC_INST_ILLEGAL] = "illegal instruction",
		[EXC_BREAKPOINT] = "breakpoint",
		[EXC_LOAD_MISALIGNED] = "load address misaligned",
		[EXC_LOAD_ACCESS] = "load access fault",
		[EXC_STORE_MISALIGNED] = "store/AMO address misaligned",
		[EXC_STORE_ACCESS] = "store/AMO access fault",
		[EXC_ECALL_U] = "environment call from U-mode",
		[EXC_ECALL_S] = "environment call from S-mode",
		[EXC_INST_PAGE_FAULT] = "instruction page fault",
		[EXC_LOAD_PAGE_FAULT] = "load page fault",
		[EXC_STORE_PAGE_FAULT] = "store/AMO page fault",
	};

	if (cause & CAUSE_IRQ_FLAG)
		return "interrupt";
	if (cause < ARRAY_SIZE(names) && names[cause])
		return names[cause];
	return "reserved exception";
}

/* Length of the instruction at @epc: 2 for compressed, 4 otherwise. */
static unsigned long insn_length(unsigned long epc)
{
	return (*(const u16 *)epc & 3) == 3 ? 4 : 2;
}

static bool handle_expected_fault(struct pt_regs *regs)
{
	unsigned long cause = regs->scause;

	if (cause >= 64 || !(READ_ONCE(expect.mask) & FAULT_MASK(cause)))
		return false;
	expect.count++;
	expect.last = (struct fault_info){ cause, regs->stval, regs->sepc };
	if (FAULT_EXEC & FAULT_MASK(cause))
		regs->sepc = regs->regs[1]; /* fetch fault: back to the caller (ra) */
	else
		regs->sepc += insn_length(regs->sepc);
	return true;
}

static bool is_page_fault(unsigned long cause)
{
	return cause == EXC_INST_PAGE_FAULT || cause == EXC_LOAD_PAGE_FAULT ||
	       cause == EXC_STORE_PAGE_FAULT;
}

static void __noreturn die(struct pt_regs *regs, const char *what)
{
	show_regs(regs);
	show_stack_from(regs);
	oops_in_progress = true;
	panic("%s", what);
}

/**
 * do_trap() - C entry for every trap (called by trap/entry.S with the saved frame).
 * @regs: the frame; changes to it (sepc) take effect on return.
 * Context: interrupts off, on the trapping hart's stack (or its overflow stack).
 */
void do_trap(struct pt_regs *regs)
{
	unsigned long cause = regs->scause, sp = regs->regs[2];
	struct cpu_info *cpu = this_cpu();

	if (handle_expected_fault(regs))
		return;

	if (sp < cpu->stack_base + PT_SIZE && sp >= cpu->stack_base - PAGE_SIZE - PT_SIZE) {
		pr_emerg("Kernel stack overflow: sp %#lx is below the stack [%#lx-%#lx) "
			 "(guard page %#lx-%#lx), %s at %#lx\n",
			 sp, cpu->stack_base, cpu->stack_base + BOOT_STACK_SIZE,
			 cpu->stack_base - PAGE_SIZE, cpu->stack_base, trap_cause_name(cause),
			 regs->stval);
		die(regs, "kernel stack overflow");
	}

	if (cause & CAUSE_IRQ_FLAG) {
		pr_emerg("Unexpected interrupt %lu at %pS\n", cause & ~CAUSE_IRQ_FLAG,
			 (void *)regs->sepc);
		die(regs, "unexpected interrupt");
	}

	if (is_page_fault(cause)) {
		pr_emerg("Unable to handle kernel paging request at virtual address %016lx\n",
			 regs->stval);
		pr_emerg("Oops - %s [#1] at %pS\n", trap_cause_name(cause), (void *)regs->sepc);
		show_pte(regs->stval);
		die(regs, "unable to handle kernel paging request");
	}

	pr_emerg("Oops - %s [#1] at %pS, stval %#lx\n", trap_cause_name(cause),
		 (void *)regs->sepc, regs->stval);
	die(regs, trap_cause_name(cause));
}
