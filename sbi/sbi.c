// SPDX-License-Identifier: GPL-2.0
/*
 * DOC: sbi - the Supervisor Binary Interface
 *
 * Every call goes through sbi_ecall(): a7 = extension, a6 = function, a0..a5 = arguments;
 * the firmware returns the error in a0 and the value in a1. Legacy (v0.1) console and shutdown
 * calls return a single value in a0. At boot sbi_init() prints the spec version, the
 * implementation and which extensions rvmm may use, in Linux's format.
 */
#define pr_fmt(fmt) "SBI: " fmt

#include <rvmm/errno.h>
#include <rvmm/kernel.h>
#include <rvmm/printk.h>
#include <sbi/sbi.h>

unsigned long sbi_spec_version;

/** sbi_ecall() - see <sbi/sbi.h>. */
struct sbiret sbi_ecall(unsigned long ext, unsigned long fid, unsigned long a0, unsigned long a1,
			unsigned long a2, unsigned long a3, unsigned long a4, unsigned long a5)
{
	register unsigned long r0 __asm__("a0") = a0;
	register unsigned long r1 __asm__("a1") = a1;
	register unsigned long r2 __asm__("a2") = a2;
	register unsigned long r3 __asm__("a3") = a3;
	register unsigned long r4 __asm__("a4") = a4;
	register unsigned long r5 __asm__("a5") = a5;
	register unsigned long r6 __asm__("a6") = fid;
	register unsigned long r7 __asm__("a7") = ext;

	__asm__ __volatile__("ecall"
			     : "+r"(r0), "+r"(r1)
			     : "r"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7)
			     : "memory");
	return (struct sbiret){ .error = (long)r0, .value = (long)r1 };
}

/** sbi_err_to_errno() - see <sbi/sbi.h>. */
int sbi_err_to_errno(long sbi_err)
{
	switch (sbi_err) {
	case SBI_SUCCESS:
		return 0;
	case SBI_ERR_NOT_SUPPORTED:
		return -EOPNOTSUPP;
	case SBI_ERR_INVALID_PARAM:
	case SBI_ERR_INVALID_ADDRESS:
		return -EINVAL;
	case SBI_ERR_DENIED:
		return -EPERM;
	case SBI_ERR_ALREADY_AVAILABLE:
	case SBI_ERR_ALREADY_STARTED:
	case SBI_ERR_ALREADY_STOPPED:
		return -EALREADY;
	default:
		return -EIO;
	}
}

/** sbi_probe_extension() - true if the firmware implements extension @ext. */
bool sbi_probe_extension(unsigned long ext)
{
	struct sbiret r = sbi_ecall(SBI_EXT_BASE, SBI_BASE_PROBE_EXT, ext, 0, 0, 0, 0, 0);

	return !r.error && r.value;
}

/** sbi_console_putchar() - legacy console output of one byte (works in every SBI version). */
void sbi_console_putchar(int ch)
{
	sbi_ecall(SBI_EXT_0_1_CONSOLE_PUTCHAR, 0, (unsigned long)ch, 0, 0, 0, 0, 0);
}

/** sbi_console_getchar() - legacy console input; -1 when nothing is waiting. */
int sbi_console_getchar(void)
{
	struct sbiret r = sbi_ecall(SBI_EXT_0_1_CONSOLE_GETCHAR, 0, 0, 0, 0, 0, 0, 0);

	/* Legacy calls return their result in a0, which sbi_ecall() reports as .error. */
	return r.error < 0 ? -1 : (int)r.error;
}

/** sbi_system_reset() - SRST; falls back to the legacy shutdown call for a shutdown. */
int sbi_system_reset(unsigned long type, unsigned long reason)
{
	struct sbiret r = sbi_ecall(SBI_EXT_SRST, 0, type, reason, 0, 0, 0, 0);

	if (type == SBI_SRST_TYPE_SHUTDOWN)
		sbi_ecall(SBI_EXT_0_1_SHUTDOWN, 0, 0, 0, 0, 0, 0, 0);
	return sbi_err_to_errno(r.error);
}

