// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: printk - the kernel log
 *
 * Each message may start with a KERN_<level> marker; messages above console_loglevel are kept in
 * the log ring but not printed. Every new line gets a timestamp in Linux's format,
 * "[    0.000123] ", taken from the architecture clock (rdtime in the kernel) and scaled by the
 * timebase that the device tree gives (/cpus/timebase-frequency).
 *
 * The ring (log_buf) holds the most recent LOG_BUF_LEN bytes; GDB's rvmm-dmesg reads it.
 */
#include <asm/timex.h>
#include <rvmm/errno.h>
#include <rvmm/init.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>
#include <rvmm/string.h>

#define LOG_BUF_LEN (64 * 1024)

/* Ring of everything printed; log_head counts all bytes ever written (the index is mod LEN). */
char log_buf[LOG_BUF_LEN];
unsigned long log_head;

int console_loglevel = LOGLEVEL_DEFAULT;

static u64 timebase_hz = 10000000; /* QEMU virt's value until the FDT says otherwise */
static bool at_line_start = true;

static char *capture_buf;
static size_t capture_size, capture_len;

/** printk_set_timebase() - set the frequency of the timestamp clock, in Hz. */
void printk_set_timebase(u64 hz)
{
	if (hz)
		timebase_hz = hz;
}

static void log_store(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		log_buf[log_head++ % LOG_BUF_LEN] = s[i];
	if (capture_buf) {
		size_t room = capture_size - 1 - capture_len;
		size_t n = min(len, room);

		memcpy(capture_buf + capture_len, s, n);
		capture_len += n;
		capture_buf[capture_len] = '\0';
	}
}

/** log_buf_read() - copy the log ring, oldest byte first, into @dst (at most @size bytes). */
size_t log_buf_read(char *dst, size_t size)
{
	unsigned long start = log_head > LOG_BUF_LEN ? log_head - LOG_BUF_LEN : 0;
	size_t n = min((size_t)(log_head - start), size);

	for (size_t i = 0; i < n; i++)
		dst[i] = log_buf[(start + i) % LOG_BUF_LEN];
	return n;
}

/** printk_capture_start() - also copy printk output into @buf (NUL-terminated) until _end. */
void printk_capture_start(char *buf, size_t size)
{
	capture_len = 0;
	capture_size = size;
	buf[0] = '\0';
	capture_buf = buf;
}

/** printk_capture_end() - stop capturing; returns the number of bytes captured. */
size_t printk_capture_end(void)
{
	capture_buf = NULL;
	return capture_len;
}

static int format_timestamp(char *buf, size_t size)
{
	u64 t = get_cycles();
	u64 sec = t / timebase_hz;
	u64 usec = (t % timebase_hz) * 1000000 / timebase_hz;

	return scnprintf(buf, size, "[%5llu.%06llu] ", (unsigned long long)sec,
			 (unsigned long long)usec);
}

/* Emit @text (already formatted), stamping each line start; store always, print if @show. */
static void log_emit(const char *text, size_t len, bool show)
{
	char stamp[32];

	while (len) {
		const char *nl = memchr(text, '\n', len);
		size_t chunk = nl ? (size_t)(nl - text) + 1 : len;

		if (at_line_start) {
			int n = format_timestamp(stamp, sizeof(stamp));

			log_store(stamp, n);
			if (show)
				console_write(stamp, n);
		}
		log_store(text, chunk);
		if (show)
			console_write(text, chunk);
		at_line_start = text[chunk - 1] == '\n';
		text += chunk;
		len -= chunk;
	}
}

/**
 * vprintk() - log a message, printing it if its level is below console_loglevel (as Linux).
 * @fmt: format, optionally starting with KERN_<level>; @args: arguments.
 * Return: number of characters logged.
 */
int vprintk(const char *fmt, va_list args)
{
	static int last_level = 4;
	char text[512];
	int level = 4; /* KERN_WARNING when no level is given, as Linux's default */
	int n;

	if (fmt[0] == KERN_SOH[0] && fmt[1]) {
		if (fmt[1] == 'c')
			level = last_level;
		else if (fmt[1] >= '0' && fmt[1] <= '7')
			level = fmt[1] - '0';
		fmt += 2;
	}
	last_level = level;
	n = vscnprintf(text, sizeof(text), fmt, args);
	log_emit(text, n, level < console_loglevel);
	return n;
}

/** printk() - vprintk() with variable arguments. */
int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

static int __init loglevel_setup(const char *val)
{
	unsigned long long v;

	if (!val || kstrtoull(val, 10, &v) || v > 8)
		return -EINVAL;
	console_loglevel = (int)v;
	return 0;
}
early_param("loglevel", loglevel_setup);
