package io.newswire.cli;

import picocli.CommandLine.Option;

/** Where the ops HTTP endpoints listen. */
final class HttpOptions {

    @Option(names = "--http-host", defaultValue = "127.0.0.1",
            description = "Address the ops endpoints bind to (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--http-port", defaultValue = "8080",
            description = "Port of the ops endpoints (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
}
