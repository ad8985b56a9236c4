// SPDX-License-Identifier: GPL-2.0
/* DOC: bug - WARN_ON() reporting, shared by the kernel and the hosted build. */
#include <rvmm/bug.h>

unsigned long warn_count;

/** __warn() - report a WARN_ON() with its location and a backtrace; execution continues. */
void __warn(const char *file, int line, const char *func, const char *cond)
{
	warn_count++;
	printk(KERN_WARNING "------------[ cut here ]------------\n");
	printk(KERN_WARNING "WARNING: %s at %s:%d %s()\n", cond, file, line, func);
	dump_stack();
	printk(KERN_WARNING "---[ end trace ]---\n");
}
