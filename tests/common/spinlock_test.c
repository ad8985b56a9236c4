// SPDX-License-Identifier: GPL-2.0
/* Tests of the debug checks in <rvmm/spinlock.h>. */
#include <rvmm/bug.h>
#include <rvmm/ktest.h>
#include <rvmm/spinlock.h>

static void spinlock_basic_check(struct ktest *t)
{
	DEFINE_SPINLOCK(lock);

	/* Expect lock/unlock to track the owner and trylock to fail while held. */
	spin_lock(&lock);
	KTEST_EXPECT_TRUE(t, spin_is_locked(&lock));
	KTEST_EXPECT_EQ(t, lock.owner, (int)smp_processor_id());
	KTEST_EXPECT_FALSE(t, spin_trylock(&lock));
	spin_unlock(&lock);
	KTEST_EXPECT_FALSE(t, spin_is_locked(&lock));
	KTEST_EXPECT_EQ(t, lock.owner, -1);
	KTEST_EXPECT_TRUE(t, spin_trylock(&lock));
	spin_unlock(&lock);
}

static void spinlock_bad_unlock_warns_check(struct ktest *t)
{
	DEFINE_SPINLOCK(lock);
	unsigned long warns = warn_count;

	/* Expect unlocking a lock this hart does not hold to warn (once per call site). */
	lock.locked = 1;
	lock.owner = (int)smp_processor_id() + 1;
	spin_unlock(&lock);
	KTEST_EXPECT_EQ(t, warn_count, warns + 1);
	warn_count = warns; /* the warning was the point of this case */
}

static struct ktest_case spinlock_cases[] = {
	KTEST_CASE(spinlock_basic_check),
	KTEST_CASE(spinlock_bad_unlock_warns_check),
	{}
};
KTEST_SUITE(spinlock, spinlock_cases);
