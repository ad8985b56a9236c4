/* SPDX-License-Identifier: GPL-2.0 */
/*
 * csr.h - RISC-V supervisor CSRs: numbers, bits, and the accessors every other file uses
 * instead of inline assembly (csr_read(satp), csr_write(stvec, x), ...).
 */
#ifndef ASM_CSR_H
#define ASM_CSR_H

#include <asm/memlayout.h> /* _UL() */

/* sstatus */
#define SR_SIE (_UL(1) << 1)   /* supervisor interrupts enabled */
#define SR_SPIE (_UL(1) << 5)  /* SIE before the trap */
#define SR_SPP (_UL(1) << 8)   /* previous privilege was S */
#define SR_SUM (_UL(1) << 18)  /* S-mode may access U pages */
#define SR_MXR (_UL(1) << 19)  /* loads from X-only pages allowed */

/* satp: MODE[63:60] | ASID[59:44] | PPN[43:0] */
#define SATP_MODE_SV39 (_UL(8) << 60)
#define SATP_ASID_SHIFT 44
#define SATP_PPN_MASK ((_UL(1) << 44) - 1)

/* scause: the top bit marks interrupts. */
#define CAUSE_IRQ_FLAG (_UL(1) << 63)
#define EXC_INST_MISALIGNED 0
#define EXC_INST_ACCESS 1
#define EXC_INST_ILLEGAL 2
#define EXC_BREAKPOINT 3
#define EXC_LOAD_MISALIGNED 4
#define EXC_LOAD_ACCESS 5
#define EXC_STORE_MISALIGNED 6
#define EXC_STORE_ACCESS 7
#define EXC_ECALL_U 8
#define EXC_ECALL_S 9
#define EXC_INST_PAGE_FAULT 12
#define EXC_LOAD_PAGE_FAULT 13
#define EXC_STORE_PAGE_FAULT 15

#ifndef __ASSEMBLY__

#define csr_read(csr)                                                                              \
	({                                                                                         \
		unsigned long __v;                                                                 \
		__asm__ __volatile__("csrr %0, " #csr : "=r"(__v) : : "memory");                   \
		__v;                                                                               \
	})

#define csr_write(csr, val)                                                                        \
	({                                                                                         \
		unsigned long __v = (unsigned long)(val);                                          \
		__asm__ __volatile__("csrw " #csr ", %0" : : "rK"(__v) : "memory");                \
	})

#define csr_set(csr, val)                                                                          \
	({                                                                                         \
		unsigned long __v = (unsigned long)(val);                                          \
		__asm__ __volatile__("csrs " #csr ", %0" : : "rK"(__v) : "memory");                \
	})

#define csr_clear(csr, val)                                                                        \
	({                                                                                         \
		unsigned long __v = (unsigned long)(val);                                          \
		__asm__ __volatile__("csrc " #csr ", %0" : : "rK"(__v) : "memory");                \
	})

#endif /* __ASSEMBLY__ */
#endif /* ASM_CSR_H */
