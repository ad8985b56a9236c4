/* SPDX-License-Identifier: GPL-2.0 */
/*
 * printk with Linux's log levels. A message starts with an optional KERN_<LEVEL> marker; each
 * file may define pr_fmt() before including this header to prefix its messages ("memblock: ").
 */
#ifndef RVMM_PRINTK_H
#define RVMM_PRINTK_H

#include <rvmm/compiler.h>
#include <rvmm/types.h>
#include <stdarg.h>

#define KERN_SOH "\001"
#define KERN_EMERG KERN_SOH "0"
#define KERN_ALERT KERN_SOH "1"
#define KERN_CRIT KERN_SOH "2"
#define KERN_ERR KERN_SOH "3"
#define KERN_WARNING KERN_SOH "4"
#define KERN_NOTICE KERN_SOH "5"
#define KERN_INFO KERN_SOH "6"
#define KERN_DEBUG KERN_SOH "7"
/* Continues the previous line: no timestamp, no level. */
#define KERN_CONT KERN_SOH "c"

#define LOGLEVEL_DEFAULT 7 /* levels below this are printed: KERN_INFO and more severe */

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

#define pr_emerg(fmt, ...) printk(KERN_EMERG pr_fmt(fmt), ##__VA_ARGS__)
#define pr_crit(fmt, ...) printk(KERN_CRIT pr_fmt(fmt), ##__VA_ARGS__)
#define pr_err(fmt, ...) printk(KERN_ERR pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...) printk(KERN_WARNING pr_fmt(fmt), ##__VA_ARGS__)
#define pr_notice(fmt, ...) printk(KERN_NOTICE pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...) printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)
#define pr_debug(fmt, ...) printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)
#define pr_cont(fmt, ...) printk(KERN_CONT fmt, ##__VA_ARGS__)

/*
 * The hosted build links its own libc; rename our formatting functions there so neither the
 * libc nor the sanitizer runtime sees a second definition of snprintf().
 */
#ifdef RVMM_HOSTED
#define vsnprintf rvmm_vsnprintf
#define snprintf rvmm_snprintf
#define vscnprintf rvmm_vscnprintf
#define scnprintf rvmm_scnprintf
#endif

int printk(const char *fmt, ...) __printf(1, 2);
int vprintk(const char *fmt, va_list args);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
int scnprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

extern int console_loglevel;

/* printk_set_timebase() - tell printk how many rdtime ticks make a second. */
void printk_set_timebase(u64 hz);

/*
 * log_buf_read() - copy out the kernel log ring (oldest first).
 * Return: number of bytes copied.
 */
size_t log_buf_read(char *dst, size_t size);

/*
 * printk_capture_start()/printk_capture_end() - collect everything printed in between into a
 * buffer, so tests can check a message was printed (and with which values).
 */
void printk_capture_start(char *buf, size_t size);
size_t printk_capture_end(void);

/* Provided by the console back end (SBI console in the kernel, stdout on the host). */
void console_write(const char *s, size_t len);

#endif /* RVMM_PRINTK_H */
