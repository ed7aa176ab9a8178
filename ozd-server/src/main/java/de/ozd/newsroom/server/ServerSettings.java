package de.ozd.newsroom.server;

/**
 * The server's documented limits and switches (docs/operations.md).
 *
 * @param host          address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param maxBodyBytes  larger request bodies are refused with 413 before they are parsed
 * @param maxPageSize   largest {@code limit} of a listing or search
 * @param maxOffset     largest {@code offset} (deep paging is a job for filters)
 * @param authRequired  whether /api/v1 asks for an API token for reading too (health and openapi.json never do);
 *                      requests that change data always need one
 * @param warmLanguage  whether the German analyser and LanguageTool load right after the start, in the
 *                      background (about 500 MB more heap), instead of on the first /check or /draft that needs them
 */
public record ServerSettings(
        String host, long maxBodyBytes, int maxPageSize, int maxOffset, boolean authRequired, boolean warmLanguage) {
    public static final ServerSettings DEFAULT =
            new ServerSettings("127.0.0.1", 4L * 1024 * 1024, 100, 10_000, true, false);

    public ServerSettings withAuthRequired(boolean value) {
        return new ServerSettings(host, maxBodyBytes, maxPageSize, maxOffset, value, warmLanguage);
    }

    public ServerSettings withHost(String value) {
        return new ServerSettings(value, maxBodyBytes, maxPageSize, maxOffset, authRequired, warmLanguage);
    }

    public ServerSettings withMaxBodyBytes(long value) {
        return new ServerSettings(host, value, maxPageSize, maxOffset, authRequired, warmLanguage);
    }

    public ServerSettings withWarmLanguage(boolean value) {
        return new ServerSettings(host, maxBodyBytes, maxPageSize, maxOffset, authRequired, value);
    }
}
