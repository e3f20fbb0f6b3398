#!/usr/bin/python3
"""Regenerates the NetworkXml2XmlTest expectations from real libvirt.

For each NAME.xml given (default: every fixture in the suite folder): define it, write `net-dumpxml` to
NAME.out.xml and undefine it again (unless it is running), or, when libvirt refuses it, write NAME.err with three lines: error code
number, error domain number, message.

Fixtures go to libvirt's test driver (test:///default), except those whose name contains `netdriver-`: they
need the real network driver (its dnsmasq XML namespace, which the test driver does not register) and go to the
scratch libvirtd of bin/lib/libvirtd-scratch.sh (qemu:///system on $JVIRT_LIBVIRTD_DIR/libvirt-sock, default
/tmp/jvirt-libvirtd). Defining there only writes a config file, removed by the undefine right after the dump;
such fixtures name their own bridge and MAC so the driver has nothing to generate. They are skipped, with a
message, when that libvirtd is not running.
Run: /usr/bin/python3 jvirt-conf/src/test/scripts/networkxml2xml-oracle.py [files...]
"""
import os

import libvirt
import xml2xml

SCRATCH_SOCKET = os.path.join(os.environ.get('JVIRT_LIBVIRTD_DIR', '/tmp/jvirt-libvirtd'), 'libvirt-sock')


def connect(name):
    if 'netdriver-' not in name:
        return libvirt.open('test:///default')
    if not os.path.exists(SCRATCH_SOCKET):
        return None
    return libvirt.open('qemu:///system?socket=' + SCRATCH_SOCKET)


def convert(name, xml):
    conn = connect(name)
    if conn is None:
        print('skip', name, '(needs the scratch libvirtd: bin/lib/libvirtd-scratch.sh start)')
        return None
    try:
        net = conn.networkDefineXML(xml)
        out = net.XMLDesc(0)
        try:
            net.undefine()
        except libvirt.libvirtError:
            pass  # a running network (test:///default's own 'default') stays; its dump is still right
        return out
    finally:
        conn.close()


xml2xml.regenerate('networkxml2xml', convert)
