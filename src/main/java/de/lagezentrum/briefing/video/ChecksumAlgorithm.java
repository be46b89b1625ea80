package de.lagezentrum.briefing.video;

/**
 * The hash of BigBlueButton's API checksums. BigBlueButton tells them apart by length and accepts those
 * listed in its {@code supportedChecksumAlgorithms}; SHA-256 works from 2.0 on, SHA-1 only on servers
 * that still allow it.
 */
public enum ChecksumAlgorithm {
    SHA1("SHA-1"),
    SHA256("SHA-256"),
    SHA384("SHA-384"),
    SHA512("SHA-512");

    private final String jdkName;

    ChecksumAlgorithm(String jdkName) {
        this.jdkName = jdkName;
    }

    /** The name {@link java.security.MessageDigest} knows it by. */
    public String jdkName() {
        return jdkName;
    }
}
