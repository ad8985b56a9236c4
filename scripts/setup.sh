#!/usr/bin/env bash
# setup.sh - install what rvmm needs on Debian bookworm, and nothing that is already there.
#
# Idempotent and quiet when everything is present: `make qemu` and `make test` call it on every
# run. Packages come only from Debian's archive; apt-get runs as root or through sudo.
set -euo pipefail

# package:probe pairs. The probe is a file or command whose presence means the package is in.
need=(
	"gcc-riscv64-unknown-elf:/usr/bin/riscv64-unknown-elf-gcc"
	"qemu-system-misc:/usr/bin/qemu-system-riscv64"
	"opensbi:/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.elf"
	"device-tree-compiler:/usr/bin/dtc"
	"gdb-multiarch:/usr/bin/gdb-multiarch"
	"linux-source-6.1:/usr/src/linux-source-6.1.tar.xz"
	"gcc:/usr/bin/gcc"
	"libc6-dev:/usr/include/stdio.h"
	"make:/usr/bin/make"
	"python3:/usr/bin/python3"
	"xz-utils:/usr/bin/xz"
	"clang:/usr/bin/clang"
	"libclang-rt-14-dev:/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a"
)

missing=()
for pair in "${need[@]}"; do
	pkg=${pair%%:*}
	probe=${pair#*:}
	[ -e "$probe" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup.sh: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif command -v sudo >/dev/null 2>&1; then
	sudo=(sudo -n)
else
	echo "setup.sh: need root or sudo to install: ${missing[*]}" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
