package org.priorityatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The atlas window. */
public class AtlasApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Priority Atlas");
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
