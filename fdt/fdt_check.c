// SPDX-License-Identifier: GPL-2.0
/* Provisional: replaced by the full structure check on the fdtscan branch. */
#include "libfdt_env.h"
#include <libfdt.h>

int fdt_check_full(const void *fdt, size_t bufsize)
{
	int err = fdt_check_header(fdt);

	if (err)
		return err;
	return fdt_totalsize(fdt) > bufsize ? -FDT_ERR_TRUNCATED : 0;
}
