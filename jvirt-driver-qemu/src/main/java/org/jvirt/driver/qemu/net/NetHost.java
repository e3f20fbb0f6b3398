package org.jvirt.driver.qemu.net;

/**
 * The host side effects of guest NICs (DESIGN P6: side effects behind a small interface, so the logic that
 * orders them and undoes them is testable without root). Every method throws a VirtException with libvirt's
 * text on failure.
 */
interface NetHost {

    /**
     * Creates the persistent tap {@code name}. With {@code exclusive}, an existing device of that name is not
     * touched and false is returned (the name is taken); without, an existing tap is adopted as libvirt does for
     * a configured {@code <target dev>}.
     */
    boolean createTap(String name, boolean exclusive);

    /** Removes a persistent tap; failures are errors (callers that clean up log and go on). */
    void deleteTap(String name);

    /** The MTU of {@code dev}: how libvirt finds out that a bridge does not exist. */
    int mtu(String dev);

    void setMtu(String dev, int mtu);

    /** Sets the device's MAC, "aa:bb:cc:dd:ee:ff". */
    void setMac(String dev, String mac);

    void addBridgePort(String bridge, String port);

    void setOnline(String dev);

    /** Runs {@code script TAP} directly (no shell) and waits; a non-zero exit is an error. */
    void runScript(String script, String tap);
}
