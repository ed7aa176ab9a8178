package de.ozd.newsroom.server;

/**
 * The server's documented limits and switches (docs/operations.md).
 *
 * @param host          address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param maxBodyBytes  larger request bodies are refused with 413 before they are parsed
 * @param maxPageSize   largest {@code limit} of a listing or search
 * @param maxOffset     largest {@code offset} (deep paging is a job for filters)
 * @param authRequired  whether /api/v1 asks for an API token (health and openapi.json never do)
 */
public record ServerSettings(String host, long maxBodyBytes, int maxPageSize, int maxOffset, boolean authRequired) {
    public static final ServerSettings DEFAULT = new ServerSettings("127.0.0.1", 4L * 1024 * 1024, 100, 10_000, true);

    public ServerSettings withAuthRequired(boolean value) {
        return new ServerSettings(host, maxBodyBytes, maxPageSize, maxOffset, value);
    }

    public ServerSettings withHost(String value) {
        return new ServerSettings(value, maxBodyBytes, maxPageSize, maxOffset, authRequired);
    }

    public ServerSettings withMaxBodyBytes(long value) {
        return new ServerSettings(host, value, maxPageSize, maxOffset, authRequired);
    }
}
