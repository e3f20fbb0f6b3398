#!/usr/bin/python3
"""Writes a node file in libvirt's test-driver format (test:///PATH) with N domains and a network.

usage: gen-node.py N OUT.xml
Every third domain is shut off (the test namespace's runstate 5), the rest are running, so `list --all`
prints both kinds. Deterministic: the same N gives the same file.
"""
import sys
import uuid


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    ns = uuid.UUID("8f0e7a52-6d0c-4b8e-9a57-3c1f2d4b5e60")
    with open(out, "w", encoding="utf-8") as f:
        w = f.write
        w("<node>\n")
        w("  <cpu>\n    <mhz>6000</mhz>\n    <model>i986</model>\n    <active>50</active>\n"
          "    <nodes>4</nodes>\n    <sockets>4</sockets>\n    <cores>4</cores>\n    <threads>2</threads>\n  </cpu>\n")
        w("  <memory>8192000</memory>\n")
        for i in range(1, n + 1):
            name = f"guest{i:05d}"
            u = uuid.uuid5(ns, name)
            state = 5 if i % 3 == 0 else 1
            w(f"  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n"
              f"    <name>{name}</name>\n"
              f"    <uuid>{u}</uuid>\n"
              f"    <memory>{262144 + (i % 8) * 65536}</memory>\n"
              f"    <currentMemory>{262144}</currentMemory>\n"
              f"    <vcpu>{1 + i % 4}</vcpu>\n"
              f"    <os>\n      <type arch='i686'>hvm</type>\n    </os>\n"
              f"    <on_poweroff>destroy</on_poweroff>\n"
              f"    <on_reboot>restart</on_reboot>\n"
              f"    <on_crash>destroy</on_crash>\n"
              f"    <test:runstate>{state}</test:runstate>\n"
              f"  </domain>\n")
        w("  <network>\n    <name>default</name>\n    <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>\n"
          "    <bridge name='virbr0'/>\n    <forward/>\n    <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
          "      <dhcp>\n        <range start='192.168.122.2' end='192.168.122.254'/>\n      </dhcp>\n    </ip>\n"
          "  </network>\n")
        w("</node>\n")


if __name__ == "__main__":
    main()
