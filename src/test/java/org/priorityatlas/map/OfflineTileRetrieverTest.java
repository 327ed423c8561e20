package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import com.gluonhq.maps.tile.TileRetriever;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.priorityatlas.geo.Geodata;

class OfflineTileRetrieverTest {

    @Test
    void gluonFindsTheOfflineRetriever() {
        List<String> found = ServiceLoader.load(TileRetriever.class).stream().map(p -> p.type().getName()).toList();
        assertEquals(List.of(OfflineTileRetriever.class.getName()), found);
    }

    @Test
    void tilesArriveAtOnceAsSeaWithoutTheNetwork() {
        // Every URL connection and socket asks the default ProxySelector first; record any such attempt.
        List<URI> attempts = new CopyOnWriteArrayList<>();
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException e) {
            }
        });
        try {
            CompletableFuture<Image> tile = new OfflineTileRetriever().loadTile(4, 12, 6);
            assertTrue(tile.isDone() && !tile.isCompletedExceptionally(), "Gluon calls getNow() during layout");
            Image image = tile.getNow(null);
            assertEquals(256, image.getWidth());
            assertEquals(0xFF000000 | Palette.rgb(Palette.SEA), image.getPixelReader().getArgb(128, 128));
        } finally {
            ProxySelector.setDefault(previous);
        }
        assertTrue(attempts.isEmpty(), "network attempts: " + attempts);
    }

    @Test
    void mapCodeReferencesNoNetworkApi() throws Exception {
        // Every class of the map and geo packages (nested ones too), but not the geodata build tool.
        for (Class<?> anchor : List.of(OfflineTileRetriever.class, Geodata.class)) {
            try (Stream<Path> files = Files.list(
                    Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertFalse(constants.contains("java/net/"), file.getFileName() + " refers to java.net");
                }
            }
        }
    }
}
