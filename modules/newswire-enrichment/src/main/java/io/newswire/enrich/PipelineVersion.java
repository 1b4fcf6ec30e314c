package io.newswire.enrich;

/** The pipeline version stamped into every article's provenance. */
public final class PipelineVersion {

    private static final String VERSION = resolve();

    private PipelineVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String resolve() {
        String fromManifest = PipelineVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : "0.1.0-SNAPSHOT";
    }
}
