package de.ozd.newsroom.server.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The fast path for kept pages: a Jetty handler in front of Javalin that answers a GET or HEAD whose page is in
 * the {@link PageCache} straight away – headers, 304 or the bytes – with the access log line and the request
 * metric, and hands everything else (API, health, pages not yet rendered) to Javalin. Profiling showed that once
 * pages are kept, Javalin's pipeline (route matching over every route, before/after handlers, the servlet and
 * session wrappers, copying the result stream) costs several times what writing the page does; a second profile
 * showed header handling as the largest part of what was left, so a hit now writes the page's header lines as they
 * were encoded once ({@link PageWire}) and its bytes in one blocking send.
 */
public final class CachedPageHandler extends HandlerWrapper {
    private final PageCache cache;
    private final ReaderMetrics metrics;
    private final AccessLog log;
    private final String apiPrefix;

    public CachedPageHandler(PageCache cache, ReaderMetrics metrics, AccessLog log, String apiPrefix) {
        this.cache = cache;
        this.metrics = metrics;
        this.log = log;
        this.apiPrefix = apiPrefix;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest req, HttpServletResponse res)
            throws IOException, ServletException {
        String method = req.getMethod();
        boolean head = "HEAD".equals(method);
        if (!(head || "GET".equals(method))) {
            super.handle(target, base, req, res);
            return;
        }
        String path = req.getRequestURI();
        if (path == null || path.startsWith(apiPrefix)) {
            super.handle(target, base, req, res);
            return;
        }
        long start = System.nanoTime();
        String query = req.getQueryString();
        PageCache.Entry e = cache.peek(query == null ? path : path + '?' + query);
        if (e == null) {
            super.handle(target, base, req, res);
            return;
        }
        RenderedPage page = e.page();
        int variant = PageResponses.variant(
                page,
                req.getHeader("Accept-Encoding"),
                req.getHeader("If-None-Match"),
                req.getHeader("If-Modified-Since"));
        int status = PageResponses.status(page, variant);
        byte[] body = PageResponses.body(page, variant);
        Response response = base.getResponse();
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHttpFields();
        for (HttpField f : e.wire().fields(variant)) {
            headers.add(f);
        }
        if (status != 304) {
            response.setContentLength(body.length);
            if (!head) {
                response.getHttpOutput().sendContent(ByteBuffer.wrap(body));
            }
        }
        base.setHandled(true);
        long nanos = System.nanoTime() - start;
        metrics.request(e.route(), method, status, nanos);
        if (log != null) {
            log.log(
                    req.getRemoteAddr(),
                    method,
                    path,
                    req.getProtocol(),
                    status,
                    head ? 0 : body.length,
                    req.getHeader("Referer"),
                    req.getHeader("User-Agent"),
                    nanos / 1000);
        }
    }
}
