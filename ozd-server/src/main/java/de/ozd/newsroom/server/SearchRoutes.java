package de.ozd.newsroom.server;

import static de.ozd.newsroom.server.JsonViews.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreJson;
import de.ozd.newsroom.store.search.SearchHit;
import de.ozd.newsroom.store.search.SearchQuery;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** Search with filters and facets, and "more like this" for one package. */
final class SearchRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Longest query text, in characters. */
    static final int MAX_QUERY = 1000;

    private final Store store;
    private final ServerSettings settings;

    SearchRoutes(Store store, ServerSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/packages/{slug}/related", "relatedPackages")
                        .summary("More like this: packages about the same things.")
                        .params(
                                Route.Param.SLUG,
                                Route.Param.query(
                                        "limit", "integer", "How many, 1.." + settings.maxPageSize() + " (5)."))
                        .result("HitList")
                        .respond(200, "Related packages.")
                        .respond(400, "Bad parameter.")
                        .respond(404, "No such package.")
                        .handle(this::related),
                Route.get("/search", "search")
                        .summary(
                                "Search: words, \"phrases\", prefix*, -excluded; filters; facets; highlighted snippets.")
                        .params(
                                Route.Param.query("q", "string", "The query (empty: everything)."),
                                Route.Param.query("state", "string", "Filter by state."),
                                Route.Param.query("tag", "string", "Filter by tag."),
                                Route.Param.query("person", "string", "Filter by person."),
                                Route.Param.query("place", "string", "Filter by place."),
                                Route.Param.query("organisation", "string", "Filter by organisation."),
                                Route.Param.query("from", "string", "Date from, YYYY-MM-DD."),
                                Route.Param.query("to", "string", "Date to, YYYY-MM-DD."),
                                Route.Param.query(
                                        "limit", "integer", "Page size, 1.." + settings.maxPageSize() + " (10)."),
                                Route.Param.query("offset", "integer", "Offset (0)."))
                        .result("SearchResult")
                        .respond(200, "Hits and facets.")
                        .respond(400, "Bad parameter.")
                        .handle(this::search));
    }

    private void related(Context ctx) {
        List<SearchHit> hits =
                store.related(ctx.pathParam("slug"), Requests.intParam(ctx, "limit", 5, 1, settings.maxPageSize()));
        ObjectNode n = F.objectNode();
        ArrayNode a = n.putArray("hits");
        hits.forEach(h -> a.add(StoreJson.hit(h)));
        json(ctx, 200, n);
    }

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        if (q.length() > MAX_QUERY) {
            throw Requests.field(
                    "query_too_long",
                    "q",
                    "Die Suchanfrage ist " + q.length() + " Zeichen lang; erlaubt sind " + MAX_QUERY + ".");
        }
        SearchQuery query = SearchQuery.of(q)
                .withState(Requests.stateParam(ctx, "state").map(State::key).orElse(null))
                .withTag(Requests.stringParam(ctx, "tag").orElse(null))
                .withPerson(Requests.stringParam(ctx, "person").orElse(null))
                .withPlace(Requests.stringParam(ctx, "place").orElse(null))
                .withOrganisation(Requests.stringParam(ctx, "organisation").orElse(null))
                .withDates(Requests.dateParam(ctx, "from"), Requests.dateParam(ctx, "to"))
                .withPage(
                        Requests.intParam(ctx, "limit", 10, 1, settings.maxPageSize()),
                        Requests.intParam(ctx, "offset", 0, 0, settings.maxOffset()));
        json(ctx, 200, StoreJson.searchResult(store.search(query)));
    }
}
