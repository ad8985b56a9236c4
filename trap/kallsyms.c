// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: kallsyms - symbol lookup over the table scripts/kallsyms.py generates
 *
 * The table is sorted by address: kallsyms_entries[i] = { address, size, name offset into
 * kallsyms_strtab }. The first link of the kernel carries an empty table; backtraces printed
 * by that image would show bare addresses, but only the second image is ever booted.
 */
#include <rvmm/kallsyms.h>
#include <rvmm/string.h>
#include <rvmm/types.h>

struct kallsym {
	u64 addr;
	u64 size;
	u64 name;
};

extern const u64 kallsyms_num;
extern const struct kallsym kallsyms_entries[];
extern const char kallsyms_strtab[];

/** kallsyms_lookup() - see <rvmm/kallsyms.h>. */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset)
{
	u64 lo = 0, hi = kallsyms_num;
	const struct kallsym *s;

	/* Find the last entry with entry.addr <= addr. */
	while (lo < hi) {
		u64 mid = lo + (hi - lo) / 2;

		if (kallsyms_entries[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	s = &kallsyms_entries[lo - 1];
	if (addr - s->addr >= (s->size ? s->size : 1))
		return NULL;
	if (size)
		*size = s->size;
	if (offset)
		*offset = addr - s->addr;
	return kallsyms_strtab + s->name;
}

/** kallsyms_lookup_name() - address of the text symbol @name, or 0. */
unsigned long kallsyms_lookup_name(const char *name)
{
	for (u64 i = 0; i < kallsyms_num; i++)
		if (!strcmp(kallsyms_strtab + kallsyms_entries[i].name, name))
			return kallsyms_entries[i].addr;
	return 0;
}
