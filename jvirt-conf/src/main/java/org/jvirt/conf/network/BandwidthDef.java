package org.jvirt.conf.network;

/**
 * {@code <bandwidth><inbound/><outbound/></bandwidth>} (virNetDevBandwidth). A direction given in XML is kept even
 * when all its rates are 0: libvirt then still prints an empty {@code <bandwidth>} pair.
 *
 * @param inbound null when no {@code <inbound>} was given
 * @param outbound null when no {@code <outbound>} was given
 */
public record BandwidthDef(Rate inbound, Rate outbound) {

    /**
     * One direction's rates, unsigned 64-bit values kept in a long's bits (printed with
     * {@link Long#toUnsignedString(long)}); 0 means unset and is never printed.
     */
    public record Rate(long average, long peak, long floor, long burst) {

        /** libvirt prints a direction only when it has an average or a floor. */
        public boolean printable() {
            return average != 0 || floor != 0;
        }
    }
}
