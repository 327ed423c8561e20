package org.priorityatlas.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.priorityatlas.dataset.DocumentInfo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Documents" menu: one check item per document, so a student can see what a single outlet's report
 * says. At least one document stays checked; all checked means no document filter.
 */
final class DocumentFilterMenu extends MenuButton {
    private final AtlasViewModel model;
    private boolean checkingAll;

    DocumentFilterMenu(AtlasViewModel model) {
        this.model = model;
        setId("documents-filter");
        setAccessibleText("Filter by document");
        model.atlasProperty().addListener((o, old, atlas) -> {
            if (old == null || old.dataset() != atlas.dataset()) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        List<DocumentInfo> documents = model.atlas().dataset().documents();
        Set<String> shown = model.atlas().filter().documents();
        getItems().clear();
        for (DocumentInfo d : documents) {
            CheckBox box = new CheckBox(d.citation() + " \u2014 " + d.shortTitle());
            box.setSelected(shown.isEmpty() || shown.contains(d.id()));
            box.setMaxWidth(Double.MAX_VALUE);
            // The menu stays open, so several documents are checked or unchecked in one visit.
            CustomMenuItem item = new CustomMenuItem(box, false);
            item.setId("document-" + d.id());
            item.setUserData(d.id());
            box.selectedProperty().addListener(o -> apply());
            getItems().add(item);
        }
        updateText();
    }

    private void apply() {
        if (checkingAll) {
            return;
        }
        Set<String> checked = new LinkedHashSet<>();
        getItems().stream().filter(i -> box(i).isSelected()).forEach(i -> checked.add((String) i.getUserData()));
        if (checked.isEmpty()) {
            checkingAll = true;
            getItems().forEach(i -> box(i).setSelected(true));
            checkingAll = false;
        }
        model.setDocuments(checked.size() == getItems().size() ? Set.of() : checked);
        updateText();
    }

    private static CheckBox box(MenuItem item) {
        return (CheckBox) ((CustomMenuItem) item).getContent();
    }

    private void updateText() {
        long checked = getItems().stream().filter(i -> box(i).isSelected()).count();
        setText("Documents " + checked + "/" + getItems().size());
    }
}
