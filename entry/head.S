/* SPDX-License-Identifier: GPL-2.0 */
/*
 * head.S - the first instructions of rvmm.
 *
 * Contract with OpenSBI fw_jump (QEMU virt):
 *   in:  a0 = id of the boot hart, a1 = physical address of the FDT (0x82200000)
 *        S-mode, MMU off (satp = 0), interrupts off, other harts stopped (SBI HSM)
 *        the image is at its load address, KERNEL_LOAD_PA = 0x80200000
 *   out: kmain(hartid, fdt_pa) runs at the link address (top 2 GiB) on the boot stack, with
 *        BSS cleared, tp -> boot_cpu, stvec -> trap_vector and the early page table on.
 *
 * The early page table holds three kinds of 1 GiB leaves in one root page:
 *   identity  PA -> PA of the image's gigapage, RWX: the code that turns satp on keeps running
 *   kernel    KERNEL_VIRT_BASE -> the same gigapage, RWX: the image at its link address
 *   FDT       PAGE_OFFSET + PA -> the FDT's gigapage and the next one, R: the FDT is read
 *             through the linear-map address it will keep once paging_init() maps all RAM
 * paging_init() replaces these with the final table (W^X, 4 KiB granularity where needed).
 */
#include <asm/csr.h>
#include <asm/memlayout.h>
#include <asm/ptrace.h>

/* PTE bits for a 1 GiB leaf: V R W X G A D. */
#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define GIGA_RWX (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
#define GIGA_RO (PTE_V | PTE_R | PTE_A | PTE_G)

	.section .head.text, "ax"
	.globl _start
_start:
	csrw	sie, zero
	csrw	stvec, zero
	mv	s0, a0			/* s0 = hart id, kept until kmain */
	mv	s1, a1			/* s1 = FDT pa */

	/* The kernel gigapage maps KERNEL_VIRT_BASE to our gigapage: offsets must agree. */
	lla	s2, _start		/* s2 = PA of the image (MMU off, PC-relative) */
	li	t0, PUD_SIZE - 1
	and	t1, s2, t0
	li	t2, KERNEL_LINK_ADDR & (PUD_SIZE - 1)
	bne	t1, t2, .Lbad_load

	/* Clear BSS (PC-relative addresses are physical for now). */
	lla	t0, __bss_start
	lla	t1, __bss_stop
1:	bgeu	t0, t1, 2f
	sd	zero, 0(t0)
	addi	t0, t0, 8
	j	1b
2:
	lla	t0, kernel_phys_base
	sd	s2, 0(t0)

	/* Early page table. t3 = root (PA); t4 = PPN field of our gigapage. */
	lla	t3, early_pg_dir
	srli	t4, s2, 30
	slli	t4, t4, 28
	/* identity entry: index VPN[2](PA) */
	srli	t0, s2, 30
	andi	t0, t0, 511
	slli	t0, t0, 3
	add	t0, t0, t3
	ori	t1, t4, GIGA_RWX
	sd	t1, 0(t0)
	/* kernel entry: index VPN[2](KERNEL_VIRT_BASE) = 510 */
	ori	t1, t4, GIGA_RWX | PTE_G
	li	t0, ((KERNEL_VIRT_BASE >> 30) & 511) * 8
	add	t0, t0, t3
	sd	t1, 0(t0)
	/* FDT entries, if the pointer is inside what the linear map can reach. */
	beqz	s1, 3f
	li	t0, LINEAR_MAP_PA_END - PUD_SIZE
	bgeu	s1, t0, 3f
	li	t5, PAGE_OFFSET
	add	t5, t5, s1
	srli	t5, t5, 30
	andi	t5, t5, 511
	slli	t5, t5, 3
	add	t5, t5, t3		/* t5 = &root[VPN[2](PAGE_OFFSET + fdt)] */
	srli	t1, s1, 30
	slli	t1, t1, 28
	ori	t1, t1, GIGA_RO
	sd	t1, 0(t5)
	li	t2, 1 << 28		/* next gigapage: PPN + 2^18 */
	add	t1, t1, t2
	sd	t1, 8(t5)
3:
	/* satp on: Sv39, root PPN. Still executing at the identity address. */
	srli	t0, t3, 12
	li	t1, SATP_MODE_SV39
	or	t0, t0, t1
	sfence.vma
	csrw	satp, t0
	sfence.vma

	/* Jump to the link address (an absolute address, hence the literal). */
	ld	t0, .Lhigh_addr
	jr	t0

.Lbad_load:
	/* Report through the SBI legacy console (works with the MMU off), then shut down. */
	lla	s3, .Lbad_load_msg
4:	lbu	a0, 0(s3)
	beqz	a0, 5f
	li	a7, 1			/* legacy console putchar */
	ecall
	addi	s3, s3, 1
	j	4b
5:	li	a7, 8			/* legacy shutdown */
	ecall
6:	wfi
	j	6b

	.balign 8
.Lhigh_addr:
	.dword	.Lhigh

	.section .rodata
.Lbad_load_msg:
	.asciz	"rvmm: loaded at a physical address whose offset in its 1 GiB page differs from the link address; expected 0x80200000\n"

	.section .head.text, "ax"
	.type	start_kernel_high, @function
start_kernel_high:
.Lhigh:
	/* Now at the link address: PC-relative addresses are virtual from here on. */
	lla	sp, boot_stack_top
	lla	tp, boot_cpu
	lla	t0, boot_stack
	sd	t0, CPU_STACK_BASE(tp)
	lla	t0, overflow_stack_top
	sd	t0, CPU_OVERFLOW_TOP(tp)
	lla	t0, trap_vector
	csrw	stvec, t0
	mv	fp, zero		/* terminates frame-pointer backtraces */
	mv	ra, zero
	mv	a0, s0
	mv	a1, s1
	call	kmain
7:	wfi				/* kmain does not return */
	j	7b
	.size	start_kernel_high, . - start_kernel_high

	.section .bss
	.balign PAGE_SIZE
	.globl early_pg_dir
early_pg_dir:
	.skip	PAGE_SIZE
