// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: cmdline - early command-line parameters
 *
 * The /chosen bootargs string is split at spaces into "name=value" or "name" words. Each word
 * goes to the early_param() handler registered under its name (the "early_params" section).
 * Unknown words are reported and ignored; a handler that rejects its value makes the parser
 * print "Malformed early option" with the value, and the option keeps its default.
 */
#define pr_fmt(fmt) "cmdline: " fmt

#include <rvmm/errno.h>
#include <rvmm/init.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

extern const struct early_param *__start_early_params[];
extern const struct early_param *__stop_early_params[];

static const struct early_param *find_param(const char *name, size_t len)
{
	for (const struct early_param **p = __start_early_params; p < __stop_early_params; p++)
		if (strlen((*p)->name) == len && !strncmp((*p)->name, name, len))
			return *p;
	return NULL;
}

/* Handle one word of @len bytes at @word. Returns 0 if it was understood. */
static int handle_word(const char *word, size_t len)
{
	const char *eq = memchr(word, '=', len);
	size_t name_len = eq ? (size_t)(eq - word) : len;
	const struct early_param *p = find_param(word, name_len);
	char val[128];
	int ret;

	if (!p) {
		pr_warn("Unknown command line parameter \"%.*s\", ignored\n", (int)len, word);
		return -ENOENT;
	}
	if (eq) {
		size_t vlen = len - name_len - 1;

		if (vlen >= sizeof(val)) {
			pr_err("Malformed early option '%s': value of %zu bytes is too long\n",
			       p->name, vlen);
			return -E2BIG;
		}
		memcpy(val, eq + 1, vlen);
		val[vlen] = '\0';
	}
	ret = p->setup(eq ? val : NULL);
	if (ret)
		pr_err("Malformed early option '%.*s' (%s)\n", (int)len, word,
		       errname(ret) ? errname(ret) : "error");
	return ret;
}

/** parse_early_params() - see <rvmm/init.h>. */
int parse_early_params(const char *cmdline)
{
	int bad = 0;

	if (!cmdline)
		return 0;
	while (*cmdline) {
		size_t len;

		while (*cmdline == ' ' || *cmdline == '\t')
			cmdline++;
		for (len = 0; cmdline[len] && cmdline[len] != ' ' && cmdline[len] != '\t'; len++)
			;
		if (len && handle_word(cmdline, len))
			bad++;
		cmdline += len;
	}
	return bad;
}
