-c
test:///default
cpu-models x86_64; cpu-models ppc64le; cpu-models aarch64; cpu-models s390x; cpu-models riscv64; cpu-models foo; cpu-models i686
