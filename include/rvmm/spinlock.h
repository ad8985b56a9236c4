/* SPDX-License-Identifier: GPL-2.0 */
/*
 * spinlock.h - spinlocks for zone locks and other shared state.
 *
 * Built on the compiler's __atomic builtins, which become amoswap.w.aq / amoswap.w.rl on RISC-V
 * and the host's atomics in the hosted build, so mm/ needs no arch code for them. Interrupts
 * are never enabled in rvmm, so there is no irqsave variant to get wrong. With
 * CONFIG-free debugging always on: the owner hart is recorded, and spin_lock() on a lock the
 * same hart already holds, or spin_unlock() by another hart, is reported.
 */
#ifndef RVMM_SPINLOCK_H
#define RVMM_SPINLOCK_H

#include <asm/smp.h>
#include <rvmm/bug.h>
#include <rvmm/types.h>

typedef struct {
	unsigned int locked;
	int owner; /* hart holding it, -1 when free */
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED { .locked = 0, .owner = -1 }
#define DEFINE_SPINLOCK(name) spinlock_t name = __SPIN_LOCK_UNLOCKED

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->locked = 0;
	lock->owner = -1;
}

static inline void spin_lock(spinlock_t *lock)
{
	WARN_ON_ONCE(__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) == (int)smp_processor_id());
	while (__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(&lock->locked, __ATOMIC_RELAXED))
			cpu_relax();
	__atomic_store_n(&lock->owner, (int)smp_processor_id(), __ATOMIC_RELAXED);
}

static inline bool spin_trylock(spinlock_t *lock)
{
	if (__atomic_exchange_n(&lock->locked, 1, __ATOMIC_ACQUIRE))
		return false;
	__atomic_store_n(&lock->owner, (int)smp_processor_id(), __ATOMIC_RELAXED);
	return true;
}

static inline void spin_unlock(spinlock_t *lock)
{
	WARN_ON_ONCE(lock->owner != (int)smp_processor_id());
	__atomic_store_n(&lock->owner, -1, __ATOMIC_RELAXED);
	__atomic_store_n(&lock->locked, 0, __ATOMIC_RELEASE);
}

static inline bool spin_is_locked(spinlock_t *lock)
{
	return __atomic_load_n(&lock->locked, __ATOMIC_RELAXED);
}

#endif /* RVMM_SPINLOCK_H */
