/* SPDX-License-Identifier: GPL-2.0 */
/*
 * String and memory functions (lib/string.c in the kernel; the C library in the hosted build,
 * which is why the prototypes are the standard ones).
 */
#ifndef RVMM_STRING_H
#define RVMM_STRING_H

#ifdef RVMM_HOSTED
#include <string.h>
#else
#include <rvmm/types.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
#endif

#include <rvmm/types.h>

/* strlcpy() - copy at most @size - 1 bytes and terminate; returns strlen(@src). */
size_t strlcpy(char *dst, const char *src, size_t size);

/**
 * kstrtoull() - parse an unsigned number (0x hex, 0 octal, or decimal), the whole string.
 * @s: text; @base: 0 to detect from the prefix; @res: result.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE on overflow.
 */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res);

/**
 * memparse() - parse a size with an optional K/M/G suffix ("64M", "0x1000").
 * @s: text; @end: set to the first character not consumed.
 */
unsigned long long memparse(const char *s, char **end);

#endif /* RVMM_STRING_H */
