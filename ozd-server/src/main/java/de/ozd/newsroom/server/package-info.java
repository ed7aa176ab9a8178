/**
 * The HTTP side of the newsroom (Javalin): the REST API under {@code /api/v1} and the reader site.
 *
 * <p>{@link de.ozd.newsroom.server.ApiServer} assembles the API from route groups, each owning its operations:
 * {@code ServiceRoutes} (health, OpenAPI document), {@code PackageRoutes} (list, create, read, save, public view),
 * {@code WorkflowRoutes} (transitions), {@code RevisionRoutes} (history, restore, diff), {@code SearchRoutes}
 * (search, related) and {@code EditorialRoutes} (check, draft). Every route is one {@code Route} value, which both
 * registers the handler and describes the operation in the OpenAPI document ({@code OpenApi}), so the two cannot
 * drift. {@code Requests} reads bodies and parameters strictly; {@code RequestGuards} checks the address and the
 * token; {@code ApiErrors} writes every error as JSON and is the one place where a store error's kind becomes an
 * HTTP status; {@code JsonViews} holds the JSON of the API's answers. {@link de.ozd.newsroom.server.ReaderSite}
 * adds the public pages as an {@link de.ozd.newsroom.server.ApiServer.Module}.
 */
package de.ozd.newsroom.server;
