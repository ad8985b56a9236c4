/* SPDX-License-Identifier: GPL-2.0 */
/*
 * page.h - address conversions between physical addresses, linear-map virtual addresses and
 * page frame numbers. An arch hook: the hosted build has its own version
 * (tests/host/include/asm/page.h) where "physical memory" is a block of host memory.
 */
#ifndef ASM_PAGE_H
#define ASM_PAGE_H

#include <asm/memlayout.h>
#include <rvmm/types.h>

#define PFN_UP(x) (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x) ((x) >> PAGE_SHIFT)
#define PFN_PHYS(pfn) ((phys_addr_t)(pfn) << PAGE_SHIFT)
#define PHYS_PFN(pa) ((unsigned long)((pa) >> PAGE_SHIFT))

/* Physical address of the kernel image's first byte (set by the boot code; = KERNEL_LOAD_PA). */
extern phys_addr_t kernel_phys_base;

/* True for addresses of the linear map. */
static inline bool virt_addr_valid_range(unsigned long va)
{
	return va >= PAGE_OFFSET && va < PAGE_OFFSET + LINEAR_MAP_SIZE;
}

/* __va() - the linear-map address of physical address @pa. */
static inline void *__va(phys_addr_t pa)
{
	return (void *)(unsigned long)(pa + PAGE_OFFSET);
}

/*
 * __pa() - the physical address of @va, a linear-map or kernel-image address. Kernel-image
 * addresses are accepted because statically allocated objects live there.
 */
static inline phys_addr_t __pa(const volatile void *va)
{
	unsigned long v = (unsigned long)va;

	if (v >= KERNEL_VIRT_BASE)
		return v - KERNEL_LINK_ADDR + kernel_phys_base;
	return v - PAGE_OFFSET;
}

#define phys_to_virt(pa) __va(pa)
#define virt_to_phys(va) __pa(va)

#endif /* ASM_PAGE_H */
