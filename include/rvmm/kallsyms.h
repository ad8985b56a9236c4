/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kallsyms - the kernel's own symbol table, for backtraces and %pS. The table is generated from
 * the linked image (scripts/kallsyms.py) and linked in a second pass; see the Makefile.
 */
#ifndef RVMM_KALLSYMS_H
#define RVMM_KALLSYMS_H

/**
 * kallsyms_lookup() - find the function containing @addr.
 * @addr: a code address; @size: set to the symbol's size; @offset: set to @addr - symbol start.
 * Return: the symbol name, or NULL if @addr is in no known function.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset);

/* kallsyms_lookup_name() - the address of symbol @name, or 0. */
unsigned long kallsyms_lookup_name(const char *name);

#endif /* RVMM_KALLSYMS_H */
