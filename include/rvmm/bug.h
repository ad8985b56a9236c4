/* SPDX-License-Identifier: GPL-2.0 */
/*
 * panic(), BUG_ON() and WARN_ON(). Conditions never carry side effects: the code must read the
 * same with the check deleted.
 */
#ifndef RVMM_BUG_H
#define RVMM_BUG_H

#include <rvmm/compiler.h>
#include <rvmm/printk.h>

/**
 * panic() - print a message, the registers and a backtrace, then stop the machine.
 * @fmt: printf-style message naming what went wrong and the input at fault.
 *
 * In the kernel QEMU exits with a failure status; the hosted build aborts.
 */
void panic(const char *fmt, ...) __printf(1, 2) __noreturn;

/* Print a backtrace of the caller (frame-pointer walk). */
void dump_stack(void);

#define BUG() panic("BUG at %s:%d %s()", __FILE__, __LINE__, __func__)
#define BUG_ON(cond)                                                                               \
	do {                                                                                       \
		if (unlikely(cond))                                                                \
			panic("BUG_ON(%s) at %s:%d %s()", #cond, __FILE__, __LINE__, __func__);   \
	} while (0)

void __warn(const char *file, int line, const char *func, const char *cond);

#define WARN_ON(cond)                                                                              \
	({                                                                                         \
		bool __c = !!(cond);                                                               \
		if (unlikely(__c))                                                                 \
			__warn(__FILE__, __LINE__, __func__, #cond);                               \
		unlikely(__c);                                                                     \
	})

#define WARN_ON_ONCE(cond)                                                                         \
	({                                                                                         \
		static bool __warned;                                                              \
		bool __c = !!(cond);                                                               \
		if (unlikely(__c) && !__warned) {                                                  \
			__warned = true;                                                           \
			__warn(__FILE__, __LINE__, __func__, #cond);                               \
		}                                                                                  \
		unlikely(__c);                                                                     \
	})

/* Number of WARN_ON()s hit since boot; tests check it stays zero. */
extern unsigned long warn_count;

#endif /* RVMM_BUG_H */
