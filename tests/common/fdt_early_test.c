// SPDX-License-Identifier: GPL-2.0
/*
 * Tests of fdt/fdt_early.c: which blobs early_init_dt_verify() accepts, the reason it gives for
 * the others, and the lookups the boot code makes. Blobs are built in a buffer with libfdt's
 * sequential-write API, so the same cases run in the hosted build and in the kernel.
 */
#include "libfdt_env.h"
#include <fdt/fdt.h>
#include <libfdt.h>
#include <rvmm/errno.h>
#include <rvmm/ktest.h>
#include <rvmm/string.h>

static u64 blob[512];
static void *saved_params;
static phys_addr_t saved_pa;

static void fdt_early_init(struct ktest *t)
{
	saved_params = initial_boot_params;
	saved_pa = initial_boot_params_pa;
}

static void fdt_early_exit(struct ktest *t)
{
	initial_boot_params = saved_params;
	initial_boot_params_pa = saved_pa;
}

/* A small tree: /chosen/bootargs, /cpus/timebase-frequency, /soc/test@100000. */
static void *make_blob(void)
{
	/* reg = <0x0 0x100000 0x0 0x1000>: two address and two size cells. */
	const fdt32_t reg[4] = { 0, cpu_to_fdt32(0x100000), 0, cpu_to_fdt32(0x1000) };
	void *b = blob;

	fdt_create(b, sizeof(blob));
	fdt_finish_reservemap(b);
	fdt_begin_node(b, "");
	fdt_property_u32(b, "#address-cells", 2);
	fdt_property_u32(b, "#size-cells", 2);
	fdt_begin_node(b, "chosen");
	fdt_property_string(b, "bootargs", "loglevel=8 ktest");
	fdt_end_node(b);
	fdt_begin_node(b, "cpus");
	fdt_property_u32(b, "timebase-frequency", 10000000);
	fdt_end_node(b);
	fdt_begin_node(b, "soc");
	fdt_property_u32(b, "#address-cells", 2);
	fdt_property_u32(b, "#size-cells", 2);
	fdt_begin_node(b, "test@100000");
	fdt_property_string(b, "compatible", "sifive,test0");
	fdt_property(b, "reg", reg, sizeof(reg));
	fdt_end_node(b);
	fdt_end_node(b);
	fdt_end_node(b);
	fdt_finish(b);
	return b;
}

static void fdt_verify_accepts_good_blob_check(struct ktest *t)
{
	const char *why;
	phys_addr_t base;
	u64 size;
	void *b = make_blob();

	/* Expect acceptance and every lookup answered from the tree. */
	KTEST_ASSERT_TRUE(t, early_init_dt_verify(b, 0x82200000, sizeof(blob), &why) == 0);
	KTEST_EXPECT_TRUE(t, initial_boot_params == b);
	KTEST_EXPECT_STREQ(t, fdt_bootargs(), "loglevel=8 ktest");
	KTEST_EXPECT_EQ(t, fdt_timebase_frequency(), 10000000);
	KTEST_EXPECT_EQ(t, fdt_find_compatible_reg("sifive,test0", &base, &size), 0);
	KTEST_EXPECT_EQ(t, base, 0x100000);
	KTEST_EXPECT_EQ(t, size, 0x1000);
	KTEST_EXPECT_EQ(t, fdt_find_compatible_reg("no,such-device", &base, &size), -ENOENT);
}

static void fdt_verify_rejects_null_check(struct ktest *t)
{
	const char *why;

	/* Expect a missing pointer refused with a reason, the boot FDT unchanged. */
	KTEST_EXPECT_LT(t, early_init_dt_verify(NULL, 0, 0, &why), 0);
	KTEST_EXPECT_STREQ(t, why, "no FDT pointer (a1 = 0)");
	KTEST_EXPECT_TRUE(t, initial_boot_params == saved_params);
}

static void fdt_verify_rejects_bad_magic_check(struct ktest *t)
{
	const char *why;
	void *b = make_blob();

	((u32 *)b)[0] = 0x12345678;
	KTEST_EXPECT_EQ(t, early_init_dt_verify(b, 0x82200000, sizeof(blob), &why),
			-FDT_ERR_BADMAGIC);
	KTEST_EXPECT_STREQ(t, why, "FDT_ERR_BADMAGIC");
	KTEST_EXPECT_TRUE(t, initial_boot_params == saved_params);
}

static void fdt_verify_rejects_lying_totalsize_check(struct ktest *t)
{
	const char *why;
	void *b = make_blob();

	/* Expect a totalsize beyond the readable buffer refused before anything is read. */
	fdt_set_totalsize(b, sizeof(blob) + 4096);
	KTEST_EXPECT_EQ(t, early_init_dt_verify(b, 0x82200000, sizeof(blob), &why),
			-FDT_ERR_TRUNCATED);
	KTEST_EXPECT_STREQ(t, why, "totalsize runs past readable memory");
}

static struct ktest_case fdt_early_cases[] = {
	KTEST_CASE(fdt_verify_accepts_good_blob_check),
	KTEST_CASE(fdt_verify_rejects_null_check),
	KTEST_CASE(fdt_verify_rejects_bad_magic_check),
	KTEST_CASE(fdt_verify_rejects_lying_totalsize_check),
	{}
};
KTEST_SUITE(fdt_early, fdt_early_cases, .init = fdt_early_init, .exit = fdt_early_exit);
