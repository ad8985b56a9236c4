/* SPDX-License-Identifier: GPL-2.0 */
/* io.h - MMIO accessors and ioremap(). */
#ifndef ASM_IO_H
#define ASM_IO_H

#include <rvmm/types.h>

#define __iomem

static inline void writel(u32 val, volatile void __iomem *addr)
{
	__asm__ __volatile__("fence w,o" ::: "memory");
	*(volatile u32 *)addr = val;
}

static inline u32 readl(const volatile void __iomem *addr)
{
	u32 v = *(const volatile u32 *)addr;

	__asm__ __volatile__("fence i,r" ::: "memory");
	return v;
}

/**
 * ioremap() - map the device registers [@pa, @pa + @size) and return their virtual address.
 * Return: the address, or NULL (with a message) if the window is full or the range is bad.
 */
void __iomem *ioremap(phys_addr_t pa, size_t size);

#endif /* ASM_IO_H */
