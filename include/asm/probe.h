/* SPDX-License-Identifier: GPL-2.0 */
/*
 * probe.h - arch hook: find out whether physical memory exists before trusting the device tree.
 */
#ifndef ASM_PROBE_H
#define ASM_PROBE_H

#include <rvmm/types.h>

/**
 * arch_probe_ram() - read one word at physical address @pa with faults expected.
 * @pa: address to probe (8-byte aligned).
 *
 * The kernel maps @pa temporarily and reads it under the trap code's expected-fault hook; the
 * hosted build consults a list of simulated holes (tests).
 * Return: 0 if the read succeeded, -EFAULT if it faulted (no RAM there).
 */
int arch_probe_ram(phys_addr_t pa);

#endif /* ASM_PROBE_H */
