// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: kstrtox - number parsing for command-line parameters and monitor commands
 *
 * Strict: the whole string must be a number, and overflow is an error, because a bootarg such
 * as "mem=64Q" must be reported, not read as 64.
 */
#include <rvmm/errno.h>
#include <rvmm/string.h>

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* Parse digits of @base from @s; stops at the first non-digit. Returns the count parsed. */
static size_t parse_digits(const char *s, unsigned int base, unsigned long long *res,
			   bool *overflow)
{
	unsigned long long v = 0;
	size_t n = 0;

	*overflow = false;
	for (int d; (d = digit_value(s[n])) < (int)base; n++) {
		if (v > (~0ULL - d) / base)
			*overflow = true;
		v = v * base + d;
	}
	*res = v;
	return n;
}

static unsigned int detect_base(const char **s, unsigned int base)
{
	if ((base == 0 || base == 16) && (*s)[0] == '0' && ((*s)[1] == 'x' || (*s)[1] == 'X')) {
		*s += 2;
		return 16;
	}
	if (base == 0)
		return (*s)[0] == '0' && (*s)[1] ? 8 : 10;
	return base;
}

/** kstrtoull() - parse all of @s as an unsigned number; see the header. */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	bool overflow;
	size_t n;

	if (!s)
		return -EINVAL;
	base = detect_base(&s, base);
	n = parse_digits(s, base, res, &overflow);
	if (n == 0 || s[n] != '\0')
		return -EINVAL;
	return overflow ? -ERANGE : 0;
}

/** memparse() - parse a size such as "64M" or "0x80000000"; @end gets the first unused char. */
unsigned long long memparse(const char *s, char **end)
{
	unsigned long long v;
	unsigned int base = detect_base(&s, 0);
	bool overflow;
	size_t n = parse_digits(s, base, &v, &overflow);

	s += n;
	switch (*s) {
	case 'G':
	case 'g':
		v <<= 10;
		/* fallthrough */
	case 'M':
	case 'm':
		v <<= 10;
		/* fallthrough */
	case 'K':
	case 'k':
		v <<= 10;
		s++;
		break;
	}
	if (end)
		*end = (char *)s;
	return v;
}

/** strlcpy() - bounded copy that always terminates (when @size > 0). */
size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size - 1 ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

/** errname() - "ENOMEM" for -ENOMEM or ENOMEM; NULL if unknown. */
const char *errname(int err)
{
	static const struct {
		int val;
		const char *name;
	} names[] = {
		{ EPERM, "EPERM" },   { ENOENT, "ENOENT" },	{ EIO, "EIO" },
		{ E2BIG, "E2BIG" },   { EAGAIN, "EAGAIN" },	{ ENOMEM, "ENOMEM" },
		{ EACCES, "EACCES" }, { EFAULT, "EFAULT" },	{ EBUSY, "EBUSY" },
		{ EEXIST, "EEXIST" }, { ENODEV, "ENODEV" },	{ EINVAL, "EINVAL" },
		{ ENOSPC, "ENOSPC" }, { ERANGE, "ERANGE" },	{ ENOSYS, "ENOSYS" },
		{ EOPNOTSUPP, "EOPNOTSUPP" }, { ETIMEDOUT, "ETIMEDOUT" }, { EALREADY, "EALREADY" },
	};

	if (err < 0)
		err = -err;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].val == err)
			return names[i].name;
	return NULL;
}
