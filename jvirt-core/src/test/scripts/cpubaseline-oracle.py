#!/usr/bin/python3
"""Records the CpuBaselineTest expectations from real libvirt 9.0 (its test driver, test:///default).

For each NAME.xml given (default: every fixture in the suite folder): split it into its <cpu> documents, call
virConnectBaselineCPU on them (with VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES when NAME contains `-features`) and
write the result to NAME.out.xml, or, when libvirt refuses, write NAME.err with three lines: error code number,
error domain number, message.
Run: /usr/bin/python3 jvirt-core/src/test/scripts/cpubaseline-oracle.py [files...]
"""
import glob
import os
import re
import sys

import libvirt

libvirt.registerErrorHandler(lambda ctx, err: None, None)
SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'cpubaseline')
CPU = re.compile(r'<cpu\b.*?</cpu>', re.S)


def main():
    files = sys.argv[1:] or sorted(f for f in glob.glob(os.path.join(SUITE, '*.xml')) if not f.endswith('.out.xml'))
    conn = libvirt.open('test:///default')
    for path in files:
        base = path[:-len('.xml')]
        flags = libvirt.VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES if '-features' in os.path.basename(base) else 0
        cpus = CPU.findall(open(path).read())
        for stale in (base + '.out.xml', base + '.err'):
            if os.path.exists(stale):
                os.remove(stale)
        try:
            with open(base + '.out.xml', 'w') as out:
                out.write(conn.baselineCPU(cpus, flags))
        except libvirt.libvirtError as e:
            os.remove(base + '.out.xml')
            with open(base + '.err', 'w') as err:
                err.write('%d\n%d\n%s\n' % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))


if __name__ == '__main__':
    main()
