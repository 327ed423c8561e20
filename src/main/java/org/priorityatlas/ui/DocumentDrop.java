package org.priorityatlas.ui;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Accepts document files (.txt, .md, .html, .htm) dragged onto a node; other drops are left alone. */
final class DocumentDrop {
    private DocumentDrop() {
    }

    static void install(Node target, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!documents(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = documents(e.getDragboard());
            e.setDropCompleted(!files.isEmpty());
            if (!files.isEmpty()) {
                e.consume();
                onDrop.accept(files);
            }
        });
    }

    static List<Path> documents(Dragboard board) {
        if (!board.hasFiles()) {
            return List.of();
        }
        return board.getFiles().stream().filter(File::isFile).filter(DocumentDrop::isDocument).map(File::toPath).toList();
    }

    private static boolean isDocument(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return LibraryDialog.EXTENSIONS.stream().anyMatch(ext -> name.endsWith(ext.substring(1)));
    }
}
