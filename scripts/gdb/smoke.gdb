# smoke.gdb - run by `make test` after rvmm.gdb: stop at the physical entry point, then in a C
# function after the satp switch, and print what the test runner checks ("SMOKE ..." lines).
hbreak *0x80200000
continue
printf "SMOKE pc-at-entry = %#lx\n", $pc
hbreak sbi_init
continue
python print("SMOKE in = " + gdb.selected_frame().name())
printf "SMOKE kernel_phys_base = %#lx\n", kernel_phys_base
printf "SMOKE hartid = %lu\n", boot_cpu.hartid
hbreak monitor_loop
continue
echo SMOKE dmesg begin\n
rvmm-dmesg
echo SMOKE dmesg end\n
kill
