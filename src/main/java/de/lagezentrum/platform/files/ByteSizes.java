package de.lagezentrum.platform.files;

/** Sizes for people: {@code 2 GiB}, {@code 10 MiB}, {@code 512 KiB}, {@code 100 B}. */
final class ByteSizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteSizes() {
    }

    static String format(long bytes) {
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        long whole = (long) Math.floor(value);
        return whole + " " + UNITS[unit];
    }
}
