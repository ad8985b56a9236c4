// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: console - kernel console over the SBI legacy console calls
 *
 * OpenSBI 1.1 has no DBCN extension, so output is one putchar call per byte; '\n' becomes
 * "\r\n" for terminals. Input is polled (interrupts are off in rvmm).
 */
#include <rvmm/printk.h>
#include <sbi/sbi.h>

/** console_write() - write @len bytes of @s to the console. */
void console_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			sbi_console_putchar('\r');
		sbi_console_putchar(s[i]);
	}
}

/** console_getchar() - a received byte, or -1 if none is waiting. */
int console_getchar(void)
{
	return sbi_console_getchar();
}
