// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: vsprintf - formatted output for printk and the monitor
 *
 * A freestanding vsnprintf() covering what kernel code uses: flags "-0#+ ", width and precision
 * (also as '*'), length modifiers hh/h/l/ll/z/t, conversions d i u x X o c s p %, and two of
 * Linux's pointer extensions:
 *
 *	%pa	a phys_addr_t passed by reference, printed as 0x + 16 hex digits (Linux's %pa)
 *	%pS	a code address as symbol+offset/size (needs kallsyms; plain hex otherwise)
 *	%pB	a return address, looked up at address - 1 so that a call at the very end of a
 *		function (to a noreturn function) is attributed to the caller, not the next one
 *
 * It never writes more than @size bytes and always terminates when @size > 0; the return value
 * is the length the full output would have had, as C's vsnprintf().
 */
#include <rvmm/kallsyms.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

/* Symbol lookup for %pS; kernel/kallsyms.c overrides this weak default. */
__weak const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset)
{
	(void)addr;
	(void)size;
	(void)offset;
	return NULL;
}

struct outbuf {
	char *buf;
	size_t size;
	size_t pos; /* bytes the full output needs so far */
};

static void emit(struct outbuf *o, char c)
{
	if (o->pos + 1 < o->size)
		o->buf[o->pos] = c;
	o->pos++;
}

struct spec {
	bool left, zero, alt, plus, space;
	int width;
	int prec; /* -1: none */
};

static void emit_padded(struct outbuf *o, const char *s, int len, const struct spec *sp)
{
	int pad = sp->width > len ? sp->width - len : 0;

	if (!sp->left)
		while (pad-- > 0)
			emit(o, ' ');
	while (len-- > 0)
		emit(o, *s++);
	if (sp->left)
		while (pad-- > 0)
			emit(o, ' ');
}

/* Format an integer: sign, "0x" prefix, zero padding to width or precision. */
static void emit_number(struct outbuf *o, unsigned long long v, bool neg, unsigned int base,
			bool upper, const struct spec *sp)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	char prefix[3];
	int n = 0, np = 0, zeros, total;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	if (sp->prec == 0 && n == 1 && tmp[0] == '0')
		n = 0;

	if (neg)
		prefix[np++] = '-';
	else if (sp->plus)
		prefix[np++] = '+';
	else if (sp->space)
		prefix[np++] = ' ';
	if (sp->alt && base == 16) {
		prefix[np++] = '0';
		prefix[np++] = upper ? 'X' : 'x';
	} else if (sp->alt && base == 8 && (n == 0 || tmp[n - 1] != '0')) {
		prefix[np++] = '0';
	}

	zeros = sp->prec > n ? sp->prec - n : 0;
	total = np + zeros + n;
	if (sp->zero && !sp->left && sp->prec < 0 && sp->width > total) {
		zeros += sp->width - total;
		total = sp->width;
	}
	if (!sp->left)
		for (int i = total; i < sp->width; i++)
			emit(o, ' ');
	for (int i = 0; i < np; i++)
		emit(o, prefix[i]);
	while (zeros-- > 0)
		emit(o, '0');
	while (n > 0)
		emit(o, tmp[--n]);
	if (sp->left)
		for (int i = total; i < sp->width; i++)
			emit(o, ' ');
}

static void emit_symbol(struct outbuf *o, unsigned long addr, bool ret_addr, const struct spec *sp)
{
	unsigned long size, off;
	const char *name = kallsyms_lookup(addr - ret_addr, &size, &off);
	struct spec hex = { .alt = true, .prec = -1 };
	char tmp[128];
	int len;

	if (!name) {
		emit_number(o, addr, false, 16, false, &hex);
		return;
	}
	len = snprintf(tmp, sizeof(tmp), "%s+%#lx/%#lx", name, off + ret_addr, size);
	emit_padded(o, tmp, min_t(int, len, (int)sizeof(tmp) - 1), sp);
}

/* Handle %p and its extensions; returns the number of extension characters consumed. */
static int emit_pointer(struct outbuf *o, const char *ext, va_list *ap, const struct spec *sp)
{
	void *p = va_arg(*ap, void *);
	struct spec hex = { .alt = true, .zero = true, .width = 18, .prec = -1 };

	if (*ext == 'a') {
		/* %pa: phys_addr_t by reference; Linux also accepts %pap / %pad. */
		int used = 1 + (ext[1] == 'p' || ext[1] == 'd');

		emit_number(o, p ? *(phys_addr_t *)p : 0, false, 16, false, &hex);
		return used;
	}
	if (*ext == 'S' || *ext == 's' || *ext == 'B') {
		emit_symbol(o, (unsigned long)p, *ext == 'B', sp);
		return 1;
	}
	if (!p) {
		emit_padded(o, "(null)", 6, sp);
		return 0;
	}
	emit_number(o, (unsigned long)p, false, 16, false, &hex);
	return 0;
}

