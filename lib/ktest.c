// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: ktest - run registered test suites and report in KTAP v1
 *
 * One KTAP subtest per suite, one line per case. A case fails when any of its checks failed or
 * it raised a WARN_ON(): a warning is an inconsistency the code noticed, so no test may pass
 * through one unnoticed.
 */
#include <rvmm/bug.h>
#include <rvmm/ktest.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

extern struct ktest_suite *__start_ktest_suites[];
extern struct ktest_suite *__stop_ktest_suites[];

/** ktest_fail() - record a failed check; prints a KTAP diagnostic line with the values. */
void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vscnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk(KERN_ERR "        # %s: %s:%d: %s\n", t->name, file, line, msg);
	t->failed = true;
}

/** ktest_skip() - mark the case skipped; KTAP prints "# SKIP @reason". */
void ktest_skip(struct ktest *t, const char *reason)
{
	t->skipped = true;
	t->skip_reason = reason;
}

/* Does suite @s match @filter ("a,b*,c")? Manual suites need their exact name. */
static bool suite_selected(const struct ktest_suite *s, const char *filter)
{
	const char *name = s->name;

	if (!filter || !*filter)
		return !s->manual;
	while (*filter) {
		const char *end = strchr(filter, ',');
		size_t len = end ? (size_t)(end - filter) : strlen(filter);

		if (len && filter[len - 1] == '*') {
			if (!s->manual && !strncmp(name, filter, len - 1))
				return true;
		} else if (strlen(name) == len && !strncmp(name, filter, len)) {
			return true;
		}
		filter += len + (end ? 1 : 0);
	}
	return false;
}

static bool run_case(struct ktest_suite *s, struct ktest_case *c, int idx)
{
	struct ktest t = { .name = c->name };
	unsigned long warns = warn_count;

	if (s->init)
		s->init(&t);
	if (!t.failed && !t.skipped)
		c->run(&t);
	if (s->exit)
		s->exit(&t);
	if (warn_count != warns)
		ktest_fail(&t, __FILE__, __LINE__, "%lu WARN_ON(s) during the case",
			   warn_count - warns);
	if (t.skipped && !t.failed)
		printk(KERN_ERR "    ok %d %s # SKIP %s\n", idx, c->name,
		       t.skip_reason ? t.skip_reason : "");
	else
		printk(KERN_ERR "    %sok %d %s\n", t.failed ? "not " : "", idx, c->name);
	return !t.failed;
}

static int run_suite(struct ktest_suite *s, int idx)
{
	int n = 0, failed = 0;

	while (s->cases[n].run)
		n++;
	printk(KERN_ERR "    KTAP version 1\n    # Subtest: %s\n    1..%d\n", s->name, n);
	for (int i = 0; i < n; i++)
		if (!run_case(s, &s->cases[i], i + 1))
			failed++;
	printk(KERN_ERR "%sok %d %s\n", failed ? "not " : "", idx, s->name);
	return failed;
}

/** ktest_run_all() - run the suites selected by @filter; returns the number of failed cases. */
int ktest_run_all(const char *filter)
{
	int nr = 0, idx = 0, failed = 0;

	for (struct ktest_suite **s = __start_ktest_suites; s < __stop_ktest_suites; s++)
		if (suite_selected(*s, filter))
			nr++;
	printk(KERN_ERR "KTAP version 1\n1..%d\n", nr);
	for (struct ktest_suite **s = __start_ktest_suites; s < __stop_ktest_suites; s++)
		if (suite_selected(*s, filter))
			failed += run_suite(*s, ++idx);
	return failed;
}
