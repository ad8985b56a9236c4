/* SPDX-License-Identifier: GPL-2.0 */
/*
 * reboot.h - ending the machine. On QEMU virt the exit status comes from the sifive,test0
 * device (SBI SRST always exits QEMU with 0), so a failing kernel makes `make test` fail.
 */
#ifndef RVMM_REBOOT_H
#define RVMM_REBOOT_H

#include <rvmm/compiler.h>

#define EXIT_SUCCESS_CODE 0
#define EXIT_TEST_FAILURE 1 /* in-kernel tests failed */
#define EXIT_PANIC 2	    /* panic() */

/**
 * machine_exit() - stop the machine with exit status @code (QEMU's exit status).
 * Uses the sifive,test0 device when the FDT has one, else SBI SRST (status then lost).
 */
void machine_exit(int code) __noreturn;

/* machine_restart() - reboot through the test device or SRST. */
void machine_restart(void) __noreturn;

/* machine_exit_init() - find and map the sifive,test0 device from the FDT. */
void machine_exit_init(void);

#endif /* RVMM_REBOOT_H */
