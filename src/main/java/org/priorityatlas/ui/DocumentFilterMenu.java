package org.priorityatlas.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
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
            CheckMenuItem item = new CheckMenuItem(d.citation() + " \u2014 " + d.shortTitle());
            item.setId("document-" + d.id());
            item.setUserData(d.id());
            item.setSelected(shown.isEmpty() || shown.contains(d.id()));
            item.setOnAction(e -> apply());
            getItems().add(item);
        }
        updateText();
    }

    private void apply() {
        Set<String> checked = new LinkedHashSet<>();
        getItems().stream().map(i -> (CheckMenuItem) i).filter(CheckMenuItem::isSelected)
                .forEach(i -> checked.add((String) i.getUserData()));
        if (checked.isEmpty()) {
            getItems().forEach(i -> ((CheckMenuItem) i).setSelected(true));
            checked.clear();
        }
        model.setDocuments(checked.size() == getItems().size() ? Set.of() : checked);
        updateText();
    }

    private void updateText() {
        long checked = getItems().stream().filter(i -> ((CheckMenuItem) i).isSelected()).count();
        setText("Documents " + checked + "/" + getItems().size());
    }
}
