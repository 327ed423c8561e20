package org.priorityatlas.library;

import java.util.Arrays;
import java.util.Random;

/** Byte-level mutations of a valid input: flips, inserts, deletions, splices and cuts, a few at a time. */
final class Mutations {
    private static final byte[][] TOKENS = {"\n".getBytes(), "\r\n".getBytes(), ": ".getBytes(), "{".getBytes(),
            "}".getBytes(), "[".getBytes(), "\"".getBytes(), "null".getBytes(), "-1".getBytes(), "<".getBytes(),
            "\u0000".getBytes(), {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}};

    private Mutations() {
    }

    static byte[] mutate(byte[] input, Random random) {
        byte[] out = input;
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count && out.length > 0; k++) {
            int at = random.nextInt(out.length);
            out = switch (random.nextInt(5)) {
                case 0 -> flip(out, at, random);
                case 1 -> insert(out, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> delete(out, at, 1 + random.nextInt(Math.min(40, out.length - at)));
                case 3 -> insert(out, at, Arrays.copyOfRange(out, random.nextInt(out.length), out.length));
                default -> Arrays.copyOf(out, at);
            };
        }
        return out;
    }

    private static byte[] flip(byte[] in, int at, Random random) {
        byte[] out = in.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] delete(byte[] in, int at, int length) {
        byte[] out = new byte[in.length - length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + length, out, at, in.length - at - length);
        return out;
    }
}
