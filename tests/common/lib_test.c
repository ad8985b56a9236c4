// SPDX-License-Identifier: GPL-2.0
/*
 * Tests of lib/: formatting (%pa, widths used by Linux's report formats), number parsing and
 * the early-parameter parser. They run in the hosted build and in the kernel.
 */
#include <rvmm/errno.h>
#include <rvmm/init.h>
#include <rvmm/ktest.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

static void vsnprintf_linux_formats_check(struct ktest *t)
{
	char buf[128];
	phys_addr_t pa = 0x80200000;

	/* Expect %pa as 0x + 16 hex digits, and the widths of "Zone ranges:" lines. */
	snprintf(buf, sizeof(buf), "%pa", &pa);
	KTEST_EXPECT_STREQ(t, buf, "0x0000000080200000");
	snprintf(buf, sizeof(buf), "  %-8s [mem %#018llx-%#018llx]", "DMA32", 0x80000000ULL,
		 0x9fffffffULL);
	KTEST_EXPECT_STREQ(t, buf, "  DMA32    [mem 0x0000000080000000-0x000000009fffffff]");
	snprintf(buf, sizeof(buf), "[%5llu.%06llu]", 0ULL, 123ULL);
	KTEST_EXPECT_STREQ(t, buf, "[    0.000123]");
	snprintf(buf, sizeof(buf), "%d|%5d|%-5d|%05d|%x|%lu|%s|%c|%%", -42, 7, 7, -7, 0xbeefU,
		 123456789012UL, "str", 'c');
	KTEST_EXPECT_STREQ(t, buf, "-42|    7|7    |-0007|beef|123456789012|str|c|%");
	snprintf(buf, sizeof(buf), "%.3s|%*d|%6lu ", "abcdef", 4, 9, 42UL);
	KTEST_EXPECT_STREQ(t, buf, "abc|   9|    42 ");
}

static void vsnprintf_truncation_check(struct ktest *t)
{
	char buf[8];
	int n;

	/* Expect the full length returned, the buffer terminated, nothing written past it. */
	memset(buf, 'x', sizeof(buf));
	n = snprintf(buf, 5, "%s", "123456789");
	KTEST_EXPECT_EQ(t, n, 9);
	KTEST_EXPECT_STREQ(t, buf, "1234");
	KTEST_EXPECT_EQ(t, buf[5], 'x');
	KTEST_EXPECT_EQ(t, scnprintf(buf, 5, "%s", "123456789"), 4);
}

static void kstrtoull_check(struct ktest *t)
{
	unsigned long long v;

	KTEST_EXPECT_EQ(t, kstrtoull("0x80000000", 0, &v), 0);
	KTEST_EXPECT_EQ(t, v, 0x80000000ULL);
	KTEST_EXPECT_EQ(t, kstrtoull("42", 10, &v), 0);
	KTEST_EXPECT_EQ(t, v, 42);
	/* Expect trailing junk, empty input and overflow to be errors, not partial values. */
	KTEST_EXPECT_EQ(t, kstrtoull("42x", 10, &v), -EINVAL);
	KTEST_EXPECT_EQ(t, kstrtoull("", 10, &v), -EINVAL);
	KTEST_EXPECT_EQ(t, kstrtoull("99999999999999999999", 10, &v), -ERANGE);
}

static void memparse_check(struct ktest *t)
{
	char *end;

	KTEST_EXPECT_EQ(t, memparse("64M", &end), 64ULL << 20);
	KTEST_EXPECT_EQ(t, *end, '\0');
	KTEST_EXPECT_EQ(t, memparse("2G@0x100", &end), 2ULL << 30);
	KTEST_EXPECT_EQ(t, *end, '@');
	KTEST_EXPECT_EQ(t, memparse("0x1000", &end), 0x1000);
}

static char test_param_val[32];
static int test_param_calls;

static int __init ktest_dummy_param(const char *val)
{
	test_param_calls++;
	if (val && !strcmp(val, "bad"))
		return -EINVAL;
	strlcpy(test_param_val, val ? val : "(none)", sizeof(test_param_val));
	return 0;
}
early_param("ktest.dummy", ktest_dummy_param);

static void parse_early_params_check(struct ktest *t)
{
	char out[512];
	int bad;

	test_param_calls = 0;
	printk_capture_start(out, sizeof(out));
	bad = parse_early_params("  ktest.dummy=hello  no.such.option=1 ktest.dummy=bad");
	printk_capture_end();
	/* Expect the known option handled, the unknown one named, the bad value reported. */
	KTEST_EXPECT_EQ(t, test_param_calls, 2);
	KTEST_EXPECT_STREQ(t, test_param_val, "hello");
	KTEST_EXPECT_EQ(t, bad, 2);
	KTEST_EXPECT_SUBSTR(t, out, "Unknown command line parameter \"no.such.option=1\"");
	KTEST_EXPECT_SUBSTR(t, out, "Malformed early option 'ktest.dummy=bad'");
}

static struct ktest_case lib_cases[] = {
	KTEST_CASE(vsnprintf_linux_formats_check),
	KTEST_CASE(vsnprintf_truncation_check),
	KTEST_CASE(kstrtoull_check),
	KTEST_CASE(memparse_check),
	KTEST_CASE(parse_early_params_check),
	{}
};
KTEST_SUITE(lib, lib_cases);
