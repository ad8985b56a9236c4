/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memblock - the boot-time physical memory manager, with Linux 6.1's names, types and semantics.
 *
 * memblock keeps two sorted arrays of non-overlapping physical ranges: "memory" (what RAM
 * exists, from the device tree's /memory nodes) and "reserved" (what is in use: firmware, the
 * kernel image, the FDT, early allocations). Free memory is memory minus reserved. Until the
 * buddy allocator exists, every allocation comes from here; memblock_free_all() then hands
 * every free page to the buddy allocator.
 *
 * All ranges are half-open: [base, base + size).
 */
#ifndef MM_MEMBLOCK_H
#define MM_MEMBLOCK_H

#include <rvmm/types.h>

/* Node id meaning "any node" / "no node information". */
#define NUMA_NO_NODE (-1)
#define MAX_NUMNODES 8

/* No allocation limit: memblock_alloc*() may return any address. */
#define MEMBLOCK_ALLOC_ANYWHERE (~(phys_addr_t)0)
/* Limit to what is accessible (current_limit). */
#define MEMBLOCK_ALLOC_ACCESSIBLE 0
/* Sentinel for "no lower bound". */
#define MEMBLOCK_LOW_LIMIT 0

/* Entries in the static region arrays before memblock_double_array() must grow them. */
#define INIT_MEMBLOCK_REGIONS 128
#define INIT_MEMBLOCK_RESERVED_REGIONS INIT_MEMBLOCK_REGIONS

/**
 * enum memblock_flags - attributes of a memory region
 * @MEMBLOCK_NONE: no special request
 * @MEMBLOCK_HOTPLUG: hotpluggable region (kept for Linux compatibility; unused)
 * @MEMBLOCK_MIRROR: mirrored region (unused)
 * @MEMBLOCK_NOMAP: not in the linear map and never given to the page allocator
 *                  (a reserved-memory node with "no-map")
 * @MEMBLOCK_DRIVER_MANAGED: not added as system RAM (unused)
 */
enum memblock_flags {
	MEMBLOCK_NONE = 0x0,
	MEMBLOCK_HOTPLUG = 0x1,
	MEMBLOCK_MIRROR = 0x2,
	MEMBLOCK_NOMAP = 0x4,
	MEMBLOCK_DRIVER_MANAGED = 0x8,
};

/**
 * struct memblock_region - one physical range
 * @base: first byte; @size: length in bytes; @flags: enum memblock_flags; @nid: NUMA node
 */
struct memblock_region {
	phys_addr_t base;
	phys_addr_t size;
	enum memblock_flags flags;
	int nid;
};

/**
 * struct memblock_type - a sorted array of non-overlapping regions
 * @cnt: regions in use; @max: capacity of @regions; @total_size: sum of the sizes;
 * @regions: the array; @name: "memory" or "reserved" (for messages)
 */
struct memblock_type {
	unsigned long cnt;
	unsigned long max;
	phys_addr_t total_size;
	struct memblock_region *regions;
	char *name;
};

/**
 * struct memblock - the allocator
 * @bottom_up: allocate upwards from low addresses (default: top-down)
 * @current_limit: highest address + 1 memblock_alloc*() may return
 * @memory: usable RAM; @reserved: ranges in use
 */
struct memblock {
	bool bottom_up;
	phys_addr_t current_limit;
	struct memblock_type memory;
	struct memblock_type reserved;
};

extern struct memblock memblock;
/* memblock=debug on the command line: log every call with its caller. */
extern bool memblock_debug;

int memblock_add_node(phys_addr_t base, phys_addr_t size, int nid, enum memblock_flags flags);
int memblock_add(phys_addr_t base, phys_addr_t size);
int memblock_remove(phys_addr_t base, phys_addr_t size);
int memblock_phys_free(phys_addr_t base, phys_addr_t size);
void memblock_free(void *ptr, size_t size);
int memblock_reserve(phys_addr_t base, phys_addr_t size);
int memblock_mark_nomap(phys_addr_t base, phys_addr_t size);
int memblock_clear_nomap(phys_addr_t base, phys_addr_t size);

phys_addr_t memblock_phys_alloc_range(phys_addr_t size, phys_addr_t align, phys_addr_t start,
				      phys_addr_t end);
phys_addr_t memblock_phys_alloc_try_nid(phys_addr_t size, phys_addr_t align, int nid);
void *memblock_alloc_try_nid(phys_addr_t size, phys_addr_t align, phys_addr_t min_addr,
			     phys_addr_t max_addr, int nid);
void *memblock_alloc_try_nid_raw(phys_addr_t size, phys_addr_t align, phys_addr_t min_addr,
				 phys_addr_t max_addr, int nid);

/* memblock_phys_alloc() - allocate @size bytes aligned to @align below current_limit. */
static inline phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align)
{
	return memblock_phys_alloc_range(size, align, 0, MEMBLOCK_ALLOC_ACCESSIBLE);
}

