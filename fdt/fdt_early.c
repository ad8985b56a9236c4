// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: fdt_early - accepting the firmware's device tree, and small lookups on it
 *
 * Nothing reads the blob before early_init_dt_verify() has checked it: first the header (magic,
 * version, totalsize against what is readable), then every tag with fdt_check_full(). After
 * that the helpers here answer the questions the boot code has before memory is set up:
 * bootargs, the timer frequency, and where the sifive,test0 exit device is.
 */
#define pr_fmt(fmt) "OF: fdt: " fmt

#include "libfdt_env.h"
#include <fdt/fdt.h>
#include <libfdt.h>
#include <rvmm/errno.h>
#include <rvmm/printk.h>

void *initial_boot_params;
phys_addr_t initial_boot_params_pa;

/** early_init_dt_verify() - see <fdt/fdt.h>. */
int early_init_dt_verify(void *fdt, phys_addr_t pa, size_t bufsize, const char **reason)
{
	int err;

	*reason = NULL;
	if (!fdt) {
		*reason = "no FDT pointer (a1 = 0)";
		return -FDT_ERR_BADMAGIC;
	}
	err = fdt_check_header(fdt);
	if (err) {
		*reason = fdt_strerror(err);
		return err;
	}
	if (fdt_totalsize(fdt) > bufsize) {
		*reason = "totalsize runs past readable memory";
		return -FDT_ERR_TRUNCATED;
	}
	err = fdt_check_full(fdt, fdt_totalsize(fdt));
	if (err) {
		*reason = fdt_strerror(err);
		return err;
	}
	initial_boot_params = fdt;
	initial_boot_params_pa = pa;
	return 0;
}

/** fdt_read_number() - see <fdt/fdt.h>. */
u64 fdt_read_number(const void *p, int cells)
{
	const fdt32_t *c = p;
	u64 v = 0;

	while (cells--)
		v = (v << 32) | fdt32_to_cpu(*c++);
	return v;
}

/** fdt_bootargs() - /chosen/bootargs, or "". */
const char *fdt_bootargs(void)
{
	const void *fdt = initial_boot_params;
	int node, len;
	const char *s;

	node = fdt ? fdt_path_offset(fdt, "/chosen") : -1;
	if (node < 0)
		return "";
	s = fdt_getprop(fdt, node, "bootargs", &len);
	/* A property that is not NUL-terminated inside its length is ignored, not overrun. */
	if (!s || len < 1 || s[len - 1] != '\0')
		return "";
	return s;
}

/** fdt_timebase_frequency() - /cpus/timebase-frequency (32- or 64-bit), or 0. */
u64 fdt_timebase_frequency(void)
{
	const void *fdt = initial_boot_params;
	const void *p;
	int node, len;

	node = fdt ? fdt_path_offset(fdt, "/cpus") : -1;
	if (node < 0)
		return 0;
	p = fdt_getprop(fdt, node, "timebase-frequency", &len);
	if (!p || (len != 4 && len != 8))
		return 0;
	return fdt_read_number(p, len / 4);
}

static bool node_enabled(const void *fdt, int node)
{
	const char *s = fdt_getprop(fdt, node, "status", NULL);

	return !s || !strcmp(s, "okay") || !strcmp(s, "ok");
}

/** fdt_find_compatible_reg() - see <fdt/fdt.h>. */
int fdt_find_compatible_reg(const char *compat, phys_addr_t *base, u64 *size)
{
	const void *fdt = initial_boot_params;
	int node = -1, parent, ac, sc, len;
	const fdt32_t *reg;

	if (!fdt)
		return -ENOENT;
	do {
		node = fdt_node_offset_by_compatible(fdt, node, compat);
	} while (node >= 0 && !node_enabled(fdt, node));
	if (node < 0)
		return -ENOENT;
	parent = fdt_parent_offset(fdt, node);
	ac = parent >= 0 ? fdt_address_cells(fdt, parent) : 2;
	sc = parent >= 0 ? fdt_size_cells(fdt, parent) : 1;
	reg = fdt_getprop(fdt, node, "reg", &len);
	if (!reg || ac < 1 || ac > 2 || sc < 0 || sc > 2 || len < (ac + sc) * 4) {
		pr_err("%s: node %s has a malformed reg\n", compat, fdt_get_name(fdt, node, NULL));
		return -EINVAL;
	}
	*base = fdt_read_number(reg, ac);
	*size = fdt_read_number(reg + ac, sc);
	return 0;
}
