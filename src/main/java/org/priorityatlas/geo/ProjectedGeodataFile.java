package org.priorityatlas.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of {@link ProjectedGeodata}: big-endian, a magic number and version, then the regions
 * (id, label point and size, low and high outlines) and the six shared layers. Each {@link Polylines} is
 * a part count, then per part a float count and the floats. Written deterministically.
 */
public final class ProjectedGeodataFile {
    private static final int MAGIC = 0x50414731; // "PAG1"
    private static final int VERSION = 1;

    private ProjectedGeodataFile() {
    }

    public static void write(ProjectedGeodata geodata, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(geodata.regions().size());
        for (RegionOutline r : geodata.regions()) {
            byte[] id = r.id().getBytes(StandardCharsets.UTF_8);
            data.writeInt(id.length);
            data.write(id);
            data.writeDouble(r.labelX());
            data.writeDouble(r.labelY());
            data.writeDouble(r.labelSize());
            write(r.low(), data);
            write(r.high(), data);
        }
        for (Polylines layer : List.of(geodata.landLow(), geodata.landHigh(), geodata.bordersLow(),
                geodata.bordersHigh(), geodata.neighbours(), geodata.neighbourBorders())) {
            write(layer, data);
        }
        data.flush();
    }

    /** The file's bytes, for comparing a fresh projection with the committed one. */
    public static byte[] bytes(ProjectedGeodata geodata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
        try {
            write(geodata, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void write(Polylines lines, DataOutputStream data) throws IOException {
        data.writeInt(lines.parts().size());
        for (float[] part : lines.parts()) {
            data.writeInt(part.length);
            for (float v : part) {
                data.writeFloat(v);
            }
        }
    }

    public static ProjectedGeodata read(InputStream in) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(in.readAllBytes());
        try {
            if (buffer.getInt() != MAGIC || buffer.getInt() != VERSION) {
                throw new IOException("not a Priority Atlas geodata file (version " + VERSION + ")");
            }
            int count = buffer.getInt();
            List<RegionOutline> regions = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] id = new byte[buffer.getInt()];
                buffer.get(id);
                double x = buffer.getDouble();
                double y = buffer.getDouble();
                double size = buffer.getDouble();
                regions.add(new RegionOutline(new String(id, StandardCharsets.UTF_8), polylines(buffer),
                        polylines(buffer), x, y, size));
            }
            return new ProjectedGeodata(regions, polylines(buffer), polylines(buffer), polylines(buffer),
                    polylines(buffer), polylines(buffer), polylines(buffer));
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new IOException("geodata file is truncated", e);
        }
    }

    private static Polylines polylines(ByteBuffer buffer) {
        int n = buffer.getInt();
        List<float[]> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] part = new float[buffer.getInt()];
            buffer.asFloatBuffer().get(part);
            buffer.position(buffer.position() + part.length * Float.BYTES);
            parts.add(part);
        }
        return new Polylines(parts);
    }
}
