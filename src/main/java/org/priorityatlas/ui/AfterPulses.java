package org.priorityatlas.ui;

import javafx.animation.AnimationTimer;

/** Runs an action on the FX thread after a number of pulses (frames) from now. */
final class AfterPulses extends AnimationTimer {
    private final int pulses;
    private final Runnable action;
    private int seen;

    private AfterPulses(int pulses, Runnable action) {
        this.pulses = pulses;
        this.action = action;
    }

    static void run(int pulses, Runnable action) {
        new AfterPulses(pulses, action).start();
    }

    @Override
    public void handle(long now) {
        if (++seen >= pulses) {
            stop();
            action.run();
        }
    }
}
