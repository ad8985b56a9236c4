/* SPDX-License-Identifier: GPL-2.0 */
/*
 * entry.S - the trap vector (stvec). Saves every register into a struct pt_regs, calls
 * do_trap(regs), restores (do_trap may have changed sepc or registers) and returns with sret.
 *
 * in:  tp = this hart's struct cpu_info (set by head.S), sp = the interrupted kernel stack
 * Stack overflow: if the frame would not fit above cpu_info.stack_base (the guard page is just
 * below it), the frame goes on the hart's overflow stack instead, so the fault can be reported
 * rather than recursing into the guard page forever. sscratch is only a temporary here.
 */
#include <asm/ptrace.h>

	.section .text
	.balign 4
	.globl trap_vector
trap_vector:
	csrw	sscratch, t0
	ld	t0, CPU_STACK_BASE(tp)
	addi	t0, t0, PT_SIZE
	bltu	sp, t0, .Loverflow
	mv	t0, sp
	addi	sp, sp, -PT_SIZE
	j	.Lsave
.Loverflow:
	mv	t0, sp
	ld	sp, CPU_OVERFLOW_TOP(tp)
	addi	sp, sp, -PT_SIZE
.Lsave:
	sd	t0, PT_SP(sp)		/* the interrupted sp */
	csrr	t0, sscratch
	sd	zero, 0(sp)
	sd	x1, 1 * 8(sp)
	sd	x3, 3 * 8(sp)
	sd	x4, 4 * 8(sp)
	sd	x5, 5 * 8(sp)
	sd	x6, 6 * 8(sp)
	sd	x7, 7 * 8(sp)
	sd	x8, 8 * 8(sp)
	sd	x9, 9 * 8(sp)
	sd	x10, 10 * 8(sp)
	sd	x11, 11 * 8(sp)
	sd	x12, 12 * 8(sp)
	sd	x13, 13 * 8(sp)
	sd	x14, 14 * 8(sp)
	sd	x15, 15 * 8(sp)
	sd	x16, 16 * 8(sp)
	sd	x17, 17 * 8(sp)
	sd	x18, 18 * 8(sp)
	sd	x19, 19 * 8(sp)
	sd	x20, 20 * 8(sp)
	sd	x21, 21 * 8(sp)
	sd	x22, 22 * 8(sp)
	sd	x23, 23 * 8(sp)
	sd	x24, 24 * 8(sp)
	sd	x25, 25 * 8(sp)
	sd	x26, 26 * 8(sp)
	sd	x27, 27 * 8(sp)
	sd	x28, 28 * 8(sp)
	sd	x29, 29 * 8(sp)
	sd	x30, 30 * 8(sp)
	sd	x31, 31 * 8(sp)
	csrr	t0, sepc
	sd	t0, PT_SEPC(sp)
	csrr	t0, sstatus
	sd	t0, PT_SSTATUS(sp)
	csrr	t0, scause
	sd	t0, PT_SCAUSE(sp)
	csrr	t0, stval
	sd	t0, PT_STVAL(sp)

	mv	a0, sp
	call	do_trap

	ld	t0, PT_SEPC(sp)
	csrw	sepc, t0
	ld	t0, PT_SSTATUS(sp)
	csrw	sstatus, t0
	ld	x1, 1 * 8(sp)
	ld	x3, 3 * 8(sp)
	ld	x4, 4 * 8(sp)
	ld	x5, 5 * 8(sp)
	ld	x6, 6 * 8(sp)
	ld	x7, 7 * 8(sp)
	ld	x8, 8 * 8(sp)
	ld	x9, 9 * 8(sp)
	ld	x10, 10 * 8(sp)
	ld	x11, 11 * 8(sp)
	ld	x12, 12 * 8(sp)
	ld	x13, 13 * 8(sp)
	ld	x14, 14 * 8(sp)
	ld	x15, 15 * 8(sp)
	ld	x16, 16 * 8(sp)
	ld	x17, 17 * 8(sp)
	ld	x18, 18 * 8(sp)
	ld	x19, 19 * 8(sp)
	ld	x20, 20 * 8(sp)
	ld	x21, 21 * 8(sp)
	ld	x22, 22 * 8(sp)
	ld	x23, 23 * 8(sp)
	ld	x24, 24 * 8(sp)
	ld	x25, 25 * 8(sp)
	ld	x26, 26 * 8(sp)
	ld	x27, 27 * 8(sp)
	ld	x28, 28 * 8(sp)
	ld	x29, 29 * 8(sp)
	ld	x30, 30 * 8(sp)
	ld	x31, 31 * 8(sp)
	ld	sp, PT_SP(sp)
	sret
