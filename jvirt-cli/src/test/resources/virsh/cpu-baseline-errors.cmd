-c
test:///default
cpu-baseline target/virsh-tmp/nosuch.xml; cpu-baseline src/test/resources/virsh/cpu-baseline-nocpu.xml; cpu-baseline --file src/test/resources/virsh/cpu-baseline-nocpu.xml --features --migratable
