package org.priorityatlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.explore.Filter;
import org.priorityatlas.explore.SearchHit;
import org.priorityatlas.explore.SearchIndex;
import org.priorityatlas.map.Colouring;
import org.priorityatlas.map.Colourings;
import org.priorityatlas.map.LabelMode;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The atlas's state and commands: the dataset under a filter, the selected region and sector, the label
 * language. Views bind to the read-only properties and call the commands; this class never sees a Node.
 */
public final class AtlasViewModel {
    private final ReadOnlyObjectWrapper<AtlasIndex> atlas = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Colouring> colouring = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selectedRegion = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper selectedSector = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper(Filter.ALL_PERIODS);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PanelTopic> panelTopic = new ReadOnlyObjectWrapper<>(PanelTopic.SELECTION);
    private final ObjectProperty<LabelMode> labelMode = new SimpleObjectProperty<>(LabelMode.ENGLISH);
    private Dataset dataset;
    private Colourings colourings;
    private boolean computeAhead;

    /** What the side panel shows besides the current selection. */
    public enum PanelTopic { SELECTION, NATIONAL }

    /** A model of {@code index}'s dataset, unfiltered; the index may be built off the FX thread. */
    public AtlasViewModel(AtlasIndex index) {
        show(index);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<AtlasIndex> atlasProperty() {
        return atlas.getReadOnlyProperty();
    }

    public AtlasIndex atlas() {
        return atlas.get();
    }

    public ReadOnlyObjectProperty<Colouring> colouringProperty() {
        return colouring.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedRegionProperty() {
        return selectedRegion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedSectorProperty() {
        return selectedSector.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** A message for the user (e.g. a dataset that failed to load); empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PanelTopic> panelTopicProperty() {
        return panelTopic.getReadOnlyProperty();
    }

    public ObjectProperty<LabelMode> labelModeProperty() {
        return labelMode;
    }

    public Optional<Region> selectedRegion() {
        return Optional.ofNullable(selectedRegion.get()).flatMap(id -> atlas().region(id));
    }

    public Optional<Sector> selectedSector() {
        return Optional.ofNullable(selectedSector.get()).flatMap(id -> atlas().sector(id));
    }

    // ---- commands ----

    /** Replaces the dataset (after a rebuild), keeping the filter and the selection where they still exist. */
    public void setDataset(Dataset newDataset) {
        show(AtlasIndex.of(newDataset));
    }

    /** Shows {@code index}'s dataset through the current filter (none at first). */
    private void show(AtlasIndex index) {
        this.dataset = index.dataset();
        Filter filter = atlas.get() == null ? Filter.ALL : atlas.get().filter();
        atlas.set(index.withFilter(filter));
        recolour();
    }

    public void showNotice(String message) {
        notice.set(message == null ? "" : message);
    }

    public void selectRegion(String regionId) {
        boolean known = regionId != null && atlas().region(regionId).filter(r -> !r.isNational()).isPresent();
        selectedRegion.set(known ? regionId : null);
        panelTopic.set(PanelTopic.SELECTION);
    }

    /** Selects a sector (the map switches to the sector view), or the overview with null. */
    public void selectSector(String sectorId) {
        selectedSector.set(sectorId != null && atlas().sector(sectorId).isPresent() ? sectorId : null);
        panelTopic.set(PanelTopic.SELECTION);
        recolour();
    }

    /**
     * Selects {@code sectorId}, runs {@code look}, then puts the sector and the panel's topic back as they
     * were. Called from one FX task, no frame on screen shows the other sector (see {@link Rehearsal}).
     */
    void withSectorBriefly(String sectorId, Runnable look) {
        String sector = selectedSector.get();
        PanelTopic topic = panelTopic.get();
        selectSector(sectorId);
        try {
            look.run();
        } finally {
            selectedSector.set(sector);
            panelTopic.set(topic);
            recolour();
        }
    }

    /** Esc: first the region, then the sector, then the national panel. */
    public void clearSelection() {
        if (selectedRegion.get() != null) {
            selectedRegion.set(null);
        } else if (selectedSector.get() != null) {
            selectSector(null);
        }
        panelTopic.set(PanelTopic.SELECTION);
    }

    public void showNational() {
        panelTopic.set(PanelTopic.NATIONAL);
    }

    public void setPeriod(String newPeriod) {
        period.set(newPeriod == null ? Filter.ALL_PERIODS : newPeriod);
        atlas.set(AtlasIndex.of(dataset).withFilter(atlas.get().filter().withPeriod(period.get())));
        recolour();
    }

    /** Shows only these documents (empty: all of them); periods still apply. */
    public void setDocuments(java.util.Set<String> documentIds) {
        atlas.set(AtlasIndex.of(dataset).withFilter(atlas.get().filter().withDocuments(documentIds)));
        recolour();
    }

    /** Moves the selection to the next (+1) or previous (-1) region in GB/T 2260 order. */
    public void stepRegion(int direction) {
        selectRegion(step(atlas().regions().stream().map(Region::id).toList(), selectedRegion.get(), direction));
    }

    /**
     * As {@link #stepRegion}, but only through the regions the map shows a priority for: those that
     * prioritise the selected sector, or in the overview those that name any. Presentation mode steps so:
     * in class, stepping through all 34 stopped mostly at regions with nothing to show.
     */
    public void stepRegionWithPriorities(int direction) {
        Colouring shown = colouring.get();
        List<String> named = atlas().regions().stream().map(Region::id).filter(id -> shown.fill(id).named()).toList();
        if (named.isEmpty()) {
            stepRegion(direction);
        } else {
            selectRegion(step(named, selectedRegion.get(), direction));
        }
    }

    /** Moves to the next or previous sector in the convergence ranking, through the overview. */
    public void stepSector(int direction) {
        List<String> order = new java.util.ArrayList<>();
        order.add(null);
        atlas().convergence().forEach(c -> order.add(c.sector().id()));
        int at = order.indexOf(selectedSector.get());
        selectSector(order.get(Math.floorMod(at + direction, order.size())));
    }

    /** Applies a search result: selects its region and, for sector or sentence hits, its sector. */
    public void apply(SearchHit hit) {
        if (hit.sectorId() != null) {
            selectSector(hit.sectorId());
        }
        if (hit.regionId() != null) {
            selectRegion(hit.regionId());
        } else if (hit.kind() == SearchHit.Kind.SECTOR) {
            selectedRegion.set(null);
        }
    }

    public List<SearchHit> search(String query) {
        return new SearchIndex(atlas()).search(query);
    }

    /**
     * From now on every colouring of the atlas in view is computed ahead, on a background thread, so that
     * switching sectors only looks one up (see {@link Colourings}). Called once the window is up: at
     * start-up that thread would compete with the first frame.
     */
    public void computeColouringsAhead() {
        computeAhead = true;
        Colourings ahead = colourings();
        Background.EXECUTOR.execute(ahead::computeAll);
    }

    private void recolour() {
        colouring.set(colourings().get(selectedSector()));
    }

    /** The colourings of the atlas in view; a new atlas gets new ones, computed ahead if asked to. */
    private Colourings colourings() {
        if (colourings == null || colourings.atlas() != atlas()) {
            colourings = new Colourings(atlas());
            if (computeAhead) {
                Background.EXECUTOR.execute(colourings::computeAll);
            }
        }
        return colourings;
    }

    /** One daemon thread for work computed ahead, made on first use. */
    private static final class Background {
        static final Executor EXECUTOR = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-colourings");
            t.setDaemon(true);
            return t;
        });
    }

    private static String step(List<String> ids, String current, int direction) {
        if (ids.isEmpty()) {
            return null;
        }
        int at = ids.indexOf(current);
        if (at < 0) {
            return direction >= 0 ? ids.get(0) : ids.get(ids.size() - 1);
        }
        return ids.get(Math.floorMod(at + direction, ids.size()));
    }
}