static const char *parse_spec(const char *f, struct spec *sp, va_list *ap)
{
	memset(sp, 0, sizeof(*sp));
	sp->prec = -1;
	for (;; f++) {
		if (*f == '-')
			sp->left = true;
		else if (*f == '0')
			sp->zero = true;
		else if (*f == '#')
			sp->alt = true;
		else if (*f == '+')
			sp->plus = true;
		else if (*f == ' ')
			sp->space = true;
		else
			break;
	}
	if (*f == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {
			sp->left = true;
			sp->width = -sp->width;
		}
		f++;
	} else {
		while (*f >= '0' && *f <= '9')
			sp->width = sp->width * 10 + (*f++ - '0');
	}
	if (*f == '.') {
		f++;
		sp->prec = 0;
		if (*f == '*') {
			sp->prec = va_arg(*ap, int);
			f++;
		} else {
			while (*f >= '0' && *f <= '9')
				sp->prec = sp->prec * 10 + (*f++ - '0');
		}
	}
	return f;
}

/* Length modifier: 0 int, 1 long, 2 long long, -1 short, -2 char, 3 size_t/ptrdiff_t. */
static const char *parse_length(const char *f, int *len)
{
	*len = 0;
	if (f[0] == 'l' && f[1] == 'l') {
		*len = 2;
		return f + 2;
	}
	if (f[0] == 'h' && f[1] == 'h') {
		*len = -2;
		return f + 2;
	}
	switch (*f) {
	case 'l':
		*len = 1;
		return f + 1;
	case 'h':
		*len = -1;
		return f + 1;
	case 'z':
	case 't':
		*len = 3;
		return f + 1;
	}
	return f;
}

static unsigned long long fetch_unsigned(va_list *ap, int len)
{
	switch (len) {
	case 2:
		return va_arg(*ap, unsigned long long);
	case 1:
	case 3:
		return va_arg(*ap, unsigned long);
	case -1:
		return (unsigned short)va_arg(*ap, unsigned int);
	case -2:
		return (unsigned char)va_arg(*ap, unsigned int);
	default:
		return va_arg(*ap, unsigned int);
	}
}

static long long fetch_signed(va_list *ap, int len)
{
	switch (len) {
	case 2:
		return va_arg(*ap, long long);
	case 1:
	case 3:
		return va_arg(*ap, long);
	case -1:
		return (short)va_arg(*ap, int);
	case -2:
		return (signed char)va_arg(*ap, int);
	default:
		return va_arg(*ap, int);
	}
}

/**
 * vsnprintf() - format a string into a buffer.
 * @buf: destination; @size: its size in bytes; @fmt: format; @args: arguments.
 *
 * Return: the number of characters the complete output has (excluding the terminator), which
 * may exceed @size - 1 when the output was truncated.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct outbuf o = { .buf = buf, .size = size };
	struct spec sp;
	va_list ap;
	int len;

	va_copy(ap, args);
	while (*fmt) {
		if (*fmt != '%') {
			emit(&o, *fmt++);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp, &ap);
		fmt = parse_length(fmt, &len);
		switch (*fmt) {
		case 'd':
		case 'i': {
			long long v = fetch_signed(&ap, len);

			emit_number(&o, v < 0 ? -(unsigned long long)v : (unsigned long long)v, v < 0,
				    10, false, &sp);
			break;
		}
		case 'u':
			emit_number(&o, fetch_unsigned(&ap, len), false, 10, false, &sp);
			break;
		case 'x':
		case 'X':
			emit_number(&o, fetch_unsigned(&ap, len), false, 16, *fmt == 'X', &sp);
			break;
		case 'o':
			emit_number(&o, fetch_unsigned(&ap, len), false, 8, false, &sp);
			break;
		case 'c': {
			char c = (char)va_arg(ap, int);

			emit_padded(&o, &c, 1, &sp);
			break;
		}
		case 's': {
			const char *s = va_arg(ap, const char *);

			if (!s)
				s = "(null)";
			emit_padded(&o, s, (int)strnlen(s, sp.prec < 0 ? (size_t)-1 : (size_t)sp.prec),
				    &sp);
			break;
		}
		case 'p':
			fmt += emit_pointer(&o, fmt + 1, &ap, &sp);
			break;
		case '%':
			emit(&o, '%');
			break;
		case '\0':
			fmt--; /* a lone '%' at the end: stop */
			break;
		default: /* unknown conversion: print it verbatim so the mistake is visible */
			emit(&o, '%');
			emit(&o, *fmt);
			break;
		}
		fmt++;
	}
	if (size)
		buf[min(o.pos, size - 1)] = '\0';
	va_end(ap);
	return (int)o.pos;
}

/** snprintf() - vsnprintf() with variable arguments. */
int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/**
 * vscnprintf() - like vsnprintf() but returns the number of characters actually stored.
 * @buf: destination; @size: its size; @fmt: format; @args: arguments.
 * Return: characters written to @buf, not counting the terminator.
 */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n = vsnprintf(buf, size, fmt, args);

	if (!size)
		return 0;
	return n < (int)size ? n : (int)size - 1;
}

/** scnprintf() - vscnprintf() with variable arguments. */
int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vscnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
