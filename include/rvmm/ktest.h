/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ktest - a small KUnit-like test framework whose results are KTAP v1.
 *
 * The same test files compile into the hosted test binary and into the kernel:
 *
 *	static void memblock_add_simple_check(struct ktest *t)
 *	{
 *		...
 *		KTEST_EXPECT_EQ(t, memblock.memory.cnt, 1);
 *	}
 *	static struct ktest_case memblock_cases[] = {
 *		KTEST_CASE(memblock_add_simple_check),
 *		{}
 *	};
 *	KTEST_SUITE(memblock, memblock_cases);
 *
 * Suites are collected in the "ktest_suites" section; ktest_run_all() runs them and prints:
 *
 *	KTAP version 1
 *	1..2
 *	    KTAP version 1
 *	    # Subtest: memblock
 *	    1..1
 *	    ok 1 memblock_add_simple_check
 *	ok 1 memblock
 */
#ifndef RVMM_KTEST_H
#define RVMM_KTEST_H

#include <rvmm/compiler.h>
#include <rvmm/types.h>

struct ktest {
	const char *name;
	bool failed;
	bool skipped;
	const char *skip_reason;
	unsigned int nr_checks;
};

struct ktest_case {
	const char *name;
	void (*run)(struct ktest *t);
};

struct ktest_suite {
	const char *name;
	struct ktest_case *cases;
	/* Optional: runs before/after each case, e.g. to reset allocator state. */
	void (*init)(struct ktest *t);
	void (*exit)(struct ktest *t);
	/* Run only when the filter names the suite exactly (crash tests, deliberate failures). */
	bool manual;
};

#define KTEST_CASE(fn) { .name = #fn, .run = fn }

#define KTEST_SUITE(sname, scases, ...)                                                            \
	static struct ktest_suite __ktest_suite_##sname = { .name = #sname,                        \
							    .cases = scases,                       \
							    ##__VA_ARGS__ };                       \
	static struct ktest_suite *__ktest_ptr_##sname __used                                      \
		__section("ktest_suites") = &__ktest_suite_##sname

/* Record a failed check with its location and the values involved; the case goes on. */
void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...) __printf(4, 5);

/* Mark the running case skipped with a reason ("# SKIP reason" in KTAP). */
void ktest_skip(struct ktest *t, const char *reason);

#define KTEST_EXPECT_TRUE(t, cond)                                                                 \
	do {                                                                                       \
		(t)->nr_checks++;                                                                  \
		if (!(cond))                                                                       \
			ktest_fail(t, __FILE__, __LINE__, "expected %s", #cond);                   \
	} while (0)

#define KTEST_EXPECT_FALSE(t, cond) KTEST_EXPECT_TRUE(t, !(cond))

/* Compared in the operands' common type, so a negative errno compares as negative. */
#define __KTEST_CMP(t, a, op, b)                                                                   \
	do {                                                                                       \
		__typeof__((a) + (b)) __a = (a);                                                   \
		__typeof__((a) + (b)) __b = (b);                                                   \
		(t)->nr_checks++;                                                                  \
		if (!(__a op __b))                                                                 \
			ktest_fail(t, __FILE__, __LINE__, "expected %s %s %s, got %#llx vs %#llx", \
				   #a, #op, #b, (unsigned long long)__a,                           \
				   (unsigned long long)__b);                                       \
	} while (0)

#define KTEST_EXPECT_EQ(t, a, b) __KTEST_CMP(t, a, ==, b)
#define KTEST_EXPECT_NE(t, a, b) __KTEST_CMP(t, a, !=, b)
#define KTEST_EXPECT_LE(t, a, b) __KTEST_CMP(t, a, <=, b)
#define KTEST_EXPECT_LT(t, a, b) __KTEST_CMP(t, a, <, b)
#define KTEST_EXPECT_GE(t, a, b) __KTEST_CMP(t, a, >=, b)
#define KTEST_EXPECT_GT(t, a, b) __KTEST_CMP(t, a, >, b)

#define KTEST_EXPECT_STREQ(t, a, b)                                                                \
	do {                                                                                       \
		(t)->nr_checks++;                                                                  \
		if (strcmp((a), (b)) != 0)                                                         \
			ktest_fail(t, __FILE__, __LINE__, "expected %s == %s, got \"%s\" vs \"%s\"", \
				   #a, #b, (a), (b));                                              \
	} while (0)

/* Check that @hay contains @needle (used on captured printk output). */
#define KTEST_EXPECT_SUBSTR(t, hay, needle)                                                        \
	do {                                                                                       \
		(t)->nr_checks++;                                                                  \
		if (!strstr((hay), (needle)))                                                      \
			ktest_fail(t, __FILE__, __LINE__, "expected output to contain \"%s\"",     \
				   (needle));                                                      \
	} while (0)

/* Stop the case here if the condition fails (later checks would only cascade). */
#define KTEST_ASSERT_TRUE(t, cond)                                                                 \
	do {                                                                                       \
		KTEST_EXPECT_TRUE(t, cond);                                                        \
		if ((t)->failed)                                                                   \
			return;                                                                    \
	} while (0)

/**
 * ktest_run_all() - run every registered suite whose name matches @filter, print KTAP.
 * @filter: NULL or "" for all suites; else a comma-separated list of suite names, each
 *          optionally ending in '*' as a prefix glob.
 * Return: number of failed cases.
 */
int ktest_run_all(const char *filter);

#endif /* RVMM_KTEST_H */
