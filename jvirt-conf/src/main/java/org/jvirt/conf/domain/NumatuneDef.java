package org.jvirt.conf.domain;

/**
 * {@code <numatune><memory mode= placement= nodeset=/></numatune>}. libvirt adds the auto form itself when
 * vcpu placement is auto.
 */
public record NumatuneDef(String mode, String placement, String nodeset) {
}
