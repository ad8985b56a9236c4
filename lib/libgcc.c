// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: libgcc - the compiler helpers the kernel needs
 *
 * Debian's riscv64-unknown-elf libgcc is built for the lp64d (hard-float) ABI and cannot be
 * linked into this soft-float (lp64) kernel, so the few helpers GCC emits calls to for
 * rv64imac (no Zbb) are provided here: byte swaps (the FDT is big-endian) and bit scans.
 */
#include <rvmm/types.h>

u32 __bswapsi2(u32 x);
u64 __bswapdi2(u64 x);
int __clzdi2(u64 x);
int __ctzdi2(u64 x);
int __popcountdi2(u64 x);

u32 __bswapsi2(u32 x)
{
	return (x >> 24) | ((x >> 8) & 0xff00) | ((x << 8) & 0xff0000) | (x << 24);
}

u64 __bswapdi2(u64 x)
{
	return ((u64)__bswapsi2((u32)x) << 32) | __bswapsi2((u32)(x >> 32));
}

/* Undefined for 0, as the builtin. */
int __clzdi2(u64 x)
{
	int n = 0;

	for (u64 bit = 1ULL << 63; !(x & bit); bit >>= 1)
		n++;
	return n;
}

int __ctzdi2(u64 x)
{
	int n = 0;

	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
}

int __popcountdi2(u64 x)
{
	int n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}
