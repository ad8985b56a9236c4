/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Hosted stand-in for <asm/page.h>: "physical memory" is a block of host memory (host_ram)
 * standing for the physical range [host_ram_base, host_ram_base + host_ram_size). Tests map the
 * ranges they use with host_ram_setup(); __va() of an address outside it returns a pointer that
 * ASan will catch on access.
 */
#ifndef HOST_ASM_PAGE_H
#define HOST_ASM_PAGE_H

#include <asm/memlayout.h>
#include <rvmm/types.h>

#define PFN_UP(x) (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x) ((x) >> PAGE_SHIFT)
#define PFN_PHYS(pfn) ((phys_addr_t)(pfn) << PAGE_SHIFT)
#define PHYS_PFN(pa) ((unsigned long)((pa) >> PAGE_SHIFT))

extern unsigned char *host_ram;
extern phys_addr_t host_ram_base;
extern u64 host_ram_size;
extern phys_addr_t kernel_phys_base;

/**
 * host_ram_setup() - back the physical range [@base, @base + @size) with host memory.
 * Replaces any previous block. Returns the host pointer for @base.
 */
void *host_ram_setup(phys_addr_t base, u64 size);

static inline void *__va(phys_addr_t pa)
{
	return host_ram + (pa - host_ram_base);
}

static inline phys_addr_t __pa(const volatile void *va)
{
	return (phys_addr_t)((const unsigned char *)va - host_ram) + host_ram_base;
}

#define phys_to_virt(pa) __va(pa)
#define virt_to_phys(va) __pa(va)

#endif /* HOST_ASM_PAGE_H */
