/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memlayout.h - rvmm's virtual and physical memory map (RISC-V Sv39). The one layout header.
 *
 * Sv39 translates 39-bit virtual addresses; bits 63..39 must equal bit 38, so the usable space
 * is two 256 GiB halves:
 *
 *   0x0000000000000000 +------------------------------+
 *                      | user half (256 GiB)          |  vmspace address spaces
 *   0x0000004000000000 +------------------------------+
 *                      | (non-canonical hole)         |
 *   0xffffffc000000000 +------------------------------+ PAGE_OFFSET
 *                      | linear map of physical RAM   |  VA = PAGE_OFFSET + PA, so 1 GiB-aligned
 *                      | (128 GiB: PA 0 .. 128 GiB)   |  PAs get 1 GiB-aligned VAs (huge leaves)
 *   0xffffffe000000000 +------------------------------+ IOREMAP_START
 *                      | ioremap window (MMIO, 4 GiB) |
 *   0xffffffe100000000 +------------------------------+
 *                      | (unused)                     |
 *   0xffffffff80000000 +------------------------------+ KERNEL_VIRT_BASE
 *                      | kernel image (top 2 GiB)     |  linked at KERNEL_LINK_ADDR, loaded by
 *                      | text RX, rodata R, data RW   |  fw_jump at KERNEL_LOAD_PA
 *   0xffffffffffffffff +------------------------------+
 *
 * Physical map of QEMU virt under OpenSBI fw_jump (RAM size always comes from the device tree):
 *
 *   0x80000000  OpenSBI (512 KiB, PMP-protected: any S-mode access faults)
 *   0x80200000  kernel image (text, rodata, data, bss)       KERNEL_LOAD_PA
 *   0x82200000  FDT placed by fw_jump                          the image must end below it
 */
#ifndef ASM_MEMLAYOUT_H
#define ASM_MEMLAYOUT_H

/* Constants usable from C and assembly: _UL(x) adds the UL suffix only in C. */
#ifdef __ASSEMBLY__
#define _UL(x) x
#else
#define _UL(x) x##UL
#endif

#define PAGE_SHIFT 12
#define PAGE_SIZE (_UL(1) << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

/* Leaf sizes of Sv39: a PTE at level 2 maps 1 GiB, at level 1 2 MiB, at level 0 4 KiB. */
#define PMD_SHIFT 21
#define PMD_SIZE (_UL(1) << PMD_SHIFT)
#define PUD_SHIFT 30
#define PUD_SIZE (_UL(1) << PUD_SHIFT)

/* Lowest kernel-half address; everything below 2^38 is the user half. */
#define KERNEL_SPACE_START _UL(0xffffffc000000000)
#define USER_SPACE_END _UL(0x0000004000000000)

/* Linear map: VA = PAGE_OFFSET + PA for every RAM page the device tree lists. */
#define PAGE_OFFSET _UL(0xffffffc000000000)
#define LINEAR_MAP_SIZE (_UL(128) << 30)
/* One past the highest physical address the linear map can reach. */
#define LINEAR_MAP_PA_END LINEAR_MAP_SIZE

/* MMIO mappings made by ioremap(). */
#define IOREMAP_START (PAGE_OFFSET + LINEAR_MAP_SIZE)
#define IOREMAP_SIZE (_UL(4) << 30)

/* The kernel image lives in the top 2 GiB (so -mcmodel=medany reaches all of it). */
#define KERNEL_VIRT_BASE _UL(0xffffffff80000000)
/* fw_jump's load address; the link address keeps the same offset inside its gigapage. */
#define KERNEL_LOAD_PA _UL(0x80200000)
#define KERNEL_LINK_ADDR (KERNEL_VIRT_BASE + (KERNEL_LOAD_PA & (PUD_SIZE - 1)))
/* Where OpenSBI 1.1 fw_jump puts the FDT on QEMU virt: the image (with BSS) must end below. */
#define FW_JUMP_FDT_PA _UL(0x82200000)

/* Boot stack of each hart, with an unmapped guard page below it. */
#define BOOT_STACK_SIZE (16 * 1024)

#ifndef __ASSEMBLY__
_Static_assert(PAGE_OFFSET >= KERNEL_SPACE_START, "linear map must be in the kernel half");
_Static_assert(IOREMAP_START + IOREMAP_SIZE <= KERNEL_VIRT_BASE, "ioremap overlaps the image");
_Static_assert((PAGE_OFFSET & (PUD_SIZE - 1)) == 0, "linear map must be gigapage aligned");
_Static_assert((KERNEL_LINK_ADDR & (PUD_SIZE - 1)) == (KERNEL_LOAD_PA & (PUD_SIZE - 1)),
	       "the kernel's gigapage mapping needs equal offsets in VA and PA");
#endif

#endif /* ASM_MEMLAYOUT_H */
