// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: panic - the last words of the kernel
 *
 * panic() prints its message, the registers and a frame-pointer backtrace with symbol names,
 * then exits QEMU with EXIT_PANIC so a test run sees the failure.
 *
 * Backtraces walk frame records. With -fno-omit-frame-pointer GCC makes fp (s0) point just
 * above each frame, with the return address at fp - 8 and the caller's fp at fp - 16:
 *
 *	high  | ra       |  <- fp - 8
 *	      | old fp   |  <- fp - 16
 *	low   | locals.. |
 *
 * A leaf function saves only the old fp (at fp - 8) and keeps ra in its register; a walk that
 * starts from a trap frame detects that case by checking whether fp - 8 holds a stack address.
 */
#include <asm/memlayout.h>
#include <asm/ptrace.h>
#include <rvmm/bug.h>
#include <rvmm/kallsyms.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>
#include <rvmm/reboot.h>

static const char *const reg_names[32] = {
	"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0",
	"a1",	"a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
	"s6",	"s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

/** show_regs() - print a trap frame, Linux-style (three registers per line). */
void show_regs(const struct pt_regs *regs)
{
	printk(KERN_EMERG "epc : %pS\n ra : %pS\n", (void *)regs->sepc, (void *)regs->regs[1]);
	for (int i = 1; i < 32; i += 3) {
		printk(KERN_EMERG "");
		for (int j = i; j < i + 3 && j < 32; j++)
			pr_cont(" %-4s: %016lx", reg_names[j], regs->regs[j]);
		pr_cont("\n");
	}
	printk(KERN_EMERG "status: %016lx badaddr: %016lx cause: %016lx\n", regs->sstatus,
	       regs->stval, regs->scause);
}

static bool on_stack(unsigned long addr)
{
	struct cpu_info *cpu = this_cpu();
	unsigned long lo = cpu->stack_base, hi = lo + BOOT_STACK_SIZE;

	if (addr >= lo && addr <= hi)
		return true;
	return addr >= cpu->overflow_top - 8192 && addr <= cpu->overflow_top;
}

/* A return address: symbolised at pc - 1 (%pB), as the call may be a function's last insn. */
static void print_frame(unsigned long pc)
{
	printk(KERN_EMERG "[<%016lx>] %pB\n", pc, (void *)pc);
}

/*
 * Walk frame records from @fp, printing each return address. A run of identical return
 * addresses (deep recursion, as in a stack overflow) is printed once with a count.
 */
static void walk_frames(unsigned long fp)
{
	unsigned long last = 0, repeats = 0;

	for (int depth = 0; depth < 512 && on_stack(fp) && IS_ALIGNED(fp, 8); depth++) {
		unsigned long ra = *(unsigned long *)(fp - 8);
		unsigned long next = *(unsigned long *)(fp - 16);

		if (!ra)
			break;
		if (ra == last) {
			repeats++;
		} else {
			if (repeats)
				printk(KERN_EMERG "  ... the frame above repeated %lu more times\n",
				       repeats);
			repeats = 0;
			print_frame(ra);
		}
		last = ra;
		if (next <= fp)
			break; /* the stack grows down: callers' frames are higher */
		fp = next;
	}
	if (repeats)
		printk(KERN_EMERG "  ... the frame above repeated %lu more times\n", repeats);
}

static bool same_function(unsigned long a, unsigned long b)
{
	unsigned long off_a, off_b;
	const char *na = kallsyms_lookup(a, NULL, &off_a), *nb = kallsyms_lookup(b, NULL, &off_b);

	return na && nb && a - off_a == b - off_b;
}

/** show_stack_from() - backtrace starting at the trapping instruction of @regs. */
void show_stack_from(const struct pt_regs *regs)
{
	unsigned long fp = regs->regs[8], maybe_fp;

	printk(KERN_EMERG "Call Trace:\n");
	printk(KERN_EMERG "[<%016lx>] %pS\n", regs->sepc, (void *)regs->sepc);
	if (!on_stack(fp))
		return;
	maybe_fp = *(unsigned long *)(fp - 8);
	if (on_stack(maybe_fp) && maybe_fp > fp) {
		/* A leaf with a frame record: its caller is in ra, the next fp at fp - 8. */
		print_frame(regs->regs[1]);
		walk_frames(maybe_fp);
		return;
	}
	/*
	 * A leaf without a frame record leaves fp pointing at its caller's record, so the caller
	 * itself appears only in ra. (In a non-leaf function ra points back into that function.)
	 */
	if (!same_function(regs->regs[1], regs->sepc) && regs->regs[1] != maybe_fp)
		print_frame(regs->regs[1]);
	walk_frames(fp);
}

/** dump_stack() - print the caller's backtrace. */
void dump_stack(void)
{
	printk(KERN_EMERG "Call Trace:\n");
	walk_frames((unsigned long)__builtin_frame_address(0));
}

static void dump_current_regs(void)
{
	struct pt_regs regs = { 0 };

	__asm__ __volatile__("sd ra, %0\n sd sp, %1\n sd s0, %2\n sd tp, %3"
			     : "=m"(regs.regs[1]), "=m"(regs.regs[2]), "=m"(regs.regs[8]),
			       "=m"(regs.regs[4]));
	regs.sepc = (unsigned long)dump_current_regs;
	__asm__ __volatile__("csrr %0, sstatus" : "=r"(regs.sstatus));
	__asm__ __volatile__("csrr %0, scause" : "=r"(regs.scause));
	__asm__ __volatile__("csrr %0, stval" : "=r"(regs.stval));
	show_regs(&regs);
}

/* Set by die(): the trap frame and its backtrace are already on the console. */
bool oops_in_progress;

/** panic() - see <rvmm/bug.h>. */
void panic(const char *fmt, ...)
{
	static bool in_panic;
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vscnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (in_panic)
		machine_exit(EXIT_PANIC); /* panic while panicking: stop at once */
	in_panic = true;
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", msg);
	if (!oops_in_progress) {
		dump_current_regs();
		dump_stack();
	}
	printk(KERN_EMERG "---[ end Kernel panic - not syncing: %s ]---\n", msg);
	machine_exit(EXIT_PANIC);
}
