/* SPDX-License-Identifier: GPL-2.0 */
/*
 * monitor.h - the serial monitor's command table. Any file can add a command:
 *
 *	static int cmd_meminfo(int argc, char **argv) { ... return 0; }
 *	MONITOR_CMD(meminfo, "[-v]", "print memory usage", cmd_meminfo);
 */
#ifndef RVMM_MONITOR_H
#define RVMM_MONITOR_H

#include <rvmm/compiler.h>

struct monitor_cmd {
	const char *name;
	const char *args;
	const char *help;
	int (*fn)(int argc, char **argv);
};

#define MONITOR_CMD(cname, cargs, chelp, cfn)                                                      \
	static const struct monitor_cmd __monitor_cmd_##cname = {                                  \
		.name = #cname, .args = cargs, .help = chelp, .fn = cfn                            \
	};                                                                                         \
	static const struct monitor_cmd *__monitor_cmd_ptr_##cname __used                          \
		__section("monitor_cmds") = &__monitor_cmd_##cname

/**
 * monitor_run_line() - split @line into words and run the command it names.
 * Return: the command's result, or -ENOENT for an unknown command (reported).
 */
int monitor_run_line(char *line);

/* monitor_printf() - print command output (console only, no timestamp). */
int monitor_printf(const char *fmt, ...) __printf(1, 2);

/* monitor_loop() - prompt, read, run, forever (until poweroff/reboot). */
void monitor_loop(void) __noreturn;

/* Console input (sbi/console.c): a byte, or -1 if none is waiting. */
int console_getchar(void);

#endif /* RVMM_MONITOR_H */
