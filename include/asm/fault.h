/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fault.h - the trap code's "expected fault" hook. A test (or a memory probe) arms it, performs
 * an access that should fault, and checks what was caught:
 *
 *	fault_expect_begin(FAULT_STORE);
 *	*(volatile u32 *)(void *)_stext = 0;		// write to kernel text
 *	KTEST_EXPECT_EQ(t, fault_expect_end(&f), 1);
 *
 * While armed, a fault whose cause is in the mask is recorded instead of being fatal: a faulting
 * load or store is skipped (a load leaves its destination register unchanged), and a faulting
 * instruction fetch returns to ra, as if the called function had returned at once.
 */
#ifndef ASM_FAULT_H
#define ASM_FAULT_H

#include <asm/csr.h>

#define FAULT_MASK(cause) (1UL << (cause))
#define FAULT_LOAD (FAULT_MASK(EXC_LOAD_ACCESS) | FAULT_MASK(EXC_LOAD_PAGE_FAULT))
#define FAULT_STORE (FAULT_MASK(EXC_STORE_ACCESS) | FAULT_MASK(EXC_STORE_PAGE_FAULT))
#define FAULT_EXEC (FAULT_MASK(EXC_INST_ACCESS) | FAULT_MASK(EXC_INST_PAGE_FAULT))
#define FAULT_ANY (FAULT_LOAD | FAULT_STORE | FAULT_EXEC)

/**
 * struct fault_info - one caught fault
 * @cause: scause; @addr: stval (the faulting address); @epc: sepc (the faulting instruction)
 */
struct fault_info {
	unsigned long cause;
	unsigned long addr;
	unsigned long epc;
};

/* fault_expect_begin() - arm the hook for the causes in @cause_mask (FAULT_*). */
void fault_expect_begin(unsigned long cause_mask);

/**
 * fault_expect_end() - disarm the hook.
 * @last: if not NULL, receives the last fault caught.
 * Return: how many faults were caught since fault_expect_begin().
 */
unsigned int fault_expect_end(struct fault_info *last);

/* trap_cause_name() - "load page fault" etc. for scause @cause. */
const char *trap_cause_name(unsigned long cause);

#endif /* ASM_FAULT_H */
