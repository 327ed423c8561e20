package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.priorityatlas.geo.Geodata;

class OfflineTileRetrieverTest {
    private static final int SEA = BasemapTileRenderer.SEA.getRGB();

    @Test
    void drawsChinaTileWithoutTheNetwork() throws Exception {
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
            TilePixels t = TilePixels.containing(4, 103.0, 38.0);
            assertEquals(new TilePixels(4, 12, 6), t);
            Image image = new OfflineTileRetriever().loadTile(4, 12, 6).get(20, TimeUnit.SECONDS);
            assertEquals(256, image.getWidth());
            assertEquals(256, image.getHeight());
            assertEquals(BasemapTileRenderer.CHINA.getRGB(), image.getPixelReader().getArgb(t.px(103.0), t.py(38.0)));

            TilePixels s = TilePixels.containing(4, 111.5, 13.5);
            Image sea = new OfflineTileRetriever().loadTile(4, s.x(), s.y()).get(20, TimeUnit.SECONDS);
            assertEquals(SEA, sea.getPixelReader().getArgb(s.px(111.5), s.py(13.5)));
        } finally {
            ProxySelector.setDefault(previous);
        }
        assertTrue(attempts.isEmpty(), "network attempts: " + attempts);
    }

    @Test
    void tileCodeReferencesNoNetworkApi() throws Exception {
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

    @Test
    void failingRendererYieldsSeaPlaceholder() throws Exception {
        OfflineTileRetriever retriever = new OfflineTileRetriever((zoom, x, y) -> {
            throw new IllegalStateException("renderer failure injected by the test");
        });
        CompletableFuture<Image> tile = retriever.loadTile(5, 25, 13);
        Image image = tile.get(20, TimeUnit.SECONDS);
        assertFalse(tile.isCompletedExceptionally());
        assertEquals(256, image.getWidth());
        assertEquals(SEA, image.getPixelReader().getArgb(0, 0));
        assertEquals(SEA, image.getPixelReader().getArgb(255, 255));
    }

    @Test
    void repeatedRequestsShareOneTile() {
        OfflineTileRetriever retriever = new OfflineTileRetriever();
        assertSame(retriever.loadTile(3, 6, 3), retriever.loadTile(3, 6, 3));
    }
}