/* memblock_alloc() - zeroed memory, returned as a linear-map pointer; NULL on failure. */
static inline void *memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	return memblock_alloc_try_nid(size, align, MEMBLOCK_LOW_LIMIT, MEMBLOCK_ALLOC_ACCESSIBLE,
				      NUMA_NO_NODE);
}

/* memblock_alloc_raw() - as memblock_alloc() but not zeroed. */
static inline void *memblock_alloc_raw(phys_addr_t size, phys_addr_t align)
{
	return memblock_alloc_try_nid_raw(size, align, MEMBLOCK_LOW_LIMIT,
					  MEMBLOCK_ALLOC_ACCESSIBLE, NUMA_NO_NODE);
}

/* memblock_alloc_from() - zeroed memory at or above @min_addr. */
static inline void *memblock_alloc_from(phys_addr_t size, phys_addr_t align, phys_addr_t min_addr)
{
	return memblock_alloc_try_nid(size, align, min_addr, MEMBLOCK_ALLOC_ACCESSIBLE,
				      NUMA_NO_NODE);
}

/* memblock_alloc_low() - zeroed memory below 4 GiB (DMA32-reachable). */
static inline void *memblock_alloc_low(phys_addr_t size, phys_addr_t align)
{
	return memblock_alloc_try_nid(size, align, MEMBLOCK_LOW_LIMIT, 1ULL << 32, NUMA_NO_NODE);
}

/* memblock_alloc_node() - zeroed memory on node @nid (falls back to any node). */
static inline void *memblock_alloc_node(phys_addr_t size, phys_addr_t align, int nid)
{
	return memblock_alloc_try_nid(size, align, MEMBLOCK_LOW_LIMIT, MEMBLOCK_ALLOC_ACCESSIBLE,
				      nid);
}

void memblock_set_bottom_up(bool enable);
bool memblock_bottom_up(void);
void memblock_set_current_limit(phys_addr_t limit);
phys_addr_t memblock_get_current_limit(void);

phys_addr_t memblock_phys_mem_size(void);
phys_addr_t memblock_reserved_size(void);
phys_addr_t memblock_start_of_DRAM(void);
phys_addr_t memblock_end_of_DRAM(void);
void memblock_enforce_memory_limit(phys_addr_t limit);
void memblock_trim_memory(phys_addr_t align);
bool memblock_is_memory(phys_addr_t addr);
bool memblock_is_map_memory(phys_addr_t addr);
bool memblock_is_region_memory(phys_addr_t base, phys_addr_t size);
bool memblock_is_reserved(phys_addr_t addr);
bool memblock_is_region_reserved(phys_addr_t base, phys_addr_t size);

void memblock_dump_all(void);

/*
 * Iterators. @i is a u64 cursor owned by the iterator; @p_start/@p_end receive [start, end) and
 * @p_nid the node (each may be NULL).
 */
void __next_mem_range(u64 *idx, int nid, enum memblock_flags flags, struct memblock_type *type_a,
		      struct memblock_type *type_b, phys_addr_t *out_start, phys_addr_t *out_end,
		      int *out_nid);

/* Every range of @type_a not in @type_b (if given), optionally on node @nid. */
#define for_each_mem_range_from(i, nid, flags, type_a, type_b, p_start, p_end, p_nid)             \
	for (i = 0, __next_mem_range(&i, nid, flags, type_a, type_b, p_start, p_end, p_nid);       \
	     i != (u64)ULLONG_MAX;                                                                 \
	     __next_mem_range(&i, nid, flags, type_a, type_b, p_start, p_end, p_nid))

/* for_each_mem_range() - every memory range, without NOMAP ones. */
#define for_each_mem_range(i, p_start, p_end)                                                     \
	for_each_mem_range_from(i, NUMA_NO_NODE, MEMBLOCK_HOTPLUG, &memblock.memory, NULL,         \
				p_start, p_end, NULL)

/* for_each_free_mem_range() - every range of memory that is not reserved. */
#define for_each_free_mem_range(i, nid, flags, p_start, p_end, p_nid)                             \
	for_each_mem_range_from(i, nid, flags, &memblock.memory, &memblock.reserved, p_start,      \
				p_end, p_nid)

#define for_each_mem_region(region)                                                               \
	for (region = memblock.memory.regions;                                                     \
	     region < (memblock.memory.regions + memblock.memory.cnt); region++)

/* for_each_reserved_mem_region() - every reserved region (struct memblock_region *). */
#define for_each_reserved_mem_region(region)                                                      \
	for (region = memblock.reserved.regions;                                                   \
	     region < (memblock.reserved.regions + memblock.reserved.cnt); region++)

static inline bool memblock_is_nomap(const struct memblock_region *m)
{
	return m->flags & MEMBLOCK_NOMAP;
}

#ifndef ULLONG_MAX
#define ULLONG_MAX (~0ULL)
#endif

#endif /* MM_MEMBLOCK_H */
