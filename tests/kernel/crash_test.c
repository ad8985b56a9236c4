// SPDX-License-Identifier: GPL-2.0
/*
 * Deliberate failures, each a manual suite selected by name ("ktest=crash_panic"). The test
 * runner boots each one and checks the kernel's last words and QEMU's exit status; no suite
 * here runs in a normal "ktest" boot.
 */
#include <rvmm/bug.h>
#include <rvmm/ktest.h>

/* A failing check, to prove a failure reaches `make test` with its name. */
static void ktest_deliberate_failure(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, 1 + 1, 3);
}

static struct ktest_case fail_cases[] = { KTEST_CASE(ktest_deliberate_failure), {} };
KTEST_SUITE(ktest_fail, fail_cases, .manual = true);

static void crash_panic_case(struct ktest *t)
{
	panic("deliberate panic from %s", t->name);
}

static struct ktest_case panic_cases[] = { KTEST_CASE(crash_panic_case), {} };
KTEST_SUITE(crash_panic, panic_cases, .manual = true);

/* Recurse with a big frame until the stack runs into its guard page (bounded, for -Werror). */
static noinline unsigned long recurse(unsigned long depth)
{
	volatile char frame[512];

	frame[0] = (char)depth;
	if (depth > 1000000)
		return 0;
	return recurse(depth + 1) + frame[0];
}

static void crash_stack_overflow_case(struct ktest *t)
{
	recurse(0);
}

static struct ktest_case overflow_cases[] = { KTEST_CASE(crash_stack_overflow_case), {} };
KTEST_SUITE(crash_stack_overflow, overflow_cases, .manual = true);

static void crash_bad_access_case(struct ktest *t)
{
	*(volatile unsigned long *)0xffffffd000000000UL = 1; /* linear map, above any RAM */
}

static struct ktest_case access_cases[] = { KTEST_CASE(crash_bad_access_case), {} };
KTEST_SUITE(crash_bad_access, access_cases, .manual = true);

static void crash_illegal_insn_case(struct ktest *t)
{
	__asm__ __volatile__(".word 0"); /* an all-zero word is defined to be illegal */
}

static struct ktest_case illegal_cases[] = { KTEST_CASE(crash_illegal_insn_case), {} };
KTEST_SUITE(crash_illegal_insn, illegal_cases, .manual = true);
