/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fdt - rvmm's view of the flattened device tree passed by the firmware. fdt/ is the only
 * user of libfdt; everything else asks through these helpers.
 */
#ifndef FDT_FDT_H
#define FDT_FDT_H

#include <rvmm/types.h>

/* The verified FDT (a linear-map pointer in the kernel) and its physical address. */
extern void *initial_boot_params;
extern phys_addr_t initial_boot_params_pa;

/**
 * early_init_dt_verify() - check the blob at @fdt and make it the boot FDT.
 * @fdt: mapped blob; @pa: its physical address (for messages); @bufsize: bytes readable at @fdt.
 *
 * The header is checked first (magic, version, totalsize <= @bufsize), then the whole
 * structure with fdt_check_full(); nothing else is read from an unchecked blob.
 * Return: 0, or a negative libfdt error (-FDT_ERR_*) with @reason set to a message.
 */
int early_init_dt_verify(void *fdt, phys_addr_t pa, size_t bufsize, const char **reason);

/* fdt_bootargs() - /chosen/bootargs, or "" when absent. */
const char *fdt_bootargs(void);

/* fdt_timebase_frequency() - /cpus/timebase-frequency in Hz, or 0 if absent/invalid. */
u64 fdt_timebase_frequency(void);

/**
 * fdt_find_compatible_reg() - first reg tuple of the first enabled node compatible with @compat.
 * @base, @size: receive the tuple, translated with the parent's #address-cells/#size-cells.
 * Return: 0, or -ENOENT if no such node, -EINVAL if its reg is malformed.
 */
int fdt_find_compatible_reg(const char *compat, phys_addr_t *base, u64 *size);

/**
 * fdt_read_number() - read a number of @cells big-endian 32-bit cells (1 or 2) at @p.
 * Cells beyond 2 cannot be represented and are the caller's to reject.
 */
u64 fdt_read_number(const void *p, int cells);

#endif /* FDT_FDT_H */
