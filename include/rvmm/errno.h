/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one errno header. Functions return 0 or a negative value from this list; the values are
 * Linux's so that a reader can look them up.
 */
#ifndef RVMM_ERRNO_H
#define RVMM_ERRNO_H

#define EPERM 1
#define ENOENT 2
#define EIO 5
#define E2BIG 7
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define EBUSY 16
#define EEXIST 17
#define ENODEV 19
#define EINVAL 22
#define ENOSPC 28
#define ERANGE 34
#define ENOSYS 38
#define EOPNOTSUPP 95
#define ETIMEDOUT 110
#define EALREADY 114

/* errname() - the symbolic name of an errno value ("ENOMEM"), or NULL if unknown. */
const char *errname(int err);

#endif /* RVMM_ERRNO_H */
