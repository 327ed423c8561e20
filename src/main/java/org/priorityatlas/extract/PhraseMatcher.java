package org.priorityatlas.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds dictionary phrases in text in one left-to-right pass over a character trie: at each
 * position the longest phrase wins and matches never overlap, so "new energy vehicle" hides the
 * "new energy" inside it. Latin phrases match whole words; Chinese phrases match anywhere. Hyphens
 * and dashes fold to spaces ("brain-computer" = "brain computer") without changing offsets.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    /** How letter case must agree. */
    public enum Case { ANY, EXACT, CAPITALIZED }

    /** A phrase found at {@code [start, end)}. */
    public record Match<T>(int start, int end, T value) {
    }

    private record Entry<T>(String phrase, T value, Case caseRule) {
    }

    /** A trie node; children sit in a sorted char array so lookups neither hash nor box. */
    private static final class Node<T> {
        char[] keys = new char[0];
        Node<T>[] kids = newArray(0);
        final List<Entry<T>> entries = new ArrayList<>(1);

        Node<T> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node<T> childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node<T>[] n = newArray(kids.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            k[at] = c;
            n[at] = new Node<>();
            keys = k;
            kids = n;
            return n[at];
        }

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int size) {
            return (Node<T>[]) new Node<?>[size];
        }
    }

    /**
     * Words that lose their leading space in scraped text ("electric vehiclesthe regions"); a phrase
     * of several words followed directly by one of them still counts as whole.
     */
    private static final Set<String> GLUED_WORDS = Set.of("the", "while", "with", "which", "and");

    private final Node<T> root = new Node<>();

    /** Adds a phrase; a null value makes it a stop phrase that consumes text and yields nothing. */
    public void add(String phrase, T value, Case caseRule) {
        Node<T> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.childOrNew(fold(phrase.charAt(i)));
        }
        node.entries.add(new Entry<>(phrase, value, caseRule));
    }

    /** The phrases in {@code text}, left to right, longest first at each position, non-overlapping. */
    public List<Match<T>> find(String text) {
        return find(text, 0, text.length());
    }

    /** As {@link #find(String)} within {@code [from, to)} of {@code text}. */
    public List<Match<T>> find(String text, int from, int to) {
        List<Match<T>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = isLatin(text.charAt(i)) && i > 0 && isLatin(text.charAt(i - 1)) ? -1 : longestAt(text, i, to, found);
            i = end > i ? end : i + 1;
        }
        return found;
    }

    /** Adds the longest phrase starting at {@code start} to {@code found}; returns its end or -1. */
    private int longestAt(String text, int start, int to, List<Match<T>> found) {
        Node<T> node = root;
        Entry<T> best = null;
        int bestEnd = -1;
        for (int j = start; j < to; j++) {
            node = node.child(fold(text.charAt(j)));
            if (node == null) {
                break;
            }
            for (Entry<T> e : node.entries) {
                if (endsWord(text, j + 1, to, e) && caseAgrees(text, start, e)) {
                    best = e;
                    bestEnd = j + 1;
                    break;
                }
            }
        }
        if (best == null) {
            return -1;
        }
        if (best.value() != null) {
            found.add(new Match<>(start, bestEnd, best.value()));
        }
        return bestEnd;
    }

    private static boolean endsWord(String text, int end, int to, Entry<?> e) {
        if (end >= to || !isLatin(text.charAt(end - 1)) || !isLatin(text.charAt(end))) {
            return true;
        }
        return e.phrase().indexOf(' ') > 0 && gluedWordFollows(text, end, to);
    }

    private static boolean gluedWordFollows(String text, int at, int to) {
        int j = at;
        while (j < to && Character.isLetter(text.charAt(j)) && j - at < 6) {
            j++;
        }
        boolean wordEnds = j >= to || !Character.isLetter(text.charAt(j));
        return wordEnds && Character.isLowerCase(text.charAt(at)) && GLUED_WORDS.contains(text.substring(at, j));
    }

    private static boolean caseAgrees(String text, int start, Entry<?> e) {
        return switch (e.caseRule()) {
            case ANY -> true;
            case CAPITALIZED -> !Character.isLowerCase(text.charAt(start));
            case EXACT -> text.startsWith(e.phrase(), start);
        };
    }

    /** Latin letters and digits: the characters that form words separated by spaces. */
    static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    static char fold(char c) {
        return switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> ' ';
            case '\u2019', '\u2018' -> '\'';
            default -> Character.toLowerCase(c);
        };
    }
}
