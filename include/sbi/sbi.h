/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sbi.h - calls into the Supervisor Binary Interface (OpenSBI). One primitive, sbi_ecall(),
 * returns struct sbiret; sbi_err_to_errno() turns an SBI error into a negative errno.
 */
#ifndef SBI_SBI_H
#define SBI_SBI_H

#include <rvmm/types.h>

/* Extension ids (SBI spec v1.0). */
#define SBI_EXT_0_1_CONSOLE_PUTCHAR 0x1
#define SBI_EXT_0_1_CONSOLE_GETCHAR 0x2
#define SBI_EXT_0_1_SHUTDOWN 0x8
#define SBI_EXT_BASE 0x10
#define SBI_EXT_TIME 0x54494D45
#define SBI_EXT_IPI 0x735049
#define SBI_EXT_RFENCE 0x52464E43
#define SBI_EXT_HSM 0x48534D
#define SBI_EXT_SRST 0x53525354
#define SBI_EXT_PMU 0x504D55
#define SBI_EXT_DBCN 0x4442434E

/* Base extension functions. */
#define SBI_BASE_GET_SPEC_VERSION 0
#define SBI_BASE_GET_IMP_ID 1
#define SBI_BASE_GET_IMP_VERSION 2
#define SBI_BASE_PROBE_EXT 3

/* SBI error codes. */
#define SBI_SUCCESS 0
#define SBI_ERR_FAILED -1
#define SBI_ERR_NOT_SUPPORTED -2
#define SBI_ERR_INVALID_PARAM -3
#define SBI_ERR_DENIED -4
#define SBI_ERR_INVALID_ADDRESS -5
#define SBI_ERR_ALREADY_AVAILABLE -6
#define SBI_ERR_ALREADY_STARTED -7
#define SBI_ERR_ALREADY_STOPPED -8

/* SRST reset types and reasons. */
#define SBI_SRST_TYPE_SHUTDOWN 0
#define SBI_SRST_TYPE_COLD_REBOOT 1
#define SBI_SRST_TYPE_WARM_REBOOT 2
#define SBI_SRST_REASON_NONE 0
#define SBI_SRST_REASON_SYSTEM_FAILURE 1

/* HSM hart states. */
#define SBI_HSM_STATE_STARTED 0
#define SBI_HSM_STATE_STOPPED 1

struct sbiret {
	long error;
	long value;
};

/**
 * sbi_ecall() - call SBI function @fid of extension @ext with up to six arguments.
 * Return: the SBI error (0 on success) and value, as the SBI calling convention returns them.
 */
struct sbiret sbi_ecall(unsigned long ext, unsigned long fid, unsigned long a0, unsigned long a1,
			unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5);

/* sbi_err_to_errno() - map SBI_ERR_* to a negative errno (0 for SBI_SUCCESS). */
int sbi_err_to_errno(long sbi_err);

/* sbi_init() - probe the SBI implementation and print what it offers. */
void sbi_init(void);

/* sbi_probe_extension() - true if extension @ext is implemented. */
bool sbi_probe_extension(unsigned long ext);

/* Spec version as (major << 24) | minor, once sbi_init() ran. */
extern unsigned long sbi_spec_version;

void sbi_console_putchar(int ch);
/* sbi_console_getchar() - a received character, or -1 if none is waiting. */
int sbi_console_getchar(void);

/**
 * sbi_system_reset() - SRST: shut down or reboot. Returns only on failure (negative errno).
 * @type: SBI_SRST_TYPE_*; @reason: SBI_SRST_REASON_*.
 */
int sbi_system_reset(unsigned long type, unsigned long reason);

/* HSM: start @hartid at physical address @start_pa with a1 = @opaque; query a hart's state. */
int sbi_hart_start(unsigned long hartid, phys_addr_t start_pa, unsigned long opaque);
int sbi_hart_stop(void);
int sbi_hart_get_status(unsigned long hartid);

/*
 * RFENCE: run sfence.vma on the harts in (@hart_mask << @hart_mask_base) for
 * [@start, @start + @size) (size ~0UL: everything), optionally for one @asid.
 */
int sbi_remote_fence_i(unsigned long hart_mask, unsigned long hart_mask_base);
int sbi_remote_sfence_vma(unsigned long hart_mask, unsigned long hart_mask_base,
			  unsigned long start, unsigned long size);
int sbi_remote_sfence_vma_asid(unsigned long hart_mask, unsigned long hart_mask_base,
			       unsigned long start, unsigned long size, unsigned long asid);

#endif /* SBI_SBI_H */
