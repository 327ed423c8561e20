package org.priorityatlas.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;

/**
 * Keeps the window's heap close to what it holds. A jar cannot carry JVM options, and with the JVM's
 * defaults on a large machine the collector keeps (and touches) up to 70 % of the heap free: on a 24 GB
 * machine G1 grew to 540 MB during start-up in some runs. The two free-ratio limits are the heap settings
 * a running HotSpot JVM lets an application change; with them G1 gives back what is above 30 % free at
 * the end of each marking cycle (and the serial collector at each full collection).
 */
final class HeapFootprint {
    static final String MAX_FREE_PERCENT = "30";
    static final String MIN_FREE_PERCENT = "10";

    private HeapFootprint() {
    }

    /** Applies the limits on a daemon thread (loading the management classes is off the start-up path). */
    static void keepSmall() {
        Thread t = new Thread(HeapFootprint::apply, "heap-footprint");
        t.setDaemon(true);
        t.start();
    }

    static void apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!isDefault(vm, "MinHeapFreeRatio") || !isDefault(vm, "MaxHeapFreeRatio")) {
                return;
            }
            // Lower the minimum first: the JVM refuses a maximum below the current minimum (40 by default).
            vm.setVMOption("MinHeapFreeRatio", MIN_FREE_PERCENT);
            vm.setVMOption("MaxHeapFreeRatio", MAX_FREE_PERCENT);
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or the management module left out: keep the JVM's settings.
        }
    }

    /** Whether nobody (command line, JDK_JAVA_OPTIONS) has set the flag: theirs wins. */
    private static boolean isDefault(HotSpotDiagnosticMXBean vm, String flag) {
        return vm.getVMOption(flag).getOrigin() == VMOption.Origin.DEFAULT;
    }
}
