/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libfdt_env.h - what libfdt needs from its environment, mapped onto rvmm's lib/.
 *
 * libfdt is compiled unmodified from Linux 6.1's scripts/dtc/libfdt/. This file is pre-included
 * (-include) when compiling it and included before <libfdt.h> by fdt/; it uses the same include
 * guard as the tarball's own libfdt_env.h, which therefore compiles to nothing.
 */
#ifndef LIBFDT_ENV_H
#define LIBFDT_ENV_H

#include <limits.h>
#include <rvmm/string.h>
#include <rvmm/types.h>

typedef uint16_t fdt16_t;
typedef uint32_t fdt32_t;
typedef uint64_t fdt64_t;

/* The device tree is big-endian; RISC-V (and the host) are little-endian. */
static inline uint16_t fdt16_to_cpu(fdt16_t x)
{
	return __builtin_bswap16(x);
}
static inline fdt16_t cpu_to_fdt16(uint16_t x)
{
	return __builtin_bswap16(x);
}
static inline uint32_t fdt32_to_cpu(fdt32_t x)
{
	return __builtin_bswap32(x);
}
static inline fdt32_t cpu_to_fdt32(uint32_t x)
{
	return __builtin_bswap32(x);
}
static inline uint64_t fdt64_to_cpu(fdt64_t x)
{
	return __builtin_bswap64(x);
}
static inline fdt64_t cpu_to_fdt64(uint64_t x)
{
	return __builtin_bswap64(x);
}

#endif /* LIBFDT_ENV_H */
