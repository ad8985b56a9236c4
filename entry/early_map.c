// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: early_map - small changes to the boot page table before paging_init()
 *
 * head.S maps the image and the FDT with 1 GiB leaves. Before the real page tables exist the
 * boot code needs three more things, all done with whole gigapages in the same root:
 *  - dropping the identity leaf once the kernel runs at its link address;
 *  - ioremap() of the few MMIO registers needed early (sifive,test0 for the exit status),
 *    through gigapage slots of the ioremap window;
 *  - arch_probe_ram(): a read of a physical address the device tree claims is RAM, under the
 *    expected-fault hook, through a temporary leaf at its linear-map address.
 *
 * It also replaces head.S's RWX gigapage for the image with 4 KiB pages right away
 * (early_map_kernel()): text RX, rodata R, data/bss RW, and the page below the boot stack left
 * unmapped, so W^X and the stack guard hold from the first C function on. The tables for
 * that come from a static pool sized for KERNEL_MAP_MAX bytes of image (kernel.ld checks it).
 */
#define pr_fmt(fmt) "early_map: " fmt

#include <asm/csr.h>
#include <asm/early_map.h>
#include <asm/fault.h>
#include <asm/io.h>
#include <asm/memlayout.h>
#include <asm/page.h>
#include <asm/probe.h>
#include <rvmm/errno.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>

#define PTE_V 0x01UL
#define PTE_R 0x02UL
#define PTE_W 0x04UL
#define PTE_X 0x08UL
#define PTE_G 0x20UL
#define PTE_A 0x40UL
#define PTE_D 0x80UL

phys_addr_t kernel_phys_base; /* set by head.S */

static unsigned long *slot(unsigned long va)
{
	return &early_pg_dir[(va >> PUD_SHIFT) & 511];
}

/* Image bytes the static tables can map (kernel.ld asserts _end stays within it). */
#define KERNEL_MAP_MAX (4 * PMD_SIZE)

/* Linker-script boundaries (kernel.ld). */
extern char _stext[], _etext[], _srodata[], _erodata[], _sdata[], _end[], boot_stack_guard[];

static unsigned long kernel_l1[512] __aligned(PAGE_SIZE);
static unsigned long kernel_l0[KERNEL_MAP_MAX / PMD_SIZE][512] __aligned(PAGE_SIZE);

static unsigned long table_pte(const void *table)
{
	return (__pa(table) >> PAGE_SHIFT) << 10 | PTE_V;
}

/* Permissions of the image page at @va: W^X by section; 0 for the stack guard. */
static unsigned long kernel_page_prot(unsigned long va)
{
	const unsigned long base = PTE_V | PTE_A | PTE_G;

	if (va >= (unsigned long)boot_stack_guard && va < (unsigned long)boot_stack_guard + PAGE_SIZE)
		return 0;
	if (va < (unsigned long)_etext)
		return base | PTE_R | PTE_X;
	if (va < (unsigned long)_sdata)
		return base | PTE_R;
	return base | PTE_R | PTE_W | PTE_D;
}

/** early_map_kernel() - see <asm/early_map.h>. */
void early_map_kernel(void)
{
	unsigned long start = (unsigned long)_stext, end = ALIGN((unsigned long)_end, PAGE_SIZE);

	for (unsigned long va = start; va < end; va += PAGE_SIZE) {
		unsigned long off = va - start, l1 = (va >> PMD_SHIFT) & 511;
		unsigned long *l0 = kernel_l0[(va - ALIGN_DOWN(start, PMD_SIZE)) >> PMD_SHIFT];
		unsigned long prot = kernel_page_prot(va);

		kernel_l1[l1] = table_pte(l0);
		l0[(va >> PAGE_SHIFT) & 511] =
			prot ? ((kernel_phys_base + off) >> PAGE_SHIFT) << 10 | prot : 0;
	}
	/* Same VA->PA as the gigapage it replaces, so the switch is safe while running here. */
	*slot(KERNEL_VIRT_BASE) = table_pte(kernel_l1);
	__asm__ __volatile__("sfence.vma" ::: "memory");
}

static unsigned long giga_pte(phys_addr_t pa, int prot)
{
	unsigned long pte = ((pa >> PUD_SHIFT) << 28) | PTE_V | PTE_R | PTE_A | PTE_G;

	return prot == EARLY_MAP_RW ? pte | PTE_W | PTE_D : pte;
}

static void flush_va(unsigned long va)
{
	__asm__ __volatile__("sfence.vma %0" : : "r"(va) : "memory");
}

/** early_map_gigapage() - see <asm/early_map.h>. */
int early_map_gigapage(unsigned long va, phys_addr_t pa, int prot)
{
	unsigned long *p = slot(va), pte = giga_pte(pa, prot);

	if (*p && *p != pte)
		return -EEXIST;
	*p = pte;
	flush_va(va);
	return 0;
}

/** early_unmap_gigapage() - see <asm/early_map.h>. */
void early_unmap_gigapage(unsigned long va)
{
	*slot(va) = 0;
	flush_va(va);
}

/** early_drop_identity() - see <asm/early_map.h>. */
void early_drop_identity(void)
{
	early_unmap_gigapage(kernel_phys_base);
}

/** ioremap() - early version: one 1 GiB slot of the ioremap window per device gigapage. */
void __iomem *ioremap(phys_addr_t pa, size_t size)
{
	const unsigned int nr_slots = IOREMAP_SIZE / PUD_SIZE;
	phys_addr_t giga = ALIGN_DOWN(pa, PUD_SIZE);

	if (!size || range_wraps(pa, size) || ALIGN_DOWN(pa + size - 1, PUD_SIZE) != giga) {
		pr_err("ioremap: bad range [%#llx-%#llx) (must be non-empty, within one GiB)\n",
		       (unsigned long long)pa, (unsigned long long)(pa + size));
		return NULL;
	}
	for (unsigned int i = 0; i < nr_slots; i++) {
		unsigned long va = IOREMAP_START + i * PUD_SIZE;

		if (!early_map_gigapage(va, giga, EARLY_MAP_RW))
			return (void __iomem *)(va + (pa - giga));
	}
	pr_err("ioremap: window full, cannot map %#llx\n", (unsigned long long)pa);
	return NULL;
}

/** arch_probe_ram() - see <asm/probe.h>. */
int arch_probe_ram(phys_addr_t pa)
{
	unsigned long va = PAGE_OFFSET + pa;
	bool temporary = !*slot(va);
	unsigned int faults;

	if (pa >= LINEAR_MAP_PA_END)
		return -EFAULT;
	if (temporary && early_map_gigapage(va, pa, EARLY_MAP_RO))
		return -EFAULT;
	fault_expect_begin(FAULT_LOAD);
	(void)*(volatile u64 *)va;
	faults = fault_expect_end(NULL);
	if (temporary)
		early_unmap_gigapage(va);
	return faults ? -EFAULT : 0;
}
