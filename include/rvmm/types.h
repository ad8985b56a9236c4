/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Basic types. The freestanding compiler headers (<stdint.h>, <stddef.h>, <stdbool.h>) exist in
 * both the kernel and the hosted build, so the mm/ sources see the same types in each.
 */
#ifndef RVMM_TYPES_H
#define RVMM_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

/* A physical address. Kept distinct in name from virtual addresses (unsigned long / pointers). */
typedef u64 phys_addr_t;
/* A DMA (bus) address: equal to the physical address on QEMU virt. */
typedef u64 dma_addr_t;

#endif /* RVMM_TYPES_H */
