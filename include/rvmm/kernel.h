/* SPDX-License-Identifier: GPL-2.0 */
/* Small arithmetic helpers with Linux's names (ALIGN, min, DIV_ROUND_UP, ...). */
#ifndef RVMM_KERNEL_H
#define RVMM_KERNEL_H

#include <rvmm/compiler.h>
#include <rvmm/types.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Alignment helpers; @a must be a power of two. */
#define ALIGN(x, a) (((x) + ((__typeof__(x))(a)-1)) & ~((__typeof__(x))(a)-1))
#define ALIGN_DOWN(x, a) ((x) & ~((__typeof__(x))(a)-1))
#define IS_ALIGNED(x, a) (((x) & ((__typeof__(x))(a)-1)) == 0)
#define DIV_ROUND_UP(n, d) (((n) + (d)-1) / (d))

#define min(a, b)                                                                                  \
	({                                                                                         \
		__typeof__(a) _a = (a);                                                            \
		__typeof__(b) _b = (b);                                                            \
		_a < _b ? _a : _b;                                                                 \
	})
#define max(a, b)                                                                                  \
	({                                                                                         \
		__typeof__(a) _a = (a);                                                            \
		__typeof__(b) _b = (b);                                                            \
		_a > _b ? _a : _b;                                                                 \
	})
#define min_t(t, a, b) min((t)(a), (t)(b))
#define max_t(t, a, b) max((t)(a), (t)(b))
#define clamp(v, lo, hi) min(max(v, lo), hi)

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

#define BIT(n) (1UL << (n))
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (63 - (h))))

#define SZ_1K 0x00000400UL
#define SZ_4K 0x00001000UL
#define SZ_64K 0x00010000UL
#define SZ_1M 0x00100000UL
#define SZ_2M 0x00200000UL
#define SZ_1G 0x40000000UL

/* True if [base, base + size) wraps around the end of the address space. */
static inline bool range_wraps(u64 base, u64 size)
{
	return size && base + size - 1 < base;
}

#endif /* RVMM_KERNEL_H */
