/* SPDX-License-Identifier: GPL-2.0 */
/*
 * early_map.h - the boot page table built by entry/head.S (1 GiB leaves), and the few changes
 * the boot code makes to it before paging_init() replaces it.
 */
#ifndef ASM_EARLY_MAP_H
#define ASM_EARLY_MAP_H

#include <rvmm/types.h>

/* Root page of the boot page table (entry/head.S). */
extern unsigned long early_pg_dir[512];

/* Protections for early_map_gigapage(). */
#define EARLY_MAP_RO 0
#define EARLY_MAP_RW 1

/**
 * early_map_gigapage() - map the 1 GiB page containing @pa at @va (both rounded down).
 * Return: 0, -EEXIST if @va's slot already maps something else.
 */
int early_map_gigapage(unsigned long va, phys_addr_t pa, int prot);

/* early_unmap_gigapage() - remove the 1 GiB leaf at @va and flush it from the TLB. */
void early_unmap_gigapage(unsigned long va);

/*
 * early_map_kernel() - remap the image with 4 KiB pages: text RX, rodata R, data/bss RW, and
 * the boot stack's guard page unmapped.
 */
void early_map_kernel(void);

/* early_drop_identity() - remove head.S's identity leaf once we run at the link address. */
void early_drop_identity(void);

#endif /* ASM_EARLY_MAP_H */
