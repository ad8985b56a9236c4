// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: monitor - the serial monitor
 *
 * After boot `make qemu` lands at a prompt:
 *
 *	rvmm> help
 *
 * A line is split at spaces and the first word looked up in the monitor_cmds table, which
 * any file extends with MONITOR_CMD(). Input is polled through the SBI console; backspace edits
 * the line. Ctrl-A X still quits QEMU (QEMU handles it, the kernel never sees it).
 */
#include <rvmm/errno.h>
#include <rvmm/kernel.h>
#include <rvmm/monitor.h>
#include <rvmm/printk.h>
#include <rvmm/reboot.h>
#include <rvmm/string.h>
#include <rvmm/version.h>

#define MAX_LINE 256
#define MAX_ARGS 16

extern const struct monitor_cmd *__start_monitor_cmds[];
extern const struct monitor_cmd *__stop_monitor_cmds[];

/** monitor_printf() - command output: straight to the console, without log timestamps. */
int monitor_printf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vscnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	console_write(buf, n);
	return n;
}

static const struct monitor_cmd *find_cmd(const char *name)
{
	for (const struct monitor_cmd **c = __start_monitor_cmds; c < __stop_monitor_cmds; c++)
		if (!strcmp((*c)->name, name))
			return *c;
	return NULL;
}

/** monitor_run_line() - see <rvmm/monitor.h>. */
int monitor_run_line(char *line)
{
	char *argv[MAX_ARGS];
	int argc = 0;
	const struct monitor_cmd *cmd;

	for (char *p = line; *p && argc < MAX_ARGS;) {
		while (*p == ' ' || *p == '\t')
			*p++ = '\0';
		if (!*p)
			break;
		argv[argc++] = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
	}
	if (!argc)
		return 0;
	cmd = find_cmd(argv[0]);
	if (!cmd) {
		monitor_printf("%s: unknown command (try 'help')\n", argv[0]);
		return -ENOENT;
	}
	return cmd->fn(argc, argv);
}

static int read_line(char *buf, size_t size)
{
	size_t n = 0;

	for (;;) {
		int c = console_getchar();

		if (c < 0)
			continue;
		if (c == '\r' || c == '\n') {
			console_write("\n", 1);
			buf[n] = '\0';
			return (int)n;
		}
		if ((c == 0x7f || c == '\b') && n) {
			n--;
			console_write("\b \b", 3);
		} else if (c >= ' ' && c < 0x7f && n + 1 < size) {
			char ch = (char)c;

			buf[n++] = ch;
			console_write(&ch, 1);
		}
	}
}

/** monitor_loop() - see <rvmm/monitor.h>. */
void monitor_loop(void)
{
	char line[MAX_LINE];

	printk(KERN_NOTICE "rvmm monitor: type 'help' for commands, Ctrl-A X quits QEMU\n");
	for (;;) {
		console_write("rvmm> ", 6);
		read_line(line, sizeof(line));
		monitor_run_line(line);
	}
}

static int cmd_help(int argc, char **argv)
{
	for (const struct monitor_cmd **c = __start_monitor_cmds; c < __stop_monitor_cmds; c++)
		monitor_printf("  %-10s %-16s %s\n", (*c)->name, (*c)->args, (*c)->help);
	return 0;
}
MONITOR_CMD(help, "", "list commands", cmd_help);

static int cmd_version(int argc, char **argv)
{
	monitor_printf("%s\n", rvmm_banner);
	return 0;
}
MONITOR_CMD(version, "", "print the kernel version and build", cmd_version);

static int cmd_poweroff(int argc, char **argv)
{
	printk(KERN_ERR "Power down\n");
	machine_exit(EXIT_SUCCESS_CODE);
}
MONITOR_CMD(poweroff, "", "shut down (QEMU exits with status 0)", cmd_poweroff);

static int cmd_reboot(int argc, char **argv)
{
	printk(KERN_ERR "Restarting system\n");
	machine_restart();
}
MONITOR_CMD(reboot, "", "restart the machine", cmd_reboot);

static int cmd_dmesg(int argc, char **argv)
{
	static char buf[64 * 1024];
	size_t n = log_buf_read(buf, sizeof(buf));

	console_write(buf, n);
	return 0;
}
MONITOR_CMD(dmesg, "", "print the kernel log buffer", cmd_dmesg);
