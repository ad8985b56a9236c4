// SPDX-License-Identifier: GPL-2.0
/* In-kernel tests of the SBI layer against OpenSBI 1.1. */
#include <asm/ptrace.h>
#include <rvmm/errno.h>
#include <rvmm/ktest.h>
#include <sbi/sbi.h>

static void sbi_base_check(struct ktest *t)
{
	/* Expect spec v1.0 or later and the extensions rvmm relies on. */
	KTEST_EXPECT_GE(t, sbi_spec_version, 1UL << 24);
	KTEST_EXPECT_TRUE(t, sbi_probe_extension(SBI_EXT_HSM));
	KTEST_EXPECT_TRUE(t, sbi_probe_extension(SBI_EXT_RFENCE));
	KTEST_EXPECT_TRUE(t, sbi_probe_extension(SBI_EXT_SRST));
	KTEST_EXPECT_FALSE(t, sbi_probe_extension(0x12345678));
}

static void sbi_errno_check(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, sbi_err_to_errno(SBI_SUCCESS), 0);
	KTEST_EXPECT_EQ(t, sbi_err_to_errno(SBI_ERR_NOT_SUPPORTED), -EOPNOTSUPP);
	KTEST_EXPECT_EQ(t, sbi_err_to_errno(SBI_ERR_INVALID_PARAM), -EINVAL);
	KTEST_EXPECT_EQ(t, sbi_err_to_errno(SBI_ERR_ALREADY_STARTED), -EALREADY);
	KTEST_EXPECT_EQ(t, sbi_err_to_errno(SBI_ERR_FAILED), -EIO);
}

static void sbi_hsm_check(struct ktest *t)
{
	/* Expect the boot hart started and a hart id that does not exist rejected. */
	KTEST_EXPECT_EQ(t, sbi_hart_get_status(this_cpu()->hartid), SBI_HSM_STATE_STARTED);
	KTEST_EXPECT_EQ(t, sbi_hart_get_status(4096), -EINVAL);
}

static void sbi_rfence_check(struct ktest *t)
{
	/* Expect a remote sfence.vma to our own hart to be accepted. */
	KTEST_EXPECT_EQ(t, sbi_remote_sfence_vma(1UL, this_cpu()->hartid, 0, ~0UL), 0);
}

static struct ktest_case sbi_cases[] = {
	KTEST_CASE(sbi_base_check),
	KTEST_CASE(sbi_errno_check),
	KTEST_CASE(sbi_hsm_check),
	KTEST_CASE(sbi_rfence_check),
	{}
};
KTEST_SUITE(sbi, sbi_cases);
