package org.priorityatlas.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code --region CN-GD --sector ai --period 15th-fyp} opens the atlas on that view. */
class StartOptionsTest extends AtlasAppTestBase {

    @Override
    protected String[] arguments() {
        return new String[]{"--region", "CN-GD", "--sector", "ai", "--period", "15th-fyp"};
    }

    @Test
    void startsOnTheViewFromTheCommandLine() {
        assertEquals("CN-GD", model().selectedRegionProperty().get());
        assertEquals("ai", model().selectedSectorProperty().get());
        assertEquals("15th-fyp", model().periodProperty().get());
    }
}
