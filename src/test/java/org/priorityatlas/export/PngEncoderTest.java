package org.priorityatlas.export;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Adler32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The PNG encoder's pieces and the atomic target, without drawing a figure. */
class PngEncoderTest {
    @Test
    void adlerOfTwoPartsCombinesToTheAdlerOfTheWhole() {
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        int split = 123_457;
        Adler32 a = new Adler32();
        a.update(data, 0, split);
        Adler32 b = new Adler32();
        b.update(data, split, data.length - split);
        Adler32 whole = new Adler32();
        whole.update(data);
        assertEquals(whole.getValue(), PngEncoder.combine(a.getValue(), b.getValue(), data.length - split));
    }

    @Test
    void encodedPixelsDecodeUnchanged() throws Exception {
        FigureFixture.start();
        WritableImage image = new WritableImage(301, 257);
        Random random = new Random(3);
        for (int y = 0; y < 257; y++) {
            for (int x = 0; x < 301; x++) {
                image.getPixelWriter().setArgb(x, y, y < 128 ? 0xFF2266AA : 0xFF000000 | random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PngEncoder.write(image, false, bytes);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (int y = 0; y < 257; y += 16) {
            for (int x = 0; x < 301; x += 10) {
                assertEquals(image.getPixelReader().getArgb(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        assertEquals(Color.web("#2266AA"), image.getPixelReader().getColor(0, 0));
    }

    @Test
    void failedWriteLeavesNoFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.png");
        ExportException e = assertThrows(ExportException.class, () -> TargetFile.write(target, (OutputStream out) -> {
            out.write(new byte[100_000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        }));
        assertEquals("could not write " + target + ": the disk is full", e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
