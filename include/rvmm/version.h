/* SPDX-License-Identifier: GPL-2.0 */
#ifndef RVMM_VERSION_H
#define RVMM_VERSION_H

#define RVMM_VERSION "0.1"

/* "rvmm version 0.1 (gcc ...) <build date>", printed first at boot (entry/main.c). */
extern const char rvmm_banner[];

#endif
