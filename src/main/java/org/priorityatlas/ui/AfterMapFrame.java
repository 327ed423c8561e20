package org.priorityatlas.ui;

/**
 * Runs a view's refresh once, after the frame that shows the map's change, however many times it is asked
 * for in between. The map recolours in the frame of the change; side views that build dozens of nodes
 * (the source panel, the presentation caption) follow in the next one, so they never hold the map back.
 */
final class AfterMapFrame {
    /** The change's pulse draws the map; the refresh runs at the start of the one after. */
    private static final int PULSES = 2;
    private final Runnable refresh;
    private boolean scheduled;

    AfterMapFrame(Runnable refresh) {
        this.refresh = refresh;
    }

    void request() {
        if (!scheduled) {
            scheduled = true;
            AfterPulses.run(PULSES, () -> {
                scheduled = false;
                refresh.run();
            });
        }
    }

    /** Whether a refresh is waiting (tests wait for it; the benchmark times it). */
    boolean pending() {
        return scheduled;
    }
}
