package org.jvirt.driver.test;

/**
 * The test driver's hypervisor table. Each concern lives in its own interface of default methods (node, domain
 * lifecycle, configuration changes, statistics); this class only joins them and supplies the driver state.
 */
final class TestHypervisor implements TestNodeOps, TestDomainDefineOps, TestLifecycleOps, TestSaveOps,
        TestConfigOps, TestStatsOps, TestMetadataOps, TestEventOps, TestSnapshotOps,
        TestTuningOps, TestGuestOps, TestIOThreadOps, TestDomainStatsOps, TestSaveImageOps, TestHostOps,
        TestCheckpointOps, TestDeviceTuneOps, TestScreenshotOps {

    private final TestDriver driver;

    TestHypervisor(TestDriver driver) {
        this.driver = driver;
    }

    @Override
    public TestDriver driver() {
        return driver;
    }
}
