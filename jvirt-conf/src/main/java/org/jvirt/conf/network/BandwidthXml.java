package org.jvirt.conf.network;

import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/**
 * {@code <bandwidth>} parse and format (virNetDevBandwidthParse/Format in libvirt 9.0, VIR_FROM_NONE). Networks
 * and portgroups never allow {@code floor} (it belongs to guest interfaces) nor {@code classID} (live state).
 */
public final class BandwidthXml {

    private BandwidthXml() {
    }

    /** Null when neither direction is given, as libvirt then keeps no bandwidth at all. */
    public static BandwidthDef parse(Element bw, boolean allowFloor) {
        if (NetDom.attr(bw, "classID") != null) {
            throw NetErr.none(ErrorCode.XML_DETAIL,
                    "classID attribute not supported on <bandwidth> in this usage context");
        }
        Element in = null;
        Element out = null;
        for (Element c : NetDom.elements(bw)) {
            switch (NetDom.localName(c)) {
                case "inbound" -> {
                    if (in != null) {
                        throw NetErr.none(ErrorCode.XML_DETAIL, "Only one child <inbound> element allowed");
                    }
                    in = c;
                }
                case "outbound" -> {
                    if (out != null) {
                        throw NetErr.none(ErrorCode.XML_DETAIL, "Only one child <outbound> element allowed");
                    }
                    out = c;
                }
                default -> {
                    // libvirt ignores unknown children here
                }
            }
        }
        BandwidthDef.Rate inRate = null;
        BandwidthDef.Rate outRate = null;
        if (in != null) {
            inRate = rate(in);
            if (inRate.floor() != 0 && !allowFloor) {
                throw NetErr.none(ErrorCode.CONFIG_UNSUPPORTED, "floor attribute is not supported for this config");
            }
        }
        if (out != null) {
            outRate = rate(out);
            if (outRate.floor() != 0) {
                throw NetErr.none(ErrorCode.CONFIG_UNSUPPORTED, "'floor' attribute allowed only in <inbound> element");
            }
        }
        return inRate == null && outRate == null ? null : new BandwidthDef(inRate, outRate);
    }

    private static BandwidthDef.Rate rate(Element e) {
        String average = NetDom.attr(e, "average");
        String peak = NetDom.attr(e, "peak");
        String burst = NetDom.attr(e, "burst");
        String floor = NetDom.attr(e, "floor");
        long avg = 0;
        if (average != null) {
            avg = number(average, "average");
        } else if (floor == null) {
            throw NetErr.none(ErrorCode.XML_DETAIL, "Missing mandatory average or floor attributes");
        }
        if ((peak != null || burst != null) && average == null) {
            throw NetErr.none(ErrorCode.CONFIG_UNSUPPORTED, "'peak' and 'burst' require 'average' attribute");
        }
        long pk = peak == null ? 0 : number(peak, "peak");
        long bu = burst == null ? 0 : number(burst, "burst");
        long fl = floor == null ? 0 : number(floor, "floor");
        return new BandwidthDef.Rate(avg, pk, fl, bu);
    }

    private static long number(String text, String what) {
        Long v = VirNumbers.ullp(text, 10);
        if (v == null) {
            throw NetErr.none(ErrorCode.CONFIG_UNSUPPORTED, "could not convert bandwidth %s value '%s'", what, text);
        }
        return v;
    }

    public static void format(XmlWriter w, BandwidthDef bw) {
        if (bw == null) {
            return;
        }
        // always a start/end pair, even when no direction is printable
        w.open("bandwidth").body();
        rate(w, "inbound", bw.inbound());
        rate(w, "outbound", bw.outbound());
        w.end("bandwidth");
    }

    private static void rate(XmlWriter w, String name, BandwidthDef.Rate r) {
        if (r == null || !r.printable()) {
            return;
        }
        w.open(name);
        unsigned(w, "average", r.average());
        unsigned(w, "peak", r.peak());
        unsigned(w, "floor", r.floor());
        unsigned(w, "burst", r.burst());
        w.end(name);
    }

    private static void unsigned(XmlWriter w, String attr, long v) {
        if (v != 0) {
            w.attr(attr, Long.toUnsignedString(v));
        }
    }
}
