/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Boot-only code and the early command-line parameter table.
 *
 * __init marks functions that run only during boot; they are grouped in .init.text so the
 * Memory: line can report them (rvmm does not free them: the figure is for the reader).
 */
#ifndef RVMM_INIT_H
#define RVMM_INIT_H

#include <rvmm/compiler.h>

#ifdef RVMM_HOSTED
#define __init
#define __initdata
#else
#define __init __section(".init.text") noinline
#define __initdata __section(".init.data")
#endif

/*
 * struct early_param - one "name=value" (or bare "name") command-line option.
 * @setup returns 0 when @val was understood, a negative errno otherwise; the parser then prints
 * "Malformed early option" with the value.
 */
struct early_param {
	const char *name;
	int (*setup)(const char *val);
};

#define early_param(pname, fn)                                                                     \
	static const struct early_param __early_param_##fn = { .name = pname, .setup = fn };       \
	static const struct early_param *__early_param_ptr_##fn __used                              \
		__section("early_params") = &__early_param_##fn

/**
 * parse_early_params() - run the handler of every option in @cmdline.
 * @cmdline: the /chosen bootargs (may be NULL).
 *
 * Unknown options are reported once, by name, and otherwise ignored.
 * Return: the number of options that were unknown or malformed.
 */
int parse_early_params(const char *cmdline);

#endif /* RVMM_INIT_H */
