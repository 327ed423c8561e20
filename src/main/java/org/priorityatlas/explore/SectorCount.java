package org.priorityatlas.explore;

import org.priorityatlas.dataset.Sector;

/** How many regions prioritise a sector under the current filter: one row of the convergence ranking. */
public record SectorCount(Sector sector, int regions) {
}
