package org.priorityatlas.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HeapFootprintTest {
    private static final HotSpotDiagnosticMXBean VM = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void theRunningJvmTakesBothFreeRatioLimits() {
        assumeTrue(VM.getVMOption("MaxHeapFreeRatio").getOrigin() != VMOption.Origin.VM_CREATION,
                "the test JVM was started with ratios of its own");
        HeapFootprint.apply();
        // The maximum (30) lies below the JVM's default minimum (40): it is only accepted after the minimum.
        assertEquals(HeapFootprint.MIN_FREE_PERCENT, VM.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals(HeapFootprint.MAX_FREE_PERCENT, VM.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