/** sbi_hart_start() - HSM: start @hartid at @start_pa (MMU off) with a1 = @opaque. */
int sbi_hart_start(unsigned long hartid, phys_addr_t start_pa, unsigned long opaque)
{
	return sbi_err_to_errno(sbi_ecall(SBI_EXT_HSM, 0, hartid, start_pa, opaque, 0, 0, 0).error);
}

/** sbi_hart_stop() - HSM: stop the calling hart; returns only on failure. */
int sbi_hart_stop(void)
{
	return sbi_err_to_errno(sbi_ecall(SBI_EXT_HSM, 1, 0, 0, 0, 0, 0, 0).error);
}

/** sbi_hart_get_status() - HSM state (SBI_HSM_STATE_*) of @hartid, or a negative errno. */
int sbi_hart_get_status(unsigned long hartid)
{
	struct sbiret r = sbi_ecall(SBI_EXT_HSM, 2, hartid, 0, 0, 0, 0, 0);

	return r.error ? sbi_err_to_errno(r.error) : (int)r.value;
}

/** sbi_remote_fence_i() - RFENCE: fence.i on the harts in the mask. */
int sbi_remote_fence_i(unsigned long hart_mask, unsigned long hart_mask_base)
{
	return sbi_err_to_errno(
		sbi_ecall(SBI_EXT_RFENCE, 0, hart_mask, hart_mask_base, 0, 0, 0, 0).error);
}

/** sbi_remote_sfence_vma() - RFENCE: sfence.vma over [@start, @start + @size) on the harts. */
int sbi_remote_sfence_vma(unsigned long hart_mask, unsigned long hart_mask_base,
			  unsigned long start, unsigned long size)
{
	return sbi_err_to_errno(
		sbi_ecall(SBI_EXT_RFENCE, 1, hart_mask, hart_mask_base, start, size, 0, 0).error);
}

/** sbi_remote_sfence_vma_asid() - as sbi_remote_sfence_vma(), for one address space id. */
int sbi_remote_sfence_vma_asid(unsigned long hart_mask, unsigned long hart_mask_base,
			       unsigned long start, unsigned long size, unsigned long asid)
{
	return sbi_err_to_errno(
		sbi_ecall(SBI_EXT_RFENCE, 2, hart_mask, hart_mask_base, start, size, asid, 0).error);
}

static const char *sbi_impl_name(unsigned long id)
{
	static const char *const names[] = { "Berkeley Boot Loader", "OpenSBI", "Xvisor", "KVM",
					     "RustSBI", "Diosix", "Coffer" };

	return id < ARRAY_SIZE(names) ? names[id] : "unknown";
}

/** sbi_init() - probe and report the SBI implementation (Linux's "SBI ..." lines). */
void sbi_init(void)
{
	static const struct {
		unsigned long id;
		const char *name;
	} exts[] = {
		{ SBI_EXT_TIME, "TIME" }, { SBI_EXT_IPI, "IPI" },   { SBI_EXT_RFENCE, "RFENCE" },
		{ SBI_EXT_HSM, "HSM" },	  { SBI_EXT_SRST, "SRST" }, { SBI_EXT_PMU, "PMU" },
		{ SBI_EXT_DBCN, "DBCN" },
	};
	struct sbiret r = sbi_ecall(SBI_EXT_BASE, SBI_BASE_GET_SPEC_VERSION, 0, 0, 0, 0, 0, 0);
	unsigned long impl, ver;

	sbi_spec_version = r.error ? 1 /* v0.1 */ : (unsigned long)r.value;
	pr_info("specification v%lu.%lu detected\n", (sbi_spec_version >> 24) & 0x7f,
		sbi_spec_version & 0xffffff);
	impl = sbi_ecall(SBI_EXT_BASE, SBI_BASE_GET_IMP_ID, 0, 0, 0, 0, 0, 0).value;
	ver = sbi_ecall(SBI_EXT_BASE, SBI_BASE_GET_IMP_VERSION, 0, 0, 0, 0, 0, 0).value;
	pr_info("implementation ID=%#lx (%s) Version=%#lx\n", impl, sbi_impl_name(impl), ver);
	for (size_t i = 0; i < ARRAY_SIZE(exts); i++)
		pr_info("extension %-6s %s\n", exts[i].name,
			sbi_probe_extension(exts[i].id) ? "present" : "absent");
}
