#!/usr/bin/python3
"""The anchor for the API benchmark: define + XMLDesc + undefine on test:///default through python3-libvirt,
in-process (libvirt's test driver runs inside this process). Prints cycles per second.

usage: api-loop.py DOMAIN_XML [SECONDS]
"""
import sys
import time

import libvirt


def main():
    path = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    with open(path, encoding="utf-8") as f:
        xml = f.read()
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    conn = libvirt.open("test:///default")

    def cycle():
        dom = conn.defineXMLFlags(xml, 0)
        desc = dom.XMLDesc(0)
        dom.undefine()
        return desc

    # warm-up, then count whole cycles in the measured window
    end = time.perf_counter() + min(1.0, seconds / 4)
    while time.perf_counter() < end:
        cycle()
    n = 0
    start = time.perf_counter()
    end = start + seconds
    while True:
        for _ in range(100):
            cycle()
        n += 100
        now = time.perf_counter()
        if now >= end:
            break
    conn.close()
    print(f"{n / (now - start):.1f}")


if __name__ == "__main__":
    main()
